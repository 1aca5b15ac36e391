"""Writes for the security parts of the site shell: API clients and key rotation."""

from __future__ import annotations

import hashlib
import secrets
import uuid

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from youthvoice.core import signals
from youthvoice.core.crypto import encrypted_fields
from youthvoice.core.models import ApiClient
from youthvoice.partnership.models import Agency

TOKEN_PREFIX = "yv_"  # noqa: S105 (a label, not a secret)


def token_hash(token: str) -> str:
    # The token is 256 random bits, so a fast hash is enough: there is nothing to guess from it.
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def api_client_create(
    *, agency: Agency, name: str, contact: str = "", scopes=None, created_by
) -> tuple[ApiClient, str]:
    """A new API client and its token. The token is returned once and never stored.

    ``scopes`` (values of ``ApiClient.Scope``) say what it may do; by default only send relayed voices.
    """
    scopes = sorted(set(scopes if scopes is not None else [ApiClient.Scope.PUSH_VOICES]))
    unknown = set(scopes) - set(ApiClient.Scope.values)
    if not scopes or unknown:
        raise ValueError(f"An API client needs scopes from {ApiClient.Scope.values}, got {scopes}.")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    user = get_user_model().objects.create(username=f"api-client-{uuid.uuid4().hex[:12]}", is_active=True)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    client = ApiClient.objects.create(
        agency=agency,
        name=name,
        contact=contact,
        token_prefix=token[:10],
        token_hash=token_hash(token),
        user=user,
        created_by=created_by,
        scopes=scopes,
    )
    signals.api_client_created.send(sender=ApiClient, client=client, actor=created_by)
    return client, token


@transaction.atomic
def api_client_revoke(*, client: ApiClient, revoked_by, reason: str = "") -> ApiClient:
    if not client.revoked:
        client.revoked = True
        client.save(update_fields=["revoked"])
        signals.api_client_revoked.send(sender=ApiClient, client=client, actor=revoked_by, reason=reason)
    return client


def api_client_touch(*, client: ApiClient) -> None:
    """Record the day (not the time) the client was last used, at most one write a day."""
    today = timezone.localdate()
    if client.last_used_on != today:
        ApiClient.objects.filter(pk=client.pk).update(last_used_on=today)
        client.last_used_on = today


def encrypted_values_rotate(*, batch_size: int = 500, actor=None) -> dict[str, int]:
    """Re-encrypt every EncryptedTextField value in every model with the current key.

    Each row is read (decrypted with whichever key fits) and written back (encrypted with the first key),
    a batch per transaction, so an interrupted run can simply be started again.
    """
    counts: dict[str, int] = {}
    for model, fields in encrypted_fields():
        names = [field.name for field in fields]
        label = model._meta.label
        counts[label] = 0
        pks = list(model._base_manager.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), batch_size):
            with transaction.atomic():
                rows = list(model._base_manager.filter(pk__in=pks[start : start + batch_size]).only(*names))
                model._base_manager.bulk_update(rows, names)
                counts[label] += len(rows)
    signals.encrypted_values_rotated.send(sender=None, actor=actor, counts=counts)
    return counts
