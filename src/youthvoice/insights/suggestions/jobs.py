"""Executing a theme suggestion or assisted coding run: the body of the Celery task (``tasks``).

Executing a run is idempotent, so a job redelivered after a worker was lost neither loses nor double-counts
work:

1. The worker claims the run with one conditional UPDATE (queued or running -> running, ``attempts`` + 1).
   A finished or failed run is not claimed, so a redelivered job for it does nothing.
2. The analysis is pure (``suggest_meaning`` or ``suggest``, seeded; ``assist`` for coding runs) and writes
   nothing while it works, except progress and the answers' vectors (``stored_embeddings``), which are
   written as they are made: a redelivered run reads them instead of embedding its answers again.
3. One transaction marks the run finished with a conditional UPDATE (running -> finished), deletes any
   results already stored for the run, and writes every suggestion and assignment. Only one attempt can
   win that UPDATE; an attempt that loses it rolls back and leaves the winner's results.

Starting runs and reviewing their suggestions is ``suggestions.services``, which queues the task; this module
never imports it, so the service, the task and the job form no import loop.
"""

from __future__ import annotations

import logging
import time

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from youthvoice.core.embeddings import EmbeddingUnavailable
from youthvoice.insights.coding.assist import AssistError
from youthvoice.insights.coding.assist_runs import coding_assist_analyse, coding_assist_store, is_coding_run
from youthvoice.insights.coding.services import codable_answers
from youthvoice.insights.models import ThemeSuggestion, ThemeSuggestionAssignment, ThemeSuggestionRun
from youthvoice.insights.suggestions.stored_embeddings import stored_themes_encoder
from youthvoice.insights.suggestions.suggest import SuggestionError, suggest_themes
from youthvoice.insights.suggestions.suggest_meaning import suggest_themes_by_meaning

logger = logging.getLogger(__name__)
Status = ThemeSuggestionRun.Status
# A test-only parameter: wait this long after the analysis (first attempt only), so a test can kill the
# worker in the middle of a run. Never set by the pages.
PAUSE_PARAMETER = "pause_after_fit_seconds"
MAX_PAUSE_SECONDS = 120
PROGRESS_EVERY_SECONDS = 0.5
METHOD_MEANING = "meaning"  # sentence embeddings (suggest_meaning), the default
METHOD_WORDS = "words"  # TF-IDF + NMF (suggest), the fallback
METHODS = (METHOD_MEANING, METHOD_WORDS)


def _claim(run_id: int) -> bool:
    claimed = ThemeSuggestionRun.objects.filter(pk=run_id, status__in=[Status.QUEUED, Status.RUNNING]).update(
        status=Status.RUNNING, attempts=F("attempts") + 1, progress=0, progress_message="Starting", error=""
    )
    return claimed == 1


def _reporter(run_id: int):
    last = [0.0]

    def report(fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY_SECONDS and fraction < 1:
            return
        last[0] = now
        ThemeSuggestionRun.objects.filter(pk=run_id, status=Status.RUNNING).update(
            progress=round(min(max(fraction, 0), 0.95), 3), progress_message=message[:200]
        )

    return report


def _store(run: ThemeSuggestionRun, result) -> bool:
    """Write the results and mark the run finished, all or nothing. False if another attempt finished it."""
    with transaction.atomic():
        finished = ThemeSuggestionRun.objects.filter(pk=run.pk, status=Status.RUNNING).update(
            status=Status.FINISHED,
            progress=1,
            progress_message=f"Found {len(result.suggestions)} themes",
            finished_at=timezone.now(),
            parameters={**run.parameters, "result": result.parameters},
        )
        if not finished:
            return False
        ThemeSuggestion.objects.filter(run=run).delete()  # anything a lost attempt left, never counted twice
        suggestions = ThemeSuggestion.objects.bulk_create(
            ThemeSuggestion(
                run=run,
                index=found.index,
                label=found.label[:200],
                top_words=list(found.top_words),
                representative_answer_ids=[answer_id for answer_id, _ in found.quotes],
                confidence=found.confidence,
                size=found.size,
            )
            for found in result.suggestions
        )
        by_index = {suggestion.index: suggestion for suggestion in suggestions}
        ThemeSuggestionAssignment.objects.bulk_create(
            (
                ThemeSuggestionAssignment(
                    suggestion=by_index[assignment.theme],
                    answer_id=assignment.answer_id,
                    weight=assignment.weight,
                )
                for assignment in result.assignments
                if assignment.theme is not None
            ),
            batch_size=2000,
        )
    return True


def _suggest(answers, parameters: dict, *, progress):
    """Themes from meaning (sentence embeddings), or from shared words (TF-IDF + NMF) when asked or when the
    sentence model is not installed."""
    options = {
        "n_themes": parameters.get("n_themes"),
        "seed": int(parameters.get("seed", 0)),
        "progress": progress,
    }
    if parameters.get("method", METHOD_MEANING) == METHOD_MEANING:
        try:
            return suggest_themes_by_meaning(answers, encode=stored_themes_encoder(answers), **options)
        except EmbeddingUnavailable:
            logger.warning("The sentence model is not installed: suggesting themes from shared words instead")
    return suggest_themes(answers, **options)


def suggestion_run_execute(*, run_id: int) -> str:
    """Run the analysis for ``run_id`` and store its results exactly once. Returns what happened."""
    if not _claim(run_id):
        return "skipped"
    run = ThemeSuggestionRun.objects.select_related("consultation", "partnership").get(pk=run_id)
    try:
        answers = (
            []
            if is_coding_run(run)
            else list(
                codable_answers(partnership=run.partnership, consultation=run.consultation).values_list(
                    "pk", "text"
                )
            )
        )
        if is_coding_run(run):
            result = coding_assist_analyse(run, progress=_reporter(run_id))
        else:
            result = _suggest(answers, run.parameters, progress=_reporter(run_id))
        pause = float(run.parameters.get(PAUSE_PARAMETER, 0) or 0)
        if pause > 0 and run.attempts == 1:
            _reporter(run_id)(0.95, "Pausing (test)")
            time.sleep(min(pause, MAX_PAUSE_SECONDS))
    except (SuggestionError, AssistError) as error:
        ThemeSuggestionRun.objects.filter(pk=run_id, status=Status.RUNNING).update(
            status=Status.FAILED, error=str(error), progress_message="Stopped", finished_at=timezone.now()
        )
        return "failed"
    except Exception:
        logger.exception("Theme suggestion run %s failed", run_id)
        ThemeSuggestionRun.objects.filter(pk=run_id, status=Status.RUNNING).update(
            status=Status.FAILED,
            error="Something went wrong while looking for themes. Try again, or ask for help.",
            progress_message="Stopped",
            finished_at=timezone.now(),
        )
        raise
    store = coding_assist_store if is_coding_run(run) else _store
    return "finished" if store(run, result) else "skipped"
