"""The de-identifier's name rules by cue: a name after "my name is", "my friend", a title or a form's
"Name:" label, beside a verb of saying or doing ("Levi told me", "me and Shanice"), joined to a name found
already ("Darnell and [NAME]"), and a surname after one ("[NAME] Smith").

Private to ``youthvoice.deidentify.engine``, which runs these after the structured detectors and before the
cascade in ``names.py`` (name lists, word frequencies, context, spaCy). Each rule skips words that
``not_people.py`` says are a brand, shop, place or title named after someone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from youthvoice.deidentify.names import (
    ACRONYMS,
    is_dictionary_word,
    is_everyday_word,
    is_first_name,
    is_first_name_ignoring_accents,
    is_function_word,
    is_listed_name,
    is_verb_before_pronoun,
    is_word_name_partner,
    is_word_not_first_name,
    line_names,
    place_or_thing_before,
)
from youthvoice.deidentify.not_people import merged, not_people_spans, overlaps
from youthvoice.deidentify.replacer import AtStarts, Replacer, word_starts_before

_FIRST_NAMES_FILE = Path(__file__).with_name("data") / "first_names.txt"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _either_case(words: str) -> str:
    """An alternation of the words as written and capitalised: much faster in ``re`` than (?i:...)."""
    return "|".join(form for word in words.split() for form in (word, word.capitalize()))


def _first_letters(words: str) -> str:
    return "".join(sorted({word[0] for word in words.split()}))


def _put(match: re.Match, group: str, kind: str, r: Replacer, *, end: int | None = None) -> str:
    """The match with one group replaced by a placeholder (up to ``end`` where given: a group's last dot
    may end the sentence, ``_letters_end``)."""
    r.found[kind] += 1
    start, end = match.start(group), match.end(group) if end is None else end
    offset = match.start()
    whole = match.group(0)
    return whole[: start - offset] + f"[{kind}]" + whole[end - offset :]


# A form's label for a name, then the name in any case: "FULL NAME: JO BLOGGS DATE OF BIRTH: ...".
_LABELLED_NAME = re.compile(
    r"\b(?:full\s+|first\s+|last\s+|given\s+|sur|fore|child's\s+|yp's\s+)?name"
    # "Name given: Will Tanner", "his name was given as Lee"
    r"(?:\s*(?:\s(?:given|used|provided|stated))?\s*(?:[:=]|\s-)|\s+(?:was\s+|is\s+)?(?:given|stated|recorded)\s+as)\s*"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,4})",
    re.IGNORECASE,
)
# Where a labelled name stops: the next label on a form.
_FORM_LABELS = _words(
    """date dob d.o.b address postcode age school phone tel mobile email gender sex nhs year ethnicity born
    and but aka alias who which referred"""
)
# A form's name field filled with no name: "Name: prefer not to say", "Referrer name: self", "Name: same as
# above", "Name: Mum".
_NO_NAME_GIVEN = _words(
    """unknown n/a na not none withheld refused redacted tbc blank declined prefer rather self anonymous anon
    same see as parent mum dad mother father carer child young yp"""
)
# "Name: Child A", "Name: Young Person 3": the pseudonym a form or a report gives in place of a name.
_PSEUDONYM = re.compile(
    r"(?:child|young\s+person|yp|person|pupil|sibling|adult|male|female)\s+(?:[A-Z]|\d{1,3})(?![\w'’-])", re.I
)
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|PC|DC|DS|DI|DCI|PCSO|Sgt|Insp|Cllr|Prof|Rev)"
TITLE_HINT = re.compile(rf"\b{_TITLES}\b")
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
    r"(?:call|calls|called)\s+(?:him|her|them|me)|called|named|known\s+(?:only\s+|simply\s+|just\s+|locally\s+|on\s+the\s+streets?\s+|round\s+here\s+)?as|goes\s+by|"
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
    # One word boundary and the first letters of every branch first: ``re`` tries the branches at every
    # position, and this lets it give up after one character at most of them.
    rf"\b(?=[mu{_first_letters(_TALKED_WITH + ' ' + _TOLD)}]|{_CAP})"
    rf"(?:(?:(?:me|us)\s+(?:and|n|&)\s+(?<!['’-])(?P<with>{_CAP}{_BODY}+)\b)"
    # (a surname on the same line: "Case note – Tia\nWorker took" is a heading's name, then "Worker took")
    rf"|(?:(?<!['’-])(?P<actor>{_CAP}{_BODY}+)(?:[ \t]+(?<!['’-])(?P<surname>{_CAP}{_BODY}+))?"
    r"(?=\s+(?:told|tells|said|says|messaged|"
    r"texted|gave|gives|picked|asked|made|makes|took|takes|kept|keeps|sent|offered|threatened|wanted|"
    r"got\s+me|and\s+me)\b))"
    # Someone the young person or worker spoke to, met or trusts: "talked to Abdi", "nobody believed Jodie".
    rf"|(?:(?:(?:{_either_case(_TALKED_WITH)})\s+(?:to|with)|{_either_case(_TOLD)})"
    rf"\s+(?<!['’-])(?P<object>{_CAP}{_BODY}+)\b))"
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
NOT_NAMES = _words(
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
# So is one in a list with one: "Xavier, [NAME] and [NAME]", "[NAME], Paddy Ward and [NAME]" (a comma alone
# joins only where the list goes on, so "Hi [NAME], Following our call" and "[NAME], Team Manager," are left).
_AND = r"(?:and|&|n|ve|\+)"
# A name in a list that goes on with another name ("[NAME] and", "[NAME], [NAME]"), not an apposition
# ("Mother, [NAME], contacted", "[NAME], Senior Practitioner, 01632 ...").
_LIST_GOES_ON = rf"\[NAME\](?:\s+{_AND}\s|,\s*\[NAME\])"
_NAME_PARTNER = re.compile(
    rf"\b(?<!['’-])(?P<before>{_CAP}{_BODY}+)(?:\s+{_AND}\s+|,\s+(?={_LIST_GOES_ON}))(?=\[NAME\])"
    rf"|(?<=\[NAME\])\s+{_AND}\s+(?<!['’-])(?P<after>{_CAP}{_BODY}+)\b"
    rf"|(?<=\[NAME\]),\s+(?<!['’-])(?P<listed>{_CAP}{_BODY}+(?:\s+{_CAP}{_BODY}+)?)(?=\s+{_AND}\s|,\s*\[NAME\])"
    # "an" for "and", as Scots and text-speak write it: "[NAME] an Eilidh walk us hame" (a listed first name
    # only, since "an" is an article too: not "[NAME] an Irish lad")
    rf"|(?<=\[NAME\])\s+an\s+(?<!['’-])(?P<after_an>{_CAP}{_BODY}+)\b"
)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    lines = _NOT_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(word.lower() for line in lines if not line.startswith("#") for word in line.split())


@lru_cache(maxsize=1)
def all_not_names() -> frozenset[str]:
    return _not_names() | NOT_NAMES | _NOT_ACTORS


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    lines = _FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(word.lower() for line in lines if not line.startswith("#") for word in line.split())


def _is_name(candidate: str) -> bool:
    first = candidate.split()[0].lower()
    return first not in all_not_names() and first not in _WHO_SOMEONE_IS and not first.startswith("[")


# Words for who someone is, which follow "called" as its object: "Called Mum", "called YP on his mobile".
_WHO_SOMEONE_IS = _words(
    """yp cyp child mum mam mom mother dad father nan nana gran grandad grandma grandmother grandfather
    auntie aunty aunt uncle carer carers parent parents school college police worker"""
)


def _things_in(text: str) -> list[tuple[int, int]]:
    return merged(not_people_spans(text))


class _Lazy:
    """A value computed on first use: most texts have no candidate that needs it."""

    def __init__(self, function, *args) -> None:
        self._function, self._args, self._value = function, args, None

    def __call__(self):
        if self._value is None:
            self._value = self._function(*self._args)
        return self._value


def replace_labelled_names(text: str, r: Replacer) -> str:
    def replace(match: re.Match) -> str:
        words = match.group("name").split()
        keep = 0
        while keep < len(words) and words[keep].lower().rstrip(":") not in _FORM_LABELS:
            keep += 1
        if not keep or words[0].lower() in _NO_NAME_GIVEN or words[0].startswith("["):
            return match.group(0)
        if (
            match.group(0)[: match.start("name") - match.start()].rstrip().endswith("as")
            and words[0].islower()
        ):
            return match.group(0)  # "his name was given as part of the referral"
        if _PSEUDONYM.match(match.string, match.start("name")):
            return match.group(0)
        name_start = match.start("name") - match.start()
        name_end = name_start + len(" ".join(words[:keep]))
        whole = match.group(0)
        if " ".join(words[:keep]) != whole[name_start:name_end]:
            return match.group(0)  # spaced oddly: leave it to the other rules
        r.found["NAME"] += 1
        return whole[:name_start] + "[NAME]" + whole[name_end:]

    return r.apply(_LABELLED_NAME, replace, text)


# A record headed by whom it is about, the name alone after a dash at the end of the heading's line: "Case
# note – Ruby", "Safety plan – Amelia", "Chronology - Kian Doyle".
_RECORD_HEADING = re.compile(
    r"(?m)^[ \t]*(?:[A-Za-z]+[ \t]+){0,3}(?i:note|notes|plan|record|summary|review|chronology|log|interview|"
    r"referral|report|visit|assessment|profile)[ \t]*[–—-][ \t]*"
    rf"(?P<name>{_CAP}{_BODY}+(?:[ \t]+{_CAP}{_BODY}+)?)[ \t]*$"
)


def replace_record_subjects(text: str, r: Replacer) -> str:
    """The person a record is about, named in its heading. Only words that name someone anywhere (a listed
    name, or no everyday word) and no brand, place or service: "Residential log – Larch House" stays."""
    if "–" not in text and "—" not in text and "-" not in text:
        return text
    things = _Lazy(_things_in, text)

    def replace(match: re.Match) -> str:
        name = match.group("name")
        if not all(is_listed_name(word) or not is_everyday_word(word) for word in name.split()):
            return match.group(0)
        if overlaps(things(), *match.span("name")):
            return match.group(0)
        return _put(match, "name", "NAME", r)

    return r.apply(_RECORD_HEADING, replace, text)


# Labels before a list of young people or cases, read for names and for initials alike.
_GROUP_LABELS = r"Young people present|Friends present|Children present|Siblings|Cases discussed"
# Minutes and e-mails list people after a label: "Present: Marta Kowalczyk (Chair), Tunde Bello (YOT)",
# "Apologies: Orla Breen (school nurse)", "Cc: Nadine Okafor", "Referrer: Callum Price, youth worker".
# Each listed item that reads as a person's name goes; agencies in the same list ("Police, Health") stay.
_PEOPLE_LABEL = re.compile(
    r"\b(?:Present|Apologies|Attendees|Attending|In attendance|Cc|CC|To|From|Chair|Chaired by|Minutes by"
    r"|Minute taker|Referrer|Referral source|Referred by|Allocated worker|Social worker|Key worker"
    r"|Lead professional|Key[Ww]orker|Key Worker|Youth [Ww]orker|Case ?[Ww]orker|Named [Ww]orker"
    r"|Lead [Ww]orker"
    r"|Social Worker|Allocated Worker|Foster [Cc]arers?|Completed by|Recorded by|Written by|Author"
    rf"|{_GROUP_LABELS})\s*:\s*"
)
# A capitalised word that may be a name: "NicLeòid", "O'Neill", "Ellie-Mae".
_PERSON_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_LIST_WORD = rf"{_PERSON_WORD}(?![\w:'’-])"  # not "Re:"
_LISTED_PERSON = re.compile(
    rf"(?P<title>{_TITLES}\.?\s+)?(?P<name>{_LIST_WORD}(?: {_LIST_WORD}){{0,2}})"
    r"|\[[A-Z_]+\]"
)
_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*<[^<>]{1,80}>)?\s*(?:,|;|&|and)?\s*")
# What a person goes by, after a label: "Known as: Badger", "AKA: Tiny". (Not "Name:": see _LABELLED_NAME.)
_ALIAS_LABEL = re.compile(
    r"\b(?:[Kk]nown [Aa]s|[Aa]lso [Kk]nown [Aa]s|AKA|[Aa]ka|A\.K\.A\.?|[Nn]ickname|[Aa]lias(?:es)?)\s*:\s*"
    r"(?P<name>[^\W\d_][\w'’\-]*(?: [A-ZÀ-ÖØ-Þ][\w'’\-]*){0,2})"
)
# A case handed from one worker to another: "allocation changed from Gail to Ewan Fraser".
_HANDOVER_SIDE = rf"(?:\[NAME\]|{_PERSON_WORD}(?: {_PERSON_WORD}){{0,2}})"
_HANDOVER = re.compile(
    r"\b(?:changed|transferred|handed\s+over|handed|passed|reallocated|re-allocated|switched)\s+from\s+"
    rf"(?P<was>{_HANDOVER_SIDE})\s+to\s+(?P<now>{_HANDOVER_SIDE})"
)
_RATINGS = _words("red amber green blue gold silver bronze high medium low")
# Who a note or a message is from or to, before a colon: "Note from Ivy: ...", "Email to Robin: ...".
_MESSAGE_PERSON = re.compile(
    r"\b(?:Notes?|E-?mail|Message|Msg|Text|Call|Letter|Update|Feedback|Handover)\s+(?:from|to)\s+"
    rf"(?P<name>{_PERSON_WORD})(?=\s*:)"
)


def _a_persons_name(words: list[str]) -> bool:
    """A listed name: a first name leads it, or two or three words that are all names rather than words."""
    if any(word.isupper() and (index == 0 or len(word) > 1) for index, word in enumerate(words)):
        return False  # "CAMHS", "PC": agencies and ranks; not "Jordan B", a name and an initial
    if words[0].lower() in _WHO_SOMEONE_IS:
        return False  # "Attendees: Mum, Nan, DSL": who they are to the child, not their names
    if is_first_name(words[0].lower()):
        return True
    return len(words) > 1 and not any(is_word_not_first_name(word) for word in words)


def replace_listed_people(text: str, r: Replacer) -> str:
    spans = []
    things = _Lazy(_things_in, text)
    for label in _PEOPLE_LABEL.finditer(text):
        at = label.end()
        while (item := _LISTED_PERSON.match(text, at)) is not None:
            # (a name after a title is the title rule's: "PC Tom Reddy" goes whole; a listed service named
            # like a person, "Early Help", is no one)
            if (
                item.group("name")
                and not item.group("title")
                and _a_persons_name(item.group("name").split())
                and not overlaps(things(), *item.span("name"))
            ):
                spans.append(item.span("name"))
            gap = _LIST_GAP.match(text, item.end())
            if gap.end() == item.end() or not gap.group(0).strip(" ()"):
                break  # the list ends where no comma, "and" or bracket follows
            at = gap.end()
    for alias in _ALIAS_LABEL.finditer(text):
        if alias.group("name").lower() not in _NO_NAME_GIVEN and not overlaps(things(), *alias.span("name")):
            # "Known as: Badger": any word there is what the person is called
            spans.append(alias.span("name"))
    if " from " in text:
        for handover in _HANDOVER.finditer(text):
            # a case passed from one worker to another, when each side reads as a person's name (not a
            # rating: "changed from Amber to Red")
            sides = [side for side in ("was", "now") if not handover.group(side).startswith("[")]
            if all(
                _a_persons_name(handover.group(side).split()) and handover.group(side).lower() not in _RATINGS
                for side in sides
            ):
                spans += [
                    handover.span(side) for side in sides if not overlaps(things(), *handover.span(side))
                ]
    for message in _MESSAGE_PERSON.finditer(text):
        if _a_persons_name([message.group("name")]) and not overlaps(things(), *message.span("name")):
            spans.append(message.span("name"))
    return r.replace_spans(text, sorted(set(spans)), "NAME")


# A person given by their initials, as case notes do to keep a name out, which still narrows them down:
# "YP (initials TJ)", "initials: T.J.", "known by the initials TJW".
_INITIALS = re.compile(
    r"\b(?i:initials?)\s*(?:[:\-–]\s*|(?i:are|is|of)\s+)?(?P<name>[A-Z]\.?\s?[A-Z](?:\.?\s?[A-Z])?\.?)(?![\w.])"
)


def replace_initials(text: str, r: Replacer) -> str:
    if "nitial" not in text and "NITIAL" not in text:
        return text
    return r.sub(_INITIALS, "NAME", text, group="name")


# Initials: two or three capitals, each with or without its dot ("KM", "J.T.", "DWT").
_LETTERS = r"[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?"
# Every initials pattern below needs two capitals together: a text without them has no initials to read.
_TWO_CAPITALS = re.compile(r"[A-Z]\.?[A-Z]")
# Every place two capitals begin, overlapping ("ABC" at A and B): one letter taken, the rest looked ahead at
# (a pattern that starts with a letter is far quicker to search for than a look-ahead alone).
_TWO_CAPITALS_AT = re.compile(r"[A-Z](?=\.?[A-Z])")
# Capitalised English words that open a sentence or stand as shouting, never initials here.
_CAPITAL_WORDS = _words("A I AM AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF OH ON OR SO TO UP US WE")
_NOTES = ("Note", "Notes", "Email", "Call", "Message", "Text")
_INITIALS_AFTER = (
    *("Pupil", "Student", "Learner", "pupil", "student", "learner", "wish", "me and", "me n"),
    *(f"{note} from" for note in _NOTES),
    *(f"{note.lower()} from" for note in _NOTES),
)
# A person written as initials where a person acts: "JW to ring the school", "LB seen near the station",
# "i wish DW would stop", "Student HM (Year 10)", "Email from PD:". The letters are kept when they are one
# of the partnership's acronyms (agencies, roles, meetings, legal terms) or a capitalised word: "YOT to
# chase", "DSL informed", "SW to visit" are roles, not people.
# (The cue is matched, not looked behind for: one alternation of words is far cheaper for the regex engine
# than a look-behind for each cue at every position; only the name is replaced either way.)
_PERSON_INITIALS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(cue) for cue in _INITIALS_AFTER)
    + r") (?P<name>[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?)(?![\w&/’'-]| [A-Z][a-z])"
    r"|(?<![\w.&/’'-])(?P<acting>[A-Z]\.?[A-Z]\.?|[A-Z]\.[A-Z]\.[A-Z]\.?)(?![\w&/’'-])(?="
    r" (?:to (?:liaise|update|amend|contact|speak|chase|follow|share|arrange|send|complete|review|check|call"
    r"|visit|meet|attend|discuss|ring|email|phone|confirm|book|inform|escalate|raise|write|request|ask|feed"
    r"|link|see|support|complete|close|lead|convene|monitor|provide|offer|explore|notify|invite|circulate"
    r"|draft|refer|obtain|seek|consider|progress|finalise|identify|undertake|organise|make|do)"
    r"|(?:has|had|have) (?:been|said|told|asked|disclosed|reported|gone|left|taken|given|sent|made|got)"
    r"|(?:and|&|an|n) [A-Z]\.?[A-Z]\.? (?:are|were|have|had|both|said|told|went|got)\b"
    r"|(?:and|&|n) (?:his|her|their) (?:mates|friends|boys|girls|lot|gang|crew|cousins|brothers)\b"
    r"|(?:was|is) (?:seen|found|arrested|missing|picked|located|spoken|stopped)"
    r"|(?:are|were) (?:both|all|known|missing|seen|linked|believed|at risk)"
    r"|said|says|stated|states|told|tells|disclosed|discloses|reported|reports|informed|seen|agreed|advised"
    r"|confirmed|spoke|would|will|wants|wanted|keeps|kept|gave|gives|took|takes|went|came|denied|denies|admitted"
    r"|located|arrested"
    r"|explained|asked|knows|made|makes|sent|sends|hit|threatened|threatens|updated|attended|visited|met"
    r"|rang|called|emailed|noted|raised|shared|received|got)\b"
    r"| \((?:Yr|Year|aged?|Y\d|\d|adult\b|male\b|female\b|[MF][,)])"
    r"|:? ?(?:\(|,)? ?(?:he|she|they) )"
    # whose family or home: "JW's aunt rang", "KM's mum", "TB's bedroom"
    r"|(?<![\w.&/’'-])(?P<owner>[A-Z]\.?[A-Z]\.?)(?=['’]s (?:mum|mother|mam|dad|father|nan|nana|gran|grandma|"
    r"grandad|aunt|auntie|aunty|uncle|brother|sister|cousin|carers?|foster|boyfriend|girlfriend|partner|"
    r"stepdad|stepmum|friends?|mates?|phone|bedroom|room|home|house|address)\b)"
)


# Initials told, asked or met by someone ("MH informed SB", "spoke with KM"), and the owners of an action
# ("Action 4 (LC/AA): arrange a visit"): people, unless the letters are one of the partnership's acronyms.
_TOLD_CUES = (
    *("informed", "told", "asked", "emailed", "rang", "contacted", "visited", "updated", "met with"),
    *("spoke to", "spoke with", "seen by", "agreed with", "called"),
    # who did the paperwork: "NRM referral submitted by CT"
    *("submitted by", "completed by", "written by", "chaired by", "signed by", "authorised by", "raised by"),
    *("recorded by", "reviewed by", "made by", "visit by"),
    # stopped, searched or arrested by the police: "PC 2281 stopped LM and RT"
    *("stopped", "searched", "arrested", "seized from"),
)
_INITIALS_TOLD = re.compile(
    r"\b(?:" + "|".join(_TOLD_CUES) + rf") (?P<name>{_LETTERS})(?![\w&/’'-]| [A-Z][a-z])"
    r"|\b(?i:action|actions|owner|owners|lead|leads)\b(?:\s*\d+)?[:\s]*"
    rf"\((?P<owners>{_LETTERS}(?:\s*[/,&]\s*{_LETTERS})*)\)"
)


def _initials_starts(text: str) -> list[int]:
    """Where ``_PERSON_INITIALS`` or the first half of ``_INITIALS_TOLD`` can begin: at two capitals together,
    and in the two words before two capitals that follow a space (their cues are one or two words)."""
    starts = []
    for capitals in _TWO_CAPITALS_AT.finditer(text):
        start = capitals.start()
        starts.append(start)
        if start and text[start - 1] == " " and text.endswith(_CUES_LAST_WORDS, 0, start - 1):
            starts += word_starts_before(text, start, 2)
    return starts


# The last word of every cue before initials: only after one can a cue end.
_CUES_LAST_WORDS = tuple(sorted({cue.split()[-1] for cue in (*_INITIALS_AFTER, *_TOLD_CUES)}))


def _may_name_owners(text: str) -> bool:
    """Might the second half of ``_INITIALS_TOLD`` ("Action 4 (LC/AA)") match? Only with one of its words,
    in any case (and, to be safe, with any letter that ``re`` matches to an ASCII one ignoring case)."""
    lowered = text.lower()
    return (
        "action" in lowered
        or "owner" in lowered
        or "lead" in lowered
        or any(fold in text for fold in _OTHER_CASE_FOLDS)
    )


def _initials_of_a_person(letters: str) -> bool:
    bare = letters.replace(".", "")
    return bare not in ACRONYMS and bare not in _CAPITAL_WORDS


# Initials beside who the person is, in brackets: "YP (KM)", "her stepfather (J.T.)", "KM (YP)".
_KIN_OR_ROLE = (
    r"(?i:yp|cyp|child|young person|mum|mother|dad|father|step-?(?:father|mother|dad|mum)|brother|sister|"
    r"carers?|uncle|aunt(?:ie)?|cousin|boyfriend|girlfriend|partner|nan|gran|grandad|grandmother|"
    r"grandfather|friend|peer|suspect|perpetrator|victim|pupil|student|sibling)"
)
_BRACKETED_INITIALS = re.compile(
    rf"\b{_KIN_OR_ROLE} \((?P<after>{_LETTERS})(?=\))"
    rf"|(?<![\w.&/’'-])(?P<before>{_LETTERS}) ?(?=\((?:{_KIN_OR_ROLE}|\[NAME\])\))"
)
# A practitioner in minutes, by their initials and their job in brackets: "KM (Chair, CSC)", "AH (SW)",
# "RL (School DSL)", "AO'N (Police)"; or their job and then their initials: "IDVA (PH)", "Police (SG)".
_JOBS = (
    r"chair|vice[- ]chair|chairing|minutes|minute taker|sw|social worker|dsl|deputy dsl|idva|isva|police|"
    r"health|housing|school|nurse|named nurse|school nurse|health visitor|lead professional|team manager|"
    r"manager|class teacher|teacher|head of year|head teacher|headteacher|fsw|family support|"
    r"family support worker|csc|camhs|yot|yjs|gp|probation|education|early help|iro|pcso|youth worker|"
    r"key ?worker|senco|sendco|ewo|attendance officer|safeguarding lead|practitioner|paediatrician|"
    r"consultant paediatrician|consultant|midwife|mentor|personal adviser|virtual school|lado|cse lead|"
    r"cce lead|exploitation lead|missing lead|missing coordinator|worker|officer|advocate"
)
_JOB = rf"(?:{_JOBS})(?: (?:{_JOBS}))*"
_LETTERS_OR_IRISH = rf"(?:{_LETTERS}|[A-Z]O['’][A-Z])"  # "AO'N", "LO'B": O'Neill's, O'Brien's initials
_INITIALS_AND_JOB = re.compile(
    rf"(?<![\w.&/’'-])(?P<before>{_LETTERS_OR_IRISH}) ?"
    rf"(?=\((?P<job>(?i:{_JOB}))(?:[,;/] ?[^()\n]{{1,40}})?\))"
    rf"|\b(?P<job_first>(?i:{_JOB})) \((?P<after>{_LETTERS})(?=\))"
)

# A line of minutes that is someone's initials, a dash and their job: "MK – Police", "SL - Education".
_INITIALS_DASH_JOB = re.compile(
    rf"(?m)^[ \t]*(?P<before>{_LETTERS_OR_IRISH})[ \t]*[–—-][ \t]*(?=(?i:{_JOB})[ \t]*$)"
)


# People listed by their initials after a label: "Cases discussed: AB, JT, MQ", "Present: KM, DSL, TP".
_LIST_LABELS = (
    r"Present|Attendees|Attending|In attendance|Apologies|Cases reviewed|Re|RE|Subject|Manager|Team manager"
    rf"|Chair|Worker|Workers|Allocated worker|Social workers?|Staff|Author|Referrer|Lead|{_GROUP_LABELS}"
)
# Staff by their initials in brackets: "Staff (RN, JB) followed missing protocol".
_STAFF_IN_BRACKETS = re.compile(
    r"\b(?i:staff|workers|carers|officers|social workers|practitioners|professionals) \("
    rf"(?P<list>{_LETTERS}(?:\s*(?:,|/|&|and)\s*{_LETTERS})*)\)"
)
# Children named by their initials after the word for them: "children TM and JM asleep", "son KJ"; and
# the people of a case: "victim DM", "perpetrator JB".
_CHILDREN_INITIALS = re.compile(
    r"\b(?i:children|child|siblings|sibling|sons|son|daughters|daughter|twins|victim|perpetrator|suspect"
    r"|complainant|offender)\s*:?\s+"
    rf"(?P<list>{_LETTERS}(?:\s*(?:,|&|and)\s*{_LETTERS})*)(?![\w&/’'(-]| \()"
)
_LISTED_INITIALS = re.compile(
    rf"\b(?:{_LIST_LABELS})\s*:\s*(?P<list>{_LETTERS_OR_IRISH}(?:\s*(?:,|;|&|and)\s*{_LETTERS_OR_IRISH})*)"
    r"(?![\w&/’'(-]| \()"
)
_ONE_OF_THE_LIST = re.compile(_LETTERS_OR_IRISH)


# One entry of a list of people with their jobs or agencies in brackets: "KM (Chair)", "[NAME] (SW, CSC)",
# "DS Hollis (Police)"; and what joins two entries.
_BRACKETED_ENTRY = re.compile(
    rf"(?P<who>\[NAME\]|{_LETTERS_OR_IRISH}|(?:[A-Z][\w'’.\-]*\s+){{0,2}}[A-Z][\w'’\-]*) ?"
    r"\((?P<job>[^()\n]{1,40})\)"
)
_BETWEEN_ENTRIES = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+")
# Roles written by their letters that a list of those present may hold as roles: "KB (CSC), SW (YOT)".
_ROLES_PRESENT = _words("SW DSL GP HV LA PC DC DS IDVA ISVA SENCO YOT CSC CAMHS IRO LADO PCSO FSW EWO MASH")


def _initials_listed_with_people(text: str) -> list[tuple[int, int]]:
    """Letters beside a job in brackets, in a list where someone else beside their job is already a person:
    "Present: [NAME] (chair), SO (school), PM (parent)", "attended by [NAME] (SW), HT (YOT), NB (Police)".
    Letters that are also an acronym or a word ("PM", "HT", "SO") are initials there, as the list's other
    entries are; not a role that may attend as itself ("SW (CSC)"), nor a job spelt out beside its letters."""
    entries = list(_BRACKETED_ENTRY.finditer(text))
    spans: list[tuple[int, int]] = []
    run: list[re.Match] = []
    for entry in [*entries, None]:
        if entry is not None and run and _BETWEEN_ENTRIES.fullmatch(text, run[-1].end(), entry.start()):
            run.append(entry)
            continue
        if len(run) > 1 and any(each.group("who") == "[NAME]" for each in run):
            for each in run:
                letters = each.group("who").replace(".", "")
                if (
                    _ONE_OF_THE_LIST.fullmatch(each.group("who"))
                    and letters not in _ROLES_PRESENT
                    and not _job_spelt_out(letters, each.group("job"))
                ):
                    spans.append(each.span("who"))
        run = [entry] if entry is not None else []
    return spans


def _letters_end(match: re.Match, group: str | int = 0) -> int:
    """Where initials end: a dot after "MQ" ends the sentence and stays outside; after "M.Q." it is theirs."""
    letters = match.group(group)
    return match.end(group) - (letters.endswith(".") and letters.count(".") == 1)


def _job_spelt_out(letters: str, job: str) -> bool:
    """ "SW (Social Worker)", "Health Visitor (HV)": the letters are the job's own, not a person's."""
    return letters.replace(".", "").upper() == "".join(word[0] for word in job.split()).upper()


def replace_person_initials(text: str, r: Replacer) -> str:
    if not _TWO_CAPITALS.search(text):
        return text
    people: set[str] = set()

    def replace(match: re.Match) -> str:
        group = next(
            name for name in ("name", "acting", "owner", "after", "before") if match.groupdict().get(name)
        )
        letters = match.group(group)
        if not _initials_of_a_person(letters):
            return match.group(0)
        people.add(letters.rstrip("."))
        return _put(match, group, "NAME", r, end=_letters_end(match, group))  # "submitted by [NAME]."

    def replace_told_or_owners(match: re.Match) -> str:
        if match.group("name"):
            return replace(match)
        owners = match.group("owners")
        letters = re.findall(_LETTERS, owners)
        if not all(_initials_of_a_person(each) for each in letters):
            return match.group(0)  # "(YOT/SW)": roles
        people.update(each.rstrip(".") for each in letters)
        r.found["NAME"] += len(letters)
        start = match.start("owners") - match.start()
        return match.group(0)[:start] + re.sub(_LETTERS, "[NAME]", owners) + ")"

    def replace_beside_job(match: re.Match) -> str:
        group = "before" if match.group("before") else "after"
        if _job_spelt_out(match.group(group), match.group("job") or match.group("job_first")):
            return match.group(0)
        return replace(match)

    # Both patterns tried only where they can begin: at two capitals, or at a cue of one or two words
    # before them ("Student HM", "spoke with KM"); the owners of an action only where one is named.
    starts = _initials_starts(text)
    before = text
    text = r.apply(AtStarts(_PERSON_INITIALS, starts), replace, text)
    if text is not before:
        starts = _initials_starts(text)  # names put in moved the text
    told = _INITIALS_TOLD if _may_name_owners(text) else AtStarts(_INITIALS_TOLD, starts)
    text = r.apply(told, replace_told_or_owners, text)
    if "(" in text:
        # Tried only at a cue before " (" and at two capitals together, where its matches can begin.
        # (three words before " (": a job of up to three words, "Family Support Worker (FN)")
        starts = _starts_before(text, " (", 3) + [m.start() for m in _TWO_CAPITALS_AT.finditer(text)]
        before = text
        text = r.apply(AtStarts(_BRACKETED_INITIALS, starts), replace, text)
        if text is not before:
            starts = _starts_before(text, " (", 3) + [m.start() for m in _TWO_CAPITALS_AT.finditer(text)]
        text = r.apply(AtStarts(_INITIALS_AND_JOB, starts), replace_beside_job, text)
        if "[NAME]" in text:
            spans = _initials_listed_with_people(text)
            people.update(text[start:end].rstrip(".") for start, end in spans)
            text = r.replace_spans(text, spans, "NAME")
    if "\n" in text:
        text = r.apply(_INITIALS_DASH_JOB, replace, text)
    lists = [(match, False) for match in _LISTED_INITIALS.finditer(text)] if ":" in text else []
    if "(" in text:
        lists += [(match, False) for match in _STAFF_IN_BRACKETS.finditer(text)]
    lists += [(match, True) for match in _CHILDREN_INITIALS.finditer(text)]
    listed = set()
    for match, children in lists:
        for item in _ONE_OF_THE_LIST.finditer(text, match.start("list"), match.end("list")):
            letters = item.group(0)
            # not "DSL", "YOT": who they are, not their initials; after "children" any letters but a word
            # are theirs ("children TM and JM", not "THE CHILDREN ARE SAFE")
            bare = letters.replace(".", "")
            if (
                not is_dictionary_word(bare.lower()) and bare not in _CAPITAL_WORDS
                if children
                else _initials_of_a_person(letters)
            ):
                people.add(letters.rstrip("."))
                listed.add((item.start(), _letters_end(item)))
    text = r.replace_spans(text, sorted(listed), "NAME")
    if people:
        # The same initials again in the text are the same person: "YP (KM) ... KM later told the nurse".
        # A dot after dotted initials is theirs ("J.T."); after "KM" it ends the sentence and stays.
        forms = [re.escape(p) + (r"\.?" if "." in p else "") for p in sorted(people, key=len, reverse=True)]
        again = re.compile(r"(?<![\w.&/’'\[-])(?:" + "|".join(forms) + r")(?![\w&/’'-]|\.\w)")
        text = r.sub(again, "NAME", text)
    return text


# Jobs the partnership writes by their letters, as a person's initials might be.
_JOB_LETTERS = _words(
    "SW GP HV TM HT YW KW FSW CSW ESW EP OT PA PO TA SN DT DI DHT CPN PSO WPC IRO ILO DLO DSO EWO YO RO"
)
# Two or three capitals standing as a word, with or without dots ("BS", "B.S."), or before a possessive
# ("BS's new address"); and letters in brackets straight after a name ("Bethany Shaw (BS)").
_STANDING_INITIALS = re.compile(r"(?<![\w.&/’'\[-])[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?(?![\w&/-]|['’](?!s\b)|\.\w)")
_BRACKETED_LETTERS = re.compile(r" ?\(([A-Z]{2,3})\)")
# A full name found: two or three capitalised words ("Bethany Shaw", "Rob Ainsworth", "Mary-Jo O'Neill").
_FULL_NAME = re.compile(rf"{_CAP}{_BODY}*(?: {_CAP}{_BODY}*){{1,2}}")


def replace_initials_of_named_people(text: str, r: Replacer, *, original: str) -> str:
    """The initials of someone the text names in full are that person: minutes write the name once and
    the initials after it ("Present: Rob Ainsworth (Learning Mentor) ... RA to arrange", "Victim: Bethany
    Shaw (BS) ... outside BS's new address"). Letters that are also one of the partnership's acronyms
    ("RA", a risk assessment) are the person only in brackets straight after the name, or where initials
    act (``_PERSON_INITIALS``: "RA to arrange", "RA's mum")."""
    # the letters in the text first (most texts have none), then whose they may be
    candidates = list(_STANDING_INITIALS.finditer(text))
    if not candidates:
        return text
    named: set[str] = set()
    defined: set[str] = set()
    for start, end, kind in r.spans():
        if kind != "NAME" or not _FULL_NAME.fullmatch(original, start, end):
            continue
        letters = "".join(word[0] for word in original[start:end].split())
        named.add(letters)
        bracket = _BRACKETED_LETTERS.match(original, end)
        if bracket is not None and bracket.group(1) == letters:
            defined.add(letters)
    named -= _CAPITAL_WORDS
    spans = []
    for match in candidates:
        letters = match.group(0).replace(".", "")
        if letters not in named:
            continue
        if letters in _JOB_LETTERS and letters not in defined:
            continue  # "Social worker Sarah Walker ... SW to review": her job, as minutes write it
        if letters in ACRONYMS and letters not in defined:
            acting = _PERSON_INITIALS.match(text, match.start())
            if acting is None or not (acting.group("acting") or acting.group("owner")):
                continue
        spans.append((match.start(), _letters_end(match)))
    return r.replace_spans(text, spans, "NAME")


# A conversation written out, a line for each thing said after who said it: "Gill: has anyone got a number?",
# "[19:02] Ola: he changes sims". An optional time before the speaker.
_SPEAKER_LINE = re.compile(
    rf"(?m)^[ \t]*(?:\[?\d{{1,2}}[:.]\d{{2}}\]?[ \t]+)?(?P<name>{_CAP}{_BODY}+)[ \t]*:[ \t]+(?=\S)"
)


def replace_chat_speakers(text: str, r: Replacer) -> str:
    """The speakers of a conversation written out line by line, when two or more of them go by first names:
    one such label may be a form's field ("Grace: ..."); two voices taking turns are people talking."""
    lines = [match for match in _SPEAKER_LINE.finditer(text) if is_first_name(match.group("name").lower())]
    if len({match.group("name") for match in lines}) < 2:
        return text
    return r.replace_spans(text, [match.span("name") for match in lines], "NAME")


# A word that begins a name but names nobody on its own ("Big Mal", "Lil K"), and months, which are also
# dates ("Summer and June ... on 12 June").
_NOT_A_NAME_ALONE = _words(
    """big lil little young old baby january february march april may june july august september october
    november december"""
)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def replace_names_again(text: str, r: Replacer, *, original: str) -> str:
    """A name the text has given, written again: each mention is the same person ("Meeting with Caoimhín's
    Head of Year ... Caoimhín told his teacher"). Every other step reads a name where the words around it say
    so; the same word elsewhere in the text may have no such words around it.

    Only words that name someone wherever they stand are repeated: a listed name or a word that is no
    everyday word, written as the text wrote it ("Grace" but not "grace"; "KYLE" in capitals only when it is
    no word as well), never the verb of "Will you ...?"."""
    named: set[str] = set()
    for start, end, kind in r.spans():
        if kind == "NAME":
            named.update(_NAME_WORD.findall(original[start:end]))
    # Most texts name someone once: only a word written more than once is looked for again.
    named = {word for word in named if original.count(word) > 1 and _names_someone_alone(word)}
    if not named:
        return text
    alternatives = "|".join(re.escape(word) for word in sorted(named, key=len, reverse=True))
    again = re.compile(rf"(?<![\w'’\[-])(?:{alternatives})(?![\w-])")
    spans = []
    things = _Lazy(_things_in, text)
    for match in again.finditer(text):
        start, end = match.span()
        following = _NAME_WORD.search(text, end, end + 20)
        if is_verb_before_pronoun(match.group().lower(), following.group().lower() if following else ""):
            continue  # "Will you ...?"
        if place_or_thing_before(text, start):
            continue  # "Lincoln Adeyemi ... travelled to Lincoln", "Sky ... has a Sky box"
        if following and following.start() == end + 1 and _names_a_place(following.group()):
            continue  # "Barry Hughes ... to Barry Island"
        if overlaps(things(), start, end):
            continue  # "Marcus Rashford", "the Victoria line": a public figure, a place
        spans.append((start, end))
    return r.replace_spans(text, spans, "NAME")


def _names_a_place(word: str) -> bool:
    """A capitalised everyday word that is no name, which makes the word before it part of a place's or a
    thing's name ("Barry Island", "Sky Sports", "Victoria Park")."""
    return word[:1].isupper() and is_everyday_word(word) and not is_listed_name(word)


def _names_someone_alone(word: str) -> bool:
    lower = word.lower()
    if len(word) < 3 or lower in _NOT_A_NAME_ALONE:
        return False
    if word.isupper():  # shouted: a listed name that is no word ("KYLE", not "WILL"); never initials
        return is_listed_name(word) and not is_everyday_word(word)
    if word[0].isupper():
        return is_listed_name(word) or not is_everyday_word(word)
    return not is_everyday_word(word)  # "kacper", not "will" or "precious"


# A person named just before their date of birth: "Kareem (dob 8/1/11)", "Lukas dob 02/02/2010", "Maya, born".
_BEFORE_BIRTH_DATE = re.compile(
    rf"(?<![\w'’\[-])(?P<name>{_CAP}{_BODY}+?(?: {_CAP}{_BODY}+?)?|[a-z]{{2,}}?)(?:['’]s)?"
    r"(?=,?\s*\(?\s*(?i:d\.?o\.?b\b|date of birth\b|born\b))"
)
# A person named just before a date in brackets or their age: "Kai (2010-05-19) said", "– Ruby, age 9".
_BEFORE_DATE_OR_AGE = re.compile(
    rf"(?<![\w'’\[-])(?P<name>{_CAP}{_BODY}+?(?: {_CAP}{_BODY}+?)?)"
    r"(?= \((?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))\)|, aged? \d{1,2}\b)"
)
# Who someone is, written beside a name: a role or agency in brackets after a full name or an initial and
# surname ("Naveed Shah (Chair)", "H. Lim (Education)", "Inès Laurent (Youth Worker)").
_ROLE_IN_BRACKETS = (
    r"\((?i:chair|vice[- ]chair|minutes|youth worker|social worker|sw|iro|police|education|health|housing"
    r"|camhs|yot|yjs|school|school nurse|nurse|dsl|early help|children's services|social care|probation|gp"
    r"|careers|teacher|head of year|pcso|dc|ds|pc|family support worker|fsw|key worker|lead|safeguarding lead"
    r"|designated safeguarding lead|missing coordinator|cse coordinator|voluntary sector|youth justice)\)"
)
_NAMED_WITH_ROLE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[A-Z]\. ?)?{_CAP}{_BODY}+(?: {_CAP}{_BODY}+)?)(?= {_ROLE_IN_BRACKETS})"
)
# A relation or an alias in brackets after a name: "Mark (Mum's ex-partner)", "Lewis Garner (aka Gaz)".
_RELATIONS = (
    r"partner|boyfriend|girlfriend|husband|wife|father|mother|dad|mum|uncle|aunt|auntie|aunty|brother|sister"
    r"|cousin|grandfather|grandmother|grandad|nan|friend|associate|carer|stepdad|stepmum|stepfather|stepmother"
)
_RELATION_IN_BRACKETS = (
    rf"\((?i:(?:(?:her|his|their|the|[a-z]+['’]s) )?(?:ex-|step-?|former |older |younger )?(?:{_RELATIONS})"
    r"|aka|a\.k\.a)"
)
_NAMED_WITH_RELATION = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[A-Z]\. ?)?{_CAP}{_BODY}+(?: {_CAP}{_BODY}+)?)(?= {_RELATION_IN_BRACKETS})"
)
# A name set off by commas after the relation it is: "Mum's partner, Lee, is not to have contact".
_NAMED_AFTER_RELATION = re.compile(rf"\b(?i:{_RELATIONS}), (?P<name>{_CAP}{_BODY}+(?: {_CAP}{_BODY}+)?)(?=,)")


