"""Reading age: youthvoice's Flesch-Kincaid grade is textstat's, counted once per distinct word."""

import textstat
from hypothesis import given, settings
from hypothesis import strategies as st
from textstat.backend.counts import count_sentences

from youthvoice.language.readability import (
    READING_AGE_TARGET,
    flesch_kincaid_grade,
    meets_reading_target,
    reading_age,
    sentence_count,
    word_syllables,
)

# Words in and out of the CMU dictionary, contractions, hyphens, numbers, accents and the punctuation that
# ends, splits or merely decorates sentences.
PIECES = [
    "She",
    " said",
    " the",
    " safeguarding",
    " multi-agency",
    " wasn't",
    " they'll",
    " o'clock",
    " 'quoted'",
    " Zyxwvut",
    " café",
    " naïve",
    " 16",
    " 2,000",
    " ...",
    ".",
    "!",
    "?",
    "?!",
    ",",
    ";",
    " -",
    "\n",
    "\n\n",
    " ",
    " a",
    " I",
    " exploitation",
    " Exploitation",
    " Every",
    " Area",
    " criminalisation",
    " YP",
    "'s",
    " don't",
    " '",
    "'ve",
    "''",
    " ’s",
    "…",
    "\u00a0",
    "\t",
    " £5",
    " e.g.",
]

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_grade_equals_textstats_for_any_text(text):
    assert flesch_kincaid_grade(text) == textstat.flesch_kincaid_grade(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_sentences_are_counted_as_textstat_counts_them(text):
    assert sentence_count(text) == count_sentences(text)


def test_grade_equals_textstats_on_real_length_notes():
    visit = (
        "Met with the young person at the youth centre after school. "
        "She said she felt safer since moving to the new foster home. "
        "Discussed college options and the bus pass application. "
    )
    note = (
        visit * 40
        + "Every Area manager's idea: Multi-agency meeting arranged; the adult's car was seen again."
    )
    assert flesch_kincaid_grade(note) == textstat.flesch_kincaid_grade(note)


def test_syllables_come_from_the_dictionary_then_hyphenation():
    assert word_syllables("exploitation") == 4  # the CMU dictionary
    assert word_syllables("cat") == 1
    assert word_syllables("area") == 3  # Pyphen alone would say 1
    assert word_syllables("zyxwvutsrq") >= 1  # not in the dictionary: Pyphen's hyphenation points plus one


def test_reading_age_is_grade_plus_five_and_none_without_words():
    plain = "We will meet you at the park. You can bring a friend. We will listen."
    assert reading_age(plain) == round(max(textstat.flesch_kincaid_grade(plain), 0) + 5, 1)
    assert meets_reading_target(reading_age(plain))
    hard = (
        "Notwithstanding contextual safeguarding considerations, multi-agency practitioners operationalise "
        "collaborative interventions addressing intrafamilial and extrafamilial exploitation vulnerabilities."
    )
    assert reading_age(hard) > READING_AGE_TARGET and not meets_reading_target(reading_age(hard))
    assert reading_age("") is None and reading_age("12 34 !!") is None
    assert not meets_reading_target(None)
