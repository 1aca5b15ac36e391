"""The one way to write to the audit log. Other apps call ``audit_record`` for every view or export of
response-level data and ``audit_publication`` wherever something is published to (or withdrawn from) young
people; permission changes and sign-ins are recorded by this app's signal handlers."""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from youthvoice.audit.models import AuditEvent

Target = models.Model | tuple[str, Any] | None


def _target_parts(target: Target) -> tuple[str, str]:
    if target is None:
        return "", ""
    if isinstance(target, models.Model):
        return target._meta.label_lower, "" if target.pk is None else str(target.pk)
    kind, identifier = target
    return str(kind), "" if identifier is None else str(identifier)


def _partnership_of(target: Target):
    from youthvoice.partnership.models import Partnership

    if isinstance(target, Partnership):
        return target
    if isinstance(target, models.Model):
        try:
            partnership = getattr(target, "partnership", None)
        except Exception:  # a half-deleted object: its partnership is unknowable, not an error here
            return None
        return partnership if isinstance(partnership, Partnership) else None
    return None


def audit_record(
    *,
    actor,
    action: str,
    target: Target,
    reason: str = "",
    detail: dict | None = None,
    partnership=None,
) -> AuditEvent:
    """Append one event. ``actor`` is a user (or None for the system); ``target`` a model instance, a
    ``(type, id)`` pair or None. ``partnership`` defaults to the target's, where it has one."""
    if action not in AuditEvent.Action.values:
        raise ValueError(f"Unknown audit action {action!r}; add it to AuditEvent.Action.")
    user = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    target_type, target_id = _target_parts(target)
    # Round-trip through JSON so dates, decimals and UUIDs are stored as text, never refused at save.
    clean_detail = json.loads(json.dumps(detail or {}, cls=DjangoJSONEncoder))
    return AuditEvent.objects.create(
        actor=user,
        actor_username=user.get_username() if user else "",
        partnership=partnership if partnership is not None else _partnership_of(target),
        action=action,
        target_type=target_type,
        target_id=target_id,
        detail=clean_detail,
        reason=reason,
    )


def audit_publication(
    *,
    actor,
    target: Target,
    what: str,
    published: bool = True,
    partnership=None,
    detail: dict | None = None,
) -> AuditEvent:
    """Record that ``actor`` published ``target`` to young people (or, with ``published=False``, withdrew
    it). ``what`` names the kind of thing in plain words ("you said, we did", "glossary definition"), so the
    audit log reads without knowing table names; ``detail`` says which words, never a young person's."""
    return audit_record(
        actor=actor,
        action=AuditEvent.Action.PUBLISHED if published else AuditEvent.Action.UNPUBLISHED,
        target=target,
        partnership=partnership,
        detail={"what": what, **(detail or {})},
    )
