"""Reads for theme suggestion runs and their stored suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from youthvoice.insights.disclosure import Cell, protect_count, protect_one_way, quote_publishable
from youthvoice.insights.models import ThemeSuggestion, ThemeSuggestionRun
from youthvoice.partnership.models import Partnership
from youthvoice.voices.models import Answer


def suggestion_runs(*, partnership: Partnership) -> QuerySet:
    return ThemeSuggestionRun.objects.filter(partnership=partnership).select_related("consultation")


def suggestion_run_status(*, run: ThemeSuggestionRun) -> dict:
    """What the progress poll needs (no response-level data)."""
    return {
        "id": run.pk,
        "status": run.status,
        "status_label": run.get_status_display(),
        "progress": round(run.progress, 3),
        "percent": round(100 * run.progress),
        "message": run.progress_message,
        "done": run.status in (ThemeSuggestionRun.Status.FINISHED, ThemeSuggestionRun.Status.FAILED),
        "error": run.error,
    }


@dataclass(frozen=True)
class SuggestionView:
    suggestion: ThemeSuggestion
    quotes: list[str]  # de-identified text; empty when the group is too small to quote from
    quotes_withheld: bool
    size: Cell  # the number of answers, under disclosure control with the others shown beside it


def suggestions_for_review(*, run: ThemeSuggestionRun) -> list[SuggestionView]:
    """The run's suggestions (merged ones left out), each with quotes only where the group may be quoted."""
    threshold = run.partnership.disclosure_threshold
    suggestions = list(run.suggestions.exclude(status=ThemeSuggestion.Status.MERGED).select_related("theme"))
    wanted = {
        answer_id
        for suggestion in suggestions
        if quote_publishable(group_size=suggestion.size, threshold=threshold)
        for answer_id in suggestion.representative_answer_ids
    }
    texts = dict(Answer.objects.filter(pk__in=wanted).values_list("pk", "text"))
    sizes = protect_one_way([s.size for s in suggestions], threshold=threshold).cells if suggestions else ()
    views = []
    for suggestion, size in zip(suggestions, sizes, strict=True):
        publishable = quote_publishable(group_size=suggestion.size, threshold=threshold)
        quotes = [texts[i] for i in suggestion.representative_answer_ids if i in texts] if publishable else []
        views.append(SuggestionView(suggestion, quotes, quotes_withheld=not publishable, size=size))
    return views


@dataclass(frozen=True)
class CodingRunSummary:
    advised: Cell  # answers given a suggested theme
    coded: Cell  # coded answers it learnt from
    # From cross-validation on the analysts' coding, against one main theme per answer (an answer coded with
    # two themes counts half for each): the share of suggestions expected right, and the same check as the
    # macro-F1 over themes (what bench/suggest_themes.py measures), which a rarely right theme pulls down.
    expected_percent: int | None
    expected_macro_f1: float | None
    themes: list[str]
    themes_left_out: list[str]
    # Answers also given a second suggested theme: one protected table with ``advised`` as its total, since
    # the two together give the answers given one theme only.
    second_advised: Cell | None = None
    # From the same cross-validation: the share of second suggestions that were one of the answer's themes,
    # and the share of answers given one; None where no second theme is suggested (too little two-theme
    # coding to learn when to, or no rule right often enough).
    second_expected_percent: int | None = None
    second_share_percent: int | None = None
    suppression_note: str = ""


def coding_run_summary(*, run: ThemeSuggestionRun) -> CodingRunSummary | None:
    """What an assisted coding run found, every count under disclosure control; None until it finishes."""
    from youthvoice.insights.models import Theme

    result = run.parameters.get("result")
    if run.status != ThemeSuggestionRun.Status.FINISHED or not result:
        return None
    threshold = run.partnership.disclosure_threshold
    names = dict(
        Theme.objects.filter(pk__in=result["themes"] + result["themes_left_out"]).values_list("pk", "name")
    )
    accuracy = result.get("expected_accuracy")
    second = result.get("second_advice", 0)
    advised = protect_one_way([result["advice"] - second, second], threshold=threshold)
    rule = result.get("second_theme")
    return CodingRunSummary(
        advised=advised.total,
        second_advised=advised.cells[1],
        second_expected_percent=round(100 * rule["expected_right"]) if rule else None,
        second_share_percent=round(100 * rule["expected_share"]) if rule else None,
        suppression_note=advised.note if advised.cells[1].suppressed else "",
        coded=protect_count(result["coded_answers"], threshold=threshold),
        expected_percent=round(100 * accuracy) if accuracy is not None else None,
        expected_macro_f1=result.get("expected_macro_f1"),
        themes=[names[pk] for pk in result["themes"] if pk in names],
        themes_left_out=[names[pk] for pk in result["themes_left_out"] if pk in names],
    )
