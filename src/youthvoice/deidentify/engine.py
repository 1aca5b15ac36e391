"""The one de-identifier: every free text a young person or practitioner writes passes through here first.

``deidentify(text)`` replaces what could identify a person with a typed placeholder: ``[NAME]``,
``[PHONE]``, ``[EMAIL]``, ``[POSTCODE]``, ``[ADDRESS]``, ``[SCHOOL]``, ``[HANDLE]`` and ``[URL]``. It is
deliberately cautious: a false placeholder costs a word of context, a missed name can identify a child.
The raw text is never logged or stored by this module; callers store only ``Deidentified.text``.

Detectors run in a fixed order (URLs and emails before handles, handles before names) so that one match
cannot be half-eaten by another. Extra school names (a partnership's own list) are passed in by the caller.

This module is the cascade's orchestration and the identifiers with a shape (links, emails, handles, phone
and NHS numbers, postcodes, addresses); the rest lives beside it:
- ``obfuscated.py``: invisible characters, look-alike and spoken digits, dates of birth, account names;
- ``schools.py``: configured and unconfigured school names;
- ``cues.py``: names by cue ("my name is", titles, "Levi told me", a form's "Name:" label);
- ``names.py``: names by open name lists, word frequencies and context, spaCy for what stays uncertain;
- ``not_people.py``: brands, shops, places and titles named after people, which no name rule takes;
- ``replacer.py``: the text surgery that keeps every placeholder's original span.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from youthvoice.deidentify.cues import (
    NOT_NAMES,
    TITLE_HINT,
    absorb_first_names,
    absorb_surnames,
    all_not_names,
    first_names,
    replace_actor_names,
    replace_bracketed_nicknames,
    replace_chat_speakers,
    replace_context_names,
    replace_described_pairs,
    replace_group_members,
    replace_initials,
    replace_initials_of_named_people,
    replace_labelled_names,
    replace_listed_people,
    replace_lower_case_partners,
    replace_name_partners,
    replace_names_again,
    replace_people_by_their_details,
    replace_person_initials,
    replace_quoted_actors,
    replace_quoted_aliases,
    replace_record_subjects,
    replace_title_names,
)
from youthvoice.deidentify.name_veto import removals_to_put_back, veto_switched_on
from youthvoice.deidentify.names import (
    find_names,
    is_everyday_word,
    is_function_word,
)
from youthvoice.deidentify.not_people import FACILITY_AFTER, not_people_spans
from youthvoice.deidentify.obfuscated import (
    DATE_AFTER_NAME,
    DATE_BEFORE_BIRTHDAY,
    DATE_BESIDE_NAME,
    DATE_OF_BIRTH,
    DATE_OF_BIRTH_HINT,
    DATE_WRITTEN_BESIDE_NAME,
    DISCORD_TAG,
    GENERIC_STREET_WORDS,
    NHS_NUMBER,
    PHONE_CANDIDATE,
    STREET_NAME,
    account_names,
    dates_of_birth_after_cue,
    mentions_account,
    mentions_nhs,
    mentions_spoken_number,
    mentions_street,
    nhs_check_digit_ok,
    phone_part,
    spoken_number_pattern,
    spoken_phone,
    visible,
)
from youthvoice.deidentify.places import places_of_people
from youthvoice.deidentify.replacer import AtStarts, Replacer
from youthvoice.deidentify.roles import replace_role_names
from youthvoice.deidentify.schools import replace_schools
from youthvoice.deidentify.welsh import text_is_welsh, welsh_words

PLACEHOLDERS = (
    "NAME", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "SCHOOL", "HANDLE", "URL", "NHS_NUMBER", "DATE_OF_BIRTH",
)  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
# (Each short word is written first and its word boundary checked after it: ``re`` then finds it quickly.)
_PLATFORM_WORD = re.compile(
    r"snap|insta|tik|twitter|discord|telegram|kik|whatsapp|psn|xbox|gamertag|user"
    r"|sc(?<!\wsc)\b|ig(?<!\wig)\b|x(?<!\wx)\b"
)
_DIGIT = re.compile(r"\d")
# An account name by its shape alone: a word with "_" in it ("dark_angel09"), or letters and two or more
# digits mixed inside a word ("sn0wb4ll"): young people write plain words without either. After postcodes.
_SHAPED_HANDLE = re.compile(
    r"(?<![\w@.\[/])(?:[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9]"
    r"|(?=[a-z0-9]*[a-z][0-9]+[a-z])(?=(?:[a-z]*[0-9]){2})(?=(?:[0-9]*[a-z]){4})[a-z][a-z0-9]{5,29})(?![\w@])"
)
# Without "_", a shaped handle has digits between lower-case letters ("sn0wb4ll"); "at 3pm", "Year 10" have
# none, so most texts with digits are not searched for one.
_LETTER_DIGIT_LETTER = re.compile(r"[a-z][0-9]+[a-z]")
_DOT_LETTER = re.compile(r"\.[A-Za-z]")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_STREET_WORDS = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|place|pl|gardens|grove|"
    "terrace|hill|walk|square|sq|mews|row|parade|rise|view|estate|flats|house|bank|green|park|fold|croft|"
    "meadow|meadows|vale|heights|gate|field|fields|wharf|yard|quay|brow|chase|grange|mount|approach|"
    "boulevard|dale|glen|nook|ridge|wood|woods|lodge|tower|towers|side|lanes|cottages|villas|mansions|buildings"
)
_ADDRESS = re.compile(
    # not the pence of a price or the decimals of a number ("£4.20 each way")
    rf"\b(?:flat\s+\d+[a-z]?,?\s+(?:(?:at|in|of)\s+)?)?(?<![.,£$€])\d{{1,4}}[a-z]?,?\s+"
    rf"(?P<street>(?:[A-Za-z'\-]+\s+){{1,3}})"
    rf"(?:{_STREET_WORDS})\b\.?",
    re.IGNORECASE,
)
# A Welsh address puts the street's word first: "9 Heol Las", "12 Ffordd y Brenin", "3 Maes Glas".
_WELSH_STREET_WORDS = ("Heol", "Ffordd", "Stryd", "Lôn", "Lon", "Rhodfa", "Cilgant", "Teras", "Llys", "Maes",
    "Clos", "Rhes", "Bryn", "Parc", "Cae")  # fmt: skip
_WELSH_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Teras|Llys|Maes|Clos|Rhes|Bryn|Parc|Cae)"
    r"\s+(?:(?:y|yr)\s+)?[A-ZÂÊÎÔÛŴŶ][\w'’\-]+(?:\s+[A-ZÂÊÎÔÛŴŶ][\w'’\-]+)?"
)
# A house number and capitalised words just before a postcode, with no street word: "4 Bryn Celyn CF83 ...".
_NUMBERED_BEFORE_POSTCODE = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+(?=,?\s*\[POSTCODE\])"
)
# Words that are never part of a street's name: "3 lads on our road", "10 mins walk" are not addresses.
_NOT_STREET_WORDS = _words(
    """a an on our my your his her their by in at to of from near outside behind past up down round
    around off this that and or with for mins min minutes hours days weeks months years miles secs seconds
    times lads guys boys girls kids people men women of"""
)


@dataclass(frozen=True)
class Deidentified:
    text: str
    found: Counter = field(default_factory=Counter)
    # (start, end, type) in the original text for each placeholder in ``text``, in order. For measuring and
    # for showing staff what was removed; never stored.
    spans: tuple[tuple[int, int, str], ...] = ()
    # The step of the de-identifier that made each span ("find_names", "title_names", "phone"...), in the
    # order of ``spans``: what the name veto reads, and for measuring.
    steps: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.found)


def deidentify(
    text: str,
    *,
    school_names: Iterable[str] = (),
    language: str | None = None,
    name_veto: bool | None = None,
) -> Deidentified:
    """Return ``text`` with identifying details replaced by typed placeholders, and what was found.

    ``language`` is the language the writer chose ("cy" for Welsh), when known. Welsh text (chosen, or
    plainly Welsh by its words: ``welsh.text_is_welsh``) keeps its Welsh words: only names from the lists
    or after a cue, and every structured identifier, are taken out.

    ``name_veto``: put back the name removals the learned veto judges are not names (``name_veto.py``);
    by default as the setting ``YOUTHVOICE_DEIDENTIFY_NAME_VETO`` says.

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
        r.step = "email"
        out = r.sub(_EMAIL, "EMAIL", out)
    if "://" in text or "www." in lower or _DOT_LETTER.search(text):
        r.step = "url"
        out = r.sub(_URL, "URL", out)
    if "#" in out:
        r.step = "discord_tag"
        out = r.sub(DISCORD_TAG, "HANDLE", out)
    if _PLATFORM_WORD.search(lower):
        r.step = "platform_handles"
        out = _replace_platform_handles(out, r)
    if "@" in out:
        r.step = "at_handle"
        out = r.sub(_AT_HANDLE, "HANDLE", out)
    if DATE_OF_BIRTH_HINT.search(lower):
        r.step = "date_of_birth"
        out = r.sub(DATE_OF_BIRTH, "DATE_OF_BIRTH", out, group="date")
        out = r.sub(DATE_BEFORE_BIRTHDAY, "DATE_OF_BIRTH", out, group="date")
        out = r.replace_spans(out, dates_of_birth_after_cue(out), "DATE_OF_BIRTH")
    if _DIGIT.search(out):
        # "ref 4402187392: not an NHS number": the words no longer make any ten digits one; a number whose
        # check digit holds is still taken out (a real NHS number beside the denial must not stay).
        cued = mentions_nhs(out) and not _NHS_DENIED.search(out)
        # Each tried only where it can begin, beside the runs of digits (and at "flat"), not at every letter.
        r.step = "nhs_number"
        out = r.apply(AtStarts(NHS_NUMBER, _digit_runs(out)), lambda m: _nhs(m, r, cued=cued), out)
        r.step = "phone"
        out = r.apply(PHONE_CANDIDATE, lambda m: _phone(m, r), out)
        r.step = "postcode"
        out = r.sub(AtStarts(_POSTCODE, _postcode_starts(out)), "POSTCODE", out, check=_looks_like_postcode)
        r.step = "address"
        out = r.apply(_address_pattern(out), lambda m: _address(m, r), out)
        if any(word in out for word in _WELSH_STREET_WORDS):
            out = r.sub(_WELSH_ADDRESS, "ADDRESS", out)
        if "[POSTCODE]" in out:
            out = r.sub(_NUMBERED_BEFORE_POSTCODE, "ADDRESS", out)
    if "_" in out or _LETTER_DIGIT_LETTER.search(out):
        r.step = "shaped_handle"
        out = r.sub(_SHAPED_HANDLE, "HANDLE", out)
    if mentions_account(out):
        r.step = "account_names"
        out = r.replace_spans(out, account_names(out, is_word=is_everyday_word), "HANDLE")
    if mentions_spoken_number(out):
        r.step = "spoken_phone"
        out = r.sub(spoken_number_pattern(), "PHONE", out, check=spoken_phone)
    out = _step(replace_schools, out, r, configured=tuple(school_names))
    if mentions_street(out):
        r.step = "street"
        out = r.apply(STREET_NAME, lambda m: _street(m, r), out)
    if "name" in lower or "NAME" in text:
        out = _step(replace_labelled_names, out, r)
    out = _step(replace_record_subjects, out, r)
    out = _step(replace_quoted_aliases, out, r)
    out = _step(replace_quoted_actors, out, r)
    out = _step(replace_initials, out, r)
    out = _step(replace_person_initials, out, r)
    if ":" in out or " from " in out:
        out = _step(replace_listed_people, out, r)
    if ":" in out and "\n" in out:
        out = _step(replace_chat_speakers, out, r)
    if TITLE_HINT.search(out):
        out = _step(replace_title_names, out, r)
    out = _step(replace_context_names, out, r)
    out = _step(replace_role_names, out, r)
    out = _step(replace_actor_names, out, r)
    out = _step(replace_group_members, out, r)
    welsh = text_is_welsh(text, language=language)
    not_names = all_not_names() | welsh_words() if welsh else all_not_names()
    r.step = "find_names"
    out = r.replace_spans(
        out, find_names(out, not_names=not_names, always=first_names(), welsh=welsh), "NAME"
    )
    out = _step(replace_described_pairs, out, r)
    out = _step(replace_bracketed_nicknames, out, r)
    out = _step(replace_people_by_their_details, out, r)
    if "[NAME]" in out:
        # surnames first, so that "[NAME] Harrow, Ben Harrow and [NAME] Harrow" reads as a list of names
        out = _step(absorb_surnames, out, r)
        out = _step(replace_name_partners, out, r)
        out = _step(replace_lower_case_partners, out, r)
        out = _step(absorb_surnames, out, r)
        if not welsh:  # "Mae [NAME] yn ...": Welsh words that are English first names
            out = _step(absorb_first_names, out, r)
        out = _step(replace_initials_of_named_people, out, r, original=text)
        out = _step(replace_names_again, out, r, original=text)
    r.step = "places_of_people"
    out = r.replace_spans(out, places_of_people(out), "ADDRESS")
    if "[NAME]" in out and _DIGIT.search(out):
        r.step = "date_beside_name"
        out = r.sub(DATE_AFTER_NAME, "DATE_OF_BIRTH", out, group="date")
        out = r.sub(DATE_BESIDE_NAME, "DATE_OF_BIRTH", out, group="date")
        out = r.sub(DATE_WRITTEN_BESIDE_NAME, "DATE_OF_BIRTH", out, group="date")
    spans, steps = r.spans_and_steps()
    if not spans:
        return Deidentified(text=original)
    if "NAME" in r.found and (name_veto if name_veto is not None else veto_switched_on()):
        put_back = removals_to_put_back(original, spans, steps)
        if put_back:
            out = r.put_back(out, original, put_back)
            r.found["NAME"] -= len(put_back)
            r.found = +r.found  # a count that reaches nought is dropped, so ``changed`` stays true to it
            spans, steps = r.spans_and_steps()
            if not spans:
                return Deidentified(text=original)
    return Deidentified(text=out, found=r.found, spans=spans, steps=steps)


