"""Whose relayed voices a relayer may list and correct: the one rule, for the pages and the API.

A member of staff: the voices they relayed themselves. An agency's system (the service account of an API
client): every voice any of its agency's systems sent, so that a replaced token (revoked for a new one) does
not cut the agency off from what it sent before. Nobody else's, and never another agency's.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from youthvoice.consultations.models import Consultation
from youthvoice.core.models import ApiClient
from youthvoice.voices.models import Response


def relayer_q(*, user) -> Q:
    agency_id = ApiClient.objects.filter(user=user).values_list("agency_id", flat=True).first()
    if agency_id is not None:
        return Q(relayed_by__api_client__agency_id=agency_id)
    return Q(relayed_by=user)


def relayed_voices_of_relayer(*, user) -> QuerySet[Response]:
    return Response.objects.filter(relayer_q(user=user), channel=Consultation.Channel.RELAYED)
