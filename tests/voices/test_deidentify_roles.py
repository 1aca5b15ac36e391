"""People named by the job they do (issue 20, session 15: ``deidentify/roles.py``). Sentences invented here,
none taken from an evaluation set; each kind has its hard negatives beside it."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Youth worker Bex took the group bowling.", "Youth worker [NAME] took"),
        ("The School Nurse Oluwaseun Adebayo rang about the bruise.", "School Nurse [NAME] rang"),
        ("A call came in from Health visitor Glenys Pryce this morning.", "Health visitor [NAME] this"),
        ("honestly my social worker is Kerry and shes alright", "my social worker is [NAME] and"),
        ("Keyworker: Bronagh\nNext review: March", "Keyworker: [NAME]\n"),
        ("Pam the dinner lady knows when something is up with me", "[NAME] the dinner lady"),
    ],
)
def test_a_person_named_by_their_job_comes_out(text, expected):
    assert expected in deidentify(text).text


@pytest.mark.parametrize(
    "text",
    [
        "The Youth Worker Team meets on Thursdays.",
        "Could the Social Worker join the call on Friday?",
        "Completed by: Residential Key Worker\nNext steps: see plan",
        "Update from the Family Support Worker: Went with Dad to the housing office.",
        "Message from Head of Year: Behaviour points are up again.",
    ],
)
def test_a_role_alone_stays(text):
    assert deidentify(text).text == text


def test_a_name_at_the_end_of_a_line_takes_no_surname_from_the_next():
    text = "Contact: Bronagh Kelly\nNext review: March"
    assert deidentify(text).text == "Contact: [NAME]\nNext review: March"