def _step(detector, text: str, r: Replacer, **options) -> str:
    """``detector(text, r)``, with each placeholder it puts in recorded as made by it (``Replacer.step``)."""
    r.step = detector.__name__.removeprefix("replace_")
    return detector(text, r, **options)


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

    deidentify("warm up: me and Jay went to Leeds and Crewe")  # and the list of UK places
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
    practitioner wrote (tests/voices/test_deidentify_write_paths.py). ``language``: the language the
    writer chose, when known ("cy"); without it Welsh is recognised from the words."""
    text = (text or "").strip()
    return deidentify_with_settings(text, language=language).text if text else ""


_NHS_DENIED = re.compile(
    r"\b(?:not|isn['’]?t|aren['’]?t|never)\s+(?:(?:an?|the|their|his|her|a\s+valid)\s+)?NHS\s+numbers?\b",
    re.IGNORECASE,
)


# A police or case reference given as one: "Crime ref: 1865447912", "Incident number 0912 334 571",
# "Police log 503 661 7287". Its digits are a reference, not a phone number, nor an NHS number for the text
# speaking of one elsewhere (a number whose NHS check digit holds is still taken out).
_REFERENCE_BEFORE = re.compile(
    r"\b(?<!nhs\s)(?:crime\s+ref(?:erence)?|incident|log|occurrence|reference|ref)(?:\s+(?:number|no\.?))?\s*[:#.]?\s*$",
    re.IGNORECASE,
)


def _after_reference(match: re.Match) -> bool:
    return bool(_REFERENCE_BEFORE.search(match.string, max(0, match.start() - 40), match.start()))


def _nhs(match: re.Match, r: Replacer, *, cued: bool) -> str:
    """Ten digits are an NHS number when the text speaks of one (and they are not given as a reference), or
    when the check digit holds and the number does not start with 0 (a UK phone number does)."""
    candidate = match.group(0)
    if (cued and not _after_reference(match)) or (candidate[0] != "0" and nhs_check_digit_ok(candidate)):
        return _put(match, 0, "NHS_NUMBER", r)
    return candidate


def _phone(match: re.Match, r: Replacer) -> str:
    whole = match.group(0)
    part = phone_part(whole)
    if part is None or (
        _after_reference(match) and not whole.lstrip("(+ ").startswith(("07", "447", "+447"))
    ):
        return whole
    r.found["PHONE"] += 1
    return whole[: part[0]] + "[PHONE]" + whole[part[1] :]


_NOT_A_STREETS_NAME = frozenset(
    {"high", "main", "our", "my", "your", "his", "her", "their", "side", "back", "same"}
)
_LIVES_ON = re.compile(
    r"\b(?:live|lives|living|lived|stay|stays|staying|stayed|moved|house|flat|address)\b[\w\s]{0,20}?"
    r"\b(?:on|off|in|at|to)\s+$",
    re.IGNORECASE,
)


def _street(match: re.Match, r: Replacer) -> str:
    group = next(name for name in ("street", "lower", "shouted") if match.group(name))
    words = re.split(r"[ \-]+", match.group(group).lower())
    if group == "shouted" and any(
        is_function_word(word) or word in _NOT_A_STREETS_NAME for word in words[:-1]
    ):
        return match.group(0)  # "ON THE ROAD", "DOWN OUR STREET", "ON THE HIGH STREET"
    generic = words[-2] in GENERIC_STREET_WORDS or words[0] in GENERIC_STREET_WORDS
    # Where someone lives, even a common street's name narrows them down: "lives just off Park Road".
    lives_there = _LIVES_ON.search(match.string, max(0, match.start() - 40), match.start())
    if (generic and not lives_there) or words[0] in all_not_names():
        return match.group(0)
    if not lives_there and FACILITY_AFTER.match(match.string, match.end()):
        return match.group(0)  # the street names a facility, not anyone's home: "the Larch Street food bank"
    if not lives_there and any(
        start <= match.start(group) and match.end(group) <= end
        for start, end in not_people_spans(match.string)
    ):
        return match.group(0)  # a programme or a place named like a street: "Coronation Street", but
        # where someone lives it is their street ("she lives on Oxford Street")
    return _put(match, group, "ADDRESS", r)


def _looks_like_handle(word: str) -> bool:
    """An account name rather than a word: it has a digit, "_" or ".", or a capital inside it."""
    return any(c.isdigit() or c in "_." for c in word) or any(c.isupper() for c in word[1:])


def _replace_platform_handles(text: str, r: Replacer) -> str:
    def named(match: re.Match) -> str:
        handle = match.group("handle")
        # No letter: a number ("whatsapp: 07700 900123" is a phone number, found later).
        if handle.lower() in NOT_NAMES or not any(c.isalpha() for c in handle):
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


def _put(match: re.Match, group: str | int, kind: str, r: Replacer) -> str:
    """The match with one group replaced by a placeholder."""
    r.found[kind] += 1
    start, end = match.span(group)
    offset = match.start()
    whole = match.group(0)
    return whole[: start - offset] + f"[{kind}]" + whole[end - offset :]


_DIGIT_RUN = re.compile(r"\d+")


def _digit_runs(text: str) -> list[int]:
    """Where each run of digits begins: an NHS number or a house number begins at one."""
    return [run.start() for run in _DIGIT_RUN.finditer(text)]


def _postcode_starts(text: str) -> list[int]:
    """Where ``_POSTCODE`` can begin: one or two letters before a run of digits."""
    return [start for run in _digit_runs(text) for start in (run - 2, run - 1) if start >= 0]


def _address_pattern(text: str):
    """``_ADDRESS``, tried only at a run of digits or at "flat" (in any case) where the lower case keeps every
    letter in its place; else the whole pattern (what ``Replacer.apply`` takes as a pattern)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return _ADDRESS
    starts = _digit_runs(text)
    found = lowered.find("flat")
    while found >= 0:
        starts.append(found)
        found = lowered.find("flat", found + 1)
    return AtStarts(_ADDRESS, starts)


def _address(match: re.Match, r: Replacer) -> str:
    street = match.group("street").lower().split()
    # "12 The Avenue" is one; "the 12 raided the trap house" (the police) is not
    if any(word in _NOT_STREET_WORDS for word in street) or ("the" in street and street != ["the"]):
        return match.group(0)
    r.found["ADDRESS"] += 1
    return "[ADDRESS]"


def _looks_like_postcode(candidate: str) -> bool:
    # A real postcode's inward part is a digit then two letters; rule out "in 2 days"-style false hits.
    compact = candidate.replace(" ", "").upper()
    return 5 <= len(compact) <= 7 and compact[-3].isdigit() and compact[-2:].isalpha()
