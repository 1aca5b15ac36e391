"""Estates, blocks and streets that point to a named person (issue 20, session 15: ``deidentify/places.py``).
Sentences invented here, none taken from an evaluation set; each kind has its hard negatives beside it."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up
from youthvoice.deidentify.places import places_of_people


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an estate or a block of flats where someone named lives, goes or was found
        ("Shanice was dropped off by a taxi on the Dunmore estate at midnight.", "the [ADDRESS] at"),
        ("The older male is Carl Jessop, 20, of the Fernhill estate.", "of the [ADDRESS]."),
        ("Kofi said he sleeps at his cousin's in Alder House most weekends.", "in [ADDRESS] most"),
        ("Leanne was found by police in a stairwell at Pelham Court.", "stairwell at [ADDRESS]."),
        ("Amir says the older lads sell from the Brook Vale flats now.", "the [ADDRESS] now"),
        ("Dion's mum rents a flat in Ashby Tower.", "a flat in [ADDRESS]."),
        # an address label ties the place to the person the form is about
        ("Address given: the Greyfield estate (no number)", "given: the [ADDRESS] (no"),
        # a street without a house number, everyday or not, beside a named person
        ("Marek says he sweeps up at a barber's on Station Road.", "on [ADDRESS]."),
        ("Josie's family are moving to Ash Park Road in the spring.", "to [ADDRESS] in"),
        # and in lower case, after a word for where someone goes, as young people type it
        ("me n kai always get stopped down corwen street", "down [ADDRESS]"),
    ],
)
def test_a_place_beside_a_named_person_comes_out(text, expected):
    result = deidentify(text)
    assert expected in result.text
    assert "ADDRESS" in result.found


@pytest.mark.parametrize(
    "text",
    [
        # no one named: a note about the estate is about the estate
        "Detached session on the Dunmore estate: a quiet night, two groups met.",
        "Police patrols on the Fernhill estate were stepped up after the fireworks.",
        "Alder House flats had two police call-outs last month.",
        # what someone owns, and institutions named like blocks
        "Grandad's estate is still being sorted out by the solicitor.",
        "Lamar is due at Crown Court in the new year.",
        "Jade has her hearing at the Youth Court on Monday.",
        # every town's street, and a street that is no one's name
        "Ryan went shopping on the High Street after school.",
        "Ella said the car waits down our street most nights.",
    ],
)
def test_a_place_that_points_to_no_one_stays(text):
    assert "ADDRESS" not in deidentify(text).found


def test_only_texts_that_name_someone_are_read():
    assert places_of_people("We met at Pelham Court.") == []
    text = "[NAME] met us at Pelham Court."
    assert [text[s:e] for s, e in places_of_people(text)] == ["Pelham Court"]


def test_a_block_named_like_a_street_is_one_place():
    text = "[NAME] stays at Pelham Court Road flats."
    assert [text[s:e] for s, e in places_of_people(text)] == ["Pelham Court Road flats"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("the Larch Street food bank gave us a hamper", "Larch Street"),
        ("Ryan was dropped at the Tenby Road health centre for his appointment.", "Tenby Road"),
        ("PCSO attended Carver Road school gates at pick-up.", "Carver Road"),
        ("Hunter Lane car park is a known spot for exchanges.", "Hunter Lane"),
    ],
)
def test_a_street_naming_a_place_everyone_uses_stays(text, street):
    result = deidentify(text)
    assert street in result.text
    assert "ADDRESS" not in result.found


def test_a_home_on_the_same_street_still_comes_out():
    assert deidentify("Kelsey lives on Larch Street near the food bank.").text == (
        "[NAME] lives on [ADDRESS] near the food bank."
    )


def test_a_house_by_its_own_name_beside_a_named_person_comes_out():
    assert deidentify("I visited Keanu at The Laurels children's home today.").text == (
        "I visited [NAME] at [ADDRESS] children's home today."
    )
    assert deidentify("The Laurels were in flower along the drive.").text == (
        "The Laurels were in flower along the drive."
    )
