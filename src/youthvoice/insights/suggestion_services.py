"""Theme suggestion runs: start one, execute it (the Celery task's body), and review what it found.

Executing a run is idempotent, so a job redelivered after a worker was lost neither loses nor double-counts
work:

1. The worker claims the run with one conditional UPDATE (queued or running -> running, ``attempts`` + 1).
   A finished or failed run is not claimed, so a redelivered job for it does nothing.
2. The analysis is pure (``suggest.suggest_themes``, seeded) and writes nothing while it works, except
   progress.
3. One transaction marks the run finished with a conditional UPDATE (running -> finished), deletes any
   results already stored for the run, and writes every suggestion and assignment. Only one attempt can
   win that UPDATE; an attempt that loses it rolls back and leaves the winner's results.
"""

from __future__ import annotations

import logging
import time

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.insights.assist import MIN_CODED_PER_THEME, AssistError
from youthvoice.insights.coding import CodingError, codable_answers, codings_create, theme_add
from youthvoice.insights.coding_assist import (
    KIND,
    assist_training_codings,
    assist_uncoded_answers,
    coding_assist_analyse,
    coding_assist_store,
    is_coding_run,
)
from youthvoice.insights.embeddings import EmbeddingUnavailable
from youthvoice.insights.models import (
    Coding,
    Theme,
    ThemeSuggestion,
    ThemeSuggestionAssignment,
    ThemeSuggestionRun,
)
from youthvoice.insights.suggest import SuggestionError, suggest_themes
from youthvoice.insights.suggest_meaning import suggest_themes_by_meaning
from youthvoice.partnership.models import Partnership

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


class SuggestionReviewError(ValueError):
    """A review action that cannot be carried out; the message is for the analyst."""


def suggestion_run_start(
    *,
    partnership: Partnership,
    user,
    consultation: Consultation | None = None,
    n_themes: int | None = None,
    parameters: dict | None = None,
) -> ThemeSuggestionRun:
    """Queue a run over the free-text answers of ``consultation`` (or the whole partnership).

    The job is sent when the transaction commits; without a broker it runs in-process there and then.
    Raises ``SuggestionError`` before queuing anything if there are too few answers.
    """
    if consultation is not None and consultation.partnership_id != partnership.pk:
        raise SuggestionError("Choose one of your partnership's consultations.")
    if (parameters or {}).get("method", METHOD_MEANING) not in METHODS:
        raise SuggestionError("Choose how to look for themes: by meaning or by shared words.")
    if n_themes is not None and not 2 <= n_themes <= 30:
        raise SuggestionError("Ask for from 2 to 30 themes, or leave it empty to let youthvoice choose.")
    answers = codable_answers(partnership=partnership, consultation=consultation).count()
    if answers < 4:
        raise SuggestionError(
            f"There {'is' if answers == 1 else 'are'} {answers} free-text "
            f"answer{'' if answers == 1 else 's'} to look at: at least 4 are needed to suggest themes."
        )
    run = ThemeSuggestionRun.objects.create(
        partnership=partnership,
        consultation=consultation,
        created_by=user,
        parameters={**(parameters or {}), **({"n_themes": n_themes} if n_themes else {})},
        progress_message="Waiting to start",
    )
    from youthvoice.insights.tasks import run_theme_suggestion

    transaction.on_commit(lambda: run_theme_suggestion.delay(run.pk))
    return run


def coding_assist_start(
    *, partnership: Partnership, user, consultation: Consultation | None = None
) -> ThemeSuggestionRun:
    """Queue an assisted coding run; raises ``AssistError`` if there is too little coding."""
    if consultation is not None and consultation.partnership_id != partnership.pk:
        raise AssistError("Choose one of your partnership's consultations.")
    counts: dict[int, int] = {}
    for _, _, theme_id in assist_training_codings(partnership=partnership, consultation=consultation):
        counts[theme_id] = counts.get(theme_id, 0) + 1
    if sum(n >= MIN_CODED_PER_THEME for n in counts.values()) < 2:
        raise AssistError(
            f"Code at least {MIN_CODED_PER_THEME} answers with each of at least two themes, "
            "and youthvoice will suggest themes for the rest."
        )
    if not assist_uncoded_answers(partnership=partnership, consultation=consultation).exists():
        raise AssistError("Every answer already has a theme: there is nothing to suggest.")
    run = ThemeSuggestionRun.objects.create(
        partnership=partnership,
        consultation=consultation,
        created_by=user,
        parameters={"kind": KIND},
        progress_message="Waiting to start",
    )
    from youthvoice.insights.tasks import run_theme_suggestion

    transaction.on_commit(lambda: run_theme_suggestion.delay(run.pk))
    return run


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
            return suggest_themes_by_meaning(answers, **options)
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


