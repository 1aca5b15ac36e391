"""Suggestion runs find planted themes, store them exactly once, and analysts review what they found."""

import pytest

from tests.insights.factories import CodebookFactory, consultation_with_answers, member
from youthvoice.audit.models import AuditEvent
from youthvoice.insights.models import (
    Coding,
    ThemeSuggestion,
    ThemeSuggestionAssignment,
    ThemeSuggestionRun,
)
from youthvoice.insights.suggestions.jobs import suggestion_run_execute
from youthvoice.insights.suggestions.services import (
    SuggestionReviewError,
    suggestion_accept,
    suggestion_merge,
    suggestion_reject,
    suggestion_rename,
    suggestion_run_start,
)
from youthvoice.insights.suggestions.suggest import SuggestionError
from youthvoice.insights.tasks import run_theme_suggestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation():
    consultation, _ = consultation_with_answers(themes=3, per_theme=12, seed=3)
    CodebookFactory(partnership=consultation.partnership, name="Themes")
    return consultation


@pytest.fixture
def analyst(consultation):
    return member("analyst", consultation.partnership)


@pytest.fixture
def finished_run(consultation, analyst, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        # The analyst gives the number planted (unasked, √(36 / 2) gives 4: test_insights_suggest_meaning).
        run = suggestion_run_start(
            partnership=consultation.partnership, user=analyst, consultation=consultation, n_themes=3
        )
    run.refresh_from_db()
    return run


def counts(run):
    return (
        ThemeSuggestion.objects.filter(run=run).count(),
        ThemeSuggestionAssignment.objects.filter(suggestion__run=run).count(),
    )


def test_a_run_started_without_a_broker_finishes_in_process_with_the_planted_themes(finished_run):
    assert finished_run.status == ThemeSuggestionRun.Status.FINISHED and finished_run.attempts == 1
    assert finished_run.progress == 1 and finished_run.finished_at is not None
    suggestions = list(finished_run.suggestions.all())
    assert len(suggestions) == 3
    assert sum(s.size for s in suggestions) == 36 == counts(finished_run)[1]
    assert all(len(s.representative_answer_ids) == 3 and s.top_words for s in suggestions)


def test_running_the_task_again_changes_nothing(finished_run):
    before = counts(finished_run)
    assert run_theme_suggestion.delay(finished_run.pk).get() == "skipped"
    assert suggestion_run_execute(run_id=finished_run.pk) == "skipped"
    finished_run.refresh_from_db()
    assert counts(finished_run) == before and finished_run.attempts == 1


def test_a_run_left_running_by_a_lost_worker_is_redone_without_double_counting(finished_run):
    # As if a worker had died after writing (a partial copy of) the results: running again, results present.
    expected = counts(finished_run)
    ThemeSuggestionRun.objects.filter(pk=finished_run.pk).update(status="running")
    ThemeSuggestion.objects.filter(run=finished_run).first().delete()
    assert suggestion_run_execute(run_id=finished_run.pk) == "finished"
    finished_run.refresh_from_db()
    assert counts(finished_run) == expected and finished_run.attempts == 2


def test_an_empty_consultation_is_refused_with_a_clear_message(analyst):
    empty, _ = consultation_with_answers(texts=[])
    with pytest.raises(SuggestionError, match="0 free-text answers"):
        suggestion_run_start(partnership=empty.partnership, user=analyst, consultation=empty)
    assert not ThemeSuggestionRun.objects.exists()


def test_answers_without_shared_words_fail_a_run_by_words_with_a_message(
    analyst, django_capture_on_commit_callbacks
):
    consultation, _ = consultation_with_answers(texts=["alpha", "bravo", "charlie", "delta", "echo"])
    with django_capture_on_commit_callbacks(execute=True):
        run = suggestion_run_start(
            partnership=consultation.partnership,
            user=analyst,
            consultation=consultation,
            parameters={"method": "words"},
        )
    run.refresh_from_db()
    assert run.status == "failed" and "too few words" in run.error


def test_accepting_adds_a_theme_and_codes_its_answers_as_suggested(finished_run, analyst):
    suggestion = finished_run.suggestions.first()
    theme = suggestion_accept(suggestion=suggestion, user=analyst, name="Police stops")
    codings = Coding.objects.filter(theme=theme)
    assert theme.name == "Police stops" and codings.count() == suggestion.size
    assert {(c.source, c.status, c.suggestion_run_id) for c in codings} == {
        ("suggested", "accepted", finished_run.pk)
    }
    assert all(0 < c.confidence <= 1 for c in codings)
    with pytest.raises(SuggestionReviewError, match="already been accepted"):
        suggestion_accept(suggestion=suggestion, user=analyst)


def test_merging_gathers_both_suggestions_answers_once(finished_run, analyst):
    first, second, third = finished_run.suggestions.order_by("index")
    merged = suggestion_merge(suggestion=second, into=first, user=analyst)
    second.refresh_from_db()
    assert second.status == "merged" and second.merged_into == first
    assert merged.size == first.assignments.count() == 24
    assert set(second.top_words) <= set(merged.top_words)
    with pytest.raises(SuggestionReviewError):
        suggestion_merge(suggestion=third, into=second, user=analyst)  # second is no longer open


def test_rename_and_reject(finished_run, analyst):
    suggestion = finished_run.suggestions.first()
    assert suggestion_rename(suggestion=suggestion, label="  Online   pressure ").label == "Online pressure"
    with pytest.raises(SuggestionReviewError):
        suggestion_rename(suggestion=suggestion, label="  ")
    suggestion_reject(suggestion=suggestion, user=analyst)
    assert ThemeSuggestion.objects.get(pk=suggestion.pk).status == "rejected"
    assert not Coding.objects.exists()


def test_analyst_starts_a_run_and_reviews_it_in_the_pages(
    client, consultation, analyst, django_capture_on_commit_callbacks
):
    client.force_login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/staff/insights/suggestions/", {"consultation": consultation.pk, "n_themes": ""}
        )
    run = ThemeSuggestionRun.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/staff/insights/suggestions/{run.pk}/"
    status = client.get(f"/staff/insights/suggestions/{run.pk}/status.json").json()
    assert status["status"] == "finished" and status["done"] and status["percent"] == 100
    page = client.get(f"/staff/insights/suggestions/{run.pk}/")
    assert page.status_code == 200 and "Accept" in page.text
    suggestion = run.suggestions.first()
    quote = ThemeSuggestionAssignment.objects.get(
        suggestion=suggestion, answer_id=suggestion.representative_answer_ids[0]
    ).answer.text
    assert quote in page.text  # 12 answers, threshold 10: quotable
    assert AuditEvent.objects.filter(action="view", actor=analyst, target_id=str(run.pk)).exists()
    accept = f"/staff/insights/suggestions/{run.pk}/{suggestion.pk}/accept/"
    assert client.post(accept, {"name": "Parks at night"}).status_code == 302
    again = client.post(accept, {"name": "Parks at night"})
    assert again.status_code == 400 and "already been accepted" in again.text


