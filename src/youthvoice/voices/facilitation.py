"""Facilitated sessions: a youth worker runs a consultation on a shared device, young people answer in turn.

The device's session holds only the session's public id. Starting a session signs the worker out on that
device, so the young people using it can reach nothing of the worker's. The PIN that ends a session is
hashed; wrong PINs are counted and, past the limit, ending is refused for a while.
"""

from __future__ import annotations

import datetime
import re
import uuid

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.consultations.models import Consultation
from youthvoice.consultations.selectors import consultation_is_open
from youthvoice.voices.models import FacilitatedSession, PlaceType, SessionAlert

SESSION_FACILITATED = "yv_facilitated"
# A young people's panel running on a shared device (insights.panel.services): the same hand-over, its own
# key.
SESSION_PANEL = "yv_panel"
# What a shared device keeps through a quick exit: the session it runs, never anything a young person entered.
SHARED_DEVICE_KEYS = (SESSION_FACILITATED, SESSION_PANEL)
PIN_PATTERN = re.compile(r"^[0-9]{4,8}$")
SESSION_CHANNELS = (
    Consultation.Channel.YOUTH_WORKER,
    Consultation.Channel.SCHOOL,
    Consultation.Channel.VCS,
)


class SessionError(Exception):
    """A facilitated session cannot do this; the message is fit to show to the person who asked."""


class WrongPin(SessionError):
    def __init__(self, attempts_left: int):
        self.attempts_left = attempts_left
        times = "time" if attempts_left == 1 else "times"
        super().__init__(f"That PIN is not right. You can try {attempts_left} more {times}.")


class PinLocked(SessionError):
    pass


def facilitated_session_start(
    *, partnership, consultation: Consultation, started_by, channel: str, place_type: str, pin: str
) -> FacilitatedSession:
    if consultation.partnership_id != partnership.pk:
        raise SessionError("Choose a consultation from your partnership.")
    if not consultation_is_open(consultation=consultation):
        raise SessionError("This consultation is not open, so it cannot take answers in a session.")
    if channel not in SESSION_CHANNELS:
        raise SessionError("Choose how young people are taking part.")
    if channel not in consultation.channels:
        raise SessionError("This consultation does not take answers that way: choose another.")
    if place_type not in PlaceType.values:
        raise SessionError("Choose the kind of place.")
    if not PIN_PATTERN.match(pin or ""):
        raise SessionError("The PIN must be 4 to 8 numbers.")
    return FacilitatedSession.objects.create(
        partnership=partnership,
        consultation=consultation,
        channel=channel,
        place_type=place_type,
        pin_hash=make_password(pin),
        started_by=started_by,
        started_on=timezone.localdate(),
    )


def facilitated_session_for_device(session) -> FacilitatedSession | None:
    """The active session this device is running, if any (a stale or tampered id finds nothing)."""
    try:
        public_id = uuid.UUID(str(session.get(SESSION_FACILITATED)))
    except ValueError:  # none, or not a UUID (a tampered session)
        return None
    return (
        FacilitatedSession.objects.select_related("consultation")
        .filter(public_id=public_id, ended_on__isnull=True)
        .first()
    )


def facilitated_session_attach(session, *, facilitated: FacilitatedSession) -> None:
    session[SESSION_FACILITATED] = str(facilitated.public_id)


