"""The one de-identifier: every free text a young person or practitioner writes passes through here first.

``deidentify(text)`` replaces what could identify a person with a typed placeholder: ``[NAME]``,
``[PHONE]``, ``[EMAIL]``, ``[POSTCODE]``, ``[ADDRESS]``, ``[SCHOOL]``, ``[HANDLE]`` and ``[URL]``. It is
deliberately cautious: a false placeholder costs a word of context, a missed name can identify a child.
The raw text is never logged or stored by this module; callers store only ``Deidentified.text``.

Detectors run in a fixed order (URLs and emails before handles, handles before names) so that one match
cannot be half-eaten by another. Extra school names (a partnership's own list) are passed in by the caller.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from youthvoice.deidentify.names import (
    find_names,
    is_everyday_word,
    is_word_not_first_name,
    place_or_thing_before,
)
from youthvoice.deidentify.not_people import not_people_spans, overlaps
from youthvoice.deidentify.obfuscated import (
    ACCOUNT_HINT,
    DATE_AFTER_NAME,
    DATE_BEFORE_BIRTHDAY,
    DATE_OF_BIRTH,
    DATE_OF_BIRTH_HINT,
    DISCORD_TAG,
    GENERIC_STREET_WORDS,
    NHS_CUE,
    NHS_NUMBER,
    PHONE_CANDIDATE,
    SPOKEN_HINT,
    STREET_HINT,
    STREET_NAME,
    account_names,
    dates_of_birth_after_cue,
    nhs_check_digit_ok,
    phone_part,
    spoken_number_pattern,
    spoken_phone,
    visible,
)
from youthvoice.deidentify.replacer import Replacer
from youthvoice.deidentify.welsh import text_is_welsh, welsh_words

PLACEHOLDERS = (
    "NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL", "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH",
)  # fmt: skip

_FIRST_NAMES_FILE = Path(__file__).with_name("data") / "first_names.txt"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _either_case(words: str) -> str:
    """An alternation of the words as written and capitalised: much faster in ``re`` than (?i:...)."""
    return "|".join(form for word in words.split() for form in (word, word.capitalize()))


_URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+"
    # A bare domain, but not the end of an @handle ("@quickcash.uk" is an account, not a link).
    r"|(?<![@\w.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:com|co\.uk|org\.uk|org|net|uk|io|me|gg|tv|app|ly|link|ee|info|biz|xyz|live|site|online|fm)"
    r"(?:/[^\s<>\"']*)?(?![\w.])",
    re.IGNORECASE,
)
# "@", "(at)", "[at]", "{at}"; "." or "(dot)", "[dot]", " dot ": "jess(at)example(dot)com".
_AT = r"(?:@|\s@\s|\s?[\(\[\{]\s?at\s?[\)\]\}]\s?)"
_DOT = r"(?:\.|\s?[\(\[\{]\s?dot\s?[\)\]\}]\s?|\s+dot\s+)"
_EMAIL = re.compile(
    # Lengths are capped and the local part possessive, so that a long run of "a.a.a..." cannot make the
    # pattern backtrack without end.
    rf"\b[A-Za-z0-9._%+-]{{1,64}}+(?:{_DOT}[A-Za-z0-9_%+-]{{1,64}}+){{0,5}}+{_AT}"
    rf"[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,5}}{_DOT}[A-Za-z]{{2,24}}\b"
    # Spelled out so filters miss it: "kai99 at example dot com", "zara dot k at example dot org".
    r"|\b[A-Za-z0-9._%+-]{1,64}+(?:\s+dot\s+[A-Za-z0-9_-]{1,64}){0,5}\s+at\s+[A-Za-z0-9-]{1,63}"
    r"(?:\s+dot\s+[A-Za-z]{2,24}){1,5}\b",
    re.IGNORECASE,
)
_EMAIL_HINT = re.compile(r"@|[\(\[\{]\s?(?:at|dot)\s?[\)\]\}]|\sdot\s")
_AT_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.\-]{2,30}(?<![.\-])")
_PLATFORMS = (
    r"snap(?:chat)?|sc|insta(?:gram)?|tik\s?tok|ig|twitter|x|discord|telegram|kik|whatsapp|psn|xbox|"
    r"gamertag|username|user\s?name"
)
_PLATFORM_HANDLE = re.compile(
    rf"\b(?P<platform>{_PLATFORMS})"
    r"(?:\s+(?:name|username|handle|id|tag))?\s*(?P<joiner>is|:|=|-)\s*@?(?P<handle>[A-Za-z0-9_.\-]{3,30})(?<![.\-])",
    re.IGNORECASE,
)
# "snap tia.bb", "add kai.x99 on insta": no "is" or ":", so only what looks like an account name.
_BARE_HANDLE = re.compile(
    # Only platforms whose name is not also a letter or a short word ("x", "sc", "ig").
    r"\b(?:snap(?:chat)?|insta(?:gram)?|tik\s?tok|twitter|discord|telegram|kik|psn|xbox|gamertag)"
    r"\s+@?(?P<handle>[A-Za-z0-9_.\-]{3,30})(?<![.\-])(?![\w@])"
    rf"|\b(?:add|follow|dm|message|msg)\s+@?(?P<added>[A-Za-z0-9_.]{{3,30}})(?<!\.)\s+on\s+(?:{_PLATFORMS})\b",
    re.IGNORECASE,
)
# Searched in the lower-cased text: does any platform's name (or "username") appear at all?
_PLATFORM_WORD = re.compile(
    r"snap|insta|tik|twitter|discord|telegram|kik|whatsapp|psn|xbox|gamertag|user|\b(?:sc|ig|x)\b"
)
_DIGIT = re.compile(r"\d")
# An account name by its shape alone: a word with "_" in it ("dark_angel09"), or letters and two or more
# digits mixed inside a word ("sn0wb4ll"): young people write plain words without either. After postcodes.
_SHAPED_HANDLE = re.compile(
    r"(?<![\w@.\[/])(?:[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9]"
    r"|(?=[a-z0-9]*[a-z][0-9]+[a-z])(?=(?:[a-z]*[0-9]){2})(?=(?:[0-9]*[a-z]){4})[a-z][a-z0-9]{5,29})(?![\w@])"
)
# A form's label for a name, then the name in any case: "FULL NAME: JO BLOGGS DATE OF BIRTH: ...".
_LABELLED_NAME = re.compile(
    r"\b(?:full\s+|first\s+|last\s+|given\s+|sur|fore|child's\s+|yp's\s+)?name\s*(?:[:=]|\s-)\s*"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,4})",
    re.IGNORECASE,
)
# Where a labelled name stops: the next label on a form.
_FORM_LABELS = _words(
    """date dob d.o.b address postcode age school phone tel mobile email gender sex nhs year ethnicity born
    and but aka alias who which referred"""
)
_NO_NAME_GIVEN = _words("unknown n/a na not none withheld refused redacted tbc blank declined")
_DOT_LETTER = re.compile(r"\.[A-Za-z]")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_STREET_WORDS = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|place|pl|gardens|grove|"
    "terrace|hill|walk|square|sq|mews|row|parade|rise|view|estate|flats|house|bank|green|park|fold|croft|"
    "meadow|meadows|vale|heights|gate|field|fields|wharf|yard|quay|brow|chase|grange|mount|approach|"
    "boulevard|dale|glen|nook|ridge|wood|woods|lodge|tower|towers|side"
)
_ADDRESS = re.compile(
    rf"\b(?:flat\s+\d+[a-z]?,?\s+(?:(?:at|in|of)\s+)?)?\d{{1,4}}[a-z]?,?\s+(?P<street>(?:[A-Za-z'\-]+\s+){{1,3}})"
    rf"(?:{_STREET_WORDS})\b\.?",
    re.IGNORECASE,
)
# Words that are never part of a street's name: "3 lads on our road", "10 mins walk" are not addresses.
_NOT_STREET_WORDS = _words(
    """a an on our my your his her their by in at to of from near outside behind past up down round
    around off this that and or with for mins min minutes hours days weeks months years miles secs seconds
    times lads guys boys girls kids people men women of"""
)
_SCHOOL_KINDS = (
    r"School|Academy|College|PRU|P\.R\.U|UTC|U\.T\.C|Grammar|Sixth\s+Form|Infants?|Juniors?|Prep|"
    r"Pupil\s+Referral\s+Unit"
)
_SCHOOL = re.compile(
    r"\b(?:(?:St\.?|Saint)\s+)?(?:[A-Z][A-Za-z'’\-]+\s+){1,4}(?:(?:C\s?of\s?E|CE|RC)\s+)?"
    rf"(?:(?:Primary|Secondary|High|Grammar|Community|Church|Catholic)\s+)?(?:{_SCHOOL_KINDS})\b"
    r"|\b(?:[A-Z][A-Za-z'’\-]+\s+){1,3}(?:High|Primary)\b(?!\s+(?i:street|road|st|rd)\b)"
    # A Welsh school: "Ysgol Gyfun ...", "Ysgol Gynradd ...", "Ysgol y ...".
    r"|\bYsgol(?:\s+(?:y|yr|Gyfun|Gynradd|Uwchradd|Gymraeg|Bro|Glan|Gatholig|Sant|Santes))*(?:\s+[A-Z][\w'’\-]+){1,3}"
)
# In text-speak: "i go quarrybank academy", "st bedes high school": a first word no dictionary has.
_SCHOOL_LOWER = re.compile(
    r"\b(?P<name>(?:st\.?\s+|saint\s+)?[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?)\s+"
    r"(?:(?:primary|secondary|high|grammar|community|catholic)\s+)?(?:academy|grammar|primary|high|school|college)\b"
)
_SCHOOL_WORD = re.compile(
    r"academy|grammar|primary|high|school|college|pru|utc|p\.r\.u|u\.t\.c|sixth|infant|junior|prep|pupil|ysgol"
)
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|PC|DC|DS|DI|DCI|PCSO|Sgt|Insp|Cllr|Prof|Rev)"
_TITLE_HINT = re.compile(rf"\b{_TITLES}\b")
# A name's letters, accents included, with inner apostrophes and hyphens: "Siân", "O'Brien", "Ellie-Mae".
_CAP = "[A-ZÀ-ÖØ-Þ]"
_BODY = "(?:[a-zß-öø-ÿā-ž]|['’\\-][A-Za-zÀ-ÖØ-Þß-öø-ÿā-ž])"
_NAME_WORD = rf"{_CAP}{_BODY}+(?:\s+{_CAP}{_BODY}+)?"
# After these a word is a name even in lower case ("my name is kacper"), unless it is an everyday word.
_STRONG_NAME_CUE = (
    r"my\s+name\s+is|my\s+name's|my\s+names|name\s+is|names\s+is|(?:his|her|their|real)\s+name(?:\s+is|'s)|"
    r"i\s+am\s+called|i'm\s+called|im\s+called|(?:goes\s+)?by\s+the\s+name(?:\s+of)?"
)
_NAME_CONTEXT = re.compile(
    # The look-ahead lists the first letters of every cue: it lets ``re`` skip other words quickly.
    rf"(?=[abcghiklmnortw])(?P<lead>\b(?:(?P<strong>{_STRONG_NAME_CUE})|"
    r"(?:call|calls|called)\s+(?:him|her|them|me)|called|named|known\s+as|goes\s+by|"
    r"my\s+(?:friend|mate|bestie|bf|gf|boyfriend|girlfriend|brother|sister|cousin|uncle|auntie|aunt|"
    r"neighbour|social\s+worker|youth\s+worker|teacher|key\s+worker|carer|foster\s+carer|"
    r"mum's\s+boyfriend|dad's\s+girlfriend),?|"
    r"(?:a\s+)?(?:boy|girl|man|guy|lad|woman|older\s+boy|older\s+man)\s+(?:called|named))\s+)"
    rf"(?P<name>[A-Za-zÀ-ÖØ-Þ]{_BODY}+(?:\s+{_CAP}{_BODY}*)?)",
    re.IGNORECASE,
)
# A capitalised word doing something to or with the young person: "Levi told me", "me and Shanice".
_TALKED_WITH = "talked talk talks spoke speak speaks spoken stay stays stayed live lives lived"
_TOLD = (
    "told tell asked ask met meet saw seen rang ring texted messaged believed believe helped "
    "trust trusts trusted blocked reported fancy fancies followed"
)
_ACTOR_NAME = re.compile(
    rf"(?:\b(?:me|us)\s+(?:and|n|&)\s+(?<!['’-])(?P<with>{_CAP}{_BODY}+)\b)"
    rf"|(?:\b(?<!['’-])(?P<actor>{_CAP}{_BODY}+)(?:\s+(?<!['’-])(?P<surname>{_CAP}{_BODY}+))?(?=\s+(?:told|tells|said|says|messaged|"
    r"texted|gave|gives|picked|asked|made|makes|took|takes|kept|keeps|sent|offered|threatened|wanted|"
    r"got\s+me|and\s+me)\b))"
    # Someone the young person or worker spoke to, met or trusts: "talked to Abdi", "nobody believed Jodie".
    rf"|(?:\b(?:(?:{_either_case(_TALKED_WITH)})\s+(?:to|with)|{_either_case(_TOLD)})"
    rf"\s+(?<!['’-])(?P<object>{_CAP}{_BODY}+)\b)"
)
# The same for a first name we know written in lower case: "me n chloe", "then jordan took my phone".
_LOWER_ACTOR_NAME = re.compile(
    rf"\b(?:me|us)\s+(?:and|n|&)\s+(?<!['’-])(?P<with>[a-z]{_BODY}+)\b"
    rf"|\b(?<!['’-])(?P<actor>[a-z]{_BODY}+)(?=\s+(?:told|tells|said|says|messaged|texted|gave|gives|picked|asked|"
    r"made|makes|took|takes|kept|keeps|sent|offered|threatened|wanted)\b)"
)
_NOT_ACTORS = _words(
    """mum dad nan nanna nana gran grandad grandma granny mam mom brother sister auntie uncle teacher
    teachers police adults someone somebody everyone nobody they he she we you it that this people staff
    school social youth mr mrs ms miss sir miss"""
)
_TITLE_NAME = re.compile(rf"\b{_TITLES}\.?\s+{_NAME_WORD}")
# Words that follow "called"/"my friend" but are not names ("my friend said", "called the police").
_NOT_NAMES = _words(
    """a an the me him her them us it my your his their our this that these those and or but so then
    when who which what said says told tells was is are were had has have got gets did does do
    because if on in at to from for with by of up out over about after before again later today
    tonight yesterday tomorrow police childline someone somebody anyone everyone nobody people
    back too also just really very always never still even already probably maybe
    i i'm im i'd i've i'll you he she they we it's not private secret fake real new old"""
)
# Capitalised words that act like people but are not names ("Snapchat sent me", "Monday told me").
_NOT_NAMES_FILE = Path(__file__).with_name("data") / "not_names.txt"
# A capitalised word joined to a name found already is a name too: "Darnell and [NAME]".
_NAME_PARTNER = re.compile(
    rf"\b(?<!['’-])(?P<before>{_CAP}{_BODY}+)\s+(?:and|&|n)\s+(?=\[NAME\])|(?<=\[NAME\])\s+(?:and|&|n)\s+(?<!['’-])(?P<after>{_CAP}{_BODY}+)\b"
)