def test_quotes_are_withheld_where_the_group_is_below_the_threshold(
    client, consultation, analyst, finished_run
):
    consultation.partnership.disclosure_threshold = 13
    consultation.partnership.save()
    client.force_login(analyst)
    page = client.get(f"/staff/insights/suggestions/{finished_run.pk}/")
    assert page.text.count("Not shown: fewer than 13 answers") == 3
    for suggestion in finished_run.suggestions.all():
        for answer_id in suggestion.representative_answer_ids:
            text = ThemeSuggestionAssignment.objects.get(
                suggestion=suggestion, answer_id=answer_id
            ).answer.text
            assert text not in page.text
    assert not AuditEvent.objects.filter(action="view").exists()


def test_bad_review_input_gets_a_clear_4xx(client, finished_run, analyst):
    client.force_login(analyst)
    first, second, _ = finished_run.suggestions.order_by("index")
    base = f"/staff/insights/suggestions/{finished_run.pk}/{first.pk}"
    assert client.post(f"{base}/merge/", {"into": first.pk}).status_code == 400
    assert client.post(f"{base}/merge/", {"into": "nonsense"}).status_code == 400
    assert client.post(f"{base}/rename/", {"label": ""}).status_code == 400
    assert client.post(f"{base}/explode/").status_code == 404
    assert client.get(f"{base}/reject/").status_code == 405
    bad = client.post("/staff/insights/suggestions/", {"consultation": "x", "n_themes": "many"})
    assert bad.status_code == 400 and "whole number" in bad.text and "Error: " in bad.text
    assert ThemeSuggestion.objects.filter(status="open").count() == 3


def test_leaders_cannot_see_suggestions_or_start_runs(client, finished_run):
    client.force_login(member("leader", finished_run.partnership))
    for url in [
        "/staff/insights/suggestions/",
        f"/staff/insights/suggestions/{finished_run.pk}/",
        f"/staff/insights/suggestions/{finished_run.pk}/status.json",
    ]:
        assert client.get(url).status_code == 403
    assert client.post("/staff/insights/suggestions/", {}).status_code == 403


def test_another_partnerships_run_is_not_found(client, finished_run):
    other, _ = consultation_with_answers(texts=["one", "two"])
    client.force_login(member("analyst", other.partnership))
    assert client.get(f"/staff/insights/suggestions/{finished_run.pk}/").status_code == 404
