"""The checker's second stage: what a sentence says, read only where the first stage found a candidate.

The one-pass scan (``engine.py``) finds each place a rule's words occur. A rule with a ``meaning`` block
(``rules.py``) then asks of the sentence around it:

- **who does it**: ``doer: child`` keeps the finding only when the words describe the child, not an adult
  or a service ("he is a runner" is a finding; "the man who ran the line recruited children" is not);
  ``doer: not_adult`` drops it only when an adult is the one saying it (the abuser's own minimising, "he
  described his messages as banter", is not the writer's; a service's, or the writer's about what an adult
  did, is). The subject is read from spaCy's dependency parse of that one sentence
  (``youthvoice.core.nlp.english``, loaded the first time a sentence needs it, parsed sentences remembered);
- **negation**: ``negation: drops`` (she did *not* choose this: correct usage) or ``negation: requires`` (she
  did *not* refuse: the finding is the negation); ``concession: drops`` sets aside "although she may seem
  mature, she is 14";
- **ages**: ``ages: relationship`` reads the ages in the sentence and keeps a relationship word only between a
  child and an adult (or a much older child), saying which ages it read and why that matters;
  ``ages: child`` keeps the words only where a child's age is written ("a 13-year-old young woman");
- **acronyms**: ``acronym: explained_drops``: an acronym spelled out in the same sentence is not jargon.

And for every rule: words inside quotation marks that someone else is reported saying, or a sentence about
wording itself (a policy or training note quoting the phrase to avoid), are not findings.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

import yaml

from youthvoice.language.ages import read_ages
from youthvoice.language.patterns import ContextPattern, lower_case_twin
from youthvoice.language.responsibility import held_by_adults

# libyaml's safe loader where PyYAML has it: about 15 times faster, so the command line starts quickly.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


WORD_LISTS = (
    "adult_people",
    "adult_modifiers",
    "service_people",
    "child_people",
    "reporting_verbs",
    "distancing_verbs",
    "coercion_words",
    "policy_markers",
    "negators",
    "concessions",
)
DOERS = ("child", "not_adult")
NEGATIONS = ("drops", "requires")
AGE_READINGS = ("relationship", "child")
QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:but|and then|whereas|because|so|which|who)\b", re.IGNORECASE)
PARSED_SENTENCES = 4096  # sentences whose parse is remembered (templated notes repeat their sentences)


class MeaningError(ValueError):
    pass


@dataclass(frozen=True)
class Meaning:
    """What a rule asks of the sentence around a match (all optional)."""

    doer: str | None = None
    negation: str | None = None
    concession: bool = False
    ages: str | None = None
    acronym: bool = False

    def needs_parse(self) -> bool:
        return self.doer is not None


def meaning_from_data(data, *, where: str) -> Meaning:
    allowed = {"doer", "negation", "concession", "ages", "acronym"}
    if not isinstance(data, dict) or set(data) - allowed:
        raise MeaningError(f"{where}: 'meaning' may only have {sorted(allowed)}")
    checks = {
        "doer": DOERS,
        "negation": NEGATIONS,
        "ages": AGE_READINGS,
        "concession": ("drops",),
        "acronym": ("explained_drops",),
    }
    for key, value in data.items():
        if value not in checks[key]:
            raise MeaningError(f"{where}: 'meaning.{key}' must be one of {list(checks[key])}, got {value!r}")
    return Meaning(
        doer=data.get("doer"),
        negation=data.get("negation"),
        concession="concession" in data,
        ages=data.get("ages"),
        acronym="acronym" in data,
    )


def phrase_alternation(phrases) -> re.Pattern:
    words = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]") for w in words)
    return re.compile(rf"(?<![\w'\u2019])(?:{body})(?![\w'\u2019])", re.IGNORECASE)


@dataclass(frozen=True)
class Words:
    lists: dict[str, frozenset[str]]
    policy: re.Pattern
    negator: re.Pattern
    concession: re.Pattern
    # Every word that can make someone other than the child the doer (people, and forms of the verbs that
    # report, label or coerce): a sentence with none of them needs no parse, the child is the doer.
    others: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()  # every form of the reporting verbs
    # Coercion words tagged "causing": they make someone else do the next verb, whoever their subject is.
    causing: frozenset[str] = frozenset()

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]


def words_from_text(text: str, *, file: str = "meaning") -> Words:
    data = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    if not isinstance(data, dict):
        raise MeaningError(f"{file}: must be a mapping of word lists")
    missing = set(WORD_LISTS) - set(data)
    if missing or set(data) - set(WORD_LISTS):
        raise MeaningError(f"{file}: must have exactly the lists {list(WORD_LISTS)}")
    lists = {}
    coercion, causing = tagged_words(data["coercion_words"], file=file, name="coercion_words")
    data = {**data, "coercion_words": coercion}
    for name in WORD_LISTS:
        items = data[name]
        if (
            not isinstance(items, list)
            or not items
            or not all(isinstance(i, str) and i.strip() for i in items)
        ):
            raise MeaningError(f"{file}: '{name}' must be a non-empty list of words")
        if any(i != i.lower() for i in items):
            raise MeaningError(f"{file}: '{name}' must be lower case")
        lists[name] = frozenset(i.strip() for i in items)
    verbs = lists["coercion_words"] | lists["reporting_verbs"] | LABELLING_VERBS
    others = set(lists["adult_people"]) | set(lists["service_people"]) - set(lists["child_people"])
    for verb in verbs:
        others.update(verb_forms(verb))
    others |= RELATIVE
    reporting = set()
    for verb in lists["reporting_verbs"]:
        reporting.update(verb_forms(verb))
    return Words(
        causing=frozenset(causing),
        reporting=frozenset(reporting),
        others=frozenset(others),
        lists=lists,
        policy=phrase_alternation(lists["policy_markers"]),
        negator=phrase_alternation(lists["negators"]),
        concession=phrase_alternation(lists["concessions"]),
    )


WORD_TAGS = {"coercion_words": ("causing",)}


def tagged_words(items, *, file: str, name: str) -> tuple[list, set[str]]:
    """A list whose entries are words or one-word mappings ``{word: tag}``: (every word, the tagged words)."""
    if not isinstance(items, list):
        raise MeaningError(f"{file}: '{name}' must be a non-empty list of words")
    words, tagged = [], set()
    for item in items:
        if isinstance(item, dict):
            if len(item) != 1 or not all(isinstance(key, str) for key in item):
                raise MeaningError(f"{file}: '{name}': a tagged entry is one word and its tag, got {item!r}")
            [(word, tag)] = item.items()
            if tag not in WORD_TAGS[name]:
                allowed = list(WORD_TAGS[name])
                message = f"{file}: '{name}': the tag of {word!r} must be one of {allowed}, got {tag!r}"
                raise MeaningError(message)
            words.append(word)
            tagged.add(word.strip())
        else:
            words.append(item)
    return words, tagged


IRREGULAR_PAST = {
    "make": "made",
    "tell": "told",
    "say": "said",
    "send": "sent",
    "get": "got",
    "pay": "paid",
    "think": "thought",
    "find": "found",
    "see": "saw seen",
    "know": "knew known",
    "bring": "brought",
    "swear": "swore sworn",
    "write": "wrote written",
    "keep": "kept",
    "hold": "held",
    "give": "gave given",
}


def verb_forms(verb: str) -> set[str]:
    """The usual written forms of a verb, generously (an extra form costs nothing but a parse)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", verb + "d", verb + "ed", stem + "ing", verb + "ing"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) <= 4 and verb[-1] not in "aeiouwxy":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    forms.update(IRREGULAR_PAST.get(verb, "").split())
    return forms


