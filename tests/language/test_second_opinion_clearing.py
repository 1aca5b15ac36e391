"""The second opinion clears a rule finding whose sentence it reads as sound: marked, never hidden.

The model's score is patched in each test, so a test cannot pass because the real model happens to score a
sentence one way; the sentences are written here, never taken from an evaluation set.
"""

import io
import json

import numpy as np
import pytest
from django.test import override_settings
from django.urls import reverse

from tests.partnership.factories import MembershipFactory
from youthvoice.language import check
from youthvoice.language.cli import check_files
from youthvoice.language.second_opinion import (
    CLEARED,
    CLEARING_THRESHOLD,
    Model,
    finding_readings,
    second_opinion_read,
    second_opinion_report,
)

FLAGGED = "She keeps putting herself at risk by going to the park at night."  # putting-self-at-risk, high
ALSO_FLAGGED = "He was recruited into county lines by older men who threatened his family."  # recruited
NEUTRAL = "The review meeting is on Thursday at 10am."
TEXT = f"{NEUTRAL} {FLAGGED}\n{ALSO_FLAGGED}"
NOTE = "the second opinion reads this as likely fine in context: check before you change it"


@pytest.fixture
def scores(monkeypatch):
    """The model's probability for each sentence, set by the test (0.5 for any sentence not named)."""
    given: dict[str, float] = {}

    def probabilities(self, vectors, texts=()):
        assert len(vectors) == len(texts)
        return np.array([given.get(text, 0.5) for text in texts], dtype=np.float64)

    monkeypatch.setattr(Model, "probabilities", probabilities)
    return given


def finding(rule_id: str, text: str = TEXT):
    return next(f for f in check(text) if f.rule_id == rule_id)


def test_the_threshold_and_the_mark_are_the_ones_the_bench_measured():
    assert CLEARING_THRESHOLD == 0.10
    assert CLEARED == NOTE


def test_a_finding_is_cleared_below_the_threshold_and_not_at_or_above_it(scores):
    risk, recruited = finding("putting-self-at-risk"), finding("recruited")
    scores.update({FLAGGED: 0.09, ALSO_FLAGGED: 0.11})
    readings = finding_readings(TEXT, check(TEXT))
    assert readings[risk].cleared and readings[risk].note == NOTE
    assert readings[risk].probability == pytest.approx(0.09)
    assert not readings[recruited].cleared and readings[recruited].note is None
    scores.update({FLAGGED: CLEARING_THRESHOLD, ALSO_FLAGGED: 0.01})
    readings = finding_readings(TEXT, check(TEXT))
    assert not readings[risk].cleared and readings[recruited].cleared


def test_a_finding_in_a_piece_too_short_to_read_is_never_cleared(scores):
    heading = "Child prostitute"
    scores[heading] = 0.0
    findings = check(heading)
    assert findings and finding_readings(heading, findings) == {}


def test_a_finding_over_two_sentences_is_cleared_only_when_both_read_as_sound(scores):
    from youthvoice.language.engine import Finding

    first, second = "The first sentence has five words.", "The second one has five words."
    text = f"{first} {second}"
    end = len(first) + 8
    both = Finding("x", "jargon", "low", 10, end, 1, 11, text[10:end], "m", (), "w", "s")
    scores.update({first: 0.01, second: 0.2})
    assert not finding_readings(text, [both])[both].cleared
    scores[second] = 0.02
    assert finding_readings(text, [both])[both].probability == pytest.approx(0.02)


def test_reading_findings_does_not_change_the_marks(scores):
    blaming = "She brings a lot of this trouble on herself."
    text = f"{blaming} {FLAGGED}"
    scores.update({blaming: 0.99, FLAGGED: 0.99})
    opinions, readings = second_opinion_read(text, check(text))
    assert [o.text for o in opinions] == [blaming]  # a sentence with a finding is read, never marked
    assert [r.finding.rule_id for r in readings.values()] == ["putting-self-at-risk"]


def test_nothing_is_read_or_cleared_when_the_second_opinion_is_not_asked(scores):
    scores[FLAGGED] = 0.0
    report = second_opinion_report(FLAGGED, check(FLAGGED), asked=False)
    assert report.readings == {} and report.cleared == ()


# --- the page, the API and the command line -------------------------------------------------------------