@dataclass(frozen=True)
class Deidentified:
    text: str
    found: Counter = field(default_factory=Counter)
    # (start, end, type) in the original text for each placeholder in ``text``, in order. For measuring and
    # for showing staff what was removed; never stored.
    spans: tuple[tuple[int, int, str], ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.found)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    lines = _NOT_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(word.lower() for line in lines if not line.startswith("#") for word in line.split())


@lru_cache(maxsize=1)
def _all_not_names() -> frozenset[str]:
    return _not_names() | _NOT_NAMES | _NOT_ACTORS


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    lines = _FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(word.lower() for line in lines if not line.startswith("#") for word in line.split())


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


def _is_name(candidate: str) -> bool:
    first = candidate.split()[0].lower()
    return first not in _NOT_NAMES and first not in _not_names() and not first.startswith("[")


def deidentify(text: str, *, school_names: Iterable[str] = (), language: str | None = None) -> Deidentified:
    """Return ``text`` with identifying details replaced by typed placeholders, and what was found.

    ``language`` is the language the writer chose ("cy" for Welsh), when known. Welsh text (chosen, or
    plainly Welsh by its words: ``welsh.text_is_welsh``) keeps its Welsh words: only names from the lists
    or after a cue, and every structured identifier, are taken out.

    Text with nothing to remove comes back exactly as it was written. Where something is removed, invisible
    characters are dropped and compatibility forms folded (full-width digits read as digits) in the rest.
    """
    if not text:
        return Deidentified(text="")
    original = text
    text, origin = visible(text)
    r = Replacer(text)
    r.origin = origin
    out = text
    # Cheap tests first: most answers have no "@", no digit and no app in them, and skipping a detector
    # that cannot match keeps the de-identifier fast (bench/deidentify.py).
    lower = text.lower()
    if _EMAIL_HINT.search(lower):
        out = r.sub(_EMAIL, "EMAIL", out)
    if "://" in text or "www." in lower or _DOT_LETTER.search(text):
        out = r.sub(_URL, "URL", out)
    if "#" in out:
        out = r.sub(DISCORD_TAG, "HANDLE", out)
    if _PLATFORM_WORD.search(lower):
        out = _replace_platform_handles(out, r)
    if "@" in out:
        out = r.sub(_AT_HANDLE, "HANDLE", out)
    if DATE_OF_BIRTH_HINT.search(lower):
        out = r.sub(DATE_OF_BIRTH, "DATE_OF_BIRTH", out, group="date")
        out = r.sub(DATE_BEFORE_BIRTHDAY, "DATE_OF_BIRTH", out, group="date")
        out = r.replace_spans(out, dates_of_birth_after_cue(out), "DATE_OF_BIRTH")
    if _DIGIT.search(out):
        out = r.sub(NHS_NUMBER, "NHS_NUMBER", out, check=_nhs_number(cued=bool(NHS_CUE.search(out))))
        out = r.apply(PHONE_CANDIDATE, lambda m: _phone(m, r), out)
        out = r.sub(_POSTCODE, "POSTCODE", out, check=_looks_like_postcode)
        out = r.apply(_ADDRESS, lambda m: _address(m, r), out)
    if "_" in out or _DIGIT.search(out):
        out = r.sub(_SHAPED_HANDLE, "HANDLE", out)
    if ACCOUNT_HINT.search(out):
        out = r.replace_spans(out, account_names(out, is_word=is_everyday_word), "HANDLE")
    if SPOKEN_HINT.search(out):
        out = r.sub(spoken_number_pattern(), "PHONE", out, check=spoken_phone)
    configured = tuple(school_names)
    listed = _school_list_pattern(configured)
    if listed is not None:
        out = r.sub(listed, "SCHOOL", out)
    if configured:
        one_word = _school_one_word_pattern(configured)
        if one_word is not None:
            out = r.sub(one_word, "SCHOOL", out, group="school")
        initials = _school_initials_pattern(configured)
        if initials is not None:
            out = r.sub(initials, "SCHOOL", out)
    # Cheap look-ups first: the school, street and title patterns backtrack over capitalised words.
    if _SCHOOL_WORD.search(out.lower()):
        out = r.sub(_SCHOOL, "SCHOOL", out, check=_is_school)
        out = r.apply(_SCHOOL_LOWER, lambda m: _lower_school(m, r), out)
    if STREET_HINT.search(out):
        out = r.apply(STREET_NAME, lambda m: _street(m, r), out)
    if "name" in lower or "NAME" in text:
        out = _replace_labelled_names(out, r)
    if _TITLE_HINT.search(out):
        out = _replace_title_names(out, r)
    out = _replace_context_names(out, r)
    out = _replace_actor_names(out, r)
    welsh = text_is_welsh(text, language=language)
    not_names = _all_not_names() | welsh_words() if welsh else _all_not_names()
    out = r.replace_spans(
        out, find_names(out, not_names=not_names, always=_first_names(), welsh=welsh), "NAME"
    )
    out = _replace_name_partners(out, r)
    out = _absorb_surnames(out, r)
    if "[NAME]" in out and _DIGIT.search(out):
        out = r.sub(DATE_AFTER_NAME, "DATE_OF_BIRTH", out, group="date")
    spans = r.spans()
    if not spans:
        return Deidentified(text=original)
    return Deidentified(text=out, found=r.found, spans=spans)


