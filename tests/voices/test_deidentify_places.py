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
        ("Shanice was seen leaving the Dunmore estate with two older males.", "the [ADDRESS] with"),
        ("Police believe this is Carl Jessop, aged 20, of the Fernhill estate.", "of the [ADDRESS]."),
        ("Kofi said he sleeps at his cousin's in Alder House most weekends.", "in [ADDRESS] most"),
        ("Missing episode 2: Leanne located at Pelham Court by police.", "located at [ADDRESS] by"),
        ("Amir goes to parties at the Brook Vale flats every Friday.", "the [ADDRESS] every"),
        ("Dion lives at Ashby Tower, flat 12.", "at [ADDRESS], flat 12"),
        # an address label ties the place to the person the form is about
        ("Last known address: the Greyfield estate", "address: the [ADDRESS]"),
        # a street without a house number, everyday or not, beside a named person
        ("Marek works cash in hand at a car wash on Station Road.", "on [ADDRESS]."),
        ("Josie said she is moving to Elm Park Road next month.", "to [ADDRESS] next"),
        # and in lower case, after a word for where someone goes, as young people type it
        ("me n kai always get stopped down tenby street", "down [ADDRESS]"),
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
        "Detached work on the Dunmore estate. Engaged 9 young people at the MUGA.",
        "PCSO patrol of the Fernhill estate 18:00-20:00. Quiet.",
        "Alder House flats have had a spate of cuckooing reports.",
        # what someone owns, and institutions named like blocks
        "Will to be read next week; Grandmother's estate includes the family home.",
        "Lamar appeared at Crown Court today; sentencing next month.",
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
