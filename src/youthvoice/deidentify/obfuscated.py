"""Identifiers written so that a filter misses them, and the ones with a fixed shape of their own: invisible
characters, look-alike letters in numbers ("O77OO 9OO l23"), digits in words ("oh seven seven double
five..."), NHS numbers (with their check digit), dates of birth, Discord tags and street names without a
house number.

Private to ``youthvoice.deidentify.engine``, which calls these in its fixed order.
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


# Invisible characters, format characters, full-width forms and mathematical letters and digits.
_NEEDS_FOLDING = re.compile(
    "[" + "".join(sorted(_INVISIBLE)) + "\u200b-\u200f\u202a-\u202e\u2060-\u206f\uff00-\uffef"
    "\U0001d400-\U0001d7ff\U000e0000-\U000e007f]"
)


def visible(text: str) -> tuple[str, list[int]]:
    """The text without invisible characters and with compatibility forms folded (full-width digits,
    mathematical letters), and for each character of it the index of the original character it came from.
    Plain ASCII text comes back as it is."""
    if text.isascii() or not _NEEDS_FOLDING.search(text):
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
PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+\s?44|44(?=\s?7)|\(?0|[Oo](?=[\dOoIl]))[\dOoIl|\s\-().]{7,30}[\dOoIl]"
)


def uk_phone_digits(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if digits.startswith("0044"):
        digits = digits[2:]
    if digits.startswith("44"):
        digits = "0" + digits[2:]
        digits = digits.replace("00", "0", 1) if digits.startswith("00") else digits
    return digits.startswith("0") and len(digits) in (10, 11) and not digits.startswith(_FREEPHONE)


# Freephone numbers belong to services, never to a young person or a worker: "Shelter (0808 800 4444)",
# "NSPCC helpline 0808 800 5000" stay as written, like Childline's 0800 1111.
_FREEPHONE = ("0800", "0808", "0500")


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
                # A number in brackets, "(07700 900 123)", is the number without them; a bracket closed
                # inside it is the area code's own: "(0161) 496 0123".
                if part[0] == "(" and ")" not in part:
                    return start + 1, start + len(part)
                return start, start + len(part)
    return None


_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3, "treble": 3}
# "o++" and the bounded, possessive repetition keep the pattern linear: "ooo...x" must not backtrack.
# Longest words first: inside the possessive repetition the first alternative that fits is final ("one"
# before "o").
_SPOKEN_UNIT = (
    "(?:" + "|".join([*sorted(set(_DIGIT_WORDS) | set(_REPEATS), key=len, reverse=True), r"\d", "o++"]) + ")"
)
# Number words, digits and look-alike o's, with or without spaces between: "07seven double 0 9oo 4 5 6".
_SPOKEN_NUMBER = re.compile(
    rf"(?<![a-z0-9]){_SPOKEN_UNIT}(?:[\s,\-.]{{0,3}}{_SPOKEN_UNIT}){{5,30}}+(?![a-z])",
    re.IGNORECASE,
)
_SPOKEN_UNITS = re.compile(_SPOKEN_UNIT, re.IGNORECASE)
# Hints are cheap first looks (plain substring tests, and one short pattern on the lower-cased text): a
# detector runs only when its hint is in the text. Each may say yes wrongly, never no wrongly.
_SPOKEN_HINT_WORDS = ("seven", "double", "triple", "zero", "nought")
# ...or a digit beside a number word ("900 one four"), or two number words in a row ("one four four").
_NUMBER_WORD = "one|two|three|four|five|six|eight|nine|oh"
# "oh" as a word, or an "o" beside a digit: written from its "o", so that ``re`` looks for that letter first.
_SPOKEN_HINT_SHORT = re.compile(r"o(?:(?<=\bo)h\b|(?<=\do)|(?=\d))")
_SPOKEN_HINT_PAIR = re.compile(
    rf"\d[\s,\-.]{{0,3}}(?:{_NUMBER_WORD})\b|\b(?:{_NUMBER_WORD})[\s,\-.]{{0,3}}\d"
    rf"|\b(?:{_NUMBER_WORD})[\s,\-.]{{1,3}}(?:{_NUMBER_WORD})\b"
)
_NUMBER_WORDS_HINT = tuple(_NUMBER_WORD.split("|"))


def mentions_spoken_number(text: str) -> bool:
    lower = text.lower()
    if any(word in lower for word in _SPOKEN_HINT_WORDS) or _SPOKEN_HINT_SHORT.search(lower):
        return True
    # Two number words, or one beside a digit: counted first (cheap), then looked at together.
    words = sum(lower.count(word) for word in _NUMBER_WORDS_HINT)
    if words >= 2 or (words and _DIGIT.search(lower)):
        return bool(_SPOKEN_HINT_PAIR.search(lower))
    return False


_DIGIT = re.compile(r"\d")


def spoken_phone(candidate: str) -> bool:
    """ "oh seven seven double five..." read as digits is a UK phone number (a mobile may be written without
    its leading 0); it must have had a word or a look-alike letter in it."""
    units = [unit.lower() for unit in _SPOKEN_UNITS.findall(candidate)]
    if all(unit.isdigit() for unit in units):
        return False  # plain digits are the phone detector's
    digits, repeat = [], 1
    for unit in units:
        if unit in _REPEATS:
            repeat = _REPEATS[unit]
            continue
        if unit.isdigit():
            digit = unit
        elif set(unit) == {"o"}:
            digit = "0" * len(unit)
        else:
            digit = _DIGIT_WORDS[unit]
        digits.append(digit * repeat)
        repeat = 1
    number = "".join(digits)
    return uk_phone_digits(number) or (len(number) == 10 and number.startswith("7"))


def spoken_number_pattern() -> re.Pattern:
    return _SPOKEN_NUMBER


# --- NHS numbers -----------------------------------------------------------------------------------------
NHS_NUMBER = re.compile(r"(?<![\d\w])\d{3}[\s\-]?\d{3}[\s\-]?\d{4}(?![\d\w])")
NHS_CUE = re.compile(r"\bnhs\b|\bchi\b|health\s+number", re.IGNORECASE)


def mentions_nhs(text: str) -> bool:
    """Does ``text`` speak of an NHS (or CHI, or health) number: ``NHS_CUE`` found in it? In ASCII text
    (most) only where the lower-cased text holds one of its words: a plain look-up first."""
    if text.isascii():
        lower = text.lower()
        if "nhs" not in lower and "chi" not in lower and "health" not in lower:
            return False
    return bool(NHS_CUE.search(text))


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
# A date written year first ("2009-10-28", as systems export it), or with the month's name between hyphens
# or slashes ("30-Sep-2010").
_ISO_DATE = r"(?:19|20)\d{2}-[01]?\d-[0-3]?\d(?!\d)"
_HYPHENED_DATE = rf"{_DAY}[\-/]{_MONTH}[\-/](?:19|20)?\d{{2}}(?!\d)"
_DATE = (
    rf"(?:{_ISO_DATE}|{_HYPHENED_DATE}"
    rf"|[0-3]?\d\s?[/.\-]\s?[01]?\d\s?[/.\-]\s?{_YEAR}"
    rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*(?:19|20)\d{{2}})?"
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY}(?:\s*,?\s*(?:19|20)\d{{2}})?"
    r"|(?:19|20)\d{2}(?=\W|$))"
)
DATE_OF_BIRTH = re.compile(
    r"\b(?:d\.?\s?o\.?\s?b(?:['’]?s\b)?\.?|dates?\s+of\s+birth|birth\s?dates?|born(?:\s+(?:on|in))?|birthdays?"
    r"|b[\-']?days?|bdays?)"
    r"(?:\s*(?:is|was|'s|:|-|=|on|in)\s*)*\s*(?:the\s+)?"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
# A date just before "is my birthday", or in brackets straight after a name: "[NAME] (19.12.2009)".
DATE_BEFORE_BIRTHDAY = re.compile(
    rf"(?P<date>{_DATE})\s+(?:is|was|=|-)\s+(?:my|his|her|their)\s+(?:birthday|bday|b-day|date\s+of\s+birth|dob)\b",
    re.IGNORECASE,
)
DATE_AFTER_NAME = re.compile(rf"\[NAME\]\s*\(\s*(?:d\.?o\.?b\.?:?\s*)?(?P<date>{_DATE})\s*\)", re.IGNORECASE)
# A whole date in figures straight after a name, as someone gives their details on a form or in a message:
# "[NAME], 05/01/2010, 07700...", "im [NAME] 19.3.2010". Only with a four-digit year: "[NAME] 3/4" is not one.
# The same written year first or in words, with a year a child now was born in: "[NAME], 2014-06-03, NHS...",
# "[NAME], 4 October 2010, ..." (not "[NAME], 12 March 2026": a day in the chronology). A full stop after the
# year ends the sentence: "[NAME], 23/06/2013."
DATE_BESIDE_NAME = re.compile(
    r"\[NAME\],?\s?(?P<date>[0-3]?\d[/.\-][01]?\d[/.\-](?:19|20)\d{2})(?![\d/\-]|\.\d)"
)
_BIRTH_YEAR = r"(?:19\d{2}|20[01]\d|202[0-2])"
DATE_WRITTEN_BESIDE_NAME = re.compile(
    rf"\[NAME\],\s?(?P<date>{_BIRTH_YEAR}-[01]?\d-[0-3]?\d(?!\d)|{_DAY}\s+{_MONTH}\s+{_BIRTH_YEAR}\b)",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.])(?:[0-3]?\d\s?[/.\-]\s?[01]?\d\s?[/.\-]\s?(?:19|20)?\d{2}(?![\d/])"
    rf"|{_ISO_DATE}|{_HYPHENED_DATE})",
    re.IGNORECASE,
)
_DOB_CUE = re.compile(
    # "D.O.B." keeps its last full stop: it ends the abbreviation, not the sentence.
    r"\b(?:d\.?\s?o\.?\s?b(?:['’]?s)?\b\.?|dates?\s+of\s+birth|birth\s?dates?|born|birthdays?|b[\-']?days?)",
    re.IGNORECASE,
)
# A whole date written out ("1st Jan 2008", "March 3rd, 2010") or spoken ("the fifth of may two thousand and
# nine"): only in a sentence that speaks of a birth date, like the numeric dates.
_WRITTEN_DATE = re.compile(
    rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+(?:the\s+)?{_DAY})\s*,?\s*(?:19|20)\d{{2}}\b",
    re.IGNORECASE,
)
_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINALS = (
    rf"(?:twenty|thirty)[\s\-](?:{_ORDINAL_UNITS})|{_ORDINAL_UNITS}|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh"
)
_SPOKEN_DATE = re.compile(
    rf"\b(?:the\s+)?(?:{_ORDINALS}|{_DAY})\s+(?:of\s+)?{_MONTH}"
    rf"(?:\s*,?\s*(?:two\s+thousand(?:\s+and)?(?:[\s\-]+(?:{_NUMBER_WORDS})){{1,2}}"
    rf"|(?:nineteen|twenty)(?:[\s\-]+(?:{_NUMBER_WORDS})){{1,2}}))?\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[;\n]|\.\s|\.$")


def dates_of_birth_after_cue(text: str) -> list[tuple[int, int]]:
    """Every numeric date in the rest of a sentence that speaks of a date of birth: "date of birth recorded
    as 30/06/2011 on one system and 30/07/2011 on another"."""
    spans = []
    scanned_to = -1
    for cue in _DOB_CUE.finditer(text):
        if cue.end() < scanned_to:
            continue  # this sentence was read from an earlier cue already
        stop = _SENTENCE_BREAK.search(text, cue.end())
        end = stop.start() if stop else len(text)
        for pattern in (_NUMERIC_DATE, _WRITTEN_DATE, _SPOKEN_DATE):
            spans += [m.span() for m in pattern.finditer(text, cue.end(), end)]
        scanned_to = end
    return _outermost(spans)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another, sorted: the same date may be found written and spoken."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if kept and start < kept[-1][1]:
            if end > kept[-1][1]:
                kept[-1] = (kept[-1][0], end)
            continue
        kept.append((start, end))
    return kept