def facilitated_session_end_with_pin(
    *, facilitated: FacilitatedSession, pin: str, now: datetime.datetime | None = None
) -> FacilitatedSession:
    """End the session if ``pin`` is right. Wrong PINs are counted (and saved: the error is raised only
    after the count is committed); past the limit, ending is refused for a while and the session runs on.

    ``facilitated`` may be any shared-device session with the same PIN fields (``pin_hash``,
    ``failed_pin_attempts``, ``locked_until``, ``ended_on``): a young people's panel is ended the same way."""
    now = now or timezone.now()
    lock_minutes = settings.YOUTHVOICE_SESSION_LOCK_MINUTES
    with transaction.atomic():
        facilitated = type(facilitated).objects.select_for_update().get(pk=facilitated.pk)
        if facilitated.ended_on is not None:
            return facilitated
        if facilitated.locked_until and facilitated.locked_until > now:
            error: SessionError = PinLocked(
                f"Too many wrong PINs. The session keeps running: wait {lock_minutes} minutes and try again."
            )
        elif PIN_PATTERN.match(pin or "") and check_password(pin, facilitated.pin_hash):
            facilitated.ended_on = timezone.localdate()
            facilitated.failed_pin_attempts = 0
            facilitated.save(update_fields=["ended_on", "failed_pin_attempts"])
            return facilitated
        else:
            facilitated.failed_pin_attempts += 1
            left = settings.YOUTHVOICE_SESSION_PIN_ATTEMPTS - facilitated.failed_pin_attempts
            if left <= 0:
                facilitated.failed_pin_attempts = 0
                facilitated.locked_until = now + datetime.timedelta(minutes=lock_minutes)
                error = PinLocked(
                    "That PIN is not right, and there have been too many wrong PINs. The session keeps "
                    f"running: wait {lock_minutes} minutes and try again."
                )
            else:
                error = WrongPin(left)
            facilitated.save(update_fields=["failed_pin_attempts", "locked_until"])
    raise error


def facilitated_session_end_by_owner(*, facilitated: FacilitatedSession, user) -> FacilitatedSession:
    if facilitated.started_by_id != user.pk:
        raise SessionError("You can only end sessions you started.")
    if facilitated.ended_on is None:
        facilitated.ended_on = timezone.localdate()
        facilitated.save(update_fields=["ended_on"])
    return facilitated


def facilitated_sessions_for(*, user):
    return FacilitatedSession.objects.filter(started_by=user).select_related("consultation")


def session_alert_raise(
    *, facilitated: FacilitatedSession, now: datetime.datetime | None = None
) -> SessionAlert:
    """Someone in ``facilitated`` wrote words that sound like immediate danger: tell the youth worker running
    it, on their sessions page and by email, that someone in the room may need help now. Nothing of what was
    written goes with it, and the time is kept to the minute only."""
    now = (now or timezone.now()).replace(second=0, microsecond=0)
    alert = SessionAlert.objects.create(facilitated=facilitated, raised_at=now)
    worker = facilitated.started_by
    if worker is not None and worker.email:
        transaction.on_commit(lambda: _session_alert_email(alert=alert, email=worker.email), robust=True)
    return alert


def _session_alert_email(*, alert: SessionAlert, email: str) -> None:
    facilitated = alert.facilitated
    local = timezone.localtime(alert.raised_at)
    place = facilitated.get_place_type_display().lower()
    send_mail(
        subject="A young person in your session may need help now",
        message=(
            f"Something a young person sent at {local:%H:%M} in your session for "
            f"“{facilitated.consultation.title}” ({place}) sounds like "
            "they may be in danger right now.\n\n"
            "Check in with the group, make sure everyone knows how to get help, and follow your agency's "
            "safeguarding procedure. You will not see what was written: their answers stay anonymous.\n\n"
            f"Your sessions: {settings.YOUTHVOICE_PUBLIC_URL}{reverse('voices:facilitated-list')}\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )


def session_alerts_waiting(*, user) -> list[SessionAlert]:
    """Alerts from ``user``'s sessions that nobody has said they checked yet, newest first."""
    return list(
        SessionAlert.objects.filter(facilitated__started_by=user, checked_at__isnull=True)
        .select_related("facilitated__consultation")
        .order_by("-raised_at", "-pk")
    )


def session_alert_checked(*, alert: SessionAlert, user, now: datetime.datetime | None = None) -> SessionAlert:
    """The youth worker says they have checked in with the group. Only the session's own worker can."""
    if alert.facilitated.started_by_id != user.pk:
        raise SessionError("You can only answer alerts from sessions you started.")
    if alert.checked_at is None:
        alert.checked_at = now or timezone.now()
        alert.checked_by = user
        alert.save(update_fields=["checked_at", "checked_by"])
        audit_record(
            actor=user,
            action=AuditEvent.Action.CORRECTION,
            target=alert,
            partnership=alert.facilitated.partnership,
            detail={"session_alert": "checked"},
        )
    return alert