SENTENCE_WORDS = re.compile(r"[a-z]+")
REFLEXIVE = re.compile(r"\b(?:herself|himself|themselves|themself)\b", re.IGNORECASE)


def reported_words(sentence: str, words: Words) -> bool:
    """Whether the sentence has a verb that reports someone's words (then a parse must say whose)."""
    return not words.reporting.isdisjoint(SENTENCE_WORDS.findall(sentence.lower()))


def needs_parse(sentence: str, words: Words) -> bool:
    """Whether anyone but the child could be the doer in ``sentence``: only then is it parsed."""
    return not words.others.isdisjoint(SENTENCE_WORDS.findall(sentence.lower()))


# "She is described as ...", "he was seen by the school as ...": a child, the sentence's subject, given a
# label by a passive labelling verb; the words after "as" are about the child, whoever gave the label.
LABELLED_CHILD = re.compile(
    r"\s*(?:she|he|they)\s+(?:is|was|are|were|has been|have been|had been|is being|was being)\s+"
    r"(?:often\s+|sometimes\s+|also\s+|widely\s+|repeatedly\s+)?"
    r"(?P<verb>described|seen|viewed|regarded|perceived|known|labell?ed|considered|treated|portrayed|"
    r"presented|identified|recorded|noted|referred to)\s+(?P<between>[^,;:]*?)\bas\s+",
    re.IGNORECASE,
)


def labelled_child(sentence: str, start: int, end: int, words: Words) -> bool:
    """Whether the match is the label in "she is described (in the referral) as ...": then the child is the
    one the words describe, with no parse. Only where nobody but services is named besides (an adult giving
    the label, "by the men", is left to the parse)."""
    found = LABELLED_CHILD.match(sentence)
    if found is None or found.end() > start:
        return False
    # the label itself may be a role noun ("as a dealer"): only the words around it are read
    around = sentence[:start] + " " + sentence[end:]
    others = set(SENTENCE_WORDS.findall(around.lower())) & words.others
    allowed = words["service_people"] | set(found.group("verb").lower().split())
    return others <= allowed


# The clause so far is nothing but its subject: "We ", "The adult ", "Two older men ".
SUBJECT_ONLY = re.compile(
    r"(?:^|[,;:]|\b(?:but|whereas|because|so|which|who|when|while|after|before)\b)\s*"
    r"(?:(?:the|a|an|our|two|three|some|several|older|adult|local|male|female)\s+){0,3}([a-z]+)\s+$",
    re.IGNORECASE,
)


def subject_only_before(sentence: str, start: int, words: Words) -> bool:
    """Whether the words before the match, in its clause, are only its subject and that subject is an adult
    or a service ("we agreed to ..."): then no parse is needed to say the child is not the doer."""
    found = SUBJECT_ONLY.search(sentence, 0, start)
    if found is None or found.end() != start:
        return False
    noun = found.group(1).lower()
    if noun in words["child_people"]:
        return False
    return noun in words["service_people"] or noun in words["adult_people"]


@cache
def default_words() -> Words:
    resource = files("youthvoice.language") / "data" / "meaning.yaml"
    return words_from_text(resource.read_text(encoding="utf-8"), file="youthvoice/language/data/meaning.yaml")


# --- cheap readings: regular expressions on the sentence -------------------------------------------------


def inside_quotes(sentence: str, start: int, end: int) -> bool:
    """Whether [start, end) sits between a pair of quotation marks in ``sentence``."""
    for opening, closing in QUOTES.items():
        before = sentence.rfind(opening, 0, start)
        if before == -1:
            continue
        if opening == closing and sentence.count(opening, 0, start) % 2 == 0:
            continue
        if sentence.find(closing, end) != -1 and sentence.rfind(closing, before + 1, start) == -1:
            return True
    # A single quote used as a quotation mark: after a space or start, closed after the match. An apostrophe
    # inside a word ("hadn't", "Kai's") neither opens nor closes the quotation.
    before = SINGLE_QUOTE_OPENED.search(sentence[:start])
    return bool(before and SINGLE_QUOTE_CLOSED.match(sentence[end:]))


SINGLE_QUOTE_OPENED = re.compile(r"(?:^|[\s(])'(?:[^']|(?<=\w)'(?=\w))*$")
SINGLE_QUOTE_CLOSED = re.compile(r"(?:[^']|(?<=\w)'(?=\w))*'(?![a-z])")
CLOSING_QUOTES = "'\"\u2019\u201d"


