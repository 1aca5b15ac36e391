"""Throttling by client: the one ``client_address`` every throttle uses, and django-axes' sign-in lockout.

django-axes throttles sign-in attempts by a keyed hash of the address, never the address.

axes stores its key in a ``GenericIPAddressField`` (PostgreSQL ``inet``), so the hash is written as an IPv6
address in the unique-local range ``fd00::/8``: it is stable for one client (so repeated failures from one
place add up) but cannot be turned back into an address without SECRET_KEY.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render


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


class AxesHandlerWithoutBrowser(AxesDatabaseHandler):
    """django-axes' database handler, keeping no browser strings: sign-ins record none (docs/security.md).

    axes reads the User-Agent and Accept headers into the request before any handler runs; they are blanked
    here before an attempt is stored (and before anything is looked up, so one record per account and client).
    """

    @staticmethod
    def _forget_browser(request) -> None:
        if request is not None:
            request.axes_user_agent = ""
            request.axes_http_accept = ""

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        self._forget_browser(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        self._forget_browser(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        self._forget_browser(request)
        return super().user_logged_out(sender, request, user, **kwargs)


def sign_in_locked_out(request, original_response=None, credentials=None) -> HttpResponse:
    """The "too many attempts" page, with Retry-After: when this account may be tried again from here."""
    cool_off = get_cool_off(request) or timedelta(minutes=15)
    seconds = int(cool_off.total_seconds())
    response = render(
        request,
        settings.AXES_LOCKOUT_TEMPLATE,
        {"cooloff_minutes": max(1, seconds // 60)},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(seconds)
    return response
