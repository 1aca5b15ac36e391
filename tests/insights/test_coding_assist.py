"""Assisted coding runs as a job: advice waits for the analyst, improves with coding, never counts alone."""

import numpy as np
import pytest
from django.urls import reverse

from tests.consultations.factories import open_consultation_with_questions
from tests.insights.factories import CodebookFactory, ThemeFactory, consultation_with_answers, member
from youthvoice.insights.coding.assist import AssistError
from youthvoice.insights.coding.assist_runs import coding_advice
from youthvoice.insights.coding.services import coding_set
from youthvoice.insights.models import Coding, ThemeSuggestionRun
from youthvoice.insights.suggestions import jobs as suggestion_jobs
from youthvoice.insights.suggestions import suggest_meaning
from youthvoice.insights.suggestions.jobs import suggestion_run_execute
from youthvoice.insights.suggestions.services import coding_assist_start, suggestion_run_start
from youthvoice.insights.suggestions.synthetic import planted_answers
from youthvoice.voices.models import Answer
from youthvoice.voices.services import AnswerInput, response_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def coded(django_capture_on_commit_callbacks):
    """A consultation whose answers carry 3 planted themes; an analyst has coded 4 answers of each."""
    consultation, _ = consultation_with_answers(themes=3, per_theme=12, seed=4)
    partnership = consultation.partnership
    codebook = CodebookFactory(partnership=partnership, name="Themes")
    analyst = member("analyst", partnership)
    _, truth = planted_answers(themes=3, per_theme=12, noise=0.3, seed=4)
    answers = list(Answer.objects.filter(response__consultation=consultation).order_by("pk"))
    themes = {name: ThemeFactory(codebook=codebook, name=name.title()) for name in sorted(set(truth))}
    done: dict[str, int] = {}
    for answer, name in zip(answers, truth, strict=True):
        if done.get(name, 0) < 4:
            done[name] = done.get(name, 0) + 1
            coding_set(answer=answer, themes=[themes[name]], user=analyst)
    return consultation, analyst, answers, truth, themes