def clause_before(sentence: str, start: int, *, words: int = 7) -> str:
    """The few words before ``start`` in the same clause."""
    before = sentence[:start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return " ".join(before.split()[-words:])


# "Had she not gone ...", "if he had not lied ...": the "not" is inside a counterfactual, which blames the
# child for what did happen; it does not say the opposite of the words after it.
COUNTERFACTUAL_BEFORE = re.compile(
    r"(?:^|\b(?:that|and|but|then)\s+)(?:had|if\s+(?:only\s+)?(?:[\w'\u2019-]+\s+){1,3}(?:had|did))\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}$",
    re.IGNORECASE,
)


def negated(sentence: str, start: int, words: Words) -> bool:
    clause = clause_before(sentence, start)
    found = words.negator.search(clause)
    if found and COUNTERFACTUAL_BEFORE.search(clause[: found.start()]):
        return False
    return bool(found)


SETS_ASIDE_ANYWHERE = re.compile(
    r"\b(?:does not mean|doesn['\u2019]t mean|did not mean|didn['\u2019]t mean|(?:is|was) still a child|"
    r"still a child|remains? a child|"
    # the record says what it really is: a child who could not consent, or who was being groomed
    r"(?:could|can)\s*(?:not|n['\u2019]t)\s+(?:have\s+)?(?:consent\w*|give consent|agree\w*)|"
    r"unable to consent|"
    r"a child who (?:is|was|has been|had been) being (?:groomed|exploited|controlled|abused)|"
    r"no matter|regardless of|mistaken\w*|wrongly|not because)\b",
    re.IGNORECASE,
)


HEDGE = re.compile(
    r"\b(?:may|might|can|could|seem\w*|appear\w*|look\w*|come across|presents? as)\b", re.IGNORECASE
)
HEDGED = {
    "may appear",
    "may seem",
    "may look",
    "might appear",
    "might seem",
    "might look",
    "can appear",
    "can seem",
}


def conceded(sentence: str, start: int, words: Words, end: int | None = None) -> bool:
    """Whether the match sits inside a concession that sets it aside: "although he may seem streetwise, he is
    13" (the concession comes before the match with no clause break between), or a sentence that says the
    label does not change anything ("being mature does not mean she can consent")."""
    if SETS_ASIDE_ANYWHERE.search(sentence):
        return True
    if held_by_adults(sentence, start, start if end is None else end):
        return True  # "... because he had been threatened", "but this reflects the control they have"
    for found in words.concession.finditer(sentence, 0, start):
        between = sentence[found.end() : start]
        # "although he may seem streetwise": the label sits in the concession itself, hedged; "despite his
        # age he is very capable" concedes the age, and still gives the label.
        if not re.search(r"[,;:.]", between) and (HEDGE.search(between) or found.group().lower() in HEDGED):
            return True
    return False


# "Half term", "this term", "the summer term", "a long-term partner": a stretch of time, not a discussion of
# terms; so is a term followed by "time", "dates" or "ends" ("term-time").
TERM_TIME = re.compile(r"[\s-]*(?:time|times|dates?|ends?)\b", re.IGNORECASE)
SCHOOL_TERM = re.compile(
    r"\b(?:half|this|next|last|previous|summer|autumn|spring|winter|school|each|every|per|whole|new|first|"
    r"second|third|final|same|that|long|longer|short|shorter|medium|mid|fixed)[\s-]+terms?$",
    re.IGNORECASE,
)


# "Avoid" is about wording only when what is avoided is words: "avoid saying", "avoid the term", "avoid 'X'";
# "this could have been avoided" is about what happened.
AVOIDING_WORDS = re.compile(
    r"\s+(?:(?:using|saying|writing|describing|calling|labelling|phrases?|words?|terms?|labels?|language|"
    r"expressions?|jargon|acronyms?)\b|(?:the|such|this|that|these)\s+(?:\w+\s+)?(?:word|term|phrase|label|"
    r"wording|expression|language)s?\b|[\"'\u201c\u2018])",
    re.IGNORECASE,
)


QUOTE_MARKS = re.compile("[\"\u201c\u201d\u2018]|(?:^|\\s)'")


WORDING_ANSWERS: dict[str, bool] = {}  # sentence -> about_wording, with the shipped words (judged per match)


def about_wording(sentence: str, words: Words) -> bool:
    """Whether the sentence talks about wording (a policy, training, a record of words changed)."""
    if words is not default_words():
        return talks_about_wording(sentence, words)
    answer = WORDING_ANSWERS.get(sentence)
    if answer is None:
        if len(WORDING_ANSWERS) >= PARSED_SENTENCES:
            WORDING_ANSWERS.clear()
        answer = WORDING_ANSWERS[sentence] = talks_about_wording(sentence, words)
    return answer


# Told not to call, record or put something, with the words quoted: "we should not record that he 'X'",
# "staff must not describe a child as 'X'", "don't put 'X'".
WORDING_FORBIDDEN = re.compile(
    r"\b(?:should|must|do|does|will|would|could|shall)\s*(?:not|n['\u2019]t|never)\s+(?:be\s+)?"
    r"(?:call|describ|record|writ|written|say|said|put|label|refer|use|used|note|noted|log|logg)\w*",
    re.IGNORECASE,
)


# "X should not be used", "must not be written": about words only when a verb of wording follows (or the words
# are quoted); "should not be escalated", "must not be left alone" are about what is done.
MODAL_NOT_BE = {"should not be", "shouldn't be", "must not be"}
WORDING_AFTER_NOT_BE = re.compile(
    r"\s+(?:\w+\s+)?(?:used|said|written|called|described|referred to as|labell?ed|recorded|applied|put|"
    r"worded|phrased|included|repeated|spoken|read)\b",
    re.IGNORECASE,
)


def talks_about_wording(sentence: str, words: Words) -> bool:
    if QUOTE_MARKS.search(sentence) and WORDING_FORBIDDEN.search(sentence):
        return True
    # The markers' twin on the lower-cased ASCII sentence (patterns.py) finds the same markers, lower-cased,
    # at the same places, in a third of the time.
    twin = lower_case_twin_of(words.policy) if sentence.isascii() else None
    markers = twin.finditer(sentence.lower()) if twin is not None else words.policy.finditer(sentence)
    for found in markers:
        marker = found.group().lower()
        if marker in ("term", "terms") and (
            SCHOOL_TERM.search(sentence, 0, found.end()) or TERM_TIME.match(sentence, found.end())
        ):
            continue  # a stretch of time ("a long-term partner", "term-time"), not a word
        if (
            marker in MODAL_NOT_BE
            and not WORDING_AFTER_NOT_BE.match(sentence, found.end())
            and not QUOTE_MARKS.search(sentence)
        ):
            continue  # "should not be escalated": about what is done, not about words
        if (
            marker.startswith("avoid")
            and not AVOIDING_WORDS.match(sentence, found.end())
            and not QUOTE_MARKS.search(sentence)
        ):
            continue
        return True
    return False


@lru_cache(maxsize=8)
def lower_case_twin_of(pattern: re.Pattern) -> re.Pattern | None:
    """``patterns.lower_case_twin`` of a word list's pattern, made once (its check reads the source)."""
    return lower_case_twin(pattern)


# --- the parse: who does what -----------------------------------------------------------------------------


PARSED: OrderedDict[str, object] = OrderedDict()  # sentence -> its parse, least recently used first


def remember_parse(sentence: str, doc) -> None:
    PARSED[sentence] = doc
    if len(PARSED) > PARSED_SENTENCES:
        PARSED.popitem(last=False)


def parse(sentence: str):
    """spaCy's parse of one sentence (tagger, parser, lemmatizer; no named entities), remembered."""
    doc = PARSED.get(sentence)
    if doc is not None:
        PARSED.move_to_end(sentence)
        return doc
    parse_all([sentence])
    return PARSED[sentence]


def parse_all(sentences) -> None:
    """Parse every sentence not yet parsed in one batch: spaCy parses a batch about four times faster than
    the same sentences one by one."""
    from youthvoice.core.nlp import english

    missing = list(dict.fromkeys(s for s in sentences if s not in PARSED))
    if not missing:
        return
    nlp = english()
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name == "ner"]):
        for sentence, doc in zip(missing, nlp.pipe(missing, batch_size=64), strict=True):
            remember_parse(sentence, doc)


