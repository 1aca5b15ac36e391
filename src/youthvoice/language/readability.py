"""Reading age: how old a reader usually is before they can read a text easily.

UK reading age is the US school grade plus five; the grade is Flesch-Kincaid's, counted exactly as textstat
counts it (its words, its sentences, its syllables from the CMU dictionary with Pyphen for other words).
youthvoice aims for a reading age of 12 or below in everything it publishes to young people.

textstat caches whole texts only, so every new text pays for a dictionary lookup and a phone count for each
of its words again, which is most of the time the language check endpoint spends on a long note. Here each
distinct word is counted once per process: words repeat across texts far more than texts do. A property
test holds the grade equal to textstat's own (tests/test_language_readability.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from textstat.backend.selections import list_words
from textstat.backend.utils import get_cmudict, get_pyphen

from youthvoice.language.limits import READING_AGE_TARGET  # noqa: E402 - re-exported

HAS_WORDS = re.compile(r"[A-Za-z]{2,}")
LANGUAGE = "en_US"  # textstat's default, which youthvoice has always used
# textstat's sentences: a run up to its closing stops; one of two words or fewer does not count as a sentence.
SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
# textstat removes punctuation before it counts words (a contraction's apostrophe stays, but always beside a
# letter): a whitespace-separated piece of text is a word when it holds a word character.
WORD_CHARACTER = re.compile(r"\w")
# Distinct words remembered: English case notes and updates use far fewer; each entry is a few dozen bytes.
SYLLABLE_CACHE_WORDS = 100_000


@lru_cache(maxsize=SYLLABLE_CACHE_WORDS)
def word_syllables(word: str) -> int:
    """Syllables in one lower-case word, as textstat counts them: the CMU dictionary's vowel sounds in the
    first pronunciation, else Pyphen's hyphenation points plus one."""
    try:
        phones = get_cmudict(LANGUAGE)[word][0]
        return sum(1 for phone in phones if phone[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(get_pyphen(LANGUAGE).positions(word)) + 1


def sentence_count(text: str) -> int:
    """Sentences in ``text``, equal to textstat's ``count_sentences`` without its cache of every sentence."""
    if not text:
        return 0
    sentences = SENTENCE.findall(text)
    short = sum(1 for sentence in sentences if not has_three_words(sentence))
    return max(1, len(sentences) - short)


def has_three_words(sentence: str) -> bool:
    found = 0
    for piece in sentence.split():
        if WORD_CHARACTER.search(piece):
            found += 1
            if found == 3:
                return True
    return False


def flesch_kincaid_grade(text: str) -> float:
    """Flesch-Kincaid grade of ``text``, equal to ``textstat.flesch_kincaid_grade(text)``."""
    words = list_words(text, lowercase=True)
    sentences = sentence_count(text)
    if not words or not sentences:
        return 0.0
    words_per_sentence = len(words) / sentences
    syllables_per_word = sum(map(word_syllables, words)) / len(words)
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
