"""Session 11 of the de-identifier's names (issue 20): readings meant to carry to writers nobody here has
read. Every sentence is invented for this file, none taken from an evaluation set; each reading has hard
negatives beside it (text that must come out byte-identical)."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def _kept(text: str) -> None:
    out = deidentify(text).text
    assert out == text, out


# A name is not an inflected English word: "-es" follows a hissing sound or an "o", a bare "-ed" never
# follows an "e" ("James" is not "jam" + "es", "Fareed" is not "fare" + "ed").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fareed said he would meet me after school", "Fareed"),
        ("Rasheed and Naveed picked us up in a van", "Naveed"),
        ("i think James is the one who gave her the phone", "James"),
    ],
)
def test_a_name_is_not_read_as_an_inflected_word(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "she goes out every night and nobody asks where",
        "the boxes were left by the back door",
        "he wishes he never got involved",
        "they fared better once they moved house",
        "we jammed the door shut and waited",
    ],
)
def test_inflected_everyday_words_stay(text):
    _kept(text)


# A capitalised first name straight before a capitalised surname, or a word rarer than everyday English, is
# one person's full name even where each alone is also a word ("Sharp", "Shah", "Pilling").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Sharp rang the office at ten to say she was safe", "Sharp"),
        ("Naveed Shah is known to police for supply", "Naveed"),
        ("Tenant Graham Pilling says he is scared of the men", "Pilling"),
        ("Present: Tom Sharp (police), Jo Bright (school)", "Sharp"),
        ("Ben Harrow and his sister were seen at the shop", "Ben"),
    ],
)
def test_a_first_name_before_a_surname_that_is_also_a_word_is_a_full_name(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Rose Gold nails are what everyone wants this year",
        "we sat near Holly Bush waiting for the bus",
        "the Grace Period ended so i owe them more",
        "we had an Ada Lovelace Day at school about coding",
        "he wore a Ralph Lauren hoodie every day",
        "Will Power is what my coach keeps going on about",
        "Young Money was playing in the car",
    ],
)
def test_pairs_of_everyday_words_and_things_named_after_people_stay(text):
    _kept(text)
