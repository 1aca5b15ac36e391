"""Ages written in a sentence, in the forms case notes use: "(15)", "aged 15", "15-year-old", "15 yo",
"fifteen-year-old", "Tom, 22,", "she is 14", "in his twenties", "Year 9", "under 16".

Each age keeps where it was written and the word it belongs to (the word before "(15)", "aged 15" or ", 15,";
the word after "15-year-old"), so a relationship finding can say which ages it read and whose they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from youthvoice.language.patterns import ContextPattern, lower_case_twin

UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
DECADES = {"twenties": 25, "thirties": 35, "forties": 45, "fifties": 55, "sixties": 65}
NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + ("|".join(sorted(UNITS[1:], key=len, reverse=True)))
    + ")"
)
NUMBER = rf"(?:\d{{1,2}}|{NUMBER_WORD})"
ORDINALS = {
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
    "thirtieth": 30,
    "fortieth": 40,
}
ORDINAL_WORD = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
NUMBER_IN = re.compile(rf"\d{{1,2}}|{NUMBER_WORD}", re.IGNORECASE)
NOT_A_DURATION = (
    r"(?!\s*(?:%|per\b|times|hours?|days?|weeks?|months?|miles?|minutes?|mins?|pounds?|p\.?m|a\.?m|:|\.\d|"
    r"th\b|st\b|nd\b|rd\b))"
)
AGE_FORMS = [
    # "15-year-old", "15 years old", "15yo", "15 y/o", "fifteen year old", "15 years of age"
    (
        "after",
        rf"\b{NUMBER}\s*[-\u2010\u2011]?\s*(?:years?|yrs?|yr)\s*[-\u2010\u2011]?\s*olds?\b|\b{NUMBER}\s*(?:yo|y/o|y\.o\.?)(?![\w])|\b{NUMBER}\s+years?\s+of\s+age\b",
    ),
    # "aged 15", "age 15", "age: 15"
    ("before", rf"\baged?:?\s+{NUMBER}\b"),
    # "(15)", "(15 yrs)"
    ("before", rf"\(\s*{NUMBER}\s*(?:yrs?|years?|yo|y/o)?\s*\)"),
    # "Tom, 22, ..." (a number set off by commas right after a word)
    (
        "before",
        rf"(?<=[A-Za-z]),\s*{NUMBER}(?=\s*(?:,|;|\)|\.(?!\d)|$|\s+(?:and|is|was|has|had|who|from|with)\b))",
    ),
    # "she is 14", "who was 23", "she's 14", "turned 16", "is currently 15", "thought to be about 20"
    (
        "before",
        rf"(?:\b(?:is|was|now|just|only|turned|turns|turning|to be)|"
        rf"\b(?:he|she|who|they|that)['\u2019](?:s|re))\s+"
        rf"(?:(?:currently|still|already|barely|nearly|almost|about|around|roughly|approximately|over|only|just)\s+)?"
        rf"{NUMBER}\b{NOT_A_DURATION}",
    ),
    # "a woman of twenty-four", "a man of 30", "a girl of twelve", "a girlfriend of 21", "a woman of about 25"
    (
        "before",
        rf"\b(?:man|woman|male|female|adult|person|guy|lad|men|women|girl|boy|child|teenager|kid|boyfriend|"
        rf"girlfriend|partner|fella|lover|fianc\w*|husband|wife)\s+of\s+"
        # "her partner of six years" is how long, not how old
        rf"(?:(?:about|around|roughly|approximately|nearly|almost|over)\s+)?{NUMBER}\b{NOT_A_DURATION}"
        r"(?!\s*(?:years?|yrs?)\b(?!\s*(?:old|of age)))",
    ),
    # "her boyfriend (early thirties)": an age range in brackets
    (
        "before",
        r"\(\s*(?:(?:early|mid|late)[\s-]+)?(?P<d>twenties|thirties|forties|fifties|sixties|[2-6]0s)\s*\)",
    ),
    # "his eighteenth birthday", "her 21st birthday": the age they turned
    ("birthday", rf"\b(?P<o>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})\s+birthday\b"),
    # "in his twenties", "in her late 30s"
    (
        "before",
        r"\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?(?P<d>twenties|thirties|forties|fifties|sixties|[2-6]0s)\b",
    ),
    # "approx 18-20", "approximately 30": a guessed age, alone or as a range (the range's first number)
    (
        "before",
        rf"\bapprox(?:imately|\.)?\s+{NUMBER}(?:\s*(?:-|\u2013|to)\s*{NUMBER})?"
        rf"(?=\s*(?:[,;:)]|\.(?!\d)|$|\s+(?:years?|yrs?|and|or|but|who|with|-)\b))",
    ),
    # "Year 9", "Yr 8", "Y10" (school year: about the year's number plus four)
    ("school", r"\b(?:year|yr|y(?=\d))\s*(?P<y>[1-9]|1[0-3])\b(?!\s*(?:olds?|-))"),
    # "born March 2011", "born in 2012", "DOB 04/05/2011": the age this year
    (
        "born",
        r"\b(?:born(?:\s+in)?(?:\s+(?:[a-z]+\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?|"
        r"d\.?o\.?b\.?:?\s*(?:\d{1,2}[./-]\d{1,2}[./-]))\s*(?P<b>(?:19|20)\d\d)\b",
    ),
    # "under 16", "under-13s"
    ("under", r"\bunder\s*[-\u2010\u2011]?\s*(?P<u>1[0-8])s?\b"),
]


@cache
def forms() -> list[tuple[str, re.Pattern, re.Pattern | None]]:
    """The age forms, compiled the first time a sentence is read for ages (not when the module loads), each
    with its lower-case twin (``patterns.lower_case_twin``; None where one cannot be made)."""
    compiled = [(side, re.compile(pattern, re.IGNORECASE)) for side, pattern in AGE_FORMS]
    return [(side, form, lower_case_twin(form)) for side, form in compiled]


# Every age form needs a digit or a number word (a unit, a ten, a decade, an ordinal), and in every form a
# number word starts a word (after \b, a space, "(", "," or "-"): a sentence with neither has no age, and is
# answered without running each form over it. Searched with the forms' own flag, so whatever the forms'
# words match, these words match too ("someone" and "often" hold no number word; "tenant" is read in full).
AGE_HINT = ContextPattern(
    r"\d|\b(?:" + "|".join(sorted({*UNITS[1:], *TENS, *DECADES, *ORDINALS}, key=len, reverse=True)) + ")"
)
WORD_BEFORE = re.compile(r"([A-Za-z][\w'\u2019]*)['\u2019]?s?\W*$")
WORD_AFTER = re.compile(r"^[\s-]*([A-Za-z][\w'\u2019]*)")


@dataclass(frozen=True)
class Age:
    value: int
    start: int
    end: int
    owner: str  # the word the age belongs to, lower case ("" when none is near)


def number_value(word: str) -> int | None:
    word = word.lower().replace("-", " ")
    if word.isdigit():
        return int(word)
    if word in UNITS:
        return UNITS.index(word)
    tens, _space, unit = word.partition(" ")
    if tens in TENS:
        return TENS[tens] + (UNITS.index(unit) if unit in UNITS else 0)
    return None


def read_ages(sentence: str) -> tuple[Age, ...]:
    """Every age written in ``sentence``, in order (where two forms overlap, the first form listed wins)."""
    return ages_in(sentence, date.today().year)


@lru_cache(maxsize=4096)
def ages_in(sentence: str, this_year: int) -> tuple[Age, ...]:
    """``read_ages`` in a given year: "born in 2011" is 15 in 2026 and 16 in 2027, so the year is part of
    what is remembered (a server running across New Year must not keep last year's ages)."""
    # Lower-cased ASCII lets the hint and most forms run without case folding (patterns.py), twice as fast:
    # the same spans, and groups that differ only in case, which every reading below ignores.
    lowered = sentence.lower() if sentence.isascii() else None
    if AGE_HINT.search(sentence, lowered) is None:
        return ()
    ages: list[Age] = []
    taken: list[tuple[int, int]] = []
    for side, form, twin in forms():
        found_all = (
            twin.finditer(lowered) if twin is not None and lowered is not None else form.finditer(sentence)
        )
        for found in found_all:
            if any(found.start() < end and start < found.end() for start, end in taken):
                continue
            groups = {k: v for k, v in found.groupdict().items() if v}
            if "d" in groups:
                value = DECADES.get(groups["d"].lower()) or int(groups["d"][0]) * 10 + 5
            elif "y" in groups:
                value = int(groups["y"]) + 4
            elif "o" in groups:
                ordinal = groups["o"].lower()
                value = ORDINALS.get(ordinal) or int(ordinal[:-2])
            elif "u" in groups:
                value = int(groups["u"]) - 1
            elif "b" in groups:
                value = this_year - int(groups["b"])
            else:
                number = NUMBER_IN.search(found.group())
                value = number_value(number.group()) if number else None
            if value is None or not 1 <= value <= 99:
                continue
            if side in ("school", "under", "birthday", "born"):
                near = None
            elif side == "after":
                near = WORD_AFTER.match(sentence[found.end() : found.end() + 40])
            else:
                near = WORD_BEFORE.search(sentence[max(0, found.start() - 40) : found.start()])
            owner = near.group(1).lower() if near else ""
            taken.append((found.start(), found.end()))
            ages.append(Age(value=value, start=found.start(), end=found.end(), owner=owner))
    return tuple(sorted(ages, key=lambda age: age.start))
