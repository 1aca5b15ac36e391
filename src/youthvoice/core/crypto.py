"""Encryption of identifying fields at rest, with keys from the environment (YOUTHVOICE_ENCRYPTION_KEYS).

``EncryptedTextField`` stores Fernet tokens (AES-128-CBC with HMAC-SHA256, from ``cryptography``). Reading
tries every configured key; writing always uses the first, so adding a new key in front and running
``youthvoice rotate_keys`` moves every value to it, after which the old key can be removed.

Tokens are random, so equal values do not look equal in the database: the field cannot be searched or
compared in SQL (only ``isnull`` works), and its rough length is all a reader of the raw column learns.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldError
from django.db import models


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key."""


@lru_cache(maxsize=8)
def _cipher_for(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def cipher() -> MultiFernet:
    return _cipher_for(tuple(settings.YOUTHVOICE_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return cipher().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return cipher().decrypt(token.encode()).decode()
    except InvalidToken:
        raise DecryptionError(
            "An encrypted value cannot be read with the keys in YOUTHVOICE_ENCRYPTION_KEYS; "
            "was a key removed before running 'youthvoice rotate_keys'?"
        ) from None


class Expired(DecryptionError):
    """The encrypted value is older than it may be kept."""


def encrypt_bytes(data: bytes, *, now: int | None = None) -> str:
    """``data`` encrypted under the current key; the token carries (authenticated) when it was made."""
    return (cipher().encrypt(data) if now is None else cipher().encrypt_at_time(data, now)).decode()


def decrypt_bytes(token: str, *, max_age: int, now: int | None = None) -> bytes:
    """The bytes in ``token`` if it was made at most ``max_age`` seconds ago: else ``Expired``, and
    ``DecryptionError`` for a token no configured key can read (or one that was changed)."""
    now = int(time.time()) if now is None else now
    try:
        made = cipher().extract_timestamp(token.encode())
        if now - made > max_age:
            raise Expired(f"The encrypted value is more than {max_age} seconds old.")
        return cipher().decrypt_at_time(token.encode(), ttl=max_age, current_time=now)
    except InvalidToken:
        raise DecryptionError("An encrypted value cannot be read with any configured key.") from None


def rotate(token: str) -> str:
    """The same value encrypted under the current key."""
    try:
        return cipher().rotate(token.encode()).decode()
    except InvalidToken:
        raise DecryptionError("An encrypted value cannot be read with any configured key.") from None


class EncryptedTextField(models.TextField):
    """Text encrypted at rest. ``None`` and ``""`` are stored as they are (nothing to hide)."""

    description = "Text (encrypted at rest)"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(str(value))

    def get_lookup(self, lookup_name):
        if lookup_name != "isnull":
            raise FieldError(f"{self.name} is encrypted: it cannot be filtered with '{lookup_name}'.")
        return super().get_lookup(lookup_name)


def encrypted_fields() -> Iterator[tuple[type[models.Model], list[EncryptedTextField]]]:
    """Every concrete model with encrypted fields, found through the app registry."""
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [field for field in model._meta.concrete_fields if isinstance(field, EncryptedTextField)]
        if fields:
            yield model, fields
