from __future__ import annotations

import datetime

from django.db.models import CharField, Q, QuerySet
from django.db.models.functions import Cast

from youthvoice.audit.models import AuditEvent
from youthvoice.partnership.models import Membership, Partnership


def audit_events_for_partnership(
    *,
    partnership: Partnership,
    action: str = "",
    username: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[AuditEvent]:
    """The partnership's events, and events with no partnership (sign-ins, account flags) by its members."""
    members = Membership.objects.filter(agency__partnership=partnership)
    member_ids = members.values("user_id")
    member_ids_as_text = members.annotate(as_text=Cast("user_id", CharField())).values("as_text")
    events = AuditEvent.objects.filter(
        Q(partnership=partnership)
        | Q(partnership__isnull=True, actor_id__in=member_ids)
        | Q(partnership__isnull=True, target_type="auth.user", target_id__in=member_ids_as_text)
    )
    if action:
        events = events.filter(action=action)
    if username:
        events = events.filter(actor_username__iexact=username)
    if date_from:
        events = events.filter(occurred_at__date__gte=date_from)
    if date_to:
        events = events.filter(occurred_at__date__lte=date_to)
    return events.order_by("-occurred_at", "-pk")
