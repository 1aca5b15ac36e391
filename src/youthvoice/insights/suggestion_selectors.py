"""Reads for theme suggestion runs and their stored suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from youthvoice.insights.disclosure import quote_publishable
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
    views = []
    for suggestion in suggestions:
        publishable = quote_publishable(group_size=suggestion.size, threshold=threshold)
        quotes = [texts[i] for i in suggestion.representative_answer_ids if i in texts] if publishable else []
        views.append(SuggestionView(suggestion, quotes, quotes_withheld=not publishable))
    return views