# Verbs that give someone a label: the label is about their object ("school sees her as mature").
LABELLING_VERBS = {
    "describe",
    "call",
    "see",
    "consider",
    "regard",
    "view",
    "label",
    "class",
    "treat",
    "perceive",
    "think",
    "find",
    "deem",
    "refer",
    "portray",
    "present",
    "record",
    "note",
    "identify",
    "know",
    "believe",
}
# Verbs of catching someone in the act: what the act is is done by their object ("police caught Kane
# dealing", "staff spotted her getting into the car"), not by whoever caught or saw them.
CATCHING_VERBS = {"catch", "spot", "observe", "witness", "film", "stop", "arrest", "watch", "notice", "hear"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})  # a verb with its own tense: "wants", "went", "want"
# Verbs by which a service passes on a view of the child: the view's subject is the child, not the speaker.
THINKING_VERBS = frozenset(
    {"advise", "feel", "think", "believe", "note", "confirm", "agree", "conclude", "state"}
)
# Words for what someone said or wrote: with a child's possessive ("her report") they are the child's account.
CHILDS_OWN_WORDS = {
    "report",
    "account",
    "statement",
    "disclosure",
    "story",
    "allegation",
    "complaint",
    "claim",
}
RELATIVE = {"who", "that", "which", "whom", "whose"}


def person_kind(token, words: Words) -> str:
    """'adult', 'service', 'child' or 'unknown' for the person a subject token names."""
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        token = token.head.head
    lower, lemma = token.lower_, token.lemma_.lower()
    modifiers = {
        child.lower_ for child in token.children if child.dep_ in ("amod", "compound", "nmod", "det")
    }
    numbers = [c for c in token.subtree if c.like_num and c.text.isdigit()]
    # "the 34-year-old" is parsed as an adjective ("old") standing for the person, as subject or object
    nominal = token.pos_ in ("PROPN", "NOUN") or (
        token.pos_ == "ADJ" and (token.dep_ in SUBJECTS or any(c.lemma_ == "year" for c in token.children))
    )
    if any(int(n.text) >= 18 for n in numbers if len(n.text) <= 2) and nominal:
        return "adult"
    if any(int(n.text) < 18 for n in numbers if len(n.text) <= 2) and nominal:
        return "child"
    if modifiers & words["adult_modifiers"] and lower not in words["child_people"]:
        return "adult"
    if lower in words["service_people"] or lemma in words["service_people"]:
        return "service"
    if "no" in modifiers:
        return "service"  # "no child can consent": a general statement, not about this child
    if lower in words["adult_people"] or lemma in words["adult_people"]:
        # "gang members" and "dealers" are adults unless the words say they are children
        if child_marked(token):
            return "child"
        return "adult"
    if lower in words["child_people"] or lemma in words["child_people"] or token.pos_ == "PROPN":
        return "child"
    return "unknown"


CHILD_MARKERS = frozenset(
    {"child", "children", "young", "teenage", "younger", "child's", "juvenile", "underage"}
)


def child_marked(token) -> bool:
    """Whether a person noun is marked as a child's by a word before it in its own phrase: "young dealers",
    "child drug dealers" (parsed as a compound of "drug"), "juvenile gang members"."""
    return any(
        t.lower_ in CHILD_MARKERS and t.dep_ in ("amod", "compound", "nmod")
        for t in token.subtree
        if t.i < token.i
    )


def span_head(doc, start: int, end: int):
    """The token of [start, end) nearest the root of the parse: the word the rest of the match hangs on."""
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens:
        return None
    return min(tokens, key=lambda token: sum(1 for _ in token.ancestors))


