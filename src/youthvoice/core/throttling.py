"""The client key django-axes throttles sign-in attempts by: a keyed hash of the address, never the address.

axes stores its key in a ``GenericIPAddressField`` (PostgreSQL ``inet``), so the hash is written as an IPv6
address in the unique-local range ``fd00::/8``: it is stable for one client (so repeated failures from one
place add up) but cannot be turned back into an address without SECRET_KEY.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The caller's address: REMOTE_ADDR, or behind N trusted proxies the Nth X-Forwarded-For from the end."""
    proxies = getattr(settings, "YOUTHVOICE_TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def client_key(request) -> str:
    key = hashlib.sha256(b"youthvoice-client-key:" + settings.SECRET_KEY.encode()).digest()
    digest = hmac.new(key, client_address(request).encode(), hashlib.sha256).digest()
    return str(ipaddress.IPv6Address(b"\xfd" + digest[:15]))
