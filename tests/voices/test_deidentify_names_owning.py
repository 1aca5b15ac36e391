"""A name written without its apostrophe before what the person owns is still a name (issue 20, session 10:
the misses of sets G and J, read by kind). Sentences invented here, none taken from an evaluation set; the
hard negatives (everyday words' plurals, relations after "my", shops) stand beside them."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we all went back to jaydens house after the park", "jaydens"),
        ("kierans older brother keeps asking me to hold stuff", "kierans"),
        ("i stayed at shanices flat for two nights", "shanices"),
        ("Tylers mum picked us up in the car", "Tylers"),
        ("Femis older bro drives her everywhere", "Femis"),
        # the person's home, after "at" or "round"
        ("i was sleeping at jaydens most nights", "jaydens"),
        ("we all went round Kierans after school", "Kierans"),
    ],
)
def test_a_name_owning_without_its_apostrophe_is_taken_out(text, name):
    out = deidentify(text).text
    assert name not in out
    assert "[NAME]" in out


@pytest.mark.parametrize(
    "text",
    [
        "the guys house is where they all hang out",  # an everyday word's plural
        "they said they would burn my nans house down",  # a relation after "my"
        "we waited in the tescos car park for ages",  # a shop
        "the kids party was loud and went on late",
        "i got my school shoes at Clarks on saturday",  # a shop named after its founders
        "we went round Tescos after school",
    ],
)
def test_plurals_relations_and_shops_before_a_house_are_kept(text):
    assert deidentify(text).text == text