def things_passive(verb, words: Words) -> bool:
    """Whether a passive verb's subject is a thing, not a person: "the photos were sent" is not the child
    being sent somewhere."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.pos_ == "NOUN" and person_kind(subject, words) == "unknown"


def doer(doc, token, words: Words) -> str:
    """Who does or is what ``token`` says: the kind of person, or 'coerced' when it is done to the child."""
    if token.lower_ in words["adult_people"] and child_marked(token):
        return "child"  # "the partnership will target young dealers": the role is given to children
    # "the risks she takes", "the choices he makes": a noun whose relative clause has the child as subject
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in ("she", "he", "they") and clause.i > token.i:
            return "child"
    current = previous = token
    for _ in range(8):
        # A label compared: "handles himself like a grown man", "acts as if she were older": the adult named
        # is the comparison, not a doer; who is compared is read from the verb the comparison hangs on.
        if current is token and current.dep_ == "pobj" and current.head.lower_ in ("like", "as", "than"):
            previous, current = current.head, current.head.head
            if current is previous:
                return "unknown"
            continue
        # A label given to someone: "staff describe her as streetwise", "they consider him mature": the label
        # is about the object ("her"), not the subject who gives it.
        if current is not token and current.lemma_.lower() in LABELLING_VERBS | CATCHING_VERBS:
            labelled = next((c for c in current.children if c.dep_ == "dobj"), None)
            came_from = previous
            if (
                labelled is not None
                and came_from is not labelled
                and came_from.dep_ in ("prep", "oprd", "ccomp", "xcomp", "acomp", "advcl")
            ):
                return person_kind(labelled, words)
        arrived_from, previous = previous, current
        if current.pos_ in ("NOUN", "PROPN", "ADJ") and current.dep_ not in ("ROOT",):
            if any(c.dep_ == "poss" and person_kind(c, words) == "child" for c in current.children):
                return "child"  # "her own choices", "her known associates": the child's
            kind = person_kind(current, words) if current.pos_ != "ADJ" else "unknown"
            if kind in ("adult", "service") and current.dep_ in ("nsubj", "nsubjpass", "appos", "conj"):
                return kind
            if current.dep_ in SUBJECTS and any(
                c.dep_ == "poss" and person_kind(c, words) == "adult" for c in current.children
            ):
                return "adult"  # "the man's lies allowed him to ...": a thing of the adult's acts for him
            if current.dep_ in SUBJECTS and said_to_be_adults(current.head, current, current, words):
                return "adult"  # "the people selling it are men in their thirties"
            if current.dep_ in SUBJECTS:
                # A role noun as the subject: "dealers target children" names adults acting on a child.
                objects = [c for c in current.head.children if c.dep_ in ("dobj", "pobj")]
                if any(person_kind(o, words) == "child" for o in objects):
                    return "adult"
                return kind
            if current.dep_ not in ("attr", "oprd") and any(  # "is a grown woman": the label, not a doer
                c.lower_ in words["adult_modifiers"]
                for c in current.children
                if c.dep_ == "amod" and c is not previous and c is not token  # not the label itself
            ):
                return "adult"
            if (
                current.dep_ in ("pobj", "dobj")
                and current is token
                and current.head.lower_ not in ("as", "like", "than")
                and not counted_among(current)
                and kind == "adult"
            ):
                # "owes money to the dealers", "works for a dealer": the role is someone else's
                return "adult"
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if current.pos_ in ("VERB", "AUX") or subjects:
            if current.lemma_.lower() in words["coercion_words"] and current.dep_ in (
                "ROOT",
                "xcomp",
                "conj",
            ):
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in current.children)
                if passive and current is not token and not things_passive(current, words):
                    return "coerced"
            if (
                current is not token
                and current.lemma_.lower() in words["coercion_words"]
                and any(c.dep_ == "xcomp" for c in current.children)
            ):  # "forced to sell": the selling was done to the child
                subject = next((c for c in current.children if c.dep_ in SUBJECTS), None)
                if subject is None or subject.dep_ == "nsubjpass" or person_kind(subject, words) == "adult":
                    return "coerced"
                # "the group leader ordered the boys to hold ...": told to do it, whoever the teller is
                if any(c.dep_ == "dobj" and person_kind(c, words) == "child" for c in current.children):
                    return "coerced"
            if (
                current.dep_ in ("ccomp", "xcomp")
                and current.head.lemma_.lower() in words.causing
                and not any(c.dep_ == "neg" for c in current.head.children)
                # "she made it clear she wants ...": a verb with its own tense is said, not made to happen
                and current.tag_ not in FINITE_TAGS
            ):  # "someone forces a young person to carry drugs": the carrying is done to the child
                return "coerced"
            if (
                current.dep_ == "ccomp"
                and not subjects
                and current.head.lemma_.lower() in THINKING_VERBS | words["reporting_verbs"]
            ):
                # "Police advised Connor was a willing passenger", parsed with Connor as the object of
                # "advised": the one who says or thinks it is not the one the reported clause is about.
                said_of = next((c for c in current.head.children if c.dep_ == "dobj"), None)
                return person_kind(said_of, words) if said_of is not None else "unknown"
            if subjects:
                if said_to_be_adults(current, subjects[0], arrived_from, words):
                    return "adult"  # "those running the line are adults", "the people selling it are men"
                if any(c.dep_ == "poss" and person_kind(c, words) == "adult" for c in subjects[0].children):
                    return "adult"  # "the men's lifestyle is ...": the subject is the adults' thing
                if subjects[0].lemma_.lower() in CHILDS_OWN_WORDS and any(
                    c.dep_ == "poss" and person_kind(c, words) == "child" for c in subjects[0].children
                ):
                    return "child"  # "Katie's reports are exaggerated": the child's account, not a service's
                kind = person_kind(subjects[0], words)
                if subjects[0].lower_ in PEOPLE_IN_GENERAL and any(
                    c.dep_ == "dobj" and person_kind(c, words) == "child" for c in current.children
                ):
                    return "adult"  # "those running the line recruit children": whoever acts on a child
                agent = [c for c in current.children if c.dep_ == "agent"]
                if (
                    subjects[0].dep_ == "nsubjpass"
                    and current.lemma_.lower() in words["coercion_words"]
                    and not things_passive(current, words)
                ):
                    return "coerced"
                if agent and subjects[0].dep_ == "nsubjpass":
                    return kind
                return kind
            if current.dep_ == "relcl" and not infinitival(current):
                return person_kind(current.head, words)
        if current.dep_ in ("ROOT",) or current.head is current:
            return "unknown"
        current = current.head
    return "unknown"


# Subjects that name people without saying who they are; acting on a child, they are not the child. Not
# "nobody" or "no one": "nobody forced her" denies that anyone acted.
PEOPLE_IN_GENERAL = frozenset({"those", "these", "others", "people", "someone", "somebody", "whoever"})


def infinitival(clause) -> bool:
    """Whether a relative clause is "to" and a verb with no subject of its own: in "using the flat as a base
    to sell drugs" the selling is done by whoever uses the flat, not by the base, so the reading climbs on."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
        c.dep_ in SUBJECTS for c in clause.children
    )


def counted_among(token) -> bool:
    """Whether a role noun counts its subject in: "is one of their dealers", "is among the dealers" give the
    role to whoever is one of them, where "owes money to the dealers" names someone else."""
    head = token.head
    if head.lower_ == "among":
        return head.head.lemma_.lower() == "be"
    counted = head.head
    return head.lower_ == "of" and counted.lower_ in ("one", "some", "each", "any") and counted.dep_ == "attr"


def said_to_be_adults(verb, subject, came_from, words: Words) -> bool:
    """Whether the match sits in a subject that the sentence then says is adults: "those running the line are
    adults", "the people selling it are men in their thirties". Not a child named or a pronoun ("she is a
    grown woman" gives the child a label, it does not make her an adult)."""
    if verb.lemma_.lower() != "be" or came_from.i != subject.i:
        return False
    if subject.pos_ == "PROPN" or subject.lower_ in ("she", "he", "they", "i", "we", "you"):
        return False
    return any(c.dep_ == "attr" and person_kind(c, words) == "adult" for c in verb.children)


def reported_by_someone_else(doc, token, words: Words) -> bool:
    """Whether ``token`` is inside what a non-professional is reported to have said (his words, not ours)."""
    current = token
    for _ in range(8):
        head = current.head
        if head is current:
            return False
        lemma = head.lemma_.lower()
        as_label = current.dep_ == "prep" and current.lower_ == "as"  # "he described his messages as ..."
        if (
            (current.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "advcl", "dep") or as_label)
            and lemma in words["reporting_verbs"]
            and not (current.dep_ == "advcl" and conditional(current))
        ):
            if lemma in words["distancing_verbs"]:
                return True
            subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
            if subject is None and head.dep_ in ("advcl", "xcomp", "conj") and head.head is not head:
                # "the adults played it down, calling it ...": the participle's speaker is the main subject
                subject = next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
            if subject is None:
                return False
            return person_kind(subject, words) in ("adult",)
        current = head
    return False