DATE_OF_BIRTH_HINT = re.compile(r"d\.?\s?o\.?\s?b|birth|born|b[\-']?day")  # on lower-case text


# --- Account names where a text speaks of an app or an account ----------------------------------------
_ACCOUNT_HINT_WORDS = (
    "snap", "insta", "tiktok", "tik tok", "discord", "telegram", "whatsapp", "twitter", "facebook", "youtube",
    "twitch", "kik", "xbox", "psn", "gamertag", "account", "user", "profile", "handle", "added me",
)  # fmt: skip
_ACCOUNT_HINT_SHORT = re.compile(r"dm(?<!\wdm)|ig(?<!\wig)\b|sc(?<!\wsc)\b")  # "\bdm|\big\b|\bsc\b", quicker


def mentions_account(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in _ACCOUNT_HINT_WORDS) or bool(_ACCOUNT_HINT_SHORT.search(lower))


# A word that looks like an account name: letters with digits, "_" or "." inside ("sk8r_boii_99",
# "angel2k10", "x_lil.angel_x").
_ACCOUNT_LIKE = re.compile(
    r"(?<![\w@./\[])(?=[\w.\-]{0,29}[A-Za-z])(?=[\w.\-]{0,29}(?:\d|_|[a-z]\.[a-z]))[A-Za-z0-9_][\w.\-]{2,29}"
    r"(?<![.\-])(?![\w@/\]])"
)
# "the user moneymakinmitch", "account name is xyz": a word after these that no dictionary has.
_AFTER_ACCOUNT_WORD = re.compile(
    r"\b(?:user|username|user\s+name|account|profile|gamertag|handle)(?:\s+(?:name|is|was|called|named|called))*"
    r"\s+['‘\"“]?(?P<handle>[a-z][a-z0-9_.\-]{3,29})\b",
    re.IGNORECASE,
)
_NOT_ACCOUNTS = re.compile(
    r"^(?:\d+(?:st|nd|rd|th|am|pm|k|s|x|yo|yrs?|mins?|hrs?|p|m|cm|mm|km|mph|ft|in|kg|g|mg|ml|l|lbs?|oz|gb|mb)|[a-z]{1,3}\d{1,2}|\d+[.,]\d+"
    r"|[A-Z]{1,2}\d[A-Z\d]?|covid-?19|mp[34]|4g|5g|a\d+|m\d+)$",
    re.IGNORECASE,
)


