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
        "He quotes Andrew Tate a lot in group sessions.",
        "Prince William was on the news talking about homelessness.",
        "Storm Darragh brought the fence down at the youth club.",
        "Peppa Pig was on in the waiting room again",
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
    ["Full name: prefer not to say", "Child's name: Child C", "Name: anonymous", "Name: YP (withheld)"],
)
def test_a_name_field_given_no_name_stays(text):
    assert deidentify(text).text == text


def test_a_name_field_given_a_name_still_loses_it():
    assert deidentify("Name: Precious Okafor").text == "Name: [NAME]"