def _starts_before(text: str, mark: str, count: int) -> list[int]:
    """Where a pattern whose cue ends straight before ``mark`` can begin: in the ``count`` words before each
    ``mark`` in ``text`` (a cue of one or two words before ", " or " ("). For ``AtStarts``: scanning the
    case-blind alternation of cue words at every position cost more than the rest of the rule."""
    starts: list[int] = []
    found = text.find(mark)
    while found >= 0:
        starts += word_starts_before(text, found, count)
        found = text.find(mark, found + 1)
    return starts


# An initial and a surname no dictionary has and English rarely uses: "Minutes taken by J. Whitfield".
_INITIAL_AND_SURNAME = re.compile(
    rf"(?<![\w.’'-])(?P<name>[A-Z]\. ?{_CAP}{_BODY}+(?:-{_CAP}{_BODY}+)?)\b(?!['’-])"
)
# An initial and a surname signing off a message, the dot left out: "Regards, M Pearson".
_SIGNED_INITIAL_AND_SURNAME = re.compile(
    r"\b(?i:regards|thanks|thank you|cheers|best wishes|sincerely)[,.!]?\s+"
    rf"(?P<name>[A-Z] {_CAP}{_BODY}+(?:-{_CAP}{_BODY}+)?)[\s.!]*$"
)
# A first name from someone's team or agency: "Mark from Housing will attend", "Jo from the YOT".
_FROM_AN_AGENCY = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP}{_BODY}+)(?= from (?:the )?(?:Housing|Police|Education|Health|CAMHS|YOT|YJS"
    r"|Children's Services|Social Care|Early Help|Youth Services|Youth Justice|Probation|Barnardo's|NSPCC"
    r"|[Ss]chool|[Cc]ollege|[Cc]ouncil)\b)"
)


_CAPITAL_DOT = re.compile(r"[A-Z]\.")


def _initials_with_a_dot(text: str) -> list[int]:
    """Where ``_INITIAL_AND_SURNAME`` and ``_INITIAL_BEFORE_NAME`` can begin: at a capital and a full stop
    (the patterns look behind first, which ``re`` would try at every position)."""
    return [initial.start() for initial in _CAPITAL_DOT.finditer(text)]


# An initial before a name found is part of it: "K. [NAME] (CAMHS)", "Present: A. [NAME], D. [NAME]".
_INITIAL_BEFORE_NAME = re.compile(r"(?<![\w.’'-])[A-Z]\. ?\[NAME\]")


def replace_people_by_their_details(text: str, r: Replacer) -> str:
    """People found by what is written beside them: a date of birth, a role in brackets, their agency."""
    things = _Lazy(_things_in, text)

    def replace(match: re.Match) -> str:
        name = match.group("name")
        initial, _, bare = name.rpartition(". ")
        first = bare.split()[0]
        # A first name from the lists, or a surname after an initial ("H. Lim"): not "Health (DSL)",
        # "Recorded DOB", "Youth Justice (YJS)".
        if not initial and not is_first_name_ignoring_accents(first.lower()):
            return match.group(0)
        if not _is_name(bare):
            return match.group(0)
        if overlaps(things(), match.start("name"), match.end("name")):
            return match.group(0)
        return _put(match, "name", "NAME", r)

    def signed_initial_and_surname(match: re.Match) -> str:
        # signing off, a listed surname is one even where it is a word too ("M Pearson"; not "B Safe")
        surname = match.group("name").split()[1]
        if not is_listed_name(surname) or is_dictionary_word(surname):
            return initial_and_surname(match)
        return _put(match, "name", "NAME", r)

    def initial_and_surname(match: re.Match) -> str:
        surname = re.split(r"[. ]", match.group("name"), maxsplit=1)[1].strip()
        if (
            is_everyday_word(surname)
            or not _is_name(surname)
            or overlaps(things(), match.start(), match.end())
        ):
            return match.group(0)
        return _put(match, "name", "NAME", r)

    lowered = text.lower()
    if "dob" in lowered or "d.o.b" in lowered or "born" in lowered or "date of birth" in lowered:
        text = r.apply(_BEFORE_BIRTH_DATE, replace, text)
    if "(" in text or ", age" in text:
        text = r.apply(_BEFORE_DATE_OR_AGE, replace, text)
    if "(" in text:
        text = r.apply(_NAMED_WITH_ROLE, replace, text)
        text = r.apply(_NAMED_WITH_RELATION, replace, text)
    if ", " in text:
        text = r.apply(AtStarts(_NAMED_AFTER_RELATION, _starts_before(text, ", ", 1)), replace, text)
    if "." in text:
        text = r.apply(AtStarts(_INITIAL_AND_SURNAME, _initials_with_a_dot(text)), initial_and_surname, text)
    text = r.apply(_SIGNED_INITIAL_AND_SURNAME, signed_initial_and_surname, text)
    if " from " in text:
        text = r.apply(_FROM_AN_AGENCY, replace, text)
    if ". [NAME]" in text:
        text = r.sub(AtStarts(_INITIAL_BEFORE_NAME, _initials_with_a_dot(text)), "NAME", text)
    return text


def replace_title_names(text: str, r: Replacer) -> str:
    things = _Lazy(_things_in, text)

    def replace(match: re.Match) -> str:
        title, named = match.group(0).split()[:2]
        # "with the PCSO. The address", "PCSO. Apologies: GP": a rank in capitals with a full stop ends
        # a sentence; "Mr." and "Dr." keep theirs
        if title.endswith(".") and (
            named.lower() in NOT_NAMES or is_function_word(named) or title[:-1].isupper()
        ):
            return match.group(0)
        if overlaps(things(), match.start(), match.end()):
            listed_whole = any(start <= match.start() < end for start, end in things())
            if listed_whole or not is_listed_name(named):
                return match.group(0)  # "Dr Martens boots", "Mr Whippy van"; not "Mr Jones van"
        r.found["NAME"] += 1
        return "[NAME]"

    return r.apply(_TITLE_NAME, replace, text)


def replace_context_names(text: str, r: Replacer) -> str:
    things = _Lazy(_things_in, text)

    def replace(match: re.Match) -> str:
        name = match.group("name")
        words = name.split()
        # "my friend Jay Smith" but not "my friend Jay Said": keep only capitalised surnames.
        if not _is_name(words[0]):
            return match.group(0)
        if len(words) == 2 and (words[1].lower() in NOT_NAMES or not words[1][0].isupper()):
            name_part = words[0]
            tail = match.group(0)[len(match.group("lead")) + len(words[0]) :]
        else:
            name_part = name
            tail = ""
        if (
            len(name_part) > 1
            and name_part.isupper()
            and not match.group("strong")
            and match.group("lead").isupper()
            and not is_listed_name(name_part.split()[0])
        ):
            return match.group(0)  # "CALL ME ASAP": in shouted text, a name only if the lists have it
        # A lower-case word after "my friend" is usually not a name ("my friend said"), unless we know it;
        # after "my name is" it is one.
        if (
            not name_part[0].isupper()
            and not match.group("strong")
            and name_part.lower() not in first_names()
        ):
            return match.group(0)
        start = match.start("name")
        if "line" in match.string and any(named == start for named, _ in line_names(match.string)):
            return match.group(0)  # "the line is called Snowy"
        # Last, as the dearest: a brand or place named like a person ("my friend Ted Baker" is not one).
        if overlaps(things(), start, match.end("name")):
            return match.group(0)
        r.found["NAME"] += 1
        return match.group("lead") + "[NAME]" + tail

    lowered, found, present = _lower_words(text)
    if present.isdisjoint(_CONTEXT_WORDS):
        return text  # no cue word at all: the pattern cannot match (most answers), so skip it
    if _same_places_in_lower_case(text, lowered):
        return r.apply(AtStarts(_NAME_CONTEXT, _context_starts(found)), replace, text)
    return r.apply(_NAME_CONTEXT, replace, text)


# Every cue of ``_NAME_CONTEXT`` and ``_ACTOR_NAME`` holds one of these words (in any case): without one,
# those patterns cannot match and are not run.
_LOWER_WORD = re.compile(r"[a-z]+")


def _lower_words(text: str) -> tuple[str, tuple[tuple[int, str], ...], frozenset[str]]:
    """``text`` in lower case, each run of ASCII letters in it with where it starts, and the set of them:
    one split shared by the cue rules, which ask about the same text one after another."""
    # Remember the last text only (never more than one, so nothing is kept beyond the current one).
    global _last_words
    last = _last_words  # one tuple, read and replaced whole: safe when threads share the module
    if last[0] == text:
        return last[1]
    lowered = text.lower()
    found = tuple((m.start(), m.group(0)) for m in _LOWER_WORD.finditer(lowered))
    answer = (lowered, found, frozenset(_LOWER_WORD.findall(lowered)))  # (a second scan in C: quicker)
    _last_words = (text, answer)
    return answer


_last_words: tuple = (None, None)
_CONTEXT_WORDS = _words(
    """name names called call calls named known goes friend mate bestie bf gf boyfriend girlfriend brother
    sister cousin uncle auntie aunt neighbour worker teacher carer"""
)
# Letters that ``re`` matches, ignoring case, with an ASCII letter they do not lower-case to.
_OTHER_CASE_FOLDS = ("ſ", "\u212a", "ı", "İ")


def _same_places_in_lower_case(text: str, lowered: str) -> bool:
    """Does ``lowered`` (``text.lower()``) keep every letter in its place, and match a case-blind
    pattern's ASCII words exactly where ``text`` does? Then the cue words can be looked for in it."""
    return len(lowered) == len(text) and (text.isascii() or not any(c in text for c in _OTHER_CASE_FOLDS))


# The first word of every cue of ``_NAME_CONTEXT``: a match can begin only at one of them.
_CONTEXT_FIRST_WORDS = _words(
    """my name names his her their real i im goes by call calls called named known a boy girl man guy lad
    woman older"""
)


def _context_starts(found: tuple[tuple[int, str], ...]) -> list[int]:
    """Where ``_NAME_CONTEXT`` can begin, given the lower-case words of the text (``_lower_words``): at the
    first word of one of its cues."""
    return [start for start, word in found if word in _CONTEXT_FIRST_WORDS]


def _partner_starts(text: str) -> list[int]:
    """Where ``_NAME_PARTNER`` can begin: in the two words before a "[NAME]", or straight after one."""
    starts = []
    for placeholder in _NAME_PLACEHOLDER.finditer(text):
        starts += word_starts_before(text, placeholder.start(), 2)
        starts.append(placeholder.end())
    return starts


# The words after a name in ``_ACTOR_NAME`` ("Levi told"), and in ``_LOWER_ACTOR_NAME``.
_ACTOR_VERBS = _words(
    """told tells said says messaged texted gave gives picked asked made makes took takes kept keeps sent
    offered threatened wanted got and"""
)
_LOWER_ACTOR_VERBS = _ACTOR_VERBS - {"got", "and"}
_ACTOR_CUES = _words(_TALKED_WITH + " " + _TOLD) | {"me", "us"}
_ACTOR_WORDS = frozenset(
    _words(_TALKED_WITH + " " + _TOLD)
    | _words(
        """me us told tells said says messaged texted gave gives picked asked made makes took takes kept keeps
        sent offered threatened wanted"""
    )
)


# Someone from a group the young person belongs to: "Jun from my class", "summer from my class", "Kyle
# from year 9". Before such a group a capitalised word is a person; a word in lower case is one when it is
# a first name in the lists ("girls from my class", "someone from our school" are not).
_FROM_A_GROUP = re.compile(
    r"(?<![\w'’-])(?P<whole>(?:(?P<first>[A-Z][\w'’-]*) )?(?P<name>[^\W\d_][\w'’-]*))"
    r"(?= from (?:(?:my|our|his|her|their|the) (?:class|form|year|"
    r"school|tutor group|estate|street|road|block|team|club|youth club|group|unit|home|church|mosque|gym)\b"
    r"|year \d{1,2}\b|yr \d{1,2}\b))"
)


def replace_group_members(text: str, r: Replacer) -> str:
    if " from " not in text:
        return text

    def replace(match: re.Match) -> str:
        name = match.group("name")
        lower = name.lower()
        if lower in NOT_NAMES or lower in _NOT_ACTORS or is_word_not_first_name(name):
            return match.group(0)  # "Boys from my class", "Everyone from our school"
        if not name[0].isupper() and not is_first_name(lower):
            return match.group(0)
        if name[0].isupper() and name.isupper() and len(name) > 1:
            return match.group(0)  # an acronym: "PCSO from the team"
        first = match.group("first")
        surname = first and name[0].isupper() and first.lower() not in NOT_NAMES
        # a first name and a surname ("Thi Huong from my class") go together; "Then Jun" keeps "Then"
        group = "whole" if surname and not is_word_not_first_name(first) else "name"
        return _put(match, group, "NAME", r)

    return r.apply(_FROM_A_GROUP, replace, text)


def replace_actor_names(text: str, r: Replacer) -> str:
    if _lower_words(text)[2].isdisjoint(_ACTOR_WORDS):
        return text  # no cue word at all: neither pattern can match, so skip them
    not_names = _not_names()
    things = _Lazy(_things_in, text)

    def replace(match: re.Match) -> str:
        group = next(g for g in ("with", "actor", "object") if match.group(g))
        name = match.group(group)
        base = name[:-2] if name[-2:] in ("'s", "’s") else name
        # The cheap reasons first: the brands and places in the text are looked for only if none holds.
        if (
            any(
                word in NOT_NAMES or word in _NOT_ACTORS or word in not_names
                for word in (name.lower(), base.lower())
            )
            or is_word_not_first_name(base)
            or place_or_thing_before(match.string, match.start(group))
            or overlaps(things(), *match.span(group))
        ):
            return match.group(0)
        r.found["NAME"] += 1
        start, end = match.start(group), match.start(group) + len(base)
        if group == "actor" and match.group("surname"):
            end = match.end("surname")
        offset = match.start()
        whole = match.group(0)
        return whole[: start - offset] + "[NAME]" + whole[end - offset :]

    names = first_names()

    def replace_lower(match: re.Match) -> str:
        group = "with" if match.group("with") else "actor"
        if match.group(group) not in names:
            return match.group(0)
        return _put(match, group, "NAME", r)

    if len(text.lower()) != len(text):
        return r.apply(_LOWER_ACTOR_NAME, replace_lower, r.apply(_ACTOR_NAME, replace, text))
    # Tried only where a match can begin: at "me"/"us" or a cue word, or in the word or two before a verb.
    # (Both lists of starts read in one pass over the words; the second read again if a name was put in.)
    starts, lower_starts = _both_actor_starts(text)
    before = text
    text = r.apply(AtStarts(_ACTOR_NAME, starts), replace, text)
    if text is not before:
        lower_starts = _actor_starts(text, _LOWER_ACTOR_VERBS, 1)
    return r.apply(AtStarts(_LOWER_ACTOR_NAME, lower_starts), replace_lower, text)


def _both_actor_starts(text: str) -> tuple[list[int], list[int]]:
    """``_actor_starts`` for ``_ACTOR_NAME`` and for ``_LOWER_ACTOR_NAME`` at once."""
    starts, lower_starts = [], []
    for start, word in _lower_words(text)[1]:
        if word in _ACTOR_CUES:
            starts.append(start)
            lower_starts.append(start)
        if word in _ACTOR_VERBS:
            starts += word_starts_before(text, start, 2)
            if word in _LOWER_ACTOR_VERBS:
                lower_starts += word_starts_before(text, start, 1)
    return starts, lower_starts


def _actor_starts(text: str, verbs: frozenset[str], before: int) -> list[int]:
    """Where ``_ACTOR_NAME`` (``before`` = 2: a name and a surname) or ``_LOWER_ACTOR_NAME`` (1) can begin
    in ``text`` (whose lower case keeps every letter in its place): at a cue word, and at each word of the
    ``before`` words before a verb."""
    starts = []
    for start, word in _lower_words(text)[1]:
        if word in _ACTOR_CUES:
            starts.append(start)
        if word in verbs:
            starts += word_starts_before(text, start, before)
    return starts


def replace_name_partners(text: str, r: Replacer) -> str:
    not_names = _not_names()
    things = _Lazy(_things_in, text)

    def replace(match: re.Match) -> str:
        group = next(name for name in ("before", "after", "listed", "after_an") if match.group(name))
        word = match.group(group).split()[0].lower()
        if group == "after_an" and (not is_first_name(word) or is_dictionary_word(word)):
            return match.group(0)
        # a first name we know and a surname, in a list of people: "Paddy Ward" is a person, not a ward
        known_person = group == "listed" and " " in match.group(group) and is_first_name(word)
        if not known_person and overlaps(things(), *match.span(group)):
            return match.group(0)
        if word in NOT_NAMES or word in _NOT_ACTORS or word in not_names:
            return match.group(0)
        return _put(match, group, "NAME", r)

    return r.apply(AtStarts(_NAME_PARTNER, _partner_starts(text)), replace, text)


# A lower-case word joined to a name found, in a young person's words: "bradz n [NAME] got me into it",
# "[NAME] and kez". Only a word that no dictionary has and that is not text-speak for people ("[NAME] n
# ppl", "[NAME] n the mandem"), or a first name that is no word.
# The pair must be who does something: opening a clause, or followed by what they did ("on telly and [NAME]
# is" is left).
_PAIR_DID = (
    r"(?:got|get|gets|took|take|takes|was|were|are|said|says|came|come|went|go|rob|robbed|made|make|makes|gave"
    r"|give|told|tell|had|have|kept|keep|started|picked|drove|sent|send|used|use|asked|ask|from my"
    r"|from school)"
)
_LOWER_PARTNER = re.compile(
    r"(?:^|(?<=[.,!?;:] ))(?P<before>[a-z]{2,12})\s+(?:and|n|an|&|\+)\s+(?=\[NAME\])"
    rf"|(?<=\[NAME\])\s+(?:and|n|an|&|\+)\s+(?P<after>[a-z]{{2,12}})(?= {_PAIR_DID}\b)"
)
_PEOPLE_IN_TEXT_SPEAK = _words(
    """ppl cuz coz cos mandem gyaldem dem co hun m8 m8s blud bredren bf gf bff bffs bezzie bestie besties sis
    bruh bro bros fam fams peeps ur u ya yh tho lol idk ngl tbh innit wiv wid mums dads nans etc ect
    hes shes theyre im ive id ill youre dont cant wont didnt wasnt isnt aint thats whats theres wheres wen wer
    wot wat cus bc gonna wanna gotta dunno sum summat sumthin nuffin nothin thru kno knw tryna finna abt bout
    dat dis den da nd nah yeh ye ok okay pls plz cba ffs omg smh rn atm asap imo irl jk fr"""
)


def replace_lower_case_partners(text: str, r: Replacer) -> str:
    if "[NAME]" not in text:
        return text
    not_names = all_not_names()

    def replace(match: re.Match) -> str:
        group = "before" if match.group("before") else "after"
        word = match.group(group)
        if word in _PEOPLE_IN_TEXT_SPEAK or word in not_names or word in _WHO_SOMEONE_IS:
            return match.group(0)
        if is_dictionary_word(word) and not is_word_name_partner(word):
            return match.group(0)
        return _put(match, group, "NAME", r)

    # Tried only where it can begin: in the two words before a "[NAME]", or straight after one.
    return r.apply(AtStarts(_LOWER_PARTNER, _partner_starts(text)), replace, text)


_NAME_PLACEHOLDER = re.compile(r"\[NAME\]")


_SURNAME_AFTER_NAME = re.compile(
    # not "[NAME] Re:", and not the first word of the next line ("Keyworker: [NAME]\nNext review")
    rf"\[NAME\](?:\s+\[NAME\]|[^\S\n]+(?<!['’-])(?P<surname>{_CAP}{_BODY}+)(?![\w:]))+"
)


def absorb_surnames(text: str, r: Replacer) -> str:
    """ "[NAME] Smith" and "[NAME] [NAME]" are one person: keep one placeholder, drop the surname."""

    def replace(match: re.Match) -> str:
        words = match.group(0).split()
        keep = ["[NAME]"]
        r.found["NAME"] -= words.count("[NAME]") - 1
        for word in words[1:]:
            if word != "[NAME]" and word.lower() in NOT_NAMES:
                keep.append(word)
        return " ".join(keep)

    return r.apply(_SURNAME_AFTER_NAME, replace, text)


# A first name that is also a word, straight before a surname read as a name: "June [NAME]" was "June
# Okafor", "Summer [NAME]" "Summer Lightfoot". Not a date ("16 April [NAME]"), a word after a place word ("in
# May [NAME] came"), a modal ("Will [NAME] come?"), who someone is ("Sister [NAME]", "Nana [NAME]") or a verb.
_FIRST_BEFORE_NAME = re.compile(rf"(?<![\w'’\[-])(?P<first>{_CAP}{_BODY}+) \[NAME\]")
_NOT_A_FIRST_NAME_HERE = _words(
    """will can may shall must might could would should said says told asked sister brother friend nan nana
    nanna gran granny grandma grandad auntie aunty aunt uncle cousin mum mam dad sis bro mother father"""
)


def absorb_first_names(text: str, r: Replacer) -> str:
    not_people = _Lazy(_things_in, text)

    def absorb(match: re.Match) -> str:
        lower = match.group("first").lower()
        if (
            not is_first_name(lower)
            or lower in _NOT_A_FIRST_NAME_HERE
            or place_or_thing_before(text, match.start())
            or overlaps(not_people(), *match.span("first"))
        ):
            return match.group(0)
        return "[NAME]"

    return r.apply(_FIRST_BEFORE_NAME, absorb, text)


# Names in quotes after a word that says a name follows: "using the name 'Bear'", "aliases: 'Smoke',
# 'Lil S'", "known as \"Ghost\"". Every quoted item of the list is a name (a nickname is as identifying).
_ALIAS_CUE = re.compile(
    r"\b(?:(?:the|a|his|her|their|street|real|fake|other)\s+names?|nick\s?names?|alias(?:es)?|a\.?k\.?a\.?|"
    r"known\s+(?:only\s+|simply\s+|just\s+|locally\s+|on\s+the\s+streets?\s+|round\s+here\s+)?as|goes\s+by|go\s+by|calls?\s+(?:himself|herself|themselves)"
    r"|also\s+called|saved\s+(?:as|under)"
    # "she knows only as 'Snowy'", "he names the attacker only as 'Lightning'", "a man she knows as 'Ace'",
    # "referred to him as 'Fish'"
    r"|(?:knows?|knew|names?|named|refers?\s+to|referred\s+to)(?:\s+(?:him|her|them|the\s+\w+))?\s+"
    r"(?:(?:only|simply|just)\s+)?as"
    # "they call the guy who runs it 'King'", "they call him 'Tank'"
    r"|(?:call|calls|called)\s+(?:him|her|them|(?:the|this|that)\s+(?:guy|man|lad|boy|girl|woman|male|female)"
    r"(?:\s+who\s+\w+\s+(?:it|them|things|the\s+\w+))?)"
    # "an older lad, 'Stretch', on Instagram"
    r"|(?:lad|man|guy|boy|girl|male|female|woman|bloke|youth),)"
    r"(?:\s+(?:list|used|given|is|are|was|were|of|include|includes|like))*\s*[:\-–]?\s*(?=[\"'“‘])",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"'“‘](?P<name>[^\W\d_][^\"“”‘’\n,;]{0,30}?)[\"'”’](?!\w)")
_BETWEEN_QUOTED = re.compile(r"\s*(?:,|and|or|&|/)?\s*")
_ALIAS_HINT = re.compile(r"[\"'“‘]")


# Every cue of ``_ALIAS_CUE`` holds one of these (in lower case).
_ALIAS_WORDS = (
    *("name", "alias", "aka", "a.k.a", "known", "go by", "goes by", "call", "saved"),
    *("knows", "knew", "refer"),
    *("lad,", "man,", "guy,", "boy,", "girl,", "male,", "woman,", "bloke,", "youth,"),
)


# A nickname in quotes in brackets straight after a person's name: "[NAME] ("Smudge")", as case notes give
# an alias.
_NICKNAME_AFTER_NAME = re.compile(r"\[NAME\]\s*\(\s*[\"“'‘](?P<name>[^\W_][^\"“”‘’\n()]{0,24}?)[\"”'’]\s*\)")


def replace_bracketed_nicknames(text: str, r: Replacer) -> str:
    if "[NAME]" not in text or "(" not in text:
        return text

    def replace(match: re.Match) -> str:
        if match.group("name").lower() in NOT_NAMES:
            return match.group(0)
        return _put(match, "name", "NAME", r)

    return r.apply(_NICKNAME_AFTER_NAME, replace, text)


# A street name in quotes before the real one: "'Mouse' (real name [NAME]) attended".
_QUOTED_BEFORE_REAL_NAME = re.compile(
    r"(?<!\w)[\"'“‘](?P<name>[^\W\d_][^\"“”‘’\n,;()]{0,30}?)[\"'”’]\s*\(\s*(?i:real|full|actual|true|legal)\s+name"
)


def replace_quoted_aliases(text: str, r: Replacer) -> str:
    lower = text.lower()
    if not _ALIAS_HINT.search(text) or not any(word in lower for word in _ALIAS_WORDS):
        return text
    spans = [match.span("name") for match in _QUOTED_BEFORE_REAL_NAME.finditer(text)]
    for cue in _ALIAS_CUE.finditer(text):
        position = cue.end()
        while (quoted := _QUOTED.match(text, position)) is not None:
            name = quoted.group("name")
            # a contact's name, not "saved under 'settings'"; a lad's, not "the man, 'obviously', ..."
            capital_only = cue.group(0)[:5].lower() == "saved" or cue.group(0).rstrip()[-1:] == ","
            if (
                len(name.split()) <= 4
                and not name.startswith("[")
                and name.lower() not in NOT_NAMES
                # known as "Uncle": what he is called, no name; "Uncle Lee": the name is read later
                and name.lower().split()[0] not in _WHO_SOMEONE_IS
                and not name.lower().startswith("the ")  # a group's nickname: "the Wolfpack"
                and (name[0].isupper() or not capital_only)
            ):
                spans.append(quoted.span("name"))
            position = _BETWEEN_QUOTED.match(text, quoted.end()).end()
    return r.replace_spans(text, sorted(set(spans)), "NAME") if spans else text


# A street name in quotes, as case notes give one, where what stands around the quotes says it is someone's:
# the one who did something ('"Tank" and "Wiz" made him hold', '"Fat Man" pays him'), the one something came
# from ('the jobs from "Tall Man"'), or a contact on a phone ('contacts included "Chino" and "Snowy"').
_QUOTED_CAPITALS = re.compile(
    r"[\"“‘'](?P<name>(?:Lil |Big |Little )?[A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14})?)[\"”’'](?!\w)"
)
_QUOTED_DID = re.compile(
    r"\s*(?:and\s+[\"“‘'][^\"”’'\n]{1,30}[\"”’']\s+)?(?:said|says|told|tells|made|makes|pays|paid|gave|gives|"
    r"runs|ran|sells|sold|wants|wanted|asked|asks|threatened|threatens|sent|sends|picked|picks|drove|drives|"
    r"is\s+the\s+(?:one|person|man|boy|lad|guy)|was\s+the\s+(?:one|person|man|boy|lad|guy))\b"
)
_QUOTED_FROM = re.compile(
    r"(?:\b(?:from|by|off|met|meets?|contacts?|associates?|included|including|download:?|"
    # whom the child meets, and a line's name, which is its runner's: 'meets "Chops"', 'the line "Kilo"'
    # (not "about": 'a session about "Healthy Relationships"' is a topic)
    r"line)\s*:?\s*"
    r"(?:[\"“‘'][^\"”’'\n]{1,30}[\"”’']\s*(?:,|and|&)\s*)*)$",
    re.IGNORECASE,
)


def replace_quoted_actors(text: str, r: Replacer) -> str:
    if not _ALIAS_HINT.search(text):
        return text
    spans = []
    for quoted in _QUOTED_CAPITALS.finditer(text):
        name = quoted.group("name")
        if name.lower() in NOT_NAMES or name.lower() in _WHO_SOMEONE_IS:
            continue
        before = text[max(0, quoted.start() - 80) : quoted.start()]
        if _QUOTED_DID.match(text, quoted.end()) or _QUOTED_FROM.search(before):
            spans.append(quoted.span("name"))
    return r.replace_spans(text, spans, "NAME") if spans else text


# Two names said to be people together: "Autumn and Clover are my cousins", "Hope n Faith r sisters",
# "[NAME] and Summer (twins, aged 6)". Words that are also seasons or virtues are names here.
_KIN = (
    r"sisters|brothers|cousins|twins|friends|mates|besties|neighbours|daughters|sons|kids|children|"
    r"siblings|nieces|nephews|stepsisters|stepbrothers|half-sisters|half-brothers"
)
_PAIR_OR_PLACEHOLDER = rf"(?:\[NAME\]|(?<!['’-]){_CAP}{_BODY}+)"
_SAID_TO_BE_KIN = (
    rf"(?=\s+(?:are|r|were)\s+(?:both\s+|all\s+)?(?:(?:my|our|his|her|their|the|best)\s+)?"
    rf"(?:[a-z]+\s+)?(?:{_KIN})\b|\s*\(\s*(?:{_KIN})\b)"
)
_DESCRIBED_PAIR = re.compile(
    rf"\b(?P<a>{_PAIR_OR_PLACEHOLDER})\s+(?:and|n|&)\s+(?P<b>{_PAIR_OR_PLACEHOLDER}){_SAID_TO_BE_KIN}"
)
# What says the pair are kin, looked for first (most texts with a family word have none of these).
_PAIR_VERB = re.compile(r"\s(?:are|r|were)\s|\(")


def _lower_case_pair(side: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?P<a>{side})\s+(?:and|n|&)\s+(?P<b>{side}){_SAID_TO_BE_KIN}")


# The same in lower case, where both words are first names from the lists: "jack and bill are twins".
_LOWER_DESCRIBED_PAIR = _lower_case_pair(r"[a-z]{2,}")
# The same in a text written in capitals, read lower-cased ("PADDY AND [NAME] ARE MY COUSINS"): one of the two
# may be a name found already.
_SHOUTED_DESCRIBED_PAIR = _lower_case_pair(r"[a-z]{2,}|\[name\]")
# Every word of ``_KIN`` holds one of these.
_KIN_WORDS = (
    "sister", "brother", "cousin", "twin", "friend", "mate", "bestie", "neighbour", "daughter", "son", "kid",
    "children", "sibling", "niece", "nephew",
)  # fmt: skip
_SHOUTED_KIN_WORDS = tuple(word.upper() for word in _KIN_WORDS)


def replace_described_pairs(text: str, r: Replacer) -> str:
    shouted = text.isupper()  # then no word of it is in lower case
    if not any(word in text for word in (_SHOUTED_KIN_WORDS if shouted else _KIN_WORDS)):
        return text
    things = _Lazy(_things_in, text)
    spans = []
    for match in _DESCRIBED_PAIR.finditer(text):
        pair = [match.span(group) for group in ("a", "b")]
        words = [text[start:end] for start, end in pair]
        if any(w.lower() in NOT_NAMES or w.lower() in _NOT_ACTORS for w in words) or any(
            overlaps(things(), start, end) for start, end in pair
        ):
            continue
        spans += [(start, end) for (start, end), w in zip(pair, words, strict=True) if w != "[NAME]"]
    lower_pairs = list(_LOWER_DESCRIBED_PAIR.finditer(text)) if _PAIR_VERB.search(text) else []
    if shouted:
        lowered = text.lower()
        if len(lowered) == len(text) and _PAIR_VERB.search(lowered):
            lower_pairs += _SHOUTED_DESCRIBED_PAIR.finditer(lowered)
    for match in lower_pairs:
        words = [group for group in ("a", "b") if match.group(group) != "[name]"]  # a name found: no word
        pair = [match.span(group) for group in words]
        if all(
            is_first_name(word) and word not in NOT_NAMES and word not in _WHO_SOMEONE_IS
            for word in map(match.group, words)
        ) and not any(overlaps(things(), start, end) for start, end in pair):
            spans += pair
    return r.replace_spans(text, sorted(set(spans)), "NAME") if spans else text
