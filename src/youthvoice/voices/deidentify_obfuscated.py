"""Identifiers written so that a filter misses them, and the ones with a fixed shape of their own: invisible
characters, look-alike letters in numbers ("O77OO 9OO l23"), digits in words ("oh seven seven double
five..."), NHS numbers (with their check digit), dates of birth, Discord tags and street names without a
house number.

Private to ``youthvoice.voices.deidentify``, which calls these in its fixed order.
"""

from __future__ import annotations

import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Characters that show nothing but split a number or a word for a filter: zero-width spaces and joiners,
# the word joiner, soft hyphens, byte-order marks, bidirectional marks, variation selectors.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c"
    "\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e"
    "\u206f\u3164\ufeff\uffa0"
) | frozenset(chr(c) for c in range(0xFE00, 0xFE10))


def visible(text: str) -> tuple[str, list[int]]:
    """The text without invisible characters and with compatibility forms folded (full-width digits,
    mathematical letters), and for each character of it the index of the original character it came from.
    Plain ASCII text comes back as it is."""
    if text.isascii():
        return text, list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _INVISIBLE or unicodedata.category(char) == "Cf":
            continue
        folded = unicodedata.normalize("NFKC", char) if ord(char) > 0x2000 else char
        for piece in folded:
            out.append(piece)
            origin.append(index)
    return "".join(out), origin


# --- Phone numbers with look-alike letters, spaces between every digit, or digits in words --------------
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+\s?44|\(?0|[Oo](?=[\dOoIl]))[\dOoIl|\s\-().]{7,30}[\dOoIl]")


def uk_phone_digits(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if digits.startswith("0044"):
        digits = digits[2:]
    if digits.startswith("44"):
        digits = "0" + digits[2:]
        digits = digits.replace("00", "0", 1) if digits.startswith("00") else digits
    return digits.startswith("0") and len(digits) in (10, 11)


def phone_part(candidate: str) -> tuple[int, int] | None:
    """The first and longest part of ``candidate`` (cut at spaces) that is a UK phone number once look-alike
    letters are read as digits, with at least four real digits in it: (start, end), or None."""
    spaces = [m.end() for m in re.finditer(r"\s+", candidate)]
    for start in [0, *spaces]:
        if (
            not (candidate[start : start + 1].isdigit() or candidate[start : start + 2] in ("+4", "(0"))
            and start
        ):
            continue
        for end in [len(candidate), *reversed([m.start() for m in re.finditer(r"\s", candidate)])]:
            part = candidate[start:end].rstrip(" -(.")
            if len(part) < 10 or not (part[-1].isdigit() or part[-1] in "OoIl|"):
                continue
            if sum(c.isdigit() for c in part) >= 4 and uk_phone_digits(part.translate(_LOOKALIKE)):
                return start, start + len(part)
    return None


_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_SPOKEN_NUMBER = re.compile(
    r"(?<![\w])(?:(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|\d)"
    r"(?:[\s,\-.]+|$|(?=\d)|(?<=\d)(?=[a-z])))+",
    re.IGNORECASE,
)
SPOKEN_HINT = re.compile(r"seven|double|triple|zero|\boh\b|nought", re.IGNORECASE)


def spoken_phone(candidate: str) -> bool:
    """ "oh seven seven double five..." read as digits is a UK phone number (and had a word in it)."""
    words = re.findall(r"[a-z]+|\d", candidate.lower())
    if all(word.isdigit() for word in words):
        return False  # plain digits are the phone detector's
    digits, repeat = [], 1
    for word in words:
        if word in ("double", "triple", "treble"):
            repeat = 2 if word == "double" else 3
            continue
        digit = word if word.isdigit() else _DIGIT_WORDS[word]
        digits.append(digit * repeat)
        repeat = 1
    return uk_phone_digits("".join(digits))


def spoken_number_pattern() -> re.Pattern:
    return _SPOKEN_NUMBER


# --- NHS numbers -----------------------------------------------------------------------------------------
NHS_NUMBER = re.compile(r"(?<![\d\w])\d{3}[\s\-]?\d{3}[\s\-]?\d{4}(?![\d\w])")
NHS_CUE = re.compile(r"\bnhs\b|\bchi\b|health\s+number", re.IGNORECASE)


def nhs_check_digit_ok(candidate: str) -> bool:
    digits = [int(c) for c in candidate if c.isdigit()]
    if len(digits) != 10:
        return False
    remainder = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 11 - remainder
    check = 0 if check == 11 else check
    return check != 10 and check == digits[9]


# --- Dates of birth --------------------------------------------------------------------------------------
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)?\d{2}"
_DATE = (
    rf"(?:[0-3]?\d\s?[/.\-]\s?[01]?\d\s?[/.\-]\s?{_YEAR}"
    rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*(?:19|20)\d{{2}})?"
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY}(?:\s*,?\s*(?:19|20)\d{{2}})?"
    r"|(?:19|20)\d{2}(?=\W|$))"
)
DATE_OF_BIRTH = re.compile(
    r"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+(?:on|in))?|birthday|b[\-']?day|bday)"
    r"(?:\s*(?:is|was|'s|:|-|=|on|in)\s*)*\s*(?:the\s+)?"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
DATE_OF_BIRTH_HINT = re.compile(r"d\.?\s?o\.?\s?b|birth|born|b[\-']?day", re.IGNORECASE)


# --- Discord tags ----------------------------------------------------------------------------------------
DISCORD_TAG = re.compile(r"(?<![\w@#])@?[A-Za-z0-9_.\-]{2,32}#\d{4}(?!\d)")


# --- Street names without a house number -----------------------------------------------------------------
_STREET_SUFFIX = (
    r"Road|Street|Lane|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Rise|Parade|Way|Estate|Walk"
)
STREET_NAME = re.compile(
    rf"\b(?P<street>(?:[A-Z][a-z'’]+[ \-]){{1,2}}(?:{_STREET_SUFFIX}))\b"
    # In lower case only where the young person says they live there: "i live on acacia road".
    r"|\b(?:live|lives|living|lived|stay|stays|staying|stayed|moved|house|flat|address)\s+(?:is\s+)?"
    r"(?:on|in|at|to|off)\s+(?P<lower>(?:[a-z'’]+\s){1,2}"
    r"(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|crescent|grove|terrace|gardens|mews|way|estate))\b"
)
# Streets every town has, which identify no one: "the High Street", "Station Road".
GENERIC_STREET_WORDS = _words(
    """high station church market main park new old north south east west london bridge green
    the a an our my their this that your his her one two any every same long back front side private
    main shopping retail industrial business trading housing council crown"""
)