PLACEHOLDER_LABELS = {
    "NAME": "name",
    "PHONE": "phone number",
    "EMAIL": "email",
    "POSTCODE": "postcode",
    "ADDRESS": "address",
    "SCHOOL": "school",
    "HANDLE": "social media name",
    "URL": "link",
    "NHS_NUMBER": "NHS number",
    "DATE_OF_BIRTH": "date of birth",
}


def removal_segments(text: str, result: Deidentified) -> list[tuple[str, str]]:
    """``text`` cut into (words, label) pieces for a reviewer: label is "" for words kept and what was found
    ("name", "phone number"...) for words the de-identifier takes out. Shown only to the person who wrote or
    uploaded ``text``, before anything is saved, so that they can catch a miss."""
    pieces: list[tuple[str, str]] = []
    last = 0
    for start, end, kind in sorted(result.spans):
        if start < last:
            continue
        if start > last:
            pieces.append((text[last:start], ""))
        pieces.append((text[start:end], PLACEHOLDER_LABELS.get(kind, kind.lower())))
        last = end
    if last < len(text):
        pieces.append((text[last:], ""))
    return pieces


def warm_up() -> None:
    """Load the name lists, dictionary and spaCy's model now rather than on the first answer (a second or
    two): for worker start-up, benchmarks and tests with deadlines."""
    from youthvoice.core.nlp import english

    deidentify("warm up: me and Jay")
    english()


