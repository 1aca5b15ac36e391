"""Capitalised words that are named after people, or look like names, but are not anyone: brands, shops,
services, places and institutions, days, works of fiction ("Ted Baker", "McDonald's", "St Mary's Hospital",
"Valentine's Day", "Of Mice and Men", "Jubilee line", "Barbour jacket").

Private to ``youthvoice.deidentify``: the name finders skip the words inside these spans. Three means, all
general:

1. A list of brands, shops, services and titles (data/not_people.txt), and of public figures and named
   storms (data/public_figures.txt), written from general knowledge.
2. Shapes: a run of capitalised words before a word for an institution or a place ("... Hospital",
   "... Centre", "... Station", "... line"); a possessive before a word that is an institution only after
   one ("George's Day", "Mary's Church", "Clare's Law"); a police operation or a prison ("Operation X",
   "HMYOI X"); a drug by its street name beside a word for dealing or taking it ("selling charlie");
   "St X" before a capitalised word ("St John Ambulance"); UK places from GeoNames in a list of places, and
   big cities anywhere (data/uk_places.txt, built by scripts/build-place-list).
3. A run of capitalised words just before a word for a thing that is bought or worn ("Ted Baker coat",
   "Kurt Geiger boots"): a brand, not a person.

None of them applies straight after a title ("Ms Barbour"; "Dr Martens" is a brand but "Dr Martin" is not:
the list has the brand as written, the title rule the rest), except 3: "Mr Whippy van" is a brand, and a
person's things take a possessive ("Mr Jones's van").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from youthvoice.deidentify.replacer import AtStarts, word_starts_before

_LIST_FILE = Path(__file__).with_name("data") / "not_people.txt"
_PUBLIC_FIGURES_FILE = Path(__file__).with_name("data") / "public_figures.txt"
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|PC|DC|DS|DI|PCSO|Sgt|Insp)\.?\s+$")
_TITLE_START = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|PC|DC|DS|DI|PCSO|Sgt|Insp)\.?\s+")
_CAPITALISED = r"(?:St\.?\s+|Saint\s+)?(?:[A-Z][\w'’\-]*\s+){1,4}?"
# Words for an institution or a place that make the capitalised words before them its name.
_INSTITUTIONS = (
    "Hospital|Hospitals|Infirmary|Hospice|Clinic|Surgery|Practice|Pharmacy|Centre|Center|Cathedral|Mosque|"
    "Gurdwara|Synagogue|Mandir|Station|Stadium|Arena|Library|Museum|Gallery|Theatre|Cinema|Airport|Hotel|"
    "Prison|Trust|Foundation|Charity|Council|Services|Service|Ward|Unit|Team|Partnership|Project|"
    "Institute|University|Leisure|Baths|Pool|Retail|Shopping|Mall|Barracks|Crown\\s+Court|Magistrates"
)
_INSTITUTION = re.compile(rf"\b{_CAPITALISED}(?:{_INSTITUTIONS})\b|\b(?:[A-Z][\w'’\-]*\s+){{1,2}}line\b")
# A street's name before a place everyone uses names that place, not anyone's home: "the Larch Street food
# bank", "Carver Road school gates", "Hunter Lane car park" (not the person Hunter Lane).
_FACILITIES = (
    r"health\s+centre|medical\s+centre|surgery|clinic|car\s+park|shops|shopping|food\s*bank|underpass|"
    r"library|mosque|church|chapel|gurdwara|temple|market|baths|pool|leisure|school|academy|practice|"
    r"pharmacy|station|bus\s+station|depot|garage|police\s+station|fire\s+station|youth\s+(?:club|centre)|"
    r"community\s+centre|sports|playing\s+fields|skate\s*park|precinct"
)
FACILITY_AFTER = re.compile(rf"\s+(?:{_FACILITIES})\b", re.IGNORECASE)
_STREET_KIND = r"Street|Road|Lane|Avenue|Way|Drive|Close|Grove|Hill|Row|Parade"
_STREET_BEFORE_FACILITY = re.compile(
    rf"\b(?:[A-Z][\w'’\-]*\s+){{1,2}}(?:{_STREET_KIND})(?=\s+(?i:{_FACILITIES})\b)"
)
_STREET_KIND_WORDS = frozenset(_STREET_KIND.lower().split("|"))
# A firm named after its partners: "Weston & Clarke Solicitors", "Patel and Sons".
_FIRM = re.compile(
    r"\b(?:[A-Z][\w'’\-]*\s+(?:&|and)\s+)?(?:[A-Z][\w'’\-]*\s+){1,3}"
    r"(?:Solicitors|Accountants|Associates|LLP|Ltd|Limited|Estate\s+Agents|and\s+Sons|&\s+Sons)\b"
)
_FIRM_WORDS = frozenset(
    {"solicitors", "accountants", "associates", "llp", "ltd", "limited", "agents", "sons"}
)
# Institution words that are also surnames ("Ola Hall", "Bo Day"): a name only after a possessive or "St".
_AFTER_POSSESSIVE = re.compile(
    r"\b(?:(?:St\.?|Saint)\s+)?[A-Z][\w\-]*['’]s\s+(?:Day|Eve|Hall|Park|Church|Chapel|Court|House|Bridge|Tower|"
    r"Market|Square|Gate|Green|Field|Fields|Cross|Well|Wood|Place|Walk|Way|Close|Crescent|Lane|Road|Street|"
    r"Avenue|Drive|Estate|Academy|School|College|Primary|High|Catholic|Hospital|Church|Centre|Law|Laws)\b"
    r"|\b(?:St\.?|Saint)\s+[A-Z][\w\-]*(?:['’]s)?(?:\s+[A-Z][\w'’\-]*)+"
    # "St Mary's church", "St Luke's hospice": a saint's place, its kind in lower case
    r"|\b(?:St\.?|Saint)\s+[A-Z][\w\-]*['’]?s\s+(?:church|chapel|cathedral|parish|hall|hospital|hospice)\b"
)
# A police operation, a prison or secure unit is named, not a person: "Operation Sceptre", "HMYOI Werrington".
_OPERATION_OR_PRISON = re.compile(
    r"\b(?:Operation|Op\.?)\s+[A-Z][\w\-]*\b|\b(?:HMP|HMYOI|HMPYOI|YOI|STC|SCH)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?"
)
_OPERATION_OR_PRISON_WORDS = frozenset({"operation", "op", "hmp", "hmyoi", "hmpyoi", "yoi", "stc", "sch"})
# A storm the Met Office named ("Storm Bert") is weather, and a royal by title ("King Charles", "Princess
# Anne") is a public figure the whole country knows: neither is anyone a young person could be traced by.
# Not where a person's details follow ("Storm Riley aged 14", "Prince Adeyemi (YP)"): then it is a name.
_STORM_OR_ROYAL = re.compile(
    r"\b(?:Storm|King|Queen|Prince|Princess)\s+(?P<given>[A-Z][a-zà-ÿ]+)\b(?!['’]?\s*[A-Z])"
    r"(?![,\s]*(?:\(|aged?\b|\d|who\b|is\s+\d|was\s+\d|dob\b|d\.o\.b))"
)


# Whether a word is a first name: names.py registers its lists here (it imports this module, so this module
# cannot import it). Until then no storm or royal is read.
_is_first_name: Callable[[str], bool] | None = None


def register_first_names(is_first_name: Callable[[str], bool]) -> None:
    global _is_first_name
    _is_first_name = is_first_name


def _storms_and_royals(text: str) -> list[tuple[int, int]]:
    # Storms and royals go by a first name; "Storm Kavanagh" is a person called Storm.
    if _is_first_name is None:
        return []
    return [m.span() for m in _STORM_OR_ROYAL.finditer(text) if _is_first_name(m.group("given").lower())]


_STORM_OR_ROYAL_WORDS = frozenset({"storm", "king", "queen", "prince", "princess"})
# Drugs with a first name for a street name ("selling charlie", "on mandy", "molly was handed out") are not
# people: after a word for dealing, carrying or taking them, or when they are handed out. A weak cue
# ("on", "some", "to be") counts only with the word in lower case: "on Molly's phone", "relied on Charlie".
_DRUG_NAMES = "charlie|mandy|molly|tina|ket|henry|billy"
# ...and one that is two first names, only after a word for dealing or taking it ("smoking mary-jane")
_DRUG_NAMES_AFTER_VERB = f"{_DRUG_NAMES}|mary[ -]jane"
_QUOTE = "[\"'“”‘’]?"
_DRUG_BY_NAME = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|carr(?:y|ies|ied|ying)|deal(?:s|t|ing)?|doing|did|taking|took|takes?|taken|"
    r"bought|buy(?:s|ing)?|scor(?:e|ed|ing)|smok(?:e|es|ed|ing)|snort\w*|sniff\w*|dropp(?:ed|ing)|"
    r"bags?\s+of|wraps?\s+of|"
    r"lines?\s+of|grams?\s+of|g\s+of|bit\s+of|supply\w*|possession\s+of|powder\s+believed\s+to\s+be)"
    # one of them, or a list of them, in quotes or not: 'had taken "Molly" and "Charlie"'
    rf"\s+(?:the\s+|some\s+)?{_QUOTE}(?:{_DRUG_NAMES_AFTER_VERB}){_QUOTE}"
    rf"(?:\s*(?:,|and|&|or|n)\s*{_QUOTE}(?:{_DRUG_NAMES_AFTER_VERB}){_QUOTE})*\b(?!['’]s)"
    rf"|(?-i:\b(?:on|some|be|the|and)\s+(?:{_DRUG_NAMES}))\b(?!['’]s)"
    rf"|\b(?:{_DRUG_NAMES})\s+(?:was|were|is|gets?|got)\s+(?:being\s+)?handed\s+out\b",
    re.IGNORECASE,
)
_DRUG_NAME_WORDS = frozenset(_DRUG_NAMES.split("|")) | {"mary", "mary-jane"}
# UK places (GeoNames, data/uk_places.txt). A place that is also a first name ("Preston", "Barry") is a place
# only in a list of places with at least one that is no first name ("Chorley, Preston and Lancaster"), so that
# "Preston, Chester and Lincoln came" stays a list of people; a city of BIG_CITY people or more that is no
# first name ("Leeds"; not "Preston"), or of HUGE_CITY or more ("London", "Birmingham"), and no dictionary
# word ("Reading") is a place anywhere.
_PLACES_FILE = Path(__file__).with_name("data") / "uk_places.txt"
BIG_CITY = 250_000
HUGE_CITY = 1_000_000
_PLACE_ITEM = r"[A-Z][\w'’]*(?:(?:\s+|-)(?:(?:upon|on|under|in|le|by|the|de)(?:\s+|-))?[A-Z][\w'’]*){0,3}"
_PLACE_LIST = re.compile(rf"{_PLACE_ITEM}(?:\s*(?:,|\band\b|&|\bor\b|/)\s*{_PLACE_ITEM})+")
_PLACE_ITEM_RE = re.compile(_PLACE_ITEM)
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’]*")


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, tuple[int, frozenset[str]]], frozenset[str]]:
    """(place in lower case -> (population, what else its name is: "first", "word", and "short" for the short
    form of a town named with its river or coast, a place in a list of places only); the first word of every
    place, for a quick look-up). The marks come with the list (scripts/build-place-list), so this module needs
    no name lists of its own."""
    places = {}
    for line in _PLACES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            population, marks, name = line.split("\t")
            places[name.lower()] = (int(population), frozenset(marks.split(",")) - {"-"})
    return places, frozenset(_key(name.split()[0].split("-")[0]) for name in places)


_SAINT = re.compile(r"^(?:st\.?|saint)\s+", re.IGNORECASE)


def is_uk_place(name: str, *, population: int = 0) -> bool:
    """A UK place of the list with ``population`` people or more, however its saint is written ("st helens",
    "St. Albans", "Saint Neots")."""
    places, _ = _places()
    lower = " ".join(name.lower().split())
    bare = _SAINT.sub("", lower)
    forms = (lower, f"st {bare}", f"saint {bare}") if bare != lower else (lower,)
    return any(form in places and places[form][0] >= population for form in forms)


def _place_at(item: str) -> str | None:
    """The longest start of a list item that is a UK place ("Cardiff" of "Cardiff Bay"), in lower case."""
    places, firsts = _places()
    words = item.split()
    if _key(words[0].lower().split("-")[0]) not in firsts:
        return None  # no place starts with this word (most capitalised words): no need to try each length
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count]).lower()
        if candidate in places:
            return candidate
    return None


def _place_spans(text: str) -> list[tuple[int, int]]:
    places, _ = _places()
    spans = []
    for found in _PLACE_LIST.finditer(text):
        items = [(m.start(), _place_at(m.group(0))) for m in _PLACE_ITEM_RE.finditer(found.group(0))]
        named = [(start, place) for start, place in items if place]
        if len(named) >= 2 and any("first" not in places[place][1] for _, place in named):
            spans += [(found.start() + start, found.start() + start + len(place)) for start, place in named]
    for found in _PLACE_ITEM_RE.finditer(text):
        place = _place_at(found.group(0))
        if not place:
            continue
        population, also = places[place]
        if (
            (population >= HUGE_CITY or (population >= BIG_CITY and "first" not in also))
            and "word" not in also
            and "short" not in also
            and not _TITLE_BEFORE.search(text, max(0, found.start() - 8), found.start())
        ):
            spans.append((found.start(), found.start() + len(place)))
    return spans


# Things bought, worn or eaten: a capitalised run just before one is a brand ("Puma trainers").
_GOODS = (
    "boots|trainers|sneakers|shoes|sliders|sandals|heels|jacket|jackets|coat|coats|puffer|hoodie|hoodies|"
    "jumper|jumpers|tracksuit|trackies|joggers|hat|cap|beanie|bag|bags|handbag|handbags|backpack|purse|wallet|"
    "belt|watch|perfume|aftershave|vape|vapes|voucher|vouchers|gift\\s+card|gift\\s+cards|food\\s+hall|store|"
    "wellies|wellingtons|uggs|crocs|slippers|socks|leggings|gilet|scarf|gloves|sunglasses|headphones|earphones|"
    "stores|shop|outlet|meal|meals|burger|burgers|chicken|fries|nuggets|bottle|bottles|jeans|shirt|shirts|"
    "top|tops|tee|t-shirt|dress|jewellery|necklace|chain|ring|earrings|clothing|clothes|gear|kit|"
    "tablets|pills|syrup|medicine|"
    # Works named after their maker: "the new Kano album", "that Adele song".
    "album|albums|song|songs|track|tracks|tune|tunes|mixtape|playlist|lyrics|concert|gig|tour|film|films|movie|"
    "movies|documentary|podcast|"
    "van|vans|lorry|truck"
)
# The last capitalised word is no possessive: "Jayden's jacket" is someone's.
_BRAND_BEFORE_GOODS = re.compile(rf"\b(?:[A-Z][\w'’\-]*\s+){{0,2}}[A-Z][\w\-]*\s+(?=(?:{_GOODS})\b)")
# A word beside "vs" or "v" is a team: "Spurs vs Wolves".
_VERSUS = re.compile(r"\b[A-Z][\w'’\-]*\s+(?:vs\.?|v\.?|versus)\s+[A-Z][\w'’\-]*\b")


def _key(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "")


def _phrase_pattern(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        if word in ("&", "and"):
            parts.append("(?:&|and|n)")
            continue
        pieces = []
        for char in word:
            if char in "'’":
                pieces.append("['’]?")
            elif char == "-":
                pieces.append(r"[\-\s]?")
            else:
                pieces.append(re.escape(char))
        parts.append("".join(pieces))
    return r"\s*".join(parts[:1]) + "".join(r"\s+" + part for part in parts[1:]) + r"(?:['’]?s)?(?![\w'’])"


@lru_cache(maxsize=1)
def _listed() -> tuple[dict[str, re.Pattern], frozenset[str]]:
    """(first word of each listed phrase -> one pattern for every phrase starting with it, longest first;
    every form of those first words as it may be written, for a quick look-up)."""
    by_first: dict[str, list[str]] = {}
    lines = [
        line
        for path in (_LIST_FILE, _PUBLIC_FIGURES_FILE)
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    for line in lines:
        phrase = line.strip()
        if not phrase or phrase.startswith("#"):
            continue
        first = _WORD.match(phrase)
        if first is None:
            continue
        by_first.setdefault(_key(first.group(0)), []).append(phrase)
    patterns = {
        key: re.compile(
            "|".join(_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True)), re.IGNORECASE
        )
        for key, phrases in by_first.items()
    }
    forms = set()
    for phrases in by_first.values():
        for phrase in phrases:
            word = _WORD.match(phrase).group(0).lower()
            forms |= {word, _key(word), word.replace("'", "’"), _key(word) + "s", word + "s"}
    return patterns, frozenset(forms)


# A month beside a day or a year is a date, never the person a month's name may be: "on 12 June", "June 3rd",
# "the 1st of May", "April 2025".
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_WITH_MONTH = re.compile(
    rf"(?i:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|\b(?:{_MONTHS})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|(?:19|20)\d\d)\b)"
)

# Shapes are tried only when one of their words is in the text (most answers have none).
_MONTH_WORDS = frozenset(_MONTHS.lower().split("|"))
_INSTITUTION_WORDS = frozenset(_INSTITUTIONS.lower().replace("\\s+", "|").split("|")) | {"line"}
_GOODS_WORDS = frozenset(_GOODS.replace("\\s+", "|").split("|"))
_VERSUS_WORDS = frozenset({"vs", "v", "versus"})
_SAINT_WORDS = frozenset({"st", "saint"})


def not_people_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every brand, shop, service, place or title in ``text`` that a name finder must not
    take for a person. Unsorted; may overlap."""
    # The name rules ask about the same text one after another while nothing in it changes: remember the
    # last answer only (never more than one text, so nothing is kept beyond the current one).
    global _last
    last = _last  # one tuple, read and replaced whole: safe when threads share the module
    if last[0] == text:
        return list(last[1])
    spans = _not_people_spans(text)
    _last = (text, tuple(spans))
    return spans