def _words_joined_to_a_number(word: str, is_word) -> bool:
    """ "16-year-old", "3-day", "12-month-old": a number and everyday words joined by hyphens."""
    parts = word.split("-")
    return len(parts) > 1 and parts[0].isdigit() and all(is_word(part) for part in parts[1:])


def account_names(text: str, *, is_word) -> list[tuple[int, int]]:
    """Spans of account names in a text that speaks of an app or an account."""
    spans = [
        m.span()
        for m in _ACCOUNT_LIKE.finditer(text)
        if not _NOT_ACCOUNTS.match(m.group(0)) and not _words_joined_to_a_number(m.group(0), is_word)
    ]
    for m in _AFTER_ACCOUNT_WORD.finditer(text):
        handle = m.group("handle")
        if not is_word(handle) and not _NOT_ACCOUNTS.match(handle):
            spans.append(m.span("handle"))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- Discord tags ----------------------------------------------------------------------------------------
DISCORD_TAG = re.compile(r"(?<![\w@#])@?[A-Za-z0-9_.\-]{2,32}#\d{4}(?!\d)")


# --- Street names without a house number -----------------------------------------------------------------
_STREET_SUFFIX = (
    r"Road|Street|Lane|Lanes|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Rise|Parade|Way|Estate|Walk|"
    r"Cottages|Villas"
)
STREET_NAME = re.compile(
    rf"\b(?P<street>(?:[A-Z][a-z'’]+[ \-]){{1,2}}(?:{_STREET_SUFFIX}))\b"
    # In lower case only where the young person says they live there: "i live on acacia road".
    r"|\b(?:live|lives|living|lived|stay|stays|staying|stayed|moved|house|flat|address)\s+(?:is\s+)?"
    r"(?:on|in|at|to|off)\s+(?P<lower>(?:[a-z'’]+\s){1,2}"
    r"(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|crescent|grove|terrace|gardens|mews|way|estate))\b"
    # In capitals, as young people shout: "BY THE GARAGES ON CROFT STREET".
    r"|\b(?:ON|IN|AT|OFF|DOWN|UP|NEAR|PAST|ROUND|ALONG)\s+(?P<shouted>(?:[A-Z][A-Z'’]+[ \-]){1,2}"
    r"(?:ROAD|STREET|LANE|AVENUE|CLOSE|DRIVE|CRESCENT|GROVE|TERRACE|GARDENS|MEWS|RISE|PARADE|WALK))\b"
)
_STREET_HINT_WORDS = (
    "road", "street", "lane", "avenue", "close", "drive", "crescent", "grove", "terrace", "gardens", "mews",
    "rise", "parade", "estate", "walk", "cottages", "villas",
)  # fmt: skip
_STREET_HINT_SHORT = re.compile(r"rd\b|st(?<!\wst)\b|ln(?<!\wln)\b|ave(?<!\wave)\b|way(?<!\wway)\b")


def mentions_street(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in _STREET_HINT_WORDS) or bool(_STREET_HINT_SHORT.search(lower))


# Streets every town has, which identify no one: "the High Street", "Station Road".
GENERIC_STREET_WORDS = _words(
    """high station church market main park new old north south east west london bridge green
    the a an our my their this that your his her one two any every same long back front side private
    main shopping retail industrial business trading housing council crown corporation"""
)