# Review -----------------------------------------------------------------------------------------------


def _open(suggestion: ThemeSuggestion) -> None:
    if suggestion.status != ThemeSuggestion.Status.OPEN:
        raise SuggestionReviewError(
            f"“{suggestion.label}” has already been {suggestion.get_status_display().lower()}."
        )


def _decided(suggestion: ThemeSuggestion, status: str, user) -> None:
    suggestion.status = status
    suggestion.decided_by = user
    suggestion.decided_at = timezone.now()


@transaction.atomic
def suggestion_accept(*, suggestion: ThemeSuggestion, user, name: str = "") -> Theme:
    """Add the suggestion to the codebook as a theme and code its answers with it (accepted, suggested).

    An answer the analyst already coded with that theme keeps its coding.
    """
    suggestion = (
        ThemeSuggestion.objects.select_for_update().select_related("run__partnership").get(pk=suggestion.pk)
    )
    _open(suggestion)
    try:
        theme = theme_add(partnership=suggestion.run.partnership, name=name or suggestion.label)
    except CodingError as error:
        raise SuggestionReviewError(str(error)) from error
    codings_create(
        codings=(
            Coding(
                answer=assignment.answer,
                theme=theme,
                source=Coding.Source.SUGGESTED,
                status=Coding.Status.ACCEPTED,
                confidence=assignment.weight,
                suggestion_run=suggestion.run,
                coded_by=user,
            )
            for assignment in suggestion.assignments.select_related("answer").only(
                "weight", "answer__id", *(f"answer__{name}" for name in Coding.FROM_ANSWER)
            )
        ),
        ignore_conflicts=True,
    )
    _decided(suggestion, ThemeSuggestion.Status.ACCEPTED, user)
    suggestion.theme = theme
    suggestion.label = theme.name
    suggestion.save(update_fields=["status", "decided_by", "decided_at", "theme", "label"])
    return theme


def suggestion_rename(*, suggestion: ThemeSuggestion, label: str) -> ThemeSuggestion:
    label = " ".join(label.split())
    if not label:
        raise SuggestionReviewError("Enter a name for the suggestion.")
    if len(label) > 200:
        raise SuggestionReviewError("The name must be 200 characters or fewer.")
    _open(suggestion)
    suggestion.label = label
    suggestion.save(update_fields=["label"])
    return suggestion


@transaction.atomic
def suggestion_reject(*, suggestion: ThemeSuggestion, user) -> ThemeSuggestion:
    _open(suggestion)
    _decided(suggestion, ThemeSuggestion.Status.REJECTED, user)
    suggestion.save(update_fields=["status", "decided_by", "decided_at"])
    return suggestion


@transaction.atomic
def suggestion_merge(*, suggestion: ThemeSuggestion, into: ThemeSuggestion, user) -> ThemeSuggestion:
    """Fold ``suggestion`` into ``into`` (both open, same run): ``into`` gathers its answers and words."""
    if suggestion.pk == into.pk:
        raise SuggestionReviewError("Choose a different suggestion to merge with.")
    if suggestion.run_id != into.run_id:
        raise SuggestionReviewError("Only suggestions from the same run can be merged.")
    locked = {
        s.pk: s for s in ThemeSuggestion.objects.select_for_update().filter(pk__in=[suggestion.pk, into.pk])
    }
    suggestion, into = locked[suggestion.pk], locked[into.pk]
    _open(suggestion)
    _open(into)
    kept = set(into.assignments.values_list("answer_id", flat=True))
    suggestion.assignments.exclude(answer_id__in=kept).update(suggestion=into)
    weights = list(into.assignments.values_list("weight", flat=True))
    into.size = len(weights)
    into.confidence = round(sum(weights) / len(weights), 3) if weights else 0.0
    into.top_words = into.top_words + [word for word in suggestion.top_words if word not in into.top_words]
    strongest = into.assignments.order_by("-weight", "answer_id").values_list("answer_id", flat=True)[:3]
    into.representative_answer_ids = list(strongest)
    into.save(update_fields=["size", "confidence", "top_words", "representative_answer_ids"])
    _decided(suggestion, ThemeSuggestion.Status.MERGED, user)
    suggestion.merged_into = into
    suggestion.size = 0
    suggestion.save(update_fields=["status", "decided_by", "decided_at", "merged_into", "size"])
    return into
