"""An age written as a year of birth is read in the year the text is checked, however long the process runs:
"born in 2011" is a child of 15 in 2026 and an adult in 2029, in the same server process."""

import datetime

import pytest

from youthvoice.language import ages, engine
from youthvoice.language.engine import check

SENTENCE = "She was born in 2011 and her boyfriend is 19."


class Today(datetime.date):
    year_now = 2026

    @classmethod
    def today(cls):
        return datetime.date(cls.year_now, 12, 31)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(ages, "date", Today)
    monkeypatch.setattr(engine, "date", Today)
    return Today


def relationship_findings(text: str) -> list[str]:
    return [finding.message for finding in check(text) if finding.rule_id == "age-aware-relationship"]


def test_a_year_of_birth_is_read_in_the_year_of_each_check(today):
    today.year_now = 2026
    assert [age.value for age in ages.read_ages(SENTENCE)] == [15, 19]
    assert relationship_findings(SENTENCE)
    today.year_now = 2029  # the same process, years later: she is 18 now, so no child is named
    assert [age.value for age in ages.read_ages(SENTENCE)] == [18, 19]
    assert relationship_findings(SENTENCE) == []
    today.year_now = 2026
    assert relationship_findings(SENTENCE)


def test_the_finding_says_the_age_of_the_year_it_was_checked_in(today):
    today.year_now = 2026
    in_2026 = relationship_findings(SENTENCE)
    today.year_now = 2027
    in_2027 = relationship_findings(SENTENCE)
    assert in_2026 and in_2027
    assert "15" in in_2026[0] and "16" not in in_2026[0]
    assert "16" in in_2027[0] and "15" not in in_2027[0]
