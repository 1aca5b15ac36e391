"""Schools: a partnership's configured school names with the short forms and initials young people use,
and any "X School/Academy/College/High/Primary/PRU" or Welsh "Ysgol X" even when no list is configured.

Private to ``youthvoice.deidentify.engine``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from youthvoice.deidentify.names import is_everyday_word, is_first_name, is_function_word
from youthvoice.deidentify.not_people import is_uk_place, not_people_spans
from youthvoice.deidentify.replacer import AtStarts, Replacer, word_starts_before


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def replace_schools(text: str, r: Replacer, *, configured: tuple[str, ...]) -> str:
    """``text`` with every school name found replaced by "[SCHOOL]"."""
    if configured and not _may_name_a_configured_school(text, configured):
        configured = ()
    listed = _school_list_pattern(configured)
    if listed is not None:
        text = r.sub(listed, "SCHOOL", text)
    if configured:
        one_word = _school_one_word_pattern(configured)
        if one_word is not None:
            text = r.sub(one_word, "SCHOOL", text, group="school")
        initials = _school_initials_pattern(configured)
        if initials is not None:
            text = r.sub(initials, "SCHOOL", text)
    # Cheap look-up first: the school patterns backtrack over capitalised words.
    lower = text.lower()
    if any(word in lower for word in _SCHOOL_WORDS):
        text = r.sub(_SCHOOL, "SCHOOL", text, check=_is_school)
        # The lower-case patterns are tried only where they can begin: a few words before "academy",
        # "school"... ("st bedes high school": four; "go manor park academy": three).
        kinds = [kind.start() for kind in _SCHOOL_KIND_WORD.finditer(text)]
        if kinds:
            starts = [start for kind in kinds for start in word_starts_before(text, kind, 4)]
            text = r.apply(AtStarts(_SCHOOL_LOWER, starts), lambda m: _lower_school(m, r), text)
            starts = [
                start
                for kind in _SCHOOL_KIND_WORD.finditer(text)
                for start in word_starts_before(text, kind.start(), 3)
            ]
            text = r.apply(AtStarts(_SCHOOL_AFTER_GOING, starts), lambda m: _school_after_going(m, r), text)
        kinds = [kind.start() for kind in _SHOUTED_KIND.finditer(text)]
        if kinds:
            starts = [start for kind in kinds for start in word_starts_before(text, kind, 4)]
            text = r.apply(AtStarts(_SCHOOL_SHOUTED, starts), lambda m: _lower_school(m, r), text)
    if "provision" in lower or "pru" in lower or "referral" in lower:
        text = r.apply(_PROVISION_CENTRE, lambda m: _provision(m, r), text)
    if "pru" in lower:
        text = r.apply(_NAMED_PRU, lambda m: _named_pru(m, r), text)
    if "school" in lower:
        text = r.apply(_SCHOOL_IS_NAMED, lambda m: _school_is_named(m, r), text)
    if _SAINT_HINT.search(lower):
        text = r.apply(_SAINTS_SCHOOL, lambda m: _saints_school(m, r), text)
    text = r.apply(_PLACE_SHAPED_AFTER_GOING, lambda m: _place_shaped_school(m, r), text)
    if "xcluded" in text or "xpelled" in text or "uspended" in text or "kicked out" in text:
        text = r.sub(_EXCLUDED_FROM, "SCHOOL", text, group="school", check=_may_be_excluded_from)
    if " at " in text and _SCHOOL_CONTEXT.search(text):
        text = r.apply(_PLACE_SHAPED_AT, lambda m: _place_shaped_school(m, r), text)
    return text


# Where a young person goes every day, by a name made of two words of the English landscape, in either case:
# "i went to hillcrest til year 9", "excluded from Ferndale", "boys from oakridge". Schools are named so
# (and estates, also identifying); towns, listed places and everyday words ("riverside") are left.
_PLACE_SHAPED_AFTER_GOING = re.compile(
    r"\b(?:(?:go|goes|going|went|gone|moved|moving|walked|walk)\s+(?:to\s+)?|attends?\s+|attended\s+|"
    r"(?:excluded|expelled|suspended|kicked\s+out|moved)\s+(?:from|of)\s+|leave\s+|left\s+|from\s+|"
    r"outside\s+)(?P<school>[A-Za-z][a-z]{5,}(?:['’]?s)?)(?![\w'’\-])(?!\s+[A-Z])"
)
# Where someone was excluded from is a school: "excluded from Castle View", "expelled from Oakfield" (not
# "excluded from Maths", a lesson; not a town or a listed place).
_EXCLUDED_FROM = re.compile(
    r"\b(?:excluded|expelled|suspended|kicked\s+out|permanently\s+excluded)\s+(?:from|of)\s+"
    r"(?P<school>(?:St\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
)


def _may_be_excluded_from(name: str) -> bool:
    words = name.split()
    return not (
        (len(words) == 1 and is_everyday_word(words[0])) or not_people_spans(name) or is_uk_place(name)
    )


# ...and "at" such a name where the text speaks of school: "the only teacher at Highfield that believed me".
_PLACE_SHAPED_AT = re.compile(r"\bat\s+(?P<school>[A-Za-z][a-z]{5,}(?:['’]?s)?)(?![\w'’\-])(?!\s+[A-Z])")
_LANDSCAPE_FIRST = _words(
    """oak ash elm beech birch pine holly hazel fern rose bram bramble thorn haw king kings queen queens park
    hill field wood brook dale ridge mead green moor ford bridge water lake river stone well broad high long
    west east north south red black white fair spring cherry apple maple willow castle abbey church chapel
    priory grange manor mill marsh heath bourne oaks elms glen lang rush wych bel beau fox hart deer lark
    swan eagle hawk wind mount"""
)
_LANDSCAPE_LAST = _words(
    """field fields wood woods brook dale ridge mead meadow meadows side crest way view vale lea leigh ley
    hill hills park green moor ford bridge water well wells gate hurst bury combe croft cliffe cliff bank
    banks burn den holme thorpe wick worth lands land court lane rise grove haven mount acre acres stead
    shaw hall mere stone"""
)


def _without_possessive(word: str) -> str:
    lower = word.lower()
    return lower[:-2] if lower.endswith(("'s", "’s")) else lower


def _landscape_compound(word: str) -> bool:
    word = _without_possessive(word)
    return any(
        word[:cut] in _LANDSCAPE_FIRST and word[cut:].rstrip("s") in _LANDSCAPE_LAST
        for cut in range(2, len(word) - 2)
    )


def _place_shaped_school(match: re.Match, r: Replacer) -> str:
    name = match.group("school")
    bare = _without_possessive(name)
    if not _landscape_compound(name) or is_everyday_word(bare) or is_everyday_word(bare.rstrip("s")):
        return match.group(0)
    if not_people_spans(name):  # a town, a shop, a listed place ("Wakefield", "Meadowhall")
        return match.group(0)
    r.found["SCHOOL"] += 1
    start = match.start("school") - match.start()
    return match.group(0)[:start] + "[SCHOOL]" + match.group(0)[start + len(name) :]


# "i go manor park academy", "she went to oak lane primary": two everyday words before the kind of school,
# after a word for going there, are the school's own name...
_SCHOOL_AFTER_GOING = re.compile(
    r"\b(?:go|goes|going|went|gone|attend|attends|attended|attending|at|to|from)\s+"
    r"(?P<name>[a-z][a-z'’\-]+\s+[a-z][a-z'’\-]+)\s+(?:academy|school|college|primary|high|grammar)\b"
)
_SCHOOL_KIND_WORD = re.compile(r"\b(?:academy|school|college|primary|high|grammar)\b")
# ...unless one of them says what is taught there or what kind of school it is ("performing arts school").
_SCHOOL_OF_SOMETHING = _words(
    """art arts drama dance music performing stage theatre film ballet football sports sport boxing
    martial language languages beauty hair cookery driving flight swimming forest summer sunday night
    weekend saturday holiday catholic church faith special boarding private state grammar secondary
    primary high independent free day girls boys big new old local nearest nearby same other different
    next last first secondary upper lower middle junior infant comprehensive
    after before during since until till for with without about then than when while if so and or but
    because cos coz of off by into onto over under near every each this that back home there here"""
)


def _school_after_going(match: re.Match, r: Replacer) -> str:
    words = match.group("name").split()
    if any(word in _SCHOOL_STOPWORDS or word in _SCHOOL_OF_SOMETHING for word in words):
        return match.group(0)
    r.found["SCHOOL"] += 1
    start = match.start("name") - match.start()
    return match.group(0)[:start] + "[SCHOOL]"


# A centre or unit named as alternative provision: "the Beacon Centre (alternative provision)", "the
# Oaks Unit (PRU)".
_PROVISION_CENTRE = re.compile(
    r"\b(?P<school>(?:[A-Z][\w'’\-]+\s+){1,3}(?:Centre|Center|Unit|Hub|Project|House|Base))\s*"
    r"\(\s*(?:an?\s+)?(?:alternative\s+provision|AP|PRU|P\.R\.U\.?|pupil\s+referral\s+unit)\b"
    r"|\b(?:alternative\s+provision|PRU|pupil\s+referral\s+unit)\s+(?:at|called|named)\s+(?:the\s+)?"
    r"(?P<named>(?:[A-Z][\w'’\-]+\s+){0,2}(?:Centre|Center|Unit|Hub|Project|House|Base|[A-Z][\w'’\-]+))",
)


# A pupil referral unit named in lower case, by one or two words of its own before "pru": "riverside pru",
# "marsh lane pru"; everyday words too, since "pru" says what they name (not "the pru", "a new pru").
_NAMED_PRU = re.compile(r"\b(?P<name>[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?)\s+(?:pru|p\.r\.u\.?)(?![\w.])")


# Whose school it is, then its name in capitals: "my old school was Brampton Manor", "her school is St Ann's".
_SCHOOL_IS_NAMED = re.compile(
    r"\b(?:my|his|her|their|our|your)\s+(?:(?:old|new|last|previous|current|first|primary|secondary)\s+)?"
    # "my school is Oakfield", and the name beside it: "my old school Thornley Park was worse"
    r"school,?\s+(?P<verb>(?:is|was|were|is\s+called|was\s+called|=|:|-|–)\s+)?"
    r"(?P<school>(?:St\.?\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){0,3})"
)


def _school_is_named(match: re.Match, r: Replacer) -> str:
    """Two capitalised words or more ("Castle Rise"), or one no dictionary has ("Oakfield"); not one
    everyday word said of the school ("my school is Rubbish"). Beside "my school" with no "is" between, not
    one first name either: "at my school, Kian gets called names" is about Kian."""
    words = match.group("school").split()
    if len(words) == 1 and (
        is_everyday_word(words[0]) or (not match.group("verb") and is_first_name(words[0].lower()))
    ):
        return match.group(0)
    start, end = match.start("school") - match.start(), match.end("school") - match.start()
    r.found["SCHOOL"] += 1
    return match.group(0)[:start] + "[SCHOOL]" + match.group(0)[end:]


def _named_pru(match: re.Match, r: Replacer) -> str:
    words = list(re.finditer(r"\S+", match.group("name")))
    keep = len(words)
    while keep > 0 and not (
        words[keep - 1].group(0) in _SCHOOL_STOPWORDS or is_function_word(words[keep - 1].group(0))
    ):
        keep -= 1
    if keep == len(words):
        return match.group(0)
    r.found["SCHOOL"] += 1
    cut = match.start("name") + words[keep].start() - match.start()
    return match.group(0)[:cut] + "[SCHOOL]"


def _provision(match: re.Match, r: Replacer) -> str:
    group = "school" if match.group("school") else "named"
    r.found["SCHOOL"] += 1
    start, end = match.start(group) - match.start(), match.end(group) - match.start()
    return match.group(0)[:start] + "[SCHOOL]" + match.group(0)[end:]


# A school called by its saint's name alone: "goes to St Anne's", "i go st bedes", "at st johns".
_SAINTS_SCHOOL = re.compile(
    r"\b(?P<cue>go|goes|going|went|attend|attends|attended|attending|at|to|from)\s+(?:to\s+)?"
    r"(?P<school>(?:St\.?|st\.?|Saint|saint)\s+[A-Za-z][a-z]+(?:['’]s|s)\b(?:\s+(?:C\s?of\s?E|CE|RC)\b)?)"
    r"(?!\s+(?:[A-Z]|hospital|church|chapel|cathedral|centre|ward|hospice|day|park|road|street|st\b|lane))"
)
_SAINT_TOWN = 50_000
# "st" as a word of its own, or "saint": the word first, so that ``re`` finds it quickly.
_SAINT_HINT = re.compile(r"st(?<![a-z]st)\.?\s|saint\s")
# "at St Mary's" is as often a hospital or a church: capitalised after "at", "to" or "from", only where the
# text speaks of school.
_SCHOOL_CONTEXT = re.compile(
    r"school|\byear\s?\d|\by\d{1,2}\b|teacher|lesson|class|uniform|pupil|head of year|sixth form|exclu|"
    r"detention|\bsenco\b|\bdsl\b|attendance",
    re.IGNORECASE,
)


def _saints_school(match: re.Match, r: Replacer) -> str:
    """Where the text speaks of school, yes. Otherwise a saint's name with its apostrophe after going there
    ("goes to St Anne's"), or in lower case after "go" or "at" ("i go st bedes"): towns are named after
    saints too, without the apostrophe ("went to St Ives"), and hospitals and churches are reached "at"."""
    school, cue = match.group("school"), match.group("cue").lower()
    if is_uk_place(school, population=_SAINT_TOWN):
        # a large town named after a saint ("i go to st helens on the weekend"); a small one is as often a
        # school's name ("i go st andrews")
        return match.group(0)
    apostrophe = "'" in school or "’" in school
    going = cue not in ("at", "to", "from")
    lower_cue = cue in ("go", "goes", "going", "attend", "attends", "attending", "at")
    if not (
        _SCHOOL_CONTEXT.search(match.string)
        or (apostrophe and going)
        or (school[0].islower() and lower_cue and match.group("cue").islower())
    ):
        return match.group(0)
    r.found["SCHOOL"] += 1
    start, end = match.start("school") - match.start(), match.end("school") - match.start()
    return match.group(0)[:start] + "[SCHOOL]" + match.group(0)[end:]


@lru_cache(maxsize=32)
def _clues(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lower-case letter runs, one of which every written form of a configured school contains; the
    initials in capitals): a quick look before the slower patterns."""
    runs = set()
    for name in names:
        for form in school_short_forms(name.strip()) if name and name.strip() else ():
            pieces = re.findall(r"[^\W\d_]+", form.lower())
            if pieces:
                runs.add(max(pieces, key=len))
    initials = tuple(sorted({form for name in names if name for form in school_initials(name)}))
    return tuple(sorted(runs)), initials