def start(consultation, analyst, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run = coding_assist_start(
            partnership=consultation.partnership, user=analyst, consultation=consultation
        )
    run.refresh_from_db()
    return run


def test_each_uncoded_answer_gets_advice_waiting_for_review_that_counts_in_no_figure(
    coded, django_capture_on_commit_callbacks
):
    consultation, analyst, answers, truth, themes = coded
    run = start(consultation, analyst, django_capture_on_commit_callbacks)
    assert run.status == ThemeSuggestionRun.Status.FINISHED and run.progress == 1
    advice = Coding.objects.filter(suggestion_run=run)
    assert advice.count() == 24 and {(c.source, c.status) for c in advice} == {("suggested", "suggested")}
    by_theme = {theme.pk: name for name, theme in themes.items()}
    right = sum(by_theme[c.theme_id] == truth[answers.index(c.answer)] for c in advice)
    assert right >= 22 and all(0 < c.confidence <= 1 for c in advice)
    assert Coding.objects.filter(status="accepted").count() == 12  # advice is not coding
    result = run.parameters["result"]
    assert result["coded_answers"] == 12 and result["expected_accuracy"] > 0.8 and result["advice"] == 24
    assert result["expected_macro_f1"] > 0.8


def test_the_analyst_accepts_or_changes_advice_and_a_new_run_respects_both(
    coded, django_capture_on_commit_callbacks
):
    consultation, analyst, answers, truth, themes = coded
    start(consultation, analyst, django_capture_on_commit_callbacks)
    taken, changed = [a for a in answers if coding_advice(answer=a)][:2]
    taken_advice, changed_advice = coding_advice(answer=taken), coding_advice(answer=changed)
    coding_set(answer=taken, themes=[taken_advice.theme], user=analyst)
    other = next(t for t in themes.values() if t.pk != changed_advice.theme_id)
    coding_set(answer=changed, themes=[other], user=analyst)
    assert Coding.objects.get(answer=taken, theme=taken_advice.theme).status == "accepted"
    assert Coding.objects.get(answer=changed, theme=changed_advice.theme).status == "rejected"

    run = start(consultation, analyst, django_capture_on_commit_callbacks)
    assert run.parameters["result"]["coded_answers"] == 14  # learns from what the analyst just did
    assert Coding.objects.filter(status="suggested").count() == 22  # the old advice replaced, not added to
    assert not Coding.objects.filter(answer__in=[taken, changed], status="suggested").exists()


def test_too_little_coding_is_refused_before_anything_is_queued(django_capture_on_commit_callbacks):
    consultation, _ = consultation_with_answers(themes=2, per_theme=6, seed=2)
    analyst = member("analyst", consultation.partnership)
    CodebookFactory(partnership=consultation.partnership, name="Themes")
    with pytest.raises(AssistError, match="at least 3 answers with each of at least two themes"):
        coding_assist_start(partnership=consultation.partnership, user=analyst, consultation=consultation)
    assert not ThemeSuggestionRun.objects.exists()


def test_a_run_whose_coding_vanished_fails_with_a_message(coded, django_capture_on_commit_callbacks):
    consultation, analyst, *_ = coded
    run = ThemeSuggestionRun.objects.create(
        partnership=consultation.partnership, consultation=consultation, parameters={"kind": "coding"}
    )
    Coding.objects.all().delete()
    assert suggestion_run_execute(run_id=run.pk) == "failed"
    run.refresh_from_db()
    assert run.status == "failed" and "at least 3 answers" in run.error


def test_an_unexpected_error_fails_the_run_with_a_plain_message(coded, monkeypatch):
    consultation, *_ = coded
    run = ThemeSuggestionRun.objects.create(
        partnership=consultation.partnership, consultation=consultation, parameters={"kind": "coding"}
    )

    def broken(*args, **kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr("youthvoice.insights.coding.assist_runs.suggest_codings", broken)
    with pytest.raises(RuntimeError):
        suggestion_run_execute(run_id=run.pk)
    run.refresh_from_db()
    assert run.status == "failed" and "Something went wrong" in run.error and "exploded" not in run.error


def test_progress_goes_forward_and_is_stored_while_the_model_reads(coded, monkeypatch):
    consultation, *_ = coded
    run = ThemeSuggestionRun.objects.create(
        partnership=consultation.partnership, consultation=consultation, parameters={"kind": "coding"}
    )
    seen = []
    monkeypatch.setattr(suggestion_jobs, "PROGRESS_EVERY_SECONDS", 0)
    original = suggestion_jobs._reporter

    def recording(run_id):
        report = original(run_id)

        def both(fraction, message):
            report(fraction, message)
            stored = ThemeSuggestionRun.objects.get(pk=run_id)
            seen.append((fraction, stored.progress, stored.progress_message))

        return both

    monkeypatch.setattr(suggestion_jobs, "_reporter", recording)
    assert suggestion_run_execute(run_id=run.pk) == "finished"
    fractions = [f for f, _, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0 and fractions[-1] == 1
    assert any(message == "Reading the answers' meaning" and 0 < stored < 1 for _, stored, message in seen)


RAW = "Ring me on 07700 900123 or email jade.smith@example.com, the feds took my phone"


def test_no_raw_text_reaches_suggestions_or_assisted_coding(monkeypatch, django_capture_on_commit_callbacks):
    consultation = open_consultation_with_questions()
    question = consultation.questions.get(key="where-unsafe")
    for k in range(8):
        response_submit(
            consultation=consultation,
            answers={question.pk: AnswerInput(text=RAW if k == 0 else f"the bus stop at night {k}")},
            about_you={},
            token=f"raw-{k}",
        )
    seen: list[str] = []

    def encode(texts, progress=None):
        seen.extend(texts)
        return np.random.default_rng(len(seen)).normal(size=(len(texts), 8)).astype(np.float32)

    monkeypatch.setattr(suggest_meaning, "themes_encode", lambda: encode)
    analyst = member("analyst", consultation.partnership)
    with django_capture_on_commit_callbacks(execute=True):
        run = suggestion_run_start(
            partnership=consultation.partnership, user=analyst, consultation=consultation
        )
    run.refresh_from_db()
    assert run.status == "finished"
    codebook = CodebookFactory(partnership=consultation.partnership, name="Themes")
    one, two = ThemeFactory(codebook=codebook, name="Phones"), ThemeFactory(codebook=codebook, name="Places")
    answers = list(Answer.objects.filter(question=question).order_by("pk"))
    for answer, theme in zip(answers[1:7], [one, one, one, two, two, two], strict=True):
        coding_set(answer=answer, themes=[theme], user=analyst)
    start(consultation, analyst, django_capture_on_commit_callbacks)
    raw_parts = ["07700", "900123", "jade.smith", "example.com"]
    assert any("feds (police)" in text for text in seen)  # the answer did reach the model, de-identified
    assert not [text for text in seen if any(part in text for part in raw_parts)]


def test_the_analyst_starts_assisted_coding_in_the_pages_and_sees_the_advice(
    client, coded, django_capture_on_commit_callbacks
):
    consultation, analyst, answers, truth, themes = coded
    client.force_login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            reverse("insights:suggestion-runs"), {"consultation": consultation.pk, "purpose": "coding"}
        )
    run = ThemeSuggestionRun.objects.get()
    assert page.status_code == 302 and page.url == reverse("insights:suggestion-run", args=[run.pk])
    summary = client.get(page.url).content.decode()
    assert "Suggested coding" in summary and "Expected accuracy" in summary and "24" in summary
    # The estimate is against one main theme per answer, and the bench's macro-F1 is shown beside it.
    assert "will be the main theme you would give" in summary and "macro-F1" in summary
    question = consultation.items.get().question
    uncoded = next(a for a in answers if coding_advice(answer=a))
    position = answers.index(uncoded) + 1
    url = reverse("insights:coding-answer", args=[consultation.pk, question.pk]) + f"?at={position}"
    screen = client.get(url).content.decode()
    assert "Suggested from your coding" in screen and coding_advice(answer=uncoded).theme.name in screen


def test_asking_for_coding_advice_too_early_gets_a_clear_400(client, django_capture_on_commit_callbacks):
    consultation, _ = consultation_with_answers(themes=2, per_theme=6, seed=2)
    client.force_login(member("analyst", consultation.partnership))
    page = client.post(
        reverse("insights:suggestion-runs"), {"consultation": consultation.pk, "purpose": "coding"}
    )
    assert page.status_code == 400 and "at least 3 answers with each" in page.content.decode()
    bad = client.post(
        reverse("insights:suggestion-runs"), {"consultation": consultation.pk, "purpose": "nonsense"}
    )
    assert bad.status_code == 400 and "Choose to look for themes or to suggest coding" in bad.content.decode()


def test_a_run_stores_a_second_suggested_theme_which_the_analyst_accepts_or_rejects_on_its_own(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    from tests.insights.test_assist_second_theme import UNCODED, coding, keyword_encoder

    monkeypatch.setattr(suggest_meaning, "themes_encode", lambda: keyword_encoder)
    coded = coding(two_themes_coded=True)
    rows = {answer_id: text for answer_id, text, _ in coded} | dict(UNCODED)
    consultation, question = consultation_with_answers(texts=list(rows.values()))
    answers = dict(zip(rows, Answer.objects.filter(question=question).order_by("pk"), strict=True))
    codebook = CodebookFactory(partnership=consultation.partnership, name="Themes")
    themes = [ThemeFactory(codebook=codebook, name=name) for name in ("Alpha", "Beta", "Gamma")]
    analyst = member("analyst", consultation.partnership)
    for answer_id in {answer_id for answer_id, _, _ in coded}:
        given = [themes[theme] for a, _, theme in coded if a == answer_id]
        coding_set(answer=answers[answer_id], themes=given, user=analyst)

    run = start(consultation, analyst, django_capture_on_commit_callbacks)
    both = answers[100]
    advice = list(Coding.objects.filter(answer=both, status="suggested").order_by("-confidence"))
    assert [c.theme.name for c in advice] in (["Alpha", "Beta"], ["Beta", "Alpha"])
    assert all(c.source == "suggested" and c.suggestion_run == run for c in advice)
    assert advice[0].confidence > advice[1].confidence > 0  # each its own
    for one in (answers[101], answers[102]):  # answers about one theme get one suggestion
        assert Coding.objects.filter(answer=one, status="suggested").count() == 1
    assert not Coding.objects.filter(answer=both, status="accepted").exists()  # nothing applied unreviewed
    assert run.parameters["result"]["second_advice"] == 1

    client.force_login(analyst)
    position = list(answers).index(100) + 1
    url = reverse("insights:coding-answer", args=[consultation.pk, question.pk]) + f"?at={position}"
    screen = client.get(url).content.decode()
    assert "Tick either, both or neither" in screen and screen.count(">Suggested</strong>") == 2
    assert "second suggestions were one of the answer's themes in your own coding" in screen

    kept, dropped = advice[1], advice[0]  # the analyst takes the second suggestion, not the first
    page = client.post(url, {"theme": [kept.theme_id], "go": "next"})
    assert page.status_code == 302
    kept.refresh_from_db(), dropped.refresh_from_db()
    assert (kept.status, dropped.status) == ("accepted", "rejected")
    assert kept.source == dropped.source == "suggested" and kept.coded_by == analyst


def test_the_count_of_answers_given_a_second_theme_is_under_disclosure_control(client):
    consultation, _ = consultation_with_answers(themes=2, per_theme=6, seed=2)
    analyst = member("analyst", consultation.partnership)
    result = {
        "expected_accuracy": 0.8,
        "expected_macro_f1": 0.75,
        "coded_answers": 40,
        "themes": [],
        "themes_left_out": [],
        "advice": 60,
        "second_advice": 4,
        "second_theme": {"threshold": 0.3, "expected_right": 0.55, "expected_share": 0.12},
    }
    run = ThemeSuggestionRun.objects.create(
        partnership=consultation.partnership,
        consultation=consultation,
        status=ThemeSuggestionRun.Status.FINISHED,
        parameters={"kind": "coding", "result": result},
    )
    client.force_login(analyst)
    page = client.get(reverse("insights:suggestion-run", args=[run.pk])).content.decode()
    second = page[page.index("data-second-theme") :]
    second = second[: second.index("</div>")]
    # 4 is below the threshold of 10, and 60 - 4 would give it away: the 4 is not shown, the 60 is.
    assert "[c] answers" in second and "4 answers" not in second and "fewer than 10" in second
    assert "About 55 in 100 second suggestions" in second and "about 12 in 100 answers" in second
    assert "60" in page

    result["second_advice"] = 12
    run.parameters = {"kind": "coding", "result": result}
    run.save()
    page = client.get(reverse("insights:suggestion-run", args=[run.pk])).content.decode()
    assert "12 answers that read as touching two themes" in page and "[c]" not in page
