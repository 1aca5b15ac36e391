"""A school no list names, by a name made of two words of the English landscape, after a word for going
there or leaving it: "i went to hillcrest til year 9", "excluded from Ferndale" (issue 20, session 18). Towns,
listed places, everyday words and a name followed by a capitalised word (a street's) are left. Sentences
invented here, none taken from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up
from youthvoice.deidentify.schools import _landscape_compound


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("Hillcrest", True),
        ("oakridge", True),
        ("greenfields", True),
        ("Kingsmead", True),
        ("Birchwood's", True),
        ("Chelsea", False),
        ("Bradford", False),  # "brad" is no word of the landscape
        ("playground", False),
    ],
)
def test_a_name_made_of_two_landscape_words(word, compound):
    assert _landscape_compound(word) is compound


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("i went to hillcrest til year 9 then got kicked out", "hillcrest"),
        ("Tyler was excluded from Ferndale in March.", "Ferndale"),
        ("me and my cousin go to birchwood and its ok", "birchwood"),
        ("some boys from oakridge keep starting on us", "oakridge"),
        ("she had to leave Kingsmead because of the bullying", "Kingsmead"),
    ],
)
def test_a_place_shaped_name_after_going_there_is_removed(text, school):
    result = deidentify(text)
    assert school not in result.text, result.text
    assert "[SCHOOL]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "we went to Wakefield on the train",  # a town
        "i went to Meadowhall with my mum",  # a listed shopping centre
        "my dad moved to Huddersfield last year",
        "we walked to the riverside after school",  # an everyday word
        "he lives at Hillcrest Road now",  # a street's name: the address rules' business
        "the group meets at Castlefield on Fridays",  # "at" alone says nothing of going there
    ],
)
def test_towns_listed_places_everyday_words_and_streets_are_left(text):
    assert "[SCHOOL]" not in deidentify(text).text


def test_a_small_town_named_after_a_saint_is_still_read_as_a_school_after_going_there():
    # St Andrews is a town of 17,000; "i go st andrews" is far more often a school. St Helens (183,000) is
    # a town a young person goes to at the weekend.
    assert "[SCHOOL]" in deidentify("i go to st andrews and its alright").text
    assert "[SCHOOL]" not in deidentify("i go to st helens on the weekend to see my dad").text