def deidentify_with_settings(text: str, *, language: str | None = None) -> Deidentified:
    """``deidentify`` with the partnership's configured school names (``YOUTHVOICE_SCHOOL_NAMES``)."""
    from django.conf import settings

    return deidentify(
        text, school_names=tuple(getattr(settings, "YOUTHVOICE_SCHOOL_NAMES", ())), language=language
    )


def deidentified(text: str, *, language: str | None = None) -> str:
    """The text as every write path stores it: de-identified with the partnership's configured school
    names, surrounding spaces trimmed. The one call for storing free text that a young person or
    practitioner wrote (tests/test_voices_deidentify_write_paths.py). ``language``: the language the
    writer chose, when known ("cy"); without it Welsh is recognised from the words."""
    text = (text or "").strip()
    return deidentify_with_settings(text, language=language).text if text else ""


def _nhs_number(*, cued: bool):
    """Ten digits are an NHS number when the text speaks of one, or when the check digit holds and the
    number does not start with 0 (a UK phone number does)."""

    def check(candidate: str) -> bool:
        return cued or (candidate[0] != "0" and nhs_check_digit_ok(candidate))

    return check


def _phone(match: re.Match, r: Replacer) -> str:
    whole = match.group(0)
    part = phone_part(whole)
    if part is None:
        return whole
    r.found["PHONE"] += 1
    return whole[: part[0]] + "[PHONE]" + whole[part[1] :]


