"""Places that point to a person: the estate, block or street where someone named lives, goes or was found.

A named estate or block of flats ("the Dunmore estate", "Alder House", "the Brook Vale flats") or an
everyday street name ("Station Road") identifies nobody on its own: every town has them, and a note about
patrols on an estate is about the estate. Beside a named person it narrows that person down to a few
hundred doors ("Leanne was found at Pelham Court", "Carl Jessop, 20, of the Fernhill estate"), so it
comes out once the names are out: the step runs after them, and only where a ``[NAME]`` (or, for an estate
or a block, an address label) is in the text.
"""

from __future__ import annotations

import re

from youthvoice.deidentify.not_people import FACILITY_AFTER, merged, not_people_spans
from youthvoice.deidentify.obfuscated import GENERIC_STREET_WORDS, mentions_street

_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)?"
# A block's or an estate's name: one or two capitalised words before the kind of place. "estate" and
# "flats" are written in lower case as often as not; a block's word ("House", "Court") only capitalised,
# since "his house", "at court" are everyday words.
_BLOCK = re.compile(
    rf"\b(?P<place>(?:{_WORD}[ \-]){{1,2}}"
    r"(?:[Ee]state|[Ff]lats|House|Court|Tower|Towers|Heights|Lodge|Mansions|Point|Cottage|Farm|Farmhouse|"
    r"Barn|Bungalow))\b"
)
# A house or a home by its own name, as British houses and children's homes are often called: trees in the
# plural and the old buildings houses are made of ("The Willows", "The Old Vicarage").
_NAMED_HOUSE = re.compile(
    r"\b(?P<house>The (?:Willows|Sycamores|Oaks|Elms|Limes|Beeches|Firs|Cedars|Laurels|Hollies|Poplars|Pines|"
    r"Maples|Birches|Chestnuts|Rowans|Hawthorns|Larches|Yews|Alders|Acacias|Maltings|Grange|Old Vicarage|"
    r"Old Rectory|Old Mill|Old School House|Old Forge|Coach House))\b"
)
_PLACE_WORDS = (
    "estate", "flats", "house", "court", "tower", "heights", "lodge", "mansions", "point", "cottage", "farm",
    "barn", "bungalow",
)  # fmt: skip
# A children's home by its name ("placed at Fernlea Children's Home"): where a looked-after child lives.
_CHILDRENS_HOME = re.compile(rf"\b(?P<place>(?:{_WORD}[ \-]){{1,2}}[Cc]hildren['’]?s [Hh]ome)\b")
_STREET_KINDS = r"Road|Street|Lane|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Rise|Parade|Walk"
# A street's name, capitalised ("Station Road", "Ash Park Road") or, after a word for where someone is or
# goes, in lower case as young people type it ("down corwen street").
_STREET = re.compile(
    rf"\b(?P<street>(?:{_WORD}[ \-]){{1,2}}(?:{_STREET_KINDS}))\b"
    r"|\b(?:on|down|near|along|off|up|round|past|at|in|from|to|by)\s+"
    rf"(?P<lower>[a-z]+(?:\s[a-z]+)?\s(?:{_STREET_KINDS.lower()}))\b"
)
# Where someone is: a lead-in that ties the place to a person of the sentence.
_ADDRESS_LABEL = re.compile(
    r"\b(?:address|location|lives?|living|placed|placement|resides?|stay|stays|staying|kids\s+home)\b",
    re.IGNORECASE,
)
# Places named like blocks that are institutions or landmarks, not where anyone lives.
_NOT_HOMES = frozenset((
    "crown", "magistrates", "magistrates'", "county", "family", "youth", "high", "supreme", "coroners",
    "coroner's", "civil", "royal", "opera", "white", "town", "police", "custody", "court", "care",
    "children's", "community", "health", "medical", "hospital", "leisure", "sports", "arts", "art", "civic",
    "guild", "meeting", "mission", "manor", "lighthouse",
))  # fmt: skip


# Words that make a street-shaped phrase no street's name: "down our street", "on a side road".
_NOT_STREET = frozenset((
    "the", "a", "an", "our", "my", "your", "his", "her", "their", "this", "that", "these", "those", "one",
    "two", "any", "every", "same", "side", "back", "main", "dead", "long", "busy", "quiet", "wrong", "right",
    "next", "last", "other", "local", "nearby",
))  # fmt: skip


def places_of_people(text: str) -> list[tuple[int, int]]:
    """(start, end), sorted and apart, of each estate or block named in a text that also names a person (a
    ``[NAME]`` placeholder is already in it) or gives an address, and of each street in a text that names a
    person."""
    if "[NAME]" not in text and not _ADDRESS_LABEL.search(text):
        return []
    spans: list[tuple[int, int]] = []
    not_places: list[tuple[int, int]] | None = None

    def a_known_thing(start: int, end: int) -> bool:
        """Inside a shop, a service or a place the lists know: not a home."""
        nonlocal not_places
        if not_places is None:
            not_places = not_people_spans(text)
        return any(low <= start and end <= high for low, high in not_places)

    lower = text.lower()
    for match in _BLOCK.finditer(text) if any(word in lower for word in _PLACE_WORDS) else ():
        words = re.split(r"[ \-]+", match.group("place").lower())
        if words[0].endswith(("'s", "’s")):
            continue  # "Grandad's estate": what someone owns, not a place's name
        if any(word in _NOT_HOMES for word in words[:-1]) or all(
            word in GENERIC_STREET_WORDS for word in words[:-1]
        ):
            continue  # "the Youth Court", "the Park estate"; not "the Hollins Park estate"
        if not a_known_thing(*match.span("place")):
            spans.append(match.span("place"))
    if "The " in text:
        spans += [match.span("house") for match in _NAMED_HOUSE.finditer(text)]
    if "home" in lower:
        spans += [
            match.span("place")
            for match in _CHILDRENS_HOME.finditer(text)
            if match.group("place").split()[0] not in ("The", "A", "Our", "My", "Her", "His")
            and not a_known_thing(*match.span("place"))
        ]
    if "[NAME]" in text and mentions_street(text):
        for match in _STREET.finditer(text):
            group = "street" if match.group("street") else "lower"
            words = re.split(r"[ \-]+", match.group(group).lower())
            if words[0] in ("high", "main") or any(word in _NOT_STREET for word in words[:-1]):
                continue  # "the High Street" is every town's; "down our street" is nobody's name
            if FACILITY_AFTER.match(text, match.end()):
                continue  # "the Larch Street food bank" is a place everyone uses
            if not a_known_thing(*match.span(group)):
                spans.append(match.span(group))
    return merged(spans)  # "Pelham Court Road" is both a block's name and a street's