def _may_name_a_configured_school(text: str, names: tuple[str, ...]) -> bool:
    runs, initials = _clues(names)
    lower = text.lower()
    return any(run in lower for run in runs) or any(code in text for code in initials)


_SCHOOL_KINDS = (
    r"School|Academy|College|PRU|P\.R\.U|UTC|U\.T\.C|Grammar|Sixth\s+Form|Infants?|Juniors?|Prep|"
    r"Pupil\s+Referral\s+Unit|Learning\s+Centre|Education\s+Centre|Alternative\s+Provision"
)
_SCHOOL = re.compile(
    r"\b(?:(?:St\.?|Saint)\s+)?(?:[A-Z][A-Za-z'’\-]+\s+){1,4}(?:(?:C\s?of\s?E|CE|RC)\s+)?"
    rf"(?:(?:Primary|Secondary|High|Grammar|Community|Church|Catholic)\s+)?(?:{_SCHOOL_KINDS})\b"
    r"(?!\s+Hospitals?\b)"  # "King's College Hospital": a hospital
    # (on one line: "Emotional Abuse\nSecondary: Neglect" on a form is two headings)
    r"|\b(?:[A-Z][A-Za-z'’\-]+[^\S\n]+){1,3}(?:(?:C\s?of\s?E|CE|RC|R\.C\.)\s+)?(?:High|Primary|Secondary)\b"
    r"(?!\s+(?i:street|road|st|rd)\b)"
    # A Welsh school: "Ysgol Gyfun ...", "Ysgol Gynradd ...", "Ysgol y ...".
    r"|\bColeg(?:\s+(?:y|yr))?(?:\s+[A-Z][\w'’\-]+){1,3}"
    r"|\bYsgol(?:\s+(?:y|yr|Gyfun|Gynradd|Uwchradd|Gymraeg|Bro|Glan|Gatholig|Sant|Santes))*(?:\s+[A-Z][\w'’\-]+){1,3}"
    # A Scottish Gaelic or Irish school: "Sgoil Ghàidhlig ...", "Bunsgoil ...", "Gaelscoil ...", "Scoil ...".
    r"|\b(?:Sgoil|Bunsgoil|Àrd-sgoil|Ard-sgoil|Gaelscoil|Gaelcholáiste|Scoil|Coláiste)(?:\s+[A-ZÀ-Þ][\w'’\-]+){1,3}"
)
# In text-speak: "i go quarrybank academy", "st bedes high school": a first word no dictionary has.
_SCHOOL_LOWER = re.compile(
    r"\b(?P<name>(?:st\.?\s+|saint\s+)?[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?)\s+"
    r"(?:(?:primary|secondary|high|grammar|community|catholic)\s+)?(?:academy|grammar|primary|high|school|college)\b"
)
# The same in capitals, as young people shout it: "IN THE TOILETS AT OAKWOOD ACADEMY".
_SCHOOL_SHOUTED = re.compile(
    r"\b(?P<name>(?:ST\.?\s+|SAINT\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)?)\s+"
    r"(?:(?:PRIMARY|SECONDARY|HIGH|GRAMMAR|COMMUNITY|CATHOLIC)\s+)?(?:ACADEMY|GRAMMAR|PRIMARY|HIGH|SCHOOL|COLLEGE)\b"
)
_SHOUTED_KIND = re.compile(r"\b(?:ACADEMY|GRAMMAR|PRIMARY|HIGH|SCHOOL|COLLEGE)\b")
# Looked for as plain substrings of the lower-cased text (quicker than one pattern of them all).
_SCHOOL_WORDS = (
    "academy", "grammar", "primary", "high", "school", "college", "pru", "utc", "p.r.u", "u.t.c", "sixth",
    "infant", "junior", "prep", "pupil", "ysgol", "sgoil", "scoil", "coláiste", "secondary", "coleg",
    "learning", "education centre", "alternative provision",
)  # fmt: skip


