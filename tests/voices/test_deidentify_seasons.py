"""A month or a season that is a first name ("Summer", "April") is a name when it acts as a person does: it
tells or says something, or goes with "me" or another first name (issue 20, session 10: names still missed,
by kind). Sentences invented here, none taken from an evaluation set; the hard negatives (the season itself,
a list of months, a modal verb) stand beside them."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Summer told me the car would be outside at ten", "Summer"),
        ("April n me used to walk home together", "April"),
        ("Summer and Kiera stayed out all weekend", "Summer"),
        ("June said the older lads gave her a phone", "June"),
    ],
)
def test_a_season_that_acts_as_a_person_is_a_name(text, name):
    out = deidentify(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Summer and autumn are when most young people go missing",
        "June and July were the worst months for it",
        "Summer holidays are long with nothing to do",
        "May I ask who will be at the meeting?",
        "Summer is the busiest time for the youth club",
    ],
)
def test_a_season_or_a_month_as_itself_is_kept(text):
    assert deidentify(text).text == text
