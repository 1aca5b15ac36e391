"""A message that has already named the one it is written to ends with its writer's name, even when that
name is a common one or no list has it (issue 20, session 10: names still missed, by kind). Sentences
invented here, none taken from an evaluation set; the hard negatives (no one addressed, a club, a relation)
stand beside them."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi Rachel, is the room booked for Monday? Jo x",
            "Hi [NAME], is the room booked for Monday? [NAME] x",
        ),
        ("Thanks Dan, all sorted now. Ste", "Thanks [NAME], all sorted now. [NAME]"),
        (
            "Hello Priti, the review has moved to the 4th. Best, Sam",
            "Hello [NAME], the review has moved to the 4th. Best, [NAME]",
        ),
        (
            "Many thanks Nadia, I will ring the carer later. Helen",
            "Many thanks [NAME], I will ring the carer later. [NAME]",
        ),
    ],
)
def test_the_last_word_of_a_message_to_someone_named_signs_it_off(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi all, what a game on Saturday. Chelsea",  # no one named: a club, not the writer
        "Hi, we are off on holiday next week. Paris",
        "Hi, are you coming tonight? Florence x",
        "Thanks for the tickets. Liverpool",
        "Thanks for the lift home. Legend",  # an everyday word
        "Hi, where are you? Mum",
        "We went to the match on Saturday. Jordan",  # not a message at all
    ],
)
def test_a_last_word_is_kept_when_the_message_names_no_one(text):
    assert deidentify(text).text == text


def test_a_relation_signing_off_a_message_to_someone_named_is_kept():
    assert deidentify("Hi Rachel, lovely to see you today. Love, Mum").text.endswith("Love, Mum")