@lru_cache(maxsize=32)
def _school_list_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """A configured school name in any case, with or without its apostrophes and full stops, and with any
    spacing: "St Wilfrid's" also finds "st wilfrids" and "St. Wilfrid’s"; and the short forms young people
    use: "St Wilfrid's Catholic High School" also finds "St Wilfrid's", "Wilfrid's" and "SWCHS"."""
    forms = {form for name in names if name and name.strip() for form in school_short_forms(name.strip())}
    cleaned = sorted((form for form in forms if _distinctive(form)), key=len, reverse=True)
    if not cleaned:
        return None
    return re.compile(r"\b(?:" + "|".join(_loose_name(name) for name in cleaned) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _school_one_word_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """A one-word short form ("Brookvale") may be the town the school is named after: it is the school only
    after "at", "from", "go to"...: "kids at brookvale", not "Brookvale is alright in the day"."""
    forms = {form for name in names if name and name.strip() for form in school_short_forms(name.strip())}
    single = sorted((form for form in forms if not _distinctive(form)), key=len, reverse=True)
    if not single:
        return None
    return re.compile(
        r"\b(?:at|from|to|go|goes|going|went|attend|attends|attended|attending)\s+(?P<school>"
        + "|".join(_loose_name(name) for name in single)
        + r")(?!\w)",
        re.IGNORECASE,
    )


def _distinctive(form: str) -> bool:
    """More than one word, or a saint's name with its apostrophe: never just a place's name."""
    return " " in form or "'" in form or "’" in form


@lru_cache(maxsize=32)
def _school_initials_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """Initials of a configured school in capitals ("SWCHS"), matched in capitals only: "park" is a word."""
    initials = {form for name in names if name for form in school_initials(name)}
    if not initials:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, initials), key=len, reverse=True)) + r")\b")


