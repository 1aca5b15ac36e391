"""Ask for help, safely: a young person asks for someone to contact them.

What they give is not anonymous, so it is kept apart from their answers (no link to a response or a
consultation; only the partnership), encrypted at rest, seen only by the partnership's named safeguarding
contacts, due within YOUTHVOICE_HELP_REQUEST_HOURS, and every reading is in the audit log.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.partnership.models import Membership, Partnership
from youthvoice.voices.models import HelpRequest

FIELD_LIMITS = {"call_me": 100, "how_to_reach": 300, "message": 2000}


class HelpRequestError(ValueError):
    """Why a request for help cannot be taken: the message says what to do instead or what to change."""


def safeguarding_contacts(*, partnership: Partnership) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(
            agency__partnership=partnership, safeguarding_contact=True, user__is_active=True
        )
        .select_related("user", "agency")
        .order_by("agency__name", "user__last_name", "user__username")
    )


def help_request_create(
    *, partnership: Partnership, how_to_reach: str, call_me: str = "", message: str = "", now=None
) -> HelpRequest:
    now = now or timezone.now()
    if not safeguarding_contacts(partnership=partnership).exists():
        raise HelpRequestError(
            "Nobody here can take requests for help yet. Call Childline free on 0800 1111."
        )
    values = {"call_me": call_me, "how_to_reach": how_to_reach, "message": message}
    values = {
        name: " ".join((value or "").split()) if name != "message" else (value or "").strip()
        for name, value in values.items()
    }
    if not values["how_to_reach"]:
        raise HelpRequestError("Tell us how to reach you, so someone can contact you.")
    for name, limit in FIELD_LIMITS.items():
        if len(values[name]) > limit:
            raise HelpRequestError(f"That is too long: keep it to {limit} characters or fewer.")
    return HelpRequest.objects.create(
        partnership=partnership,
        received_at=now,
        due_by=now + datetime.timedelta(hours=settings.YOUTHVOICE_HELP_REQUEST_HOURS),
        **values,
    )


def help_requests_for(*, membership_user, partnership: Partnership) -> QuerySet[HelpRequest]:
    """The partnership's requests, for its safeguarding contacts only (others get none)."""
    if not safeguarding_contacts(partnership=partnership).filter(user=membership_user).exists():
        return HelpRequest.objects.none()
    return HelpRequest.objects.filter(partnership=partnership)


def help_request_read(*, help_request: HelpRequest, actor) -> HelpRequest:
    audit_record(
        actor=actor,
        action=AuditEvent.Action.VIEW,
        target=help_request,
        reason="Read a young person's request for help",
        partnership=help_request.partnership,
    )
    return help_request


def help_request_handle(*, help_request: HelpRequest, actor, now=None) -> None:
    help_request.handled_at = now or timezone.now()
    help_request.handled_by = actor
    help_request.save(update_fields=["handled_at", "handled_by"])
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CORRECTION,
        target=help_request,
        reason="Marked a request for help as handled",
        partnership=help_request.partnership,
    )
