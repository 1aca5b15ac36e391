"""Bearer-token authentication for agencies' systems (``Authorization: Bearer yv_...``)."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from youthvoice.core.models import ApiClient
from youthvoice.core.selectors import api_client_for_token
from youthvoice.core.services import api_client_touch

KEYWORD = b"bearer"


class ApiClientAuthentication(authentication.BaseAuthentication):
    """Authenticates an ApiClient: ``request.user`` is its service account, ``request.auth`` the client."""

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != KEYWORD:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Send the header as 'Authorization: Bearer <token>'.")
        try:
            token = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("The token is not valid.") from None
        client = api_client_for_token(token=token)
        if client is None:
            raise exceptions.AuthenticationFailed("The token is not valid, or has been revoked.")
        api_client_touch(client=client)
        return client.user, client

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="youthvoice"'


def api_client_of(request) -> ApiClient | None:
    auth = getattr(request, "auth", None)
    return auth if isinstance(auth, ApiClient) else None


class ApiClientAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "youthvoice.core.api_auth.ApiClientAuthentication"
    name = "agencyToken"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "An API client token from an admin."}
