"""Retention and erasure of young people's words (docs/security.md, "Retention and erasure").

Past its partnership's retention period a response is deleted outright, answers and codings with it (they
cascade): deleting is simpler and safer than anonymising, because free text can identify a child however it
is redacted. Relayed voices use ``relayed_voice_retention_months``, everything else
``response_retention_months``. The audit log records counts and dates, never content.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.partnership.models import Partnership
from youthvoice.voices.models import Answer, Response

RETENTION_BATCH_SIZE = 500


class ErasureError(Exception):
    """An erasure request that cannot be carried out as asked."""


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier; the month's last day if it is shorter (31 May - 3 = 28/29 Feb)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class RetentionResult:
    partnership: Partnership
    responses_kept_from: datetime.date
    relayed_voices_kept_from: datetime.date
    responses: int
    relayed_voices: int
    answers: int
    dry_run: bool

    @property
    def total(self) -> int:
        return self.responses + self.relayed_voices


def _expired(*, partnership: Partnership, today: datetime.date):
    responses_from = months_before(today, partnership.response_retention_months)
    relayed_from = months_before(today, partnership.relayed_voice_retention_months)
    mine = Response.objects.filter(partnership=partnership)
    relayed = mine.filter(channel=Response.Channel.RELAYED, submitted_on__lt=relayed_from)
    others = mine.exclude(channel=Response.Channel.RELAYED).filter(submitted_on__lt=responses_from)
    return responses_from, relayed_from, others, relayed


def _delete_in_batches(queryset, *, batch_size: int) -> tuple[int, int]:
    """Delete ``queryset`` a batch at a time (each batch its own transaction); (responses, answers)."""
    responses = answers = 0
    while True:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True)[:batch_size])
        if not ids:
            return responses, answers
        with transaction.atomic():
            _, per_model = Response.objects.filter(pk__in=ids).delete()
        responses += per_model.get(Response._meta.label, 0)
        answers += per_model.get(Answer._meta.label, 0)


def retention_apply(
    *,
    today: datetime.date,
    dry_run: bool = False,
    partnership: Partnership | None = None,
    batch_size: int = RETENTION_BATCH_SIZE,
) -> list[RetentionResult]:
    """Delete every response past its partnership's retention period, as of ``today``.

    Idempotent: a second run finds nothing more to delete. A real run records one audit event per
    partnership (counts and cut-off dates only); a dry run counts and changes nothing.
    """
    results = []
    partnerships = [partnership] if partnership is not None else list(Partnership.objects.order_by("pk"))
    for current in partnerships:
        responses_from, relayed_from, others, relayed = _expired(partnership=current, today=today)
        if dry_run:
            answers = Answer.objects.filter(response__in=others).count()
            answers += Answer.objects.filter(response__in=relayed).count()
            counts = (others.count(), relayed.count(), answers)
        else:
            other_count, other_answers = _delete_in_batches(others, batch_size=batch_size)
            relayed_count, relayed_answers = _delete_in_batches(relayed, batch_size=batch_size)
            counts = (other_count, relayed_count, other_answers + relayed_answers)
        result = RetentionResult(
            partnership=current,
            responses_kept_from=responses_from,
            relayed_voices_kept_from=relayed_from,
            responses=counts[0],
            relayed_voices=counts[1],
            answers=counts[2],
            dry_run=dry_run,
        )
        if not dry_run:
            audit_record(
                actor=None,
                action=AuditEvent.Action.RETENTION,
                target=current,
                reason="Retention period passed",
                detail={
                    "as_of": today,
                    "responses_deleted": result.responses,
                    "relayed_voices_deleted": result.relayed_voices,
                    "answers_deleted": result.answers,
                    "responses_kept_from": responses_from,
                    "relayed_voices_kept_from": relayed_from,
                    "response_retention_months": current.response_retention_months,
                    "relayed_voice_retention_months": current.relayed_voice_retention_months,
                },
            )
        results.append(result)
    return results


def relayed_voice_erase(*, response: Response, actor, reason: str) -> None:
    """Erase one relayed voice on request (a young person, their parent or carer, or the relayer asked).

    The audit event says who, when, why and which record, never what it said.
    """
    reason = reason.strip()
    if not reason:
        raise ErasureError("Give the reason for erasing this record.")
    if response.channel != Response.Channel.RELAYED:
        raise ErasureError("Only relayed voices can be erased here.")
    with transaction.atomic():
        locked = Response.objects.select_for_update().filter(pk=response.pk).first()
        if locked is None:
            raise ErasureError("This record has already been erased.")
        detail = {
            "reference_code": locked.reference_code,
            "shared_on": locked.submitted_on,
            "relayed_by_id": locked.relayed_by_id,
        }
        _, per_model = locked.delete()
        detail["answers_deleted"] = per_model.get(Answer._meta.label, 0)
        audit_record(
            actor=actor,
            action=AuditEvent.Action.ERASURE,
            target=("voices.response", response.pk),
            partnership=response.partnership,
            reason=reason,
            detail=detail,
        )


def relayed_voices_search(
    *,
    partnership: Partnership,
    reference: str = "",
    agency=None,
    relayer=None,
    shared_on: datetime.date | None = None,
    contains: str = "",
):
    """Relayed voices in ``partnership`` matching every criterion given (reference: record id or code)."""
    found = Response.objects.filter(partnership=partnership, channel=Response.Channel.RELAYED)
    reference = reference.strip()
    if reference:
        if reference.isdigit():
            found = found.filter(pk=int(reference))
        else:
            found = found.filter(reference_code__iexact=reference)
    if agency is not None:
        # Relayed by a member of the agency's staff, or sent by one of its systems through the API.
        found = found.filter(
            Q(relayed_by__memberships__agency=agency) | Q(relayed_by__api_client__agency=agency)
        )
    if relayer is not None:
        found = found.filter(relayed_by=relayer)
    if shared_on is not None:
        found = found.filter(submitted_on=shared_on)
    if contains.strip():
        found = found.filter(answers__text__icontains=contains.strip())
    return found.select_related("relayed_by").distinct().order_by("-submitted_on", "-pk")
