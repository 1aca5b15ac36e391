"""Two-factor sign-in (TOTP) for staff, and the policy that says who needs it.

``settings.YOUTHVOICE_TWO_FACTOR``:

- ``"required"`` (production default): every member of staff enrols an authenticator app and enters a code
  after their password before any staff page or staff API call.
- ``"optional"`` (development default): those who have enrolled enter a code; others may sign in with a
  password alone. Tests and the demo use this.

Whatever the policy, a user who has enrolled must verify: a password alone never reaches staff pages.
"""

from __future__ import annotations

import base64
from functools import cache

from django.conf import settings
from django.db import connections, router

from youthvoice.core.models import EncryptedTOTPDevice

VERIFY = "core:two-factor-verify"
SET_UP = "core:two-factor-set-up"


def policy() -> str:
    return getattr(settings, "YOUTHVOICE_TWO_FACTOR", "optional")


def is_verified(user) -> bool:
    check = getattr(user, "is_verified", None)
    return bool(check and check())


def confirmed_device(*, user) -> EncryptedTOTPDevice | None:
    return EncryptedTOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_confirmed_device(*, user) -> bool:
    """Whether the user has a confirmed device (``confirmed_device(user=user) is not None``), read afresh on
    every staff request whose session has not passed the second factor: one plain statement, as the ORM's
    ``exists()`` would send, without the 0.25 ms of CPU the ORM took to build it (bench/README.md, session
    20)."""
    connection = connections[router.db_for_read(EncryptedTOTPDevice)]
    with connection.cursor() as cursor:
        cursor.execute(confirmed_device_sql(connection.alias), [user.pk, True])
        return cursor.fetchone() is not None


@cache
def confirmed_device_sql(alias: str) -> str:
    quote, meta = connections[alias].ops.quote_name, EncryptedTOTPDevice._meta
    user, confirmed = (quote(meta.get_field(name).column) for name in ("user", "confirmed"))
    return f"SELECT 1 FROM {quote(meta.db_table)} WHERE {user} = %s AND {confirmed} = %s LIMIT 1"  # noqa: S608


def second_factor_step(request) -> str | None:
    """The URL name of the step a signed-in user must complete before staff pages, or None if none."""
    user = request.user
    if not user.is_authenticated or is_verified(user):
        return None
    if has_confirmed_device(user=user):
        return VERIFY
    if policy() == "required":
        return SET_UP
    return None


def manual_key(*, device: EncryptedTOTPDevice) -> str:
    """The device's secret as the base32 text authenticator apps accept, in groups of four."""
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
