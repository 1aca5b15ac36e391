"""First names written in lower case with no cue beside them (issue 20, session 10: names still missed, by
kind): two first names joined by a hyphen, and a listed first name rarer in English than any everyday word
(under wordfreq's 2.6), unless it follows a place's preposition; and a common first name that is a rare word
("jade"), before what a person does or another person. Sentences invented here, none taken from an
evaluation set; the hard negatives (words made with a hyphen, a drug's street name, everyday words, places)
stand beside them."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me and lily-rose got the last bus home", "lily-rose"),
        ("i saw ellie-mae outside the chippy again", "ellie-mae"),
        ("billy-joe keeps messaging my sister", "billy-joe"),
    ],
)
def test_two_first_names_joined_by_a_hyphen_are_one_name(text, name):
    out = deidentify(text).text
    assert name not in out
    assert "[NAME]" in out


@pytest.mark.parametrize(
    "text",
    [
        "he pulled out a jack-knife on the stairs",  # a name and a thing
        "she wants rose-gold nails for prom",
        "we played ping-pong at the youth club",
        "he is a proper will-o-the-wisp, never around",
        "they were smoking mary-jane behind the garages",  # a drug's street name after taking it
        "he was selling mary jane out of his car",
    ],
)
def test_words_made_with_a_hyphen_and_a_drug_are_kept(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tanisha and her mum moved away last year", "tanisha"),
        ("the older lads chased kizzy down the road", "kizzy"),
    ],
)
def test_a_rare_listed_first_name_in_lower_case_is_a_name(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "we went round the estate and got chips",  # everyday words
        "innit bare long waiting for the bus",  # slang no name list has
        "i went to coventry on the train",  # a place after "to"
        "cant be bothered with school tbh",
    ],
)
def test_lower_case_words_that_are_no_listed_name_are_kept(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jess is on a tag since the summer", "jess"),
        ("poppy and kiera came round after school", "poppy"),
        ("shay got picked up by a man in a van", "shay"),
        ("dexter kept messaging me at night", "dexter"),
    ],
)
def test_a_common_first_name_that_is_a_rare_word_acting_as_a_person_is_a_name(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "we had jasmine rice and curry at the centre",  # the word before what it names
        "poppy seeds on the bagel got stuck in my teeth",
        "she wore ebony and gold to the party",  # a colour beside another colour
        "i want a jade necklace for my birthday",  # after a determiner
        "jasmine tea is what my nan drinks",
    ],
)
def test_a_rare_word_that_is_a_common_first_name_naming_a_thing_is_kept(text):
    assert deidentify(text).text == text