@pytest.fixture
def staff_client(client):
    client.force_login(MembershipFactory(role="practitioner").user)
    return client


@pytest.mark.django_db
def test_the_check_page_marks_a_cleared_finding_and_still_shows_its_why_and_wording(scores, staff_client):
    scores.update({FLAGGED: 0.04, ALSO_FLAGGED: 0.6})
    response = staff_client.post(reverse("language:check"), {"text": TEXT, "second_opinion": "on"})
    page = response.content.decode()
    assert "2 found" in page and "the second opinion reads 1 of them as likely fine in context" in page
    findings = page[page.index('id="findings"') :]
    cleared = findings[: findings.index('id="finding-2"')]
    assert "The second opinion reads this as likely fine in context: check before you change it" in cleared
    assert "putting herself at risk" in cleared and "Try instead:" in cleared
    assert "Why this matters" in cleared
    assert "likely fine in context" not in findings[findings.index('id="finding-2"') :]


@pytest.mark.django_db
def test_the_check_page_marks_nothing_when_the_second_opinion_is_unticked(scores, staff_client):
    scores.update({FLAGGED: 0.0, ALSO_FLAGGED: 0.0})
    page = staff_client.post(reverse("language:check"), {"text": TEXT}).content.decode()
    assert "2 found" in page and "check before you change it" not in page and 'id="cleared-' not in page


@pytest.mark.django_db
def test_the_api_gives_each_finding_its_reading_and_may_publish_stays_the_rules(scores, staff_client):
    scores.update({FLAGGED: 0.04, ALSO_FLAGGED: 0.6})
    url = "/api/v1/language/check/"
    asked = {"text": TEXT, "second_opinion": True}
    data = staff_client.post(url, asked, content_type="application/json").json()
    by_rule = {f["rule_id"]: f for f in data["findings"]}
    cleared = {"probability": 0.04, "cleared": True, "note": NOTE}
    assert by_rule["putting-self-at-risk"]["second_opinion"] == cleared
    assert by_rule["recruited"]["second_opinion"] == {"probability": 0.6, "cleared": False, "note": None}
    assert data["may_publish"] is False and data["blocking_findings"] == ["putting-self-at-risk"]
    assert data["second_opinion"]["cleared_findings"] == 1
    # Every field a client read before is still there, as it was.
    assert {"rule_id", "severity", "start", "end", "why", "suggestions"} <= set(by_rule["recruited"])
    off = staff_client.post(url, {"text": TEXT}, content_type="application/json").json()
    assert [f["second_opinion"] for f in off["findings"]] == [None, None]
    with override_settings(YOUTHVOICE_LANGUAGE_SECOND_OPINION=True):
        on = staff_client.post(url, {"text": TEXT}, content_type="application/json").json()
    assert [f["second_opinion"]["cleared"] for f in on["findings"]] == [True, False]


def run_cli(*args, text=TEXT):
    out, err = io.StringIO(), io.StringIO()
    code = check_files(["-"], stdout=out, stderr=err, stdin=io.BytesIO(text.encode()), **dict(args))
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_marks_a_cleared_finding_and_still_reports_it(scores):
    scores.update({FLAGGED: 0.04, ALSO_FLAGGED: 0.6})
    code, out, _ = run_cli(("with_second_opinion", True), ("with_reading_age", False))
    risk, recruited = [line for line in out.splitlines() if "Try:" in line]
    assert code == 1
    assert "putting-self-at-risk" in risk and risk.endswith(f"({NOTE}; probability 0.04)")
    assert "recruited" in recruited and NOTE not in recruited
    assert "2 finding(s), 0 sentence(s) for a second read, 1 finding(s) it reads as likely fine" in out
    _, plain, _ = run_cli(("with_reading_age", False))
    assert NOTE not in plain


def test_the_command_line_json_gives_each_finding_its_reading_only_when_asked(scores):
    scores.update({FLAGGED: 0.04, ALSO_FLAGGED: 0.6})
    _, out, _ = run_cli(("with_second_opinion", True), ("format", "json"), ("with_reading_age", False))
    findings = json.loads(out)["files"][0]["findings"]
    assert [f["second_opinion"]["cleared"] for f in findings] == [True, False]
    _, plain, _ = run_cli(("format", "json"), ("with_reading_age", False))
    assert all("second_opinion" not in f for f in json.loads(plain)["files"][0]["findings"])