def _street(match: re.Match, r: Replacer) -> str:
    group = "street" if match.group("street") else "lower"
    words = re.split(r"[ \-]+", match.group(group).lower())
    if words[-2] in GENERIC_STREET_WORDS or words[0] in GENERIC_STREET_WORDS or words[0] in _all_not_names():
        return match.group(0)
    return _put(match, group, "ADDRESS", r)


def _looks_like_handle(word: str) -> bool:
    """An account name rather than a word: it has a digit, "_" or ".", or a capital inside it."""
    return any(c.isdigit() or c in "_." for c in word) or any(c.isupper() for c in word[1:])


def _replace_platform_handles(text: str, r: Replacer) -> str:
    def named(match: re.Match) -> str:
        handle = match.group("handle")
        # No letter: a number ("whatsapp: 07700 900123" is a phone number, found later).
        if handle.lower() in _NOT_NAMES or not any(c.isalpha() for c in handle):
            return match.group(0)
        if not _looks_like_handle(handle):
            # A plain word is an account name only when nothing follows it ("insta: realzara"), not when
            # the sentence goes on ("insta: loads of fake accounts", "tiktok is where they find you").
            following = match.string[match.end() : match.end() + 2].lstrip(" ")
            if following[:1].isalnum():
                return match.group(0)
        return _put(match, "handle", "HANDLE", r)

    def bare(match: re.Match) -> str:
        group = "handle" if match.group("handle") else "added"
        handle = match.group(group)
        # ...and with a lower-case letter: "snap AB1 2CD" is a postcode, "xbox 360" a console.
        if not _looks_like_handle(handle) or not any(c.islower() for c in handle):
            return match.group(0)
        return _put(match, group, "HANDLE", r)

    return r.apply(_BARE_HANDLE, bare, r.apply(_PLATFORM_HANDLE, named, text))


