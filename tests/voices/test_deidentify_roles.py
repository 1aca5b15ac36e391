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
        ("Youth worker Bex ran the cooking session, 9 attended.", "Youth worker [NAME] ran"),
        ("Seen by the School Nurse Oluwaseun Adebayo for stomach aches.", "School Nurse [NAME] for"),
        ("Health visitor Glenys Pryce reports the baby is thriving.", "Health visitor [NAME] reports"),
        ("my social worker is Kerry but she's leaving", "my social worker is [NAME] but"),
        ("Keyworker: Bronagh\nPlacement: supported lodgings", "Keyworker: [NAME]\n"),
        ("Pam the dinner lady always saves me a yoghurt", "[NAME] the dinner lady"),
    ],
)
def test_a_person_named_by_their_job_comes_out(text, expected):
    assert expected in deidentify(text).text


@pytest.mark.parametrize(
    "text",
    [
        "The Youth Worker Team meets on Thursdays.",
        "Can the Social Worker attend the review?",
        "Reported by: Residential Key Worker\nRisk grading: Medium",
        "Case note from the Family Support Worker: Took the children to the food bank.",
        "Email from Head of Year: Attendance 62% this term.",
    ],
)
def test_a_role_alone_stays(text):
    assert deidentify(text).text == text