_SCHOOL_GENERIC_TAIL = _words(
    """school academy college high primary secondary grammar community catholic rc ce cofe church of england
    infant infants junior juniors sixth form c e and the girls boys girls' boys' free prep upper lower middle
    utc pru studio technical"""
)


def school_short_forms(name: str) -> set[str]:
    """The configured name and the shorter names people call the school by, none of them an everyday word."""
    words = name.split()
    forms = {name}
    end = len(words)
    while end > 1 and words[end - 1].lower().strip(".") in _SCHOOL_GENERIC_TAIL:
        end -= 1
        forms.add(" ".join(words[:end]))
    core = words[:end]
    if core and core[0].lower().rstrip(".") in ("st", "saint") and len(core) > 1:
        forms.add(" ".join(core[1:]))
        forms.add(" ".join(["Saint" if core[0].lower().startswith("st") else "St", *core[1:]]))
    return {
        form
        for form in forms
        if len(form) >= 4 and (" " in form or not is_everyday_word(form.replace("'", "").replace("’", "")))
    }


def school_initials(name: str) -> set[str]:
    letters = "".join(word[0] for word in name.split() if word[0].isalpha()).upper()
    return {letters} if len(letters) >= 3 else set()


def _loose_name(name: str) -> str:
    words = []
    for word in name.split():
        words.append("".join("['’.]?" if char in "'’." else re.escape(char) for char in word))
    return r"\.?\s+".join(words)