def _put(match: re.Match, group: str, kind: str, r: Replacer) -> str:
    """The match with one group replaced by a placeholder."""
    r.found[kind] += 1
    start, end = match.span(group)
    offset = match.start()
    whole = match.group(0)
    return whole[: start - offset] + f"[{kind}]" + whole[end - offset :]


def _address(match: re.Match, r: Replacer) -> str:
    street = match.group("street").lower().split()
    if any(word in _NOT_STREET_WORDS for word in street) or (street[0] == "the" and len(street) > 1):
        return match.group(0)
    r.found["ADDRESS"] += 1
    return "[ADDRESS]"


def _looks_like_postcode(candidate: str) -> bool:
    # A real postcode's inward part is a digit then two letters; rule out "in 2 days"-style false hits.
    compact = candidate.replace(" ", "").upper()
    return 5 <= len(compact) <= 7 and compact[-3].isdigit() and compact[-2:].isalpha()


_SCHOOL_STOPWORDS = _words(
    """at the my our in to from a an go went going this that of and his her their your its new old local
    sixth form secondary primary high grammar further education special boarding community catholic church
    faith girls boys private state year independent free day summer night sunday holiday driving dance
    pupil referral unit"""
)


def _is_school(candidate: str) -> bool:
    words = candidate.split()
    leading = [w for w in words[:-1] if w.lower() not in _SCHOOL_STOPWORDS]
    return bool(leading)


