"""Who relays voices, whose relayed voices they may list and correct, and the audit of seeing them: the one
rule, for the pages and the API.

A member of staff: the voices they relayed themselves. An agency's system (the service account of an API
client): every voice any of its agency's systems sent, so that a replaced token (revoked for a new one) does
not cut the agency off from what it sent before. Nobody else's, and never another agency's.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
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


def audit_relayed_view(request, *, target, reason: str, detail: dict | None = None) -> None:
    """Record that staff saw what young people shared (response-level data), as every such page must."""
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.VIEW,
        target=target,
        partnership=request.partnership,
        reason=reason,
        detail=detail,
    )
