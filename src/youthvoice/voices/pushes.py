"""Writes for relayed voices sent through the API (by agencies' systems): exactly once per Idempotency-Key.

A system that did not hear back (a timeout, a dropped connection, a restarted server) sends the same request
again with the same key. The first request that saves makes the record; every retry gets that record back,
never a second one; the same key with a different body is refused. Two requests racing with one key are
decided by the database's unique constraint on (sender, key), inside the transaction that saves the voice,
so the loser's voice is rolled back with it.
"""

from __future__ import annotations

import datetime
import json
import re

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from youthvoice.consultations.models import Consultation
from youthvoice.voices.models import RelayedVoicePush, Response
from youthvoice.voices.services import (
    AnswerInput,
    ResponseError,
    SafeguardingAnswer,
    relayed_answers_resolve,
    relayed_voice_record,
)

# Visible ASCII, as an HTTP header allows; a UUID is a good key. Only a keyed hash of it is stored.
IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")


class IdempotencyKeyInvalid(ResponseError):
    """The Idempotency-Key header is missing or not a usable key."""


class IdempotencyKeyReused(ResponseError):
    """The key was used before with a different body: a mistake in the calling system."""


class PushedVoiceGone(ResponseError):
    """The key's record has been erased or passed its retention period: it must never come back."""


def _hash(purpose: str, value: str) -> str:
    return salted_hmac(f"youthvoice.voices.push.{purpose}", value, algorithm="sha256").hexdigest()


def idempotency_key_hash(*, sender, key: str) -> str:
    if not key or not IDEMPOTENCY_KEY.match(key):
        raise IdempotencyKeyInvalid(
            "Send an Idempotency-Key header: 1 to 255 visible ASCII characters, new for each voice (a UUID "
            "is best), and the same again when you retry.",
            field="Idempotency-Key",
        )
    return _hash("key", f"{sender.pk}:{key}")


def body_hash(body) -> str:
    """The same for the same JSON whatever its key order or spacing."""
    return _hash("body", json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


def _replay(push: RelayedVoicePush, *, body: str) -> Response:
    if push.body_hash != body:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was already used with a different body. Use a new key for a new voice; "
            "to correct a voice you sent, PATCH it."
        )
    if push.response is None:
        raise PushedVoiceGone(
            "The voice first sent with this Idempotency-Key has since been erased or passed its retention "
            "period, so it will not be saved again."
        )
    return push.response


def push_for_key(*, sender, idempotency_key: str, body) -> Response | None:
    """The record an earlier request with this key made (checking the body is the same), or None."""
    key_hash = idempotency_key_hash(sender=sender, key=idempotency_key)
    push = (
        RelayedVoicePush.objects.filter(sender=sender, key_hash=key_hash).select_related("response").first()
    )
    return _replay(push, body=body_hash(body)) if push is not None else None


def relayed_voice_push(
    *,
    relayed_by,
    partnership,
    idempotency_key: str,
    body,
    shared_on: datetime.date,
    consent_basis: str,
    answers: dict[str, AnswerInput],
    consultation: Consultation | None = None,
    about_you: dict | None = None,
    place_type: str = "",
    safeguarding: SafeguardingAnswer | None = None,
) -> tuple[Response, bool]:
    """Save a relayed voice sent through the API, once per key and sender. Returns (record, created).

    ``body`` is the request as sent (for the replay check); the other arguments are its validated parts. For
    an agency's system the relayer is its service account and the partnership its agency's. Answers are
    keyed by question key and de-identified exactly as the page does (``relayed_voice_record``).
    """
    key_hash = idempotency_key_hash(sender=relayed_by, key=idempotency_key)
    fingerprint = body_hash(body)
    earlier = push_for_key(sender=relayed_by, idempotency_key=idempotency_key, body=body)
    if earlier is not None:
        return earlier, False
    try:
        with transaction.atomic():
            response = relayed_voice_record(
                relayed_by=relayed_by,
                partnership=partnership,
                consultation=consultation,
                answers=relayed_answers_resolve(
                    partnership=partnership, consultation=consultation, answers=answers
                ),
                shared_on=shared_on,
                consent_basis=consent_basis,
                about_you=about_you,
                place_type=place_type,
                safeguarding=safeguarding,
            )
            RelayedVoicePush.objects.create(
                sender=relayed_by,
                key_hash=key_hash,
                body_hash=fingerprint,
                response=response,
                pushed_on=timezone.localdate(),
            )
    except IntegrityError:
        # Another request with this key saved first (its transaction has committed): answer with its record.
        earlier = push_for_key(sender=relayed_by, idempotency_key=idempotency_key, body=body)
        if earlier is None:
            raise
        return earlier, False
    return response, True
