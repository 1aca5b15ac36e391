"""Practitioners in minutes by their initials (issue 20, session 19): initials with their job in brackets
("KM (Chair, CSC)", "AO'N (Police)"), a job with initials in brackets ("IDVA (PH)"), initials listed after a
label ("Cases discussed: AB, JT, MQ"), and the same initials again later in the text. And what stays: a job
spelt out beside its own letters ("SW (Social Worker)"), the partnership's acronyms, measurements beside the
word "account". Sentences invented here, none taken from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Present: BW (Chair, CSC), TR (School DSL), GE (Health).",
            "Present: [NAME] (Chair, CSC), [NAME] (School DSL), [NAME] (Health).",
        ),
        (
            "Attendees: PK (SW), Dad, ZL (Family Support Worker)",
            "Attendees: [NAME] (SW), Dad, [NAME] (Family Support Worker)",
        ),
        (
            "CO'D (Police) and MO’B (Named Nurse) attended",
            "[NAME] (Police) and [NAME] (Named Nurse) attended",
        ),
        ("Chair: WY (Team Manager)", "Chair: [NAME] (Team Manager)"),
        ("JN (DSL, Hillside Academy) raised the concern", "[NAME] (DSL, [SCHOOL]) raised the concern"),
        ("IDVA (RQ) will update the victim.", "IDVA ([NAME]) will update the victim."),
        (
            "Referral taken by youth worker (FG) on Monday",
            "Referral taken by youth worker ([NAME]) on Monday",
        ),
    ],
)
def test_initials_beside_a_job_in_minutes_are_a_person(text, expected):
    assert deidentify(text).text == expected


def test_the_same_initials_later_in_the_minutes_are_the_same_person():
    text = "Present: BW (Chair), GE (Health)\nBW summarised the plan. GE: no concerns. GE to book a review."
    assert deidentify(text).text == (
        "Present: [NAME] (Chair), [NAME] (Health)\n[NAME] summarised the plan. [NAME]: no concerns. "
        "[NAME] to book a review."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases discussed: KD, TW, HZ. KD: new referral.",
            "Cases discussed: [NAME], [NAME], [NAME]. [NAME]: new referral.",
        ),
        ("Present: BW, DSL, GE", "Present: [NAME], DSL, [NAME]"),
        ("Apologies: J.T., M.Q.", "Apologies: [NAME], [NAME]"),
    ],
)
def test_initials_listed_after_a_label_are_people_and_roles_among_them_stay(text, expected):
    result = deidentify(text)
    assert result.text == expected
    # each person is their own span, not the whole list
    assert all(end - start <= 4 for start, end, _ in result.spans)


@pytest.mark.parametrize(
    "text",
    [
        "SW (Social Worker) to visit on Friday.",
        "Health Visitor (HV) saw the baby at home.",
        "Present: DSL, SW, YOT, CAMHS",
        "Referral source: Police (PPN)",
        "Chief Nurse (ICB) gave the update.",
        "the CSC (Children's Social Care) threshold was not met",
        "Bruise approx 2cm, yellowing, consistent with the account given.",
        "Cut about 3mm long; the account given fits it.",
    ],
)
def test_jobs_acronyms_and_measurements_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Subject: TB – update\nTB's aunt rang this morning.",
            "Subject: [NAME] – update\n[NAME]'s aunt rang this morning.",
        ),
        ("KD's mum called the office", "[NAME]'s mum called the office"),
        ("the YOT's phone was off", "the YOT's phone was off"),
    ],
)
def test_initials_whose_family_or_home_is_named_are_a_person(text, expected):
    assert deidentify(text).text == expected
