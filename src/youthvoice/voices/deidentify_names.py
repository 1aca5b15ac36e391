"""Names the de-identifier's fixed rules did not catch: a cascade of open name lists, English word
frequencies, the words around a name, and spaCy's small English model as a second opinion.

Private to ``youthvoice.voices.deidentify``, which runs it after its structured detectors and cue rules.

1. Every word is looked up in large open name lists (data/names/, built by scripts/build-name-lists from
   Faker's locale lists and the US Census lists) and in an English dictionary (Webster's Second, public
   domain, from the english-words package) weighed by how often the word is used (wordfreq).
2. A name that is not an everyday word ("Kacper", "Aoife", "Nguyen") is a name wherever it stands, in
   capitals; in lower case only beside a cue ("me n kacper").
3. A name that is also a word (Joy, Mark, Sky, Frank), or a capitalised word we do not know, is a name when
   the words around it say so: "me and", "with", a title, a possessive, a verb of saying or doing after it.
4. What is still uncertain (a capitalised word-name or a rare capitalised word mid-sentence with no cue)
   goes to spaCy's named-entity recogniser, once per answer and only then: it has the last word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word: letters, with inner apostrophes and hyphens ("O'Brien", "Ellie-Mae", "Siobhán").
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
_POSSESSIVE = ("'s", "’s")
_SENTENCE_END = frozenset('.!?\n:;"“”(')
# Common words that are never names, beyond the dictionary: pronouns, articles, text-speak.
_CLOSED = _words(
    """i im i'm ive id me my mine you u ur your yours he him his she her hers it its we us our they them
    their the a an and n or but so if then than that this these those there here what who whom whose
    which when where why how not no yes yeah ye ya ok okay lol lmao omg idk tbh ngl rn fr innit bruv bro
    sis fam mate mum mam mom dad nan gran grandad auntie uncle sir miss mr mrs ms dr pc dc"""
)
_TITLES = _words("mr mrs ms miss mx dr sir pc dc ds di sgt insp")
_NICKNAME_PREFIXES = _words("big lil little young yung baby lil'")
# A name is beside the young person or a verb of saying or doing.
_CUE_BEFORE = {
    ("me", "and"),
    ("me", "n"),
    ("me", "&"),
    ("us", "and"),
    ("me", "an"),
    ("and", "me"),
}
# Strong cues make any capitalised word a name; weak ones only a name from the lists (or the model's).
_STRONG_BEFORE = _words(
    """im i'm called named call calls ask asked tell told text texted message messaged msg msgd dm dmd
    rang ring phoned blocked reported trust trusted fancy fancies thank thanks hi hey hiya dear bestie
    bf gf boyfriend girlfriend"""
)
_WEAK_BEFORE = _words(
    """with wiv w saw seen met meet like likes liked love loves loved hate hates hated by about bout and
    friend mate brother sister cousin uncle auntie aunt neighbour worker teacher carer"""
)
_STRONG_AFTER = _words(
    """said says sed told tells tellin telling asked asks texted texts messaged messages rang rings called
    calls gave gives offered offers threatened threatens picked picks reckons introduced
    grabbed pushed"""
)
_WEAK_AFTER = _words(
    """give took takes take kept keeps sent sends wanted wants made makes got gets came comes went goes was
    is were has had does did will would can could knows knew thinks thought lives lived stays stayed drove
    drives sells sold owes owed hit hits showed shows brought brings let lets helped helps"""
)
_INTRODUCTIONS = _words("im i'm iam")
_AND_ME_AFTER = {("and", "me"), ("n", "me"), ("&", "me")}

_MODEL_CONFIRMS = frozenset({"PERSON"})
# A capitalised unknown word this rare is worth asking the model about; a commoner one is a place or a brand.
_RARE_ZIPF = 3.0
# A name from the lists used more often than this as a word is a place or a famous name too ("London",
# "Paris", "Jordan"): the model decides.
_FREQUENT_ZIPF = 4.6


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _read_words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    words = {word for line in lines if not line.startswith("#") for word in line.split()}
    return frozenset(words | {_strip_accents(word) for word in words})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, float]]:
    """(first names, surnames, everyday English words, word frequencies), loaded once."""
    from english_words import get_english_words_set
    from wordfreq import get_frequency_dict

    first = _read_words(_DATA / "names" / "first_names.txt") | _read_words(_DATA / "first_names.txt")
    surnames = _read_words(_DATA / "names" / "surnames.txt")
    frequencies = get_frequency_dict("en", wordlist="large")
    # Lower-case dictionary entries used at least once in a million words: "mark", "joy", "will"; the
    # dictionary lists proper names with a capital, so "kacper" and "chloe" are not words.
    dictionary = frozenset(
        word
        for word in get_english_words_set(["web2"], lower=False, alpha=True)
        if word.islower() and frequencies.get(word, 0.0) >= 1e-6
    )
    return first, surnames, dictionary | _CLOSED, frequencies


def _zipf(frequencies: dict[str, float], word: str) -> float:
    import math

    frequency = frequencies.get(word, 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


def is_everyday_word(word: str) -> bool:
    """A word in the dictionary, or one used more than a few times in a million words of English."""
    _, _, dictionary, frequencies = _lexicon()
    word = word.lower()
    return word in dictionary or _zipf(frequencies, word) >= 3.5


class _Word:
    __slots__ = ("start", "end", "text", "lower", "base_end", "capital", "sentence_start")

    def __init__(self, match: re.Match, text: str) -> None:
        self.start, self.end = match.span()
        word = match.group(0)
        self.base_end = self.end - 2 if word[-2:] in _POSSESSIVE else self.end
        self.text = text[self.start : self.base_end]
        self.lower = self.text.lower()
        self.capital = self.text[:1].isupper() and not (len(self.text) > 1 and self.text.isupper())
        before = text[: self.start].rstrip()
        self.sentence_start = not before or before[-1] in _SENTENCE_END


def find_names(text: str, *, not_names: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` (which may hold placeholders already) that are people's names."""
    first, surnames, dictionary, frequencies = _lexicon()
    words = [_Word(m, text) for m in _TOKEN.finditer(text) if not _inside_placeholder(text, m.start())]
    if not words:
        return []
    decided: dict[int, bool] = {}
    uncertain: list[int] = []

    def known(word: _Word) -> str:
        """'first', 'surname' or '' for a word (or each part of a hyphenated one)."""
        for form in (word.lower, *word.lower.split("-")):
            if form in first:
                return "first"
        return "surname" if word.lower in surnames else ""

    for index, word in enumerate(words):
        lower = word.lower
        if lower in not_names or lower in _CLOSED or len(lower) < 2:
            continue
        previous = words[index - 1].lower if index else ""
        before_that = words[index - 2].lower if index > 1 else ""
        following = words[index + 1].lower if index + 1 < len(words) else ""
        after_that = words[index + 2].lower if index + 2 < len(words) else ""
        adjacent_before = index and _only_space_between(text, words[index - 1].end, word.start)
        possessive = word.base_end != word.end
        strong = (
            (before_that, previous) in _CUE_BEFORE
            or (previous in _STRONG_BEFORE and not words[index - 1].capital)
            or (previous in _TITLES and adjacent_before)
            or (previous in _NICKNAME_PREFIXES and adjacent_before and word.capital)
            or following in _STRONG_AFTER
            or (following, after_that) in _AND_ME_AFTER
            or bool(index > 0 and decided.get(index - 1) and adjacent_before)
        )
        cue = (
            strong
            or possessive
            or following in _WEAK_AFTER
            or (previous in _WEAK_BEFORE and not words[index - 1].capital)
        )
        is_word = lower in dictionary
        kind = known(word)
        frequent = _zipf(frequencies, lower) >= _FREQUENT_ZIPF
        if word.capital:
            if kind and not is_word:
                # From the lists and not an everyday word: a name, unless it is as common as a place.
                if not frequent or strong:
                    decided[index] = True
                else:
                    uncertain.append(index)
            elif strong and (not is_word or not word.sentence_start or kind):
                decided[index] = True
            elif kind == "first" and cue and not word.sentence_start:
                decided[index] = True  # a name that is also a word, beside a cue: "with Joy"
            elif kind == "first" or (
                not is_word
                and (not word.sentence_start or possessive)
                and _zipf(frequencies, lower) < _RARE_ZIPF
            ):
                uncertain.append(index)
        elif kind == "first" and ((not is_word and not frequent and cue) or (strong and not frequent)):
            # Text-speak in lower case: "me n dan", "with kacper", "jayden said".
            decided[index] = True
        elif kind and not is_word and index > 0 and decided.get(index - 1) and adjacent_before:
            decided[index] = True  # a lower-case surname after a lower-case first name
        elif previous in _INTRODUCTIONS and not is_word and _zipf(frequencies, lower) < _RARE_ZIPF:
            decided[index] = True  # "im olamide": a word no dictionary has, after "I'm"
        elif (
            index > 1
            and words[index - 2].lower in _INTRODUCTIONS
            and decided.get(index - 1)
            and not is_word
            and _zipf(frequencies, lower) < _RARE_ZIPF
        ):
            decided[index] = True

    if uncertain:
        people = _model_people(text)
        for index in uncertain:
            word = words[index]
            if any(start <= word.start and word.base_end <= end for start, end in people):
                decided[index] = True
    spans = [(words[i].start, words[i].base_end) for i in sorted(i for i, yes in decided.items() if yes)]
    return _merge_adjacent(text, spans)


def _inside_placeholder(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == "[" and text[start:].split("]", 1)[0].isupper()


def _only_space_between(text: str, end: int, start: int) -> bool:
    return 0 < start - end <= 2 and not text[end:start].strip()


def _merge_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _only_space_between(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _model_people(text: str) -> list[tuple[int, int]]:
    """Where spaCy's recogniser (alone: no tagger or parser, for speed) sees a person."""
    from youthvoice.core.nlp import english

    nlp = english()
    doc = nlp.get_pipe("ner")(nlp.make_doc(text))
    return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _MODEL_CONFIRMS]
