"""First names given in England and Wales (the ONS baby-name statistics, data/names/ons_first_names.txt) that
the other open lists lack: the de-identifier reads them as it reads every listed name (issue 20, session 17).
Sentences invented here, none taken from an evaluation set."""

from pathlib import Path

import pytest

from youthvoice.deidentify import names
from youthvoice.deidentify.engine import deidentify, warm_up

ONS_LIST = Path(names.__file__).with_name("data") / "names" / "ons_first_names.txt"


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def _ons_names() -> set[str]:
    lines = ONS_LIST.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def test_the_list_names_its_source_and_licence():
    head = ONS_LIST.read_text(encoding="utf-8")[:600]
    assert "Office for National Statistics" in head
    assert "Open Government Licence v3.0" in head


@pytest.mark.parametrize("name", ["priyanka", "eilidh", "darcey", "zakariya", "keiran", "aminah", "zoya"])
def test_names_the_other_lists_lacked_are_first_names(name):
    assert name in _ons_names()
    assert names.is_first_name(name)


@pytest.mark.parametrize(
    "word",
    [
        "honey",  # an English word
        "ocean",
        "vienna",  # common in English: a city
        "favour",
        "kavanagh",  # a surname in the lists: a first name before it still makes a full name
        "brixton",  # a UK place: the place lists decide it
        "darlington",
    ],
)
def test_words_surnames_and_places_are_left_out(word):
    assert word not in _ons_names()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i told aminah and she told her mum", "aminah"),
        ("we got jumped by keiran and his mates", "keiran"),
        ("i went with zoya n her sister", "zoya"),
        ("saw u with darcey last night", "darcey"),
        ("ZAKARIYA WHERE ARE U", "ZAKARIYA"),
    ],
)
def test_a_name_only_the_ons_lists_is_removed(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "they were throwing stones at buses on the 9 route",  # "Buse" is a name; "buses" is buses
        "the boxes were left at the door",
        "he was in Brixton with his cousin",
        "Honey and lemon helps a sore throat",
    ],
)
def test_everyday_plurals_places_and_words_are_kept(text):
    assert deidentify(text).text == text