def _lower_school(match: re.Match, r: Replacer) -> str:
    """The school's own name is the run of words no dictionary has just before "academy", "school"...:
    "to quarrybank academy" keeps "to"."""
    name_start = match.start("name")
    words = list(re.finditer(r"\S+", match.group("name")))
    keep = len(words)
    while keep > 0 and not (
        words[keep - 1].group(0) in _SCHOOL_STOPWORDS or is_everyday_word(words[keep - 1].group(0))
    ):
        keep -= 1
    if keep > 0 and words[keep - 1].group(0).rstrip(".") in ("st", "saint") and keep < len(words):
        keep -= 1
    if keep == len(words):
        return match.group(0)
    cut = name_start + words[keep].start() - match.start()
    r.found["SCHOOL"] += 1
    return match.group(0)[:cut] + "[SCHOOL]"


def _replace_labelled_names(text: str, r: Replacer) -> str:
    def replace(match: re.Match) -> str:
        words = match.group("name").split()
        keep = 0
        while keep < len(words) and words[keep].lower().rstrip(":") not in _FORM_LABELS:
            keep += 1
        if not keep or words[0].lower() in _NO_NAME_GIVEN or words[0].startswith("["):
            return match.group(0)
        name_start = match.start("name") - match.start()
        name_end = name_start + len(" ".join(words[:keep]))
        whole = match.group(0)
        if " ".join(words[:keep]) != whole[name_start:name_end]:
            return match.group(0)  # spaced oddly: leave it to the other rules
        r.found["NAME"] += 1
        return whole[:name_start] + "[NAME]" + whole[name_end:]

    return r.apply(_LABELLED_NAME, replace, text)


