"""Where a consultation is in the loop, in young people's words: open, being read, late (sorry), reported.

Young people see this on the consultation's "You said, we did" page and after entering their reference code.
When we are late we say so, say sorry and give the new date (principle 8); staff record the new date and why
with ``feedback_delay_record``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.feedback.models import FeedbackDelay, YouSaidWeDid
from youthvoice.language import publication_check

REASON_MAX = 1000


class DelayError(ValueError):
    """A new date or reason that cannot be published: the message says what to change."""


@dataclass(frozen=True)
class LoopStatus:
    consultation: Consultation
    stage: str  # "open" | "reading" | "late" | "reported"
    promised_on: datetime.date
    published_on: datetime.date | None
    delay: FeedbackDelay | None
    today: datetime.date

    @property
    def late(self) -> bool:
        return self.stage == "late"

    @property
    def new_due_on(self) -> datetime.date | None:
        return self.delay.new_due_on if self.delay else None

    @property
    def new_date_passed(self) -> bool:
        return bool(self.delay and self.delay.new_due_on < self.today)

    @property
    def published_late(self) -> bool:
        return bool(self.published_on and self.published_on > self.promised_on)


def feedback_delay_latest(*, consultation: Consultation) -> FeedbackDelay | None:
    return consultation.feedback_delays.order_by("-recorded_on", "-pk").first()


def loop_status(*, consultation: Consultation, today: datetime.date | None = None) -> LoopStatus:
    today = today or timezone.localdate()
    first = (
        YouSaidWeDid.objects.filter(consultation=consultation, first_published_on__isnull=False)
        .order_by("first_published_on")
        .values_list("first_published_on", flat=True)
        .first()
    )
    delay = feedback_delay_latest(consultation=consultation)
    if first is not None:
        stage = "reported"
    elif consultation.feedback_due_on < today:
        stage = "late"
    elif consultation.status == Consultation.Status.OPEN and today <= consultation.closes_on:
        stage = "open"
    else:
        stage = "reading"
    return LoopStatus(
        consultation=consultation,
        stage=stage,
        promised_on=consultation.feedback_due_on,
        published_on=first,
        delay=delay,
        today=today,
    )


@transaction.atomic
def feedback_delay_record(
    *,
    consultation: Consultation,
    new_due_on: datetime.date,
    reason: str,
    user,
    today: datetime.date | None = None,
) -> FeedbackDelay:
    """Say publicly that feedback will be late: a new date after today and the promised one, and why."""
    today = today or timezone.localdate()
    reason = " ".join((reason or "").split())
    if consultation.status == Consultation.Status.DRAFT:
        raise DelayError("A draft has promised nothing yet: change its feedback date instead.")
    if not reason:
        raise DelayError("Say why we are late, in plain words young people will understand.")
    if len(reason) > REASON_MAX:
        raise DelayError(f"Keep the reason to {REASON_MAX} characters or fewer.")
    if new_due_on <= today:
        raise DelayError("The new date must be after today.")
    if new_due_on <= consultation.feedback_due_on:
        raise DelayError("The new date must be after the date we promised.")
    latest = feedback_delay_latest(consultation=consultation)
    if latest and new_due_on < latest.new_due_on:
        raise DelayError("The new date cannot be earlier than the last new date we gave.")
    blocking = publication_check(reason).blocking_findings
    if blocking:  # the apology is published to young people: the same language gate as any update
        raise DelayError(f"Change “{blocking[0].text}”: {blocking[0].message}")
    return FeedbackDelay.objects.create(
        consultation=consultation, new_due_on=new_due_on, reason=reason, recorded_by=user, recorded_on=today
    )
