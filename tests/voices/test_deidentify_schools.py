"""Schools named by the kind of school they are, with no list configured (issue 20, session 15). Sentences
invented here, none taken from an evaluation set; each kind has its hard negatives beside it."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Ashgrove Secondary have asked for a meeting about his attendance.", "Ashgrove Secondary"),
        ("Her little brother is at St Winifred's R.C. Primary.", "St Winifred's R.C. Primary"),
        ("Millbrook Alternative Provision offered him a trial week.", "Millbrook Alternative Provision"),
        ("He was collected from Northfield Learning Centre by taxi.", "Northfield Learning Centre"),
        ("Coleg Glannau confirmed her course starts in the autumn.", "Coleg Glannau"),
    ],
)
def test_a_school_named_by_its_kind_comes_out(text, school):
    result = deidentify(text)
    assert school not in result.text
    assert "[SCHOOL]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        # headings on a referral form, one per line
        "Concern type\nMain concern: Physical Harm\nSecondary: Neglect",
        "Risk was discussed with the Secondary Schools Lead at the panel.",
    ],
)
def test_headings_and_roles_are_not_schools(text):
    assert "SCHOOL" not in deidentify(text).found