def conditional(clause) -> bool:
    """Whether a clause is a condition ("if she had not lied", "had she not lied"), which nobody is saying:
    "had she not lied, he would never have messaged her" reports no words of his."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
        return True
    inverted = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in ("had", "were", "should")]
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return bool(inverted) and subject is not None and inverted[0].i < subject.i


@lru_cache(maxsize=8)
def reporting_forms(verbs: frozenset[str]) -> re.Pattern | None:
    """Any word the parse could lemmatize to one of ``verbs`` (``core.nlp.lemma_forms``), as one pattern."""
    from youthvoice.core.nlp import lemma_forms

    forms = lemma_forms(verbs)
    if forms is None:
        return None
    return re.compile("|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)))


def no_reporting_lemma(sentence: str, words: Words) -> bool:
    """Whether no token of the sentence's parse can have a reporting verb for its lemma, proven from the
    lemmatizer's own tables: then ``reported_by_someone_else`` is false for every token and the parse it
    would read is not needed. Only the lemma can make it true, so the test is exact, not a guess; a word
    merely containing a form ("statement" holds "state") only means the sentence is parsed as before."""
    pattern = reporting_forms(words["reporting_verbs"])
    return pattern is not None and pattern.search(sentence.lower()) is None


# --- the verdict on one match -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    keep: bool
    message: str | None = None  # replaces the rule's message (age findings say the ages they read)


KEEP = Verdict(keep=True)
DROP = Verdict(keep=False)
PARENTS = ContextPattern(
    r"\b(?:mum|mother|dad|father|parent|carer|nan|gran|aunt|uncle|sister|brother|teacher|officer|stepdad|stepmum)"
    r"(?:['\u2019]s|s['\u2019])?\s+(?:\w+\s+){0,3}$",
)
NOT_A_ROMANCE = ContextPattern(
    r"\b(?:professional|working|trusting|trusted|positive|good|supportive|therapeutic|key|family|sibling|"
    r"peer|agency|multi-agency|partnership|strong|close)\s+$",
)
RELATIONSHIP_WITH_FAMILY = ContextPattern(
    r"^\w*\s+with\s+(?:her|his|their|the)\s+(?:mum|mother|dad|father|parents?|carers?|family|siblings?|"
    r"brother|sister|worker|social worker|teacher|school|grandparents?|nan|gran|key worker|mentor)\b",
)
ADULT_FRAMING = ContextPattern(
    r"\b(?:groom\w*|tactic\w*|claim\w*|pretend\w*|pos(?:ed|ing) as|(?:presented|presents|called|calls|"
    r"referred to|refers to|described|describes) himself|so[- ]called|"
    r"not (?:her|his|a) (?:boyfriend|girlfriend|partner)|not in a relationship|was not a relationship)\b",
)
ADULT_NEAR = ContextPattern(
    r"\b(?:adult|adults|grown|older|much older|(?<!young )m[ae]n|males?|in (?:his|her|their) "
    r"(?:twenties|thirties|forties|fifties)|over 18|over-18|"
    r"(?:twice|double|three times|treble) (?:his|her|their) age|"
    r"old enough to be (?:his|her|their) (?:dad|father|mum|mother|parent|uncle|aunt|grand\w+))\b",
)


# The child's own word for the adult, reported and then set right by the writer: "Grace calls him her
# boyfriend; he is described as the adult abusing her". The word is hers, recorded as hers.
CHILDS_WORD_REPORTED = ContextPattern(
    r"\b(?:calls?|called|calling|refers? to|referred to|describes?|described|names?|named)\s+"
    r"(?:[\w'\u2019-]+\s+){1,3}(?:as\s+)?(?:her|his|their)\s+$",
)
# Said of a child's sexual partner, a word for sex itself: no age is needed for it to sexualise a child.
SEXUAL_PARTNER_WORD = re.compile(r"lovers?", re.IGNORECASE)
# The law's line, named beside the partner word: the sentence is about sex with someone under 16.
AGE_OF_CONSENT = re.compile(r"\bage of consent\b", re.IGNORECASE)


def age_relationship(sentence: str, start: int, end: int, words: Words) -> Verdict:
    # Lower-cased ASCII lets the checks run without case folding (patterns.py): the same spans, faster.
    lowered = sentence.lower() if sentence.isascii() else None
    lowered_before, lowered_after = (
        (lowered[:start], lowered[start:]) if lowered is not None else (None, None)
    )
    before, after = sentence[:start], sentence[start:]
    if (
        PARENTS.search(before, lowered_before)
        or NOT_A_ROMANCE.search(before, lowered_before)
        or RELATIONSHIP_WITH_FAMILY.match(after, lowered_after)
    ):
        return DROP
    if ADULT_FRAMING.search(sentence, lowered):
        return DROP  # the adult's word for the child, recorded as the grooming tactic or claim it is
    if CHILDS_WORD_REPORTED.search(before, lowered_before) and ADULT_NAMED_AS_SUCH.search(sentence, end):
        return DROP  # the child's word, reported, and the writer's own words for the adult beside it
    if negated(sentence, start, words):
        return DROP
    ages = [
        a for a in read_ages(sentence) if a.owner not in words["service_people"] or a.owner in ("he", "she")
    ]
    children = sorted({a.value for a in ages if a.value < 18})
    adults = sorted({a.value for a in ages if a.value >= 18})
    word = sentence[start:end].lower()
    if not ages and AGE_OF_CONSENT.search(sentence):
        return Verdict(
            keep=True,
            message=(
                f"Reads 'the age of consent' beside the {word}: the sentence is about sex with a child under "
                f"16, so '{word}' makes abuse sound mutual."
            ),
        )
    if not ages and SEXUAL_PARTNER_WORD.fullmatch(word):
        return Verdict(
            keep=True,
            message=(
                f"'{word}' names a sexual partner; said of someone with a child it makes abuse sound "
                "mutual. If the young person is 18 or over, give their age."
            ),
        )
    if not children:
        return partner_of_adult_age(sentence, start, end, ages)
    young = children[0]
    if adults:
        old = adults[-1]
        return Verdict(
            keep=True,
            message=(
                f"Reads the ages {young} and {old}: a {young}-year-old cannot consent to sex with a "
                f"{old}-year-old, so calling this a {word} hides that an adult is abusing a child."
            ),
        )
    if len(children) > 1 and young < 16 and children[-1] - young >= 3:
        old = children[-1]
        return Verdict(
            keep=True,
            message=(
                f"Reads the ages {young} and {old}: a {young}-year-old cannot consent, and a {old}-year-old "
                f"with power over them may be exploiting them; '{word}' hides that."
            ),
        )
    if ADULT_NEAR.search(sentence, lowered):
        return Verdict(
            keep=True,
            message=(
                f"Reads the age {young} beside an adult: a {young}-year-old cannot consent to a sexual "
                f"relationship with an adult; '{word}' makes abuse sound mutual."
            ),
        )
    return DROP


# Words for a romantic or sexual partner (not "friend" or "mate": an adult friend is no finding by itself).
ROMANTIC_WORD = re.compile(
    r"(?:boyfriend|girlfriend|bf|gf|partner|lover|fella|fianc\w*|husband|wife|relationship|dating|seeing|"
    r"engaged|other half|sugar daddy|courting|romance|romantic|an item|ex)(?:['\u2019]s|s['\u2019])?",
    re.IGNORECASE,
)
# Words that name both people at once ("romantically involved", "the couple", "an item"): an adult's age
# anywhere in the sentence belongs to the other one of the two. ("Dating" and "seeing" have a subject who
# may be the adult: "his brother, 24, is dating a colleague".)
BETWEEN_TWO = re.compile(r"(?:romantically|together|the couple|an item)\b", re.IGNORECASE)
# The end of it said as a couple's ("broke up with the 27-year-old", "end things with Kieran, who is 30"):
# a partner word whose age is said after it, as for "boyfriend".
ENDING_IT = re.compile(r"(?:broke|broken|break|breaks|breaking|split|splits|splitting|end|ends|ended|ending)")
# The adult named as what he is, after the child's own word for him.
ADULT_NAMED_AS_SUCH = re.compile(
    r"\b(?:the|an)\s+(?:adult|man|perpetrator|abuser|offender)\s+(?:who|that)\s+"
    r"(?:is|was|has been|had been)\s+(?:abusing|exploiting|grooming|harming)\b",
    re.IGNORECASE,
)
# Between an age and the partner word it describes ("her 21-year-old partner", "a 24 year old new boyfriend").
AGE_BESIDE_WORD = re.compile(r"[\s-]*(?:year[\s-]old[\s-]*)?(?:[a-z]+\s+)?", re.IGNORECASE)
# Between the partner word and an age said of the partner ("her partner, who is 22", "Marcus, 23",
# "her fella ...; he is in his thirties"): the same clause, nobody else named in between.
AGE_SAID_AFTER = re.compile(
    r"(?:(?!\b(?:mum|mother|dad|father|parents?|carers?|nan|gran|aunt|uncle|sister|brother|son|daughter|"
    r"baby|child|children|kids?|friends?|mates?)\b)[^.!?])*",
    re.IGNORECASE,
)


# An adult named before the partner word may be the one whose partner it is ("Corey's mum is seeing a new
# partner, who is 39", "the abuser's wife, 38"): then nothing says the partner's partner is a child.
ADULT_BEFORE = re.compile(
    r"\b(?:mum|mother|dad|father|parents?|carers?|step-?(?:dad|mum|father|mother)|nan|nana|gran|grand\w+|aunt\w*|"
    r"uncle|abusers?|perpetrators?|offenders?|suspects?|teachers?|officers?|workers?|men|man|adults?|landlord)\b",
    re.IGNORECASE,
)


def partner_of_adult_age(sentence: str, start: int, end: int, ages: list) -> Verdict:
    """A partner word and one age, an adult's, said of the partner, with no age given for the person whose
    partner it is. A partnership's notes are about children: the one with the adult "boyfriend" is presumed
    to be a child unless the note says they are an adult (their own age given, 18 or over, drops this)."""
    first_word = sentence[start:end].split()[0]
    between_two = BETWEEN_TWO.match(sentence, start) is not None
    partner_word = ROMANTIC_WORD.fullmatch(first_word) or ENDING_IT.fullmatch(first_word.lower())
    if len(ages) != 1 or ages[0].value < 18 or not (partner_word or between_two):
        return DROP
    age = ages[0]
    if ADULT_BEFORE.search(sentence, 0, start):
        return DROP
    said_of_partner = (
        (age.end <= start and AGE_BESIDE_WORD.fullmatch(sentence[age.end : start]) is not None)
        or (age.start >= end and AGE_SAID_AFTER.fullmatch(sentence[end : age.start]) is not None)
        or (between_two and ADULT_BEFORE.search(sentence) is None)
    )
    if not said_of_partner:
        return DROP
    word = sentence[start:end].lower()
    return Verdict(
        keep=True,
        message=(
            f"Reads the age {age.value} for the {word}: a child cannot consent to a sexual relationship "
            f"with a {age.value}-year-old, so '{word}' hides that an adult is abusing a child. If the young "
            "person is 18 or over, give their age too."
        ),
    )


ACRONYM_FILLER = {"of", "and", "the", "for", "&", "in", "on", "to", "a", "an", "with", "at", "or"}
EXPLAINED_AFTER = re.compile(
    r"\s*(?:\(|,\s*(?:the|a|an|which|our|short for|or)\s|[-\u2013\u2014:]\s*(?:the|a|an)\s|"
    r"\s*(?:stands for|means|is short for|refers to|is the|are the|is our|, meaning)\b)",
    re.IGNORECASE,
)


ACRONYM_NEAR = re.compile(r"\(\s*[A-Z][A-Za-z0-9/&]{1,7}\s*\)|\b[A-Z][A-Z0-9]{1,6}s?\s*\(")


def spells(letters: str, words: list[str]) -> bool:
    """Whether the initials of ``words``, in order, spell ``letters`` (fillers such as "of" may count or not;
    a number counts as itself: "Section 47" spells S47)."""

    @cache
    def match(i: int, j: int) -> bool:
        if i == len(letters):
            return j == len(words)
        if j == len(words):
            return False
        word = words[j]
        if word.isdigit():
            return letters.startswith(word, i) and match(i + len(word), j + 1)
        if word in ACRONYM_FILLER and match(i, j + 1):
            return True
        if word[0] != letters[i]:
            return False
        # a word may give its first letter, or its first two (e.g. "Sa" in SaLT is still one word's start)
        return match(i + 1, j + 1) or (
            len(word) > 1 and letters[i + 1 : i + 2] == word[1] and match(i + 2, j + 1)
        )

    return match(0, 0)


def acronym_letters(acronym: str) -> str:
    letters = re.sub(r"[^A-Za-z0-9]", "", acronym)
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]  # RHIs, CSOs
    return letters.lower()


POSSESSIVE = re.compile(r"['\u2019]s\b|(?<=s)['\u2019]")  # "Children's Social Care" spells CSC
WORDS_BEFORE_BRACKET = re.compile(r"([A-Za-z]+)(?:[\s-]+[A-Za-z]+){0,3}\s*\(\s*$")


def shorthand_in_brackets(sentence: str, start: int, end: int) -> bool:
    """Shorthand in brackets just after the words it shortens: "Strategy discussion (strat)", where the
    shorthand is how the first of those words begins."""
    if not re.match(r"\s*\)", sentence[end:]):
        return False
    found = WORDS_BEFORE_BRACKET.search(sentence[max(0, start - 80) : start])
    written = re.sub(r"[^a-z]", "", sentence[start:end].lower())
    return bool(found and len(written) >= 3 and found.group(1).lower().startswith(written))


def acronym_explained(sentence: str, start: int, end: int) -> bool:
    """An acronym spelled out in the sentence: "National Referral Mechanism (NRM)", "NRM (National Referral
    Mechanism)", "MASH (the front door for referrals)", "MACE, the multi-agency exploitation meeting"."""
    written = sentence[start:end]
    if shorthand_in_brackets(sentence, start, end):
        return True
    if sum(char.isupper() for char in written) < 2 or re.search(r"[a-z]{3,}", written):
        # Words, not an acronym: fine when they are the spelling-out of one ("multi-agency (MACE) panel").
        return bool(ACRONYM_NEAR.search(sentence[max(0, start - 60) : min(len(sentence), end + 60)]))
    letters = acronym_letters(written)
    if not letters:
        return False
    if EXPLAINED_AFTER.match(sentence, end):
        return True
    words_before = re.findall(
        r"[A-Za-z]+|\d+", POSSESSIVE.sub("", sentence[max(0, start - 160) : start]).lower()
    )[-14:]
    for length in range(1, len(words_before) + 1):
        if spells(letters, words_before[-length:]):
            return True
    words_after = re.findall(r"[A-Za-z]+|\d+", sentence[end : end + 160].lower())[:14]
    return any(spells(letters, words_after[:length]) for length in range(1, len(words_after) + 1))