_SCHOOL_STOPWORDS = _words(
    """at the my our in to from a an go went going this that of and his her their your its new old local
    sixth form secondary primary high grammar further education special boarding community catholic church
    faith girls boys private state year independent free day summer night sunday holiday driving dance
    pupil referral unit
    virtual boxing football sports sport drama music performing arts martial"""
)
# (the last line: a council's Virtual School, which looks after children in care at every school, and a
# club's academy for a sport or an art name no school a child could be found at)


def _is_school(candidate: str) -> bool:
    words = candidate.split()
    leading = [w for w in words[:-1] if w.lower() not in _SCHOOL_STOPWORDS]
    return bool(leading)


_KIND_BEFORE_KIND = _words("primary secondary high grammar community catholic")


def _lower_school(match: re.Match, r: Replacer) -> str:
    """The school's own name is the run of words no dictionary has just before "academy", "school"...:
    "to quarrybank academy" keeps "to"."""
    name_start = match.start("name")
    words = list(re.finditer(r"\S+", match.group("name")))
    while words and words[-1].group(0).lower() in _KIND_BEFORE_KIND:
        words.pop()  # "st bedes high school": the name took "high"
    keep = len(words)
    while keep > 0 and not (
        words[keep - 1].group(0).lower() in _SCHOOL_STOPWORDS or is_everyday_word(words[keep - 1].group(0))
    ):
        keep -= 1
    if keep > 0 and words[keep - 1].group(0).rstrip(".").lower() in ("st", "saint") and keep < len(words):
        keep -= 1
    if keep == len(words):
        return match.group(0)
    cut = name_start + words[keep].start() - match.start()
    r.found["SCHOOL"] += 1
    return match.group(0)[:cut] + "[SCHOOL]"
