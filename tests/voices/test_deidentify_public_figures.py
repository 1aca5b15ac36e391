"""Public figures, named storms and a form's name field with no name in it are never a private person (issue
20, session 15: ``deidentify/data/public_figures.txt``, ``cues._NO_NAME_GIVEN``). Sentences invented here,
none taken from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    "text",
    [
        "Stormzy and Little Simz are on at the festival this year",
        "my little sister only listens to Taylor Swift now",
        "He has posters of Bukayo Saka and Cole Palmer in his room.",
        "YP has been watching Andrew Tate videos; discussed healthy relationships.",
        "Prince William opened the new youth centre last spring.",
        "Session cancelled because of Storm Darragh.",
        "we watched Bluey with my cousins all afternoon",
    ],
)
def test_a_public_figure_stays(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the first name alone is an everyday one: a friend's
        ("Marcus said he would meet me after school", "Marcus"),
        ("Taylor keeps messaging me at night", "Taylor"),
        # and a private person who shares a public figure's surname
        ("Jodie Saka from Year 10 was there too", "Jodie Saka"),
    ],
)
def test_a_private_person_with_a_famous_name_still_comes_out(text, name):
    assert name not in deidentify(text).text


@pytest.mark.parametrize(
    "text",
    ["Name: prefer not to say", "Name: Child B", "Referrer name: self", "Name: anonymous"],
)
def test_a_name_field_given_no_name_stays(text):
    assert deidentify(text).text == text


def test_a_name_field_given_a_name_still_loses_it():
    assert deidentify("Name: Precious Okafor").text == "Name: [NAME]"