def _replace_title_names(text: str, r: Replacer) -> str:
    things = not_people_spans(text)

    def replace(match: re.Match) -> str:
        if overlaps(things, match.start(), match.end()):
            return match.group(0)  # "Dr Martens boots"
        r.found["NAME"] += 1
        return "[NAME]"

    return r.apply(_TITLE_NAME, replace, text)


def _replace_context_names(text: str, r: Replacer) -> str:
    things = not_people_spans(text)

    def replace(match: re.Match) -> str:
        if overlaps(things, match.start("name"), match.end("name")):
            return match.group(0)
        name = match.group("name")
        words = name.split()
        # "my friend Jay Smith" but not "my friend Jay Said": keep only capitalised surnames.
        if not _is_name(words[0]):
            return match.group(0)
        if len(words) == 2 and (words[1].lower() in _NOT_NAMES or not words[1][0].isupper()):
            name_part = words[0]
            tail = match.group(0)[len(match.group("lead")) + len(words[0]) :]
        else:
            name_part = name
            tail = ""
        # A lower-case word after "my friend" is usually not a name ("my friend said"), unless we know it;
        # after "my name is" it is one.
        if (
            not name_part[0].isupper()
            and not match.group("strong")
            and name_part.lower() not in _first_names()
        ):
            return match.group(0)
        r.found["NAME"] += 1
        return match.group("lead") + "[NAME]" + tail

    return r.apply(_NAME_CONTEXT, replace, text)


def _replace_actor_names(text: str, r: Replacer) -> str:
    not_names = _not_names()
    things = not_people_spans(text)

    def replace(match: re.Match) -> str:
        group = next(g for g in ("with", "actor", "object") if match.group(g))
        if overlaps(things, *match.span(group)):
            return match.group(0)
        name = match.group(group)
        base = name[:-2] if name[-2:] in ("'s", "’s") else name
        if (
            is_word_not_first_name(base)
            or place_or_thing_before(match.string, match.start(group))
            or any(
                word in _NOT_NAMES or word in _NOT_ACTORS or word in not_names
                for word in (name.lower(), base.lower())
            )
        ):
            return match.group(0)
        r.found["NAME"] += 1
        start, end = match.start(group), match.start(group) + len(base)
        if group == "actor" and match.group("surname"):
            end = match.end("surname")
        offset = match.start()
        whole = match.group(0)
        return whole[: start - offset] + "[NAME]" + whole[end - offset :]

    names = _first_names()

    def replace_lower(match: re.Match) -> str:
        group = "with" if match.group("with") else "actor"
        if match.group(group) not in names:
            return match.group(0)
        return _put(match, group, "NAME", r)

    return r.apply(_LOWER_ACTOR_NAME, replace_lower, r.apply(_ACTOR_NAME, replace, text))


def _replace_name_partners(text: str, r: Replacer) -> str:
    not_names = _not_names()
    things = not_people_spans(text)

    def replace(match: re.Match) -> str:
        group = "before" if match.group("before") else "after"
        if overlaps(things, *match.span(group)):
            return match.group(0)
        word = match.group(group).lower()
        if word in _NOT_NAMES or word in _NOT_ACTORS or word in not_names:
            return match.group(0)
        return _put(match, group, "NAME", r)

    return r.apply(_NAME_PARTNER, replace, text)


_SURNAME_AFTER_NAME = re.compile(rf"\[NAME\](?:\s+\[NAME\]|\s+(?<!['’-])(?P<surname>{_CAP}{_BODY}+))+")


def _absorb_surnames(text: str, r: Replacer) -> str:
    """ "[NAME] Smith" and "[NAME] [NAME]" are one person: keep one placeholder, drop the surname."""

    def replace(match: re.Match) -> str:
        words = match.group(0).split()
        keep = ["[NAME]"]
        r.found["NAME"] -= words.count("[NAME]") - 1
        for word in words[1:]:
            if word != "[NAME]" and word.lower() in _NOT_NAMES:
                keep.append(word)
        return " ".join(keep)

    return r.apply(_SURNAME_AFTER_NAME, replace, text)
