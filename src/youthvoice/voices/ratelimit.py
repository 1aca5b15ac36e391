"""Rate limiting per client without storing the client's address.

Callers count an action only once the request has proved it is a real one (a valid form token, a well-formed
code), so posts anyone can make never use up a young person's limit.

The key is an HMAC of the address with a secret that lives only in the cache (and for a minute at most in
each process's memory) and is replaced every day, so neither the cache nor anything else holds an address,
and yesterday's keys cannot be linked to today's.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from youthvoice.core.throttling import client_address

WINDOW_SECONDS = 60 * 60
SECRET_RECHECK = 60  # seconds a process trusts the day's secret it last read (two round trips saved a send)

_secret_read: tuple[str, float, bytes] | None = None  # (name, when, secret): replaced whole, so thread-safe


def _daily_secret() -> bytes:
    global _secret_read
    name = f"yv:rl-secret:{timezone.localdate().isoformat()}"
    now = time.monotonic()
    read = _secret_read
    if read is not None and read[0] == name and now - read[1] < SECRET_RECHECK:
        return read[2]
    cache.add(name, secrets.token_hex(32), timeout=2 * 24 * 60 * 60)
    secret = (cache.get(name) or "").encode()
    _secret_read = (name, now, secret) if secret else None
    return secret


def rate_limit_memory_forget() -> None:
    """Forget the secret this process keeps (tests empty the shared cache between them)."""
    global _secret_read
    _secret_read = None


def client_key(request) -> str:
    # The one client_address of every throttle: behind trusted proxies REMOTE_ADDR is the proxy's.
    address = client_address(request)
    return hmac.new(_daily_secret(), address.encode(), hashlib.sha256).hexdigest()[:32]


def rate_limit_hit(*, request, action: str, limit: int | None = None) -> bool:
    """Count one ``action`` for this client; True when it is over the hourly limit."""
    limit = limit or settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR
    bucket = f"yv:rl:{action}:{client_key(request)}:{int(timezone.now().timestamp()) // WINDOW_SECONDS}"
    return _count(bucket) > limit


def _count(bucket: str) -> int:
    """Count one more in ``bucket`` (started with the window's timeout): the count so far."""
    count_within = getattr(cache, "count_within", None)
    if count_within is not None:  # Redis: one round trip
        return count_within(bucket, timeout=WINDOW_SECONDS)
    if cache.add(bucket, 1, timeout=WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.add(bucket, 1, timeout=WINDOW_SECONDS)
        return 1
