"""Changes to the strategic mandate: roles, champion, assessments, principles, workshops, actions."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from youthvoice.mandate.models import (
    ASSESSMENT_DIMENSIONS,
    Action,
    ActionProgressNote,
    Principle,
    PrincipleConfirmation,
    Responsibility,
    StrategicChampion,
    StrategyAssessment,
    Workshop,
)
from youthvoice.mandate.principles import principles_default
from youthvoice.partnership.models import Agency, Partnership


class MandateError(Exception):
    """A change to the strategic mandate that cannot be made; the message says why in plain words."""


class ForeignToPartnership(MandateError):
    pass


class DueDateInPast(MandateError):
    pass


class PrinciplesNotConfirmed(MandateError):
    pass


def _require_same_partnership(partnership: Partnership, *objects) -> None:
    for obj in objects:
        if obj is not None and obj.partnership_id != partnership.pk:
            raise ForeignToPartnership(f"{obj} does not belong to {partnership}.")


# --- Roles and responsibilities -----------------------------------------------------------------------


def responsibility_save(
    *,
    partnership: Partnership,
    agency: Agency,
    lens: str,
    level: str,
    description: str,
    within_our_gift: str = "",
    responsibility: Responsibility | None = None,
) -> Responsibility:
    """Create a matrix cell, or change ``responsibility`` when given."""
    _require_same_partnership(partnership, agency)
    if responsibility is not None:
        _require_same_partnership(partnership, responsibility.agency)
    if not description.strip():
        raise MandateError("Say what the agency does.")
    responsibility = responsibility or Responsibility()
    responsibility.agency = agency
    responsibility.lens = lens
    responsibility.level = level
    responsibility.description = description.strip()
    responsibility.within_our_gift = within_our_gift.strip()
    responsibility.full_clean()
    responsibility.save()
    return responsibility


def responsibility_delete(*, partnership: Partnership, responsibility: Responsibility) -> None:
    _require_same_partnership(partnership, responsibility.agency)
    responsibility.delete()


@transaction.atomic
def champion_appoint(
    *, partnership: Partnership, name: str, role_title: str, agency: Agency, since: datetime.date
) -> StrategicChampion:
    """Make a new strategic champion current; the one before is kept in the history, ended on ``since``."""
    _require_same_partnership(partnership, agency)
    current = (
        StrategicChampion.objects.select_for_update()
        .filter(partnership=partnership, until__isnull=True)
        .first()
    )
    if current is not None:
        if since < current.since:
            raise MandateError(
                f"The new champion cannot start before the current one did ({current.since:%d %B %Y})."
            )
        current.until = since
        current.save(update_fields=["until"])
    return StrategicChampion.objects.create(
        partnership=partnership, name=name.strip(), role_title=role_title.strip(), agency=agency, since=since
    )


# --- Strategy assessment ------------------------------------------------------------------------------


def strategy_assessment_record(
    *,
    partnership: Partnership,
    assessed_on: datetime.date,
    assessed_by,
    ratings: dict[str, int],
    notes: dict[str, str],
) -> StrategyAssessment:
    """Record a new review. Earlier reviews are never changed, so the change between reviews stays visible."""
    if assessed_on > timezone.localdate():
        raise MandateError("The assessment date cannot be in the future.")
    fields: dict = {}
    for name, label in ASSESSMENT_DIMENSIONS:
        rating = ratings.get(name)
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise MandateError(f"Rate {label.lower()} from 1 to 5.")
        fields[name] = rating
        fields[f"{name}_notes"] = (notes.get(name) or "").strip()
    return StrategyAssessment.objects.create(
        partnership=partnership, assessed_on=assessed_on, assessed_by=assessed_by, **fields
    )


# --- Principles ---------------------------------------------------------------------------------------


def principles_seed(*, partnership: Partnership) -> int:
    """Give the partnership the shipped principles it does not have yet; return how many were added."""
    existing = set(Principle.objects.filter(partnership=partnership).values_list("order", flat=True))
    missing = [
        Principle(partnership=partnership, order=data.order, title=data.title, description=data.description)
        for data in principles_default()
        if data.order not in existing
    ]
    Principle.objects.bulk_create(missing, ignore_conflicts=True)
    return len(missing)


@transaction.atomic
def principle_confirmations_record(
    *,
    partnership: Partnership,
    user,
    subject: models.Model,
    notes: dict[int, str],
    subject_label: str = "",
) -> list[PrincipleConfirmation]:
    """Record that ``user`` confirmed every one of the partnership's principles for ``subject``, each with a
    note (``notes`` maps principle id to note). Nothing is stored unless every principle has a note."""
    principles = list(Principle.objects.filter(partnership=partnership))
    if not principles:
        raise PrinciplesNotConfirmed("This partnership has no principles to confirm yet.")
    unknown = set(notes) - {principle.pk for principle in principles}
    if unknown:
        raise PrinciplesNotConfirmed("A confirmation names a principle of another partnership.")
    missing = [principle.title for principle in principles if not (notes.get(principle.pk) or "").strip()]
    if missing:
        raise PrinciplesNotConfirmed(
            "Confirm each principle with a note. Missing: " + "; ".join(missing) + "."
        )
    subject_type = ContentType.objects.get_for_model(subject)
    today = timezone.localdate()
    return PrincipleConfirmation.objects.bulk_create(
        PrincipleConfirmation(
            principle=principle,
            confirmed_by=user,
            confirmed_on=today,
            note=notes[principle.pk].strip(),
            subject_type=subject_type,
            subject_id=subject.pk,
            subject_label=(subject_label or str(subject))[:300],
        )
        for principle in principles
    )


# --- Workshops and actions ----------------------------------------------------------------------------


def workshop_create(
    *, partnership: Partnership, title: str, held_on: datetime.date, notes: str = ""
) -> Workshop:
    if not title.strip():
        raise MandateError("Give the workshop a title.")
    return Workshop.objects.create(partnership=partnership, title=title.strip(), held_on=held_on, notes=notes)


def _action_check(action: Action) -> None:
    _require_same_partnership(action.partnership, action.owner_agency, action.workshop)
    if action.source == Action.Source.WORKSHOP and action.workshop is None:
        raise MandateError("Choose the workshop the action came from.")
    if action.source != Action.Source.WORKSHOP:
        action.workshop = None
    if action.status == Action.Status.CANT_DO and not action.cant_do_reason.strip():
        raise MandateError("Say why the action can't be done.")


def action_create(*, partnership: Partnership, created_by, **fields) -> Action:
    """Create an action. A new action cannot be due in the past."""
    action = Action(partnership=partnership, created_by=created_by, **fields)
    if action.due_on < timezone.localdate():
        raise DueDateInPast("The due date cannot be in the past for a new action.")
    _action_check(action)
    action.save()
    return action


def action_update(*, action: Action, **fields) -> Action:
    """Change an action. Its existing due date may have passed, but a changed one cannot be in the past."""
    old_due = action.due_on
    for name, value in fields.items():
        setattr(action, name, value)
    if action.due_on != old_due and action.due_on < timezone.localdate():
        raise DueDateInPast("A changed due date cannot be in the past.")
    _action_check(action)
    action.save()
    return action


def action_note_add(*, action: Action, author, note: str) -> ActionProgressNote:
    if not note.strip():
        raise MandateError("Write the progress note.")
    return ActionProgressNote.objects.create(action=action, author=author, note=note.strip())
