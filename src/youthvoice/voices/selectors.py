"""Reads for responses: the "see what changed" lookup and a practitioner's own relayed voices."""

from __future__ import annotations

from django.db.models import QuerySet

from youthvoice.consultations.models import Consultation
from youthvoice.voices.models import Response
from youthvoice.voices.relayers import relayed_voices_of_relayer
from youthvoice.voices.services import REFERENCE_ALPHABET, REFERENCE_LENGTH


def reference_code_normalise(code: str) -> str:
    """Forgive spaces, dashes and lower case in a code typed by hand."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def consultation_for_reference_code(*, code: str) -> Consultation | None:
    """The consultation a reference code belongs to, or None. Never reveals the response itself."""
    code = reference_code_normalise(code)
    if len(code) != REFERENCE_LENGTH or set(code) - set(REFERENCE_ALPHABET):
        return None
    response = Response.objects.filter(reference_code=code).select_related("consultation").first()
    return response.consultation if response is not None else None


def response_for_token(*, token: str) -> Response | None:
    if not token:
        return None
    return Response.objects.filter(idempotency_token=token).first()


def relayed_voices_for(*, user) -> QuerySet[Response]:
    """The relayed voices ``user`` may list and correct (``voices.relayers``): their own, or their agency's
    for an agency's system."""
    return (
        relayed_voices_of_relayer(user=user)
        .select_related("consultation")
        .prefetch_related("answers")
        .order_by("-submitted_on", "-pk")
    )


def response_texts(*, response: Response) -> list[str]:
    return [text for text in response.answers.values_list("text", flat=True) if text]