_last: tuple[str | None, tuple] = (None, ())


def _not_people_spans(text: str) -> list[tuple[int, int]]:
    patterns, forms = _listed()
    lowered = text.lower()
    words = set((_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered))
    spans = []
    hits = words & forms
    if hits:
        if len(lowered) == len(text):
            # Where each listed first word stands as a whole word: one scan for each (a few), rather than
            # a Python step for every word of the text.
            found = [(m.start(), hit) for hit in hits for m in _whole_word(hit).finditer(lowered)]
        else:  # lower case moved the letters ("İ" is two characters in lower case)
            found = [(w.start(), w.group(0)) for w in _WORD.finditer(lowered) if w.group(0) in hits]
        for start, word in found:
            pattern = patterns.get(_key(word)) or patterns.get(_key(word)[:-1])
            match = pattern.match(text, start) if pattern else None
            if match and not _TITLE_BEFORE.search(text, max(0, start - 8), start):
                spans.append(match.span())
    shapes = []
    if words & _INSTITUTION_WORDS:
        shapes.append(_INSTITUTION)
    if (words & _SAINT_WORDS) or "'s " in lowered or "’s " in lowered:
        shapes.append(AtStarts(_AFTER_POSSESSIVE, _possessive_starts(text)))
    if words & _GOODS_WORDS or "gift card" in lowered or "food hall" in lowered:
        shapes.append(_BRAND_BEFORE_GOODS)
    if words & _VERSUS_WORDS:
        shapes.append(_VERSUS)
    if words & _MONTH_WORDS:
        shapes.append(_DATE_WITH_MONTH)
    if words & _FIRM_WORDS:
        shapes.append(_FIRM)
    if words & _STREET_KIND_WORDS and FACILITY_AFTER.search(text):
        shapes.append(_STREET_BEFORE_FACILITY)
    if words & _OPERATION_OR_PRISON_WORDS:
        shapes.append(_OPERATION_OR_PRISON)
    if words & _DRUG_NAME_WORDS:
        shapes.append(_DRUG_BY_NAME)
    if words & _STORM_OR_ROYAL_WORDS:
        spans += _storms_and_royals(text)
    # Every place reading starts at a capital: look only where a capitalised word begins a UK place (about
    # one text in seven; half of all texts hold "new", "west" or "high" in lower case).
    firsts = _places()[1]
    if words & firsts and any(_key(w) in firsts for w in set(_CAPITALISED_WORD.findall(text))):
        spans += _place_spans(text)
    for pattern in shapes:
        for match in pattern.finditer(text):
            # After a title a run is a person ("Ms Barbour"), except straight before something bought: no
            # one writes "Mr Jones van" for his van, so "Mr Whippy van", "Dr Pepper bottle" are brands.
            if pattern is _BRAND_BEFORE_GOODS:
                title = _TITLE_START.match(text, match.start())
                spans.append((title.end() if title else match.start(), match.end()))
            elif not _TITLE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                spans.append(match.span())
    return spans


