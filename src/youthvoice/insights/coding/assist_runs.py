"""Assisted coding runs: learn from the analysts' accepted codings, suggest a theme for each uncoded answer.

A run (``suggestions.services.coding_assist_start``) is a ``ThemeSuggestionRun`` with ``parameters["kind"]``
"coding", so it shares the suggestion runs' job, progress and exactly-once finish. Its advice is stored as
codings waiting for review (``Coding.Source.SUGGESTED``, ``Coding.Status.SUGGESTED``, with the model's
confidence): they count in no figure until an analyst ticks them on the coding screen, and unticking one
rejects it. An answer the model reads as two themes gets a second such coding, with its own confidence,
which the analyst accepts or rejects on its own. A theme an analyst rejected for an answer is not
suggested for it again. Each run replaces the advice still waiting from earlier runs, so advice improves
as the analysts code.

What it learns from (``assist_training_codings``): accepted codings only; advice waiting for review and
rejected codings are never training data. Where two coders disagree on an answer (issue 18's second
coding, when it lands), the answer is left out here until the disagreement is reconciled.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.insights.coding.assist import AssistResult, suggest_codings
from youthvoice.insights.coding.services import codable_answers, codings_create
from youthvoice.insights.models import Coding, Theme, ThemeSuggestionRun
from youthvoice.insights.suggestions.stored_embeddings import stored_themes_encoder
from youthvoice.partnership.models import Partnership
from youthvoice.voices.models import Answer

KIND = "coding"
Status = ThemeSuggestionRun.Status


def is_coding_run(run: ThemeSuggestionRun) -> bool:
    return run.parameters.get("kind") == KIND


def assist_training_codings(
    *, partnership: Partnership, consultation: Consultation | None = None
) -> QuerySet:
    """The accepted codings assisted coding learns from, as ``(answer id, text, theme id)`` rows."""
    answers = codable_answers(partnership=partnership, consultation=consultation)
    return (
        Coding.objects.filter(answer__in=answers, status=Coding.Status.ACCEPTED)
        .order_by("answer_id", "theme_id")
        .values_list("answer_id", "answer__text", "theme_id")
    )


def assist_uncoded_answers(*, partnership: Partnership, consultation: Consultation | None = None) -> QuerySet:
    """``(answer id, text)`` of the free-text answers with no accepted theme yet."""
    accepted = Coding.objects.filter(answer=OuterRef("pk"), status=Coding.Status.ACCEPTED)
    return (
        codable_answers(partnership=partnership, consultation=consultation)
        .filter(~Exists(accepted))
        .values_list("pk", "text")
    )


def coding_assist_analyse(run: ThemeSuggestionRun, *, progress) -> AssistResult:
    """The pure part of a run: read the coding and the uncoded answers, and learn (writes nothing)."""
    scope = {"partnership": run.partnership, "consultation": run.consultation}
    coded = list(assist_training_codings(**scope))
    uncoded = list(assist_uncoded_answers(**scope))
    themes = Theme.objects.filter(pk__in={theme_id for _, _, theme_id in coded})
    words = {theme.pk: f"{theme.name}: {theme.description}".strip(": ") for theme in themes}
    return suggest_codings(
        coded,
        uncoded,
        seed=int(run.parameters.get("seed", 0)),
        theme_words=words,
        encode=stored_themes_encoder([(answer_id, text) for answer_id, text, _ in coded] + uncoded),
        progress=progress,
    )


def coding_assist_store(run: ThemeSuggestionRun, result: AssistResult) -> bool:
    """Replace the advice waiting for review with this run's and mark it finished, all or nothing.

    False if another attempt finished the run first.
    """
    summary = {
        "expected_accuracy": result.expected_accuracy,
        "expected_macro_f1": result.expected_macro_f1,
        "coded_answers": result.coded_answers,
        "themes": list(result.themes),
        "themes_left_out": list(result.themes_left_out),
        "advice": len(result.advice),
        "second_advice": len(result.second_advice),
    }
    rule = result.second_theme_rule
    if rule is not None:
        summary["second_theme"] = {
            "threshold": rule.threshold,
            "expected_right": rule.expected_right,
            "expected_share": rule.expected_share,
        }
    with transaction.atomic():
        finished = ThemeSuggestionRun.objects.filter(pk=run.pk, status=Status.RUNNING).update(
            status=Status.FINISHED,
            progress=1,
            progress_message="Suggested a theme for the answers without one",
            finished_at=timezone.now(),
            parameters={**run.parameters, "result": summary},
        )
        if not finished:
            return False
        answers = codable_answers(partnership=run.partnership, consultation=run.consultation)
        Coding.objects.filter(
            answer__in=answers, source=Coding.Source.SUGGESTED, status=Coding.Status.SUGGESTED
        ).delete()
        every_advice = result.advice + result.second_advice
        loaded = Answer.objects.in_bulk([advice.answer_id for advice in every_advice])
        codings_create(
            codings=(
                Coding(
                    answer=loaded[advice.answer_id],
                    theme_id=advice.theme_id,
                    source=Coding.Source.SUGGESTED,
                    status=Coding.Status.SUGGESTED,
                    confidence=advice.confidence,
                    suggestion_run=run,
                )
                for advice in every_advice
                if advice.answer_id in loaded
            ),
            ignore_conflicts=True,  # a theme the analyst rejected for that answer stays rejected
        )
    return True


def coding_advice_all(*, answer) -> list[Coding]:
    """The advice waiting for review on one answer, likeliest first (at most two themes), each with its run
    (for what the analyst is told to expect)."""
    return list(
        Coding.objects.filter(answer=answer, source=Coding.Source.SUGGESTED, status=Coding.Status.SUGGESTED)
        .select_related("theme", "suggestion_run")
        .order_by("-confidence", "theme_id")
    )


def coding_advice(*, answer) -> Coding | None:
    """The likeliest theme waiting for review on one answer, if any."""
    advice = coding_advice_all(answer=answer)
    return advice[0] if advice else None