# Someone led the child to believe or feel what the words say: the words are the belief they were given.
INDUCED_BELIEF = re.compile(
    r"\b(?:manipulat\w*|trick\w*|groom\w*|convinc\w*|persuad\w*|led|made|leads?|leading|makes|making|"
    r"pressur\w*|brainwash\w*|gaslit|gaslight\w*)\s+(?:[\w'\u2019-]+\s+){1,3}(?:into\s+)?"
    r"(?:believ\w*|think\w*|thought|feel\w*|felt)\b[^.;]*$",
    re.IGNORECASE,
)


PRONOUN = re.compile(r"\b(she|he|they)\b", re.IGNORECASE)


def adult_by_age(sentence: str, start: int) -> bool:
    """Whether the pronoun that does what the match says is given an adult's age in the sentence, and no
    child's age is written: "he is believed to be dealing; he is 29"."""
    ages = read_ages(sentence)
    if not ages or any(age.value < 18 for age in ages):
        return False
    doers = PRONOUN.findall(clause_before(sentence, start))
    return bool(doers) and any(age.owner == doers[-1].lower() and age.value >= 18 for age in ages)


# Words in quotation marks that the sentence reports, records as changed, or turns down are someone's wording
# held up to be looked at, not the writer's own.
QUOTED_NOT_USED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|call|called|calls|calling|describe|described|describes|"
    r"describing|refer\w*|label\w*|texted|messaged|write|writing|wrote|claimed|claims|alleged|insisted|"
    r"posted|named|nicknamed|"
    # a record of wording changed or flagged: "changed 'X' to 'Y'", "'X' was removed", "flagged 'X'"
    r"chang\w*|amend\w*|correct\w*|remov\w*|delet\w*|reword\w*|rephras\w*|edit\w*|struck|"
    r"flag\w*|warn\w*|challeng\w*|remind\w*|language|"
    # wording turned down: "rejected 'X'", "withdrew 'X'", "'X' is inappropriate", "rather than 'X'"
    r"reject\w*|withdr[ae]w\w*|retract\w*|inappropriate|unacceptable|not acceptable|taken out|took out|"
    r"fed back|rather than|instead of|never be used|not be used)\b",
    re.IGNORECASE,
)