def _possessive_starts(text: str) -> list[int]:
    """Where ``_AFTER_POSSESSIVE`` can begin: at "St" or "Saint", or in the word before an "'s" (the pattern
    looks for a word boundary first, which ``re`` would try at every position)."""
    starts = []
    for mark in ("'s", "’s"):
        found = text.find(mark)
        while found >= 0:
            starts += word_starts_before(text, found, 1)
            found = text.find(mark, found + 1)
    for saint in ("St", "Saint"):
        found = text.find(saint)
        while found >= 0:
            starts.append(found)
            found = text.find(saint, found + 1)
    return starts


# In ASCII text, the words ``_WORD`` finds (the same, faster).
_ASCII_WORD = re.compile(r"[a-z](?:[a-z]|['\-](?=[a-z]))*")


@cache  # one per listed first word at most (a few thousand)
def _whole_word(word: str) -> re.Pattern:
    """``word`` where ``_WORD`` would find it as a whole word in lower-case text: no letter just before it
    (nor a letter and an apostrophe or hyphen), none just after it (nor an apostrophe or hyphen and a
    letter). The word comes first so that ``re`` can look for it quickly."""
    w, letter = re.escape(word), r"[^\W\d_]"
    return re.compile(rf"{w}(?<!{letter}{w})(?<!{letter}['’\-]{w})(?!{letter})(?!['’\-]{letter})")


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted and joined where they overlap, for ``overlaps``."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of ``spans`` (from ``merged``)? A binary search: a long text may hold
    thousands of spans and as many questions."""
    index = bisect_left(spans, (end,)) - 1
    return index >= 0 and spans[index][1] > start
