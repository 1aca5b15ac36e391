"""A first name in capitals whose dictionary sense is rare in English ("Arjun", a tree; "Shay", a chaise;
"Demi") is read as the name it nearly always is; in lower case it stays a word ("ebony and gold"), and a first
name that is an everyday word ("Will", "Hope", "Mark") still needs the words around it (issue 20, session 17).
Sentences invented here, none taken from an evaluation set."""

import pytest

from youthvoice.deidentify import names
from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize("word", ["arjun", "shay", "demi", "tamara", "rohan", "phoebe"])
def test_the_names_below_are_dictionary_words_used_rarely(word):
    # what makes the sentences below a test of this reading, not of another
    assert names.is_first_name(word)
    assert names.is_dictionary_word(word)
    assert names._zipf(names._lexicon()[3], word) < names._RARE_ZIPF


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rohan beat me at pool.", "Rohan"),
        ("Tamara beat me at pool after school", "Tamara"),
        ("it was Celeste who told me where the flat was", "Celeste"),
        ("Phoebe beat me.", "Phoebe"),
    ],
)
def test_a_rarely_worded_first_name_in_capitals_is_a_name(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Will it help if I come to the meeting?",
        "Mark the register before the session starts",
        "Hope is what keeps me going",
        "Nan said I could stay over at hers",
    ],
)
def test_an_everyday_word_that_is_a_first_name_is_kept_without_a_cue(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    "text", ["she wore ebony and gold to the party", "a fawn coloured dog ate my kale and garnet crisps"]
)
def test_in_lower_case_a_rarely_used_word_stays_a_word(text):
    assert deidentify(text).text == text