def verdict(
    meaning, sentence: str, start: int, end: int, words: Words | None = None, *, may_parse: bool = True
) -> Verdict | None:
    """Keep or drop the match [start, end) of a rule with ``meaning`` (None: only the quote checks) in
    ``sentence`` (offsets within the sentence). With ``may_parse`` false, None when the answer needs a parse
    not yet made (the caller parses such sentences together and asks again)."""
    words = words or default_words()
    if about_wording(sentence, words):
        return DROP
    # A match may take in the quotation mark that closes it ("promiscu*" reaches "promiscuous'").
    quoted_end = end - 1 if end - start > 1 and sentence[end - 1] in CLOSING_QUOTES else end
    if inside_quotes(sentence, start, quoted_end) and QUOTED_NOT_USED.search(sentence):
        return DROP
    if meaning is None:
        return KEEP
    if meaning.acronym and acronym_explained(sentence, start, end):
        return DROP
    if meaning.negation == "drops" and negated(sentence, start, words):
        return DROP
    if meaning.negation == "requires" and not negated(sentence, start, words):
        return DROP
    if meaning.concession and conceded(sentence, start, words, end):
        return DROP
    if meaning.ages == "child" and not any(a.value < 16 for a in read_ages(sentence)):
        return DROP
    if meaning.ages == "relationship":
        found = age_relationship(sentence, start, end, words)
        if not found.keep:
            return found
        if meaning.doer is None:
            return found
    else:
        found = KEEP
    if meaning.doer == "not_adult":
        # Only an adult's own words or acts are set aside: a service minimising is still a finding.
        if not needs_parse(sentence, words) or no_reporting_lemma(sentence, words):
            return found
        if not may_parse and sentence not in PARSED:
            return None
        doc = parse(sentence)
        token = span_head(doc, start, end)
        if token is not None and reported_by_someone_else(doc, token, words):
            return DROP
        return found
    if meaning.doer == "child":
        if INDUCED_BELIEF.search(sentence, 0, start):
            return DROP  # "he manipulated her into believing she had chosen it": the belief is his doing
        if adult_by_age(sentence, start):
            return DROP  # "he is shotting from his car; he is 29": the one who does it is an adult
        if not needs_parse(sentence, words) and not any(age.value >= 18 for age in read_ages(sentence)):
            return found  # nobody but the child is named (no adult's word, no adult's age): the child does it
        if subject_only_before(sentence, start, words):
            return DROP  # "We agreed to ...", "The adult put ...": an adult or a service is the subject
        if REFLEXIVE.search(sentence, start, end) and not reported_words(sentence, words):
            return found  # "put herself at risk": the one who acts is the one the reflexive names
        if labelled_child(sentence, start, end, words):
            return found  # "she is described as ...": the label is the child's, whoever wrote it
        if not may_parse and sentence not in PARSED:
            return None
        doc = parse(sentence)
        token = span_head(doc, start, end)
        if token is None:
            return found
        if reported_by_someone_else(doc, token, words):
            return DROP
        kind = doer(doc, token, words)
        if kind in ("adult", "service"):
            return DROP
        if kind == "coerced" and token.pos_ not in ("NOUN", "PROPN"):
            # "was made to hold drugs" is correct usage; "used as a drug mule" still labels the child
            return DROP
    return found
