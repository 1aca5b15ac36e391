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
from django.db import transaction
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.consultations.selectors import consultation_is_open
from youthvoice.voices.models import FacilitatedSession, PlaceType

SESSION_FACILITATED = "yv_facilitated"
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
    after the count is committed); past the limit, ending is refused for a while and the session runs on."""
    now = now or timezone.now()
    lock_minutes = settings.YOUTHVOICE_SESSION_LOCK_MINUTES
    with transaction.atomic():
        facilitated = FacilitatedSession.objects.select_for_update().get(pk=facilitated.pk)
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
