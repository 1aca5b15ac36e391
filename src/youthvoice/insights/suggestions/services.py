"""Theme suggestion runs: start one (the job is queued from here) and review what it found.

Executing a run is the job's body, in ``suggestions.jobs``: this module queues the task (``insights.tasks``),
which runs ``suggestions.jobs``, which never imports this module, so the three form no import loop.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.insights.coding.assist import MIN_CODED_PER_THEME, AssistError
from youthvoice.insights.coding.assist_runs import KIND, assist_training_codings, assist_uncoded_answers
from youthvoice.insights.coding.services import CodingError, codable_answers, codings_create, theme_add
from youthvoice.insights.models import (
    Coding,
    Theme,
    ThemeSuggestion,
    ThemeSuggestionRun,
)
from youthvoice.insights.suggestions.jobs import METHOD_MEANING, METHODS
from youthvoice.insights.suggestions.suggest import SuggestionError
from youthvoice.insights.tasks import run_theme_suggestion
from youthvoice.partnership.models import Partnership

Status = ThemeSuggestionRun.Status


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
    transaction.on_commit(lambda: run_theme_suggestion.delay(run.pk))
    return run


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
