from __future__ import annotations

from youthvoice.core.models import ApiClient
from youthvoice.core.services import token_hash
from youthvoice.partnership.models import Partnership


def api_client_for_token(*, token: str) -> ApiClient | None:
    """The live (not revoked) client a bearer token belongs to, or None."""
    return (
        ApiClient.objects.select_related("agency__partnership", "user")
        .filter(token_hash=token_hash(token), revoked=False, user__is_active=True)
        .first()
    )


def api_clients_for_partnership(*, partnership: Partnership):
    return ApiClient.objects.filter(agency__partnership=partnership).select_related("agency", "created_by")
