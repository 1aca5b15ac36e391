"""Read youthvoice's configuration from environment variables, failing with one clear line.

Everything that varies between a laptop and production comes from the environment (twelve-factor).
Local use needs nothing set; production mode (``YOUTHVOICE_MODE=production``) refuses unsafe defaults.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

MODES = ("development", "production")
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
DATABASE_SCHEMES = {"postgres", "postgresql", "pgsql", "sqlite"}
TWO_FACTOR_POLICIES = ("required", "optional")
SESSION_STORES = {
    "database": "youthvoice.core.sessions",
    "cache": "django.contrib.sessions.backends.cache",
}


class ConfigError(ImproperlyConfigured):
    """A setting is missing or malformed. The message is one line a person can act on."""


class Environment:
    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self.environ = os.environ if environ is None else environ

    def text(self, name: str, default: str = "") -> str:
        return self.environ.get(name, default).strip()

    def flag(self, name: str, default: bool) -> bool:
        raw = self.environ.get(name)
        if raw is None:
            return default
        word = raw.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ConfigError(f"{name}={raw!r} is not a yes/no value; use true or false.")

    def integer(self, name: str, default: int, *, minimum: int = 0) -> int:
        raw = self.environ.get(name)
        if raw is None or not raw.strip():
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ConfigError(f"{name}={raw!r} is not a whole number.") from None
        if value < minimum:
            raise ConfigError(f"{name}={value} must be at least {minimum}.")
        return value

    def words(self, name: str, default: list[str]) -> list[str]:
        raw = self.environ.get(name)
        if raw is None:
            return default
        return [word.strip() for word in raw.split(",") if word.strip()]

    def mode(self) -> str:
        mode = self.text("YOUTHVOICE_MODE", "development").lower()
        if mode not in MODES:
            raise ConfigError(f"YOUTHVOICE_MODE={mode!r} is unknown; use one of: {', '.join(MODES)}.")
        return mode

    def secret_key(self, *, production: bool) -> str:
        key = self.text("SECRET_KEY")
        if production:
            if not key:
                raise ConfigError("SECRET_KEY must be set in production (50+ random characters).")
            if len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure"):
                raise ConfigError("SECRET_KEY is too weak for production: use 50+ random characters.")
            return key
        # A fresh random key per process is safe locally: it only means sessions end when the server restarts.
        return key or "local-" + secrets.token_urlsafe(48)

    def database(self, *, default_sqlite_path: Path, production: bool) -> dict:
        url = self.text("DATABASE_URL")
        if not url:
            if production:
                raise ConfigError(
                    "DATABASE_URL must be set in production, e.g. postgres://user@host:5432/youthvoice."
                )
            url = f"sqlite:///{default_sqlite_path}"
        scheme = url.split("://", 1)[0].lower() if "://" in url else ""
        if scheme not in DATABASE_SCHEMES:
            raise ConfigError("DATABASE_URL must start with postgres:// (or sqlite:/// for local use).")
        try:
            # PostgreSQL connections are kept for 60 s; after a database restart a kept connection is dead,
            # so it is checked before each request's first query and replaced instead of failing a request.
            sqlite = url.startswith("sqlite")
            config = dj_database_url.parse(
                url,
                conn_max_age=0 if sqlite else 60,
                conn_health_checks=not sqlite,
                # PgBouncer in transaction pooling gives each transaction any server connection: a
                # server-side cursor (a streamed export) would be lost between its fetches.
                disable_server_side_cursors=self.database_pooler() == "transaction",
            )
        except (ValueError, KeyError, TypeError) as error:
            raise ConfigError(
                f"DATABASE_URL is malformed ({error}); expected e.g. postgres://user@host:5432/db."
            ) from None
        if config["ENGINE"] == "django.db.backends.postgresql" and not config.get("NAME"):
            raise ConfigError("DATABASE_URL names no database; add it after the host, e.g. .../youthvoice.")
        return config

    def database_pooler(self) -> str:
        """YOUTHVOICE_DATABASE_POOLER: ``transaction`` when PgBouncer pools by transaction in front of
        PostgreSQL (docs/deployment.md); ``none`` (the default) otherwise, or with session pooling."""
        pooler = self.text("YOUTHVOICE_DATABASE_POOLER", "none").lower()
        if pooler not in ("none", "session", "transaction"):
            raise ConfigError(
                f"YOUTHVOICE_DATABASE_POOLER={pooler!r} is unknown; use none, session or transaction."
            )
        return pooler

    def allowed_hosts(self, *, production: bool) -> list[str]:
        hosts = self.words("ALLOWED_HOSTS", [] if production else ["127.0.0.1", "localhost", "[::1]"])
        if production and not hosts:
            raise ConfigError(
                "ALLOWED_HOSTS must list the site's host names in production, e.g. voice.example.org."
            )
        return hosts

    def session_engine(self, *, redis_url: str) -> str:
        """Where sessions live (a young person's answers in progress; staff sign-ins): see README.md.

        ``cache`` needs Redis: the in-process cache is one per server process, so a session saved by one
        gunicorn worker would be missing in the next.
        """
        store = self.text("YOUTHVOICE_SESSION_STORE", "database").lower()
        if store not in SESSION_STORES:
            raise ConfigError(
                f"YOUTHVOICE_SESSION_STORE={store!r} is unknown; use one of: {', '.join(SESSION_STORES)}."
            )
        if store == "cache" and not redis_url:
            raise ConfigError(
                "YOUTHVOICE_SESSION_STORE=cache needs REDIS_URL, e.g. redis://127.0.0.1:6379/0."
            )
        return SESSION_STORES[store]

    def instances(self, *, redis_url: str) -> int:
        """How many application servers share this database (YOUTHVOICE_INSTANCES, declared by the operator).

        More than one needs the shared cache: rate limits, sign-in throttles and the journey's kept
        consultation live in the cache, and the in-process one is a different cache on every server.
        """
        instances = self.integer("YOUTHVOICE_INSTANCES", 1, minimum=1)
        if instances > 1 and not redis_url:
            raise ConfigError(
                f"YOUTHVOICE_INSTANCES={instances} needs REDIS_URL: with more than one server, rate limits "
                "and caches must be shared (e.g. redis://cache.internal:6379/0)."
            )
        return instances

    def two_factor(self, *, production: bool) -> str:
        """``required``: all staff sign in with a TOTP code; ``optional``: only those who enrolled."""
        policy = self.text("YOUTHVOICE_TWO_FACTOR", "required" if production else "optional").lower()
        if policy not in TWO_FACTOR_POLICIES:
            raise ConfigError(
                f"YOUTHVOICE_TWO_FACTOR={policy!r} is unknown; use one of: {', '.join(TWO_FACTOR_POLICIES)}."
            )
        return policy

    def encryption_keys(self, *, production: bool) -> list[str]:
        """Fernet keys for encrypted fields, current key first (see youthvoice.core.crypto).

        In development, without the variable, one key is derived from SECRET_KEY so that nothing needs to
        be set locally. Unlike the session key it does not change per process when SECRET_KEY is unset (local
        data must stay readable after a restart). Production must name its own keys, to rotate and back up.
        """
        keys = self.words("YOUTHVOICE_ENCRYPTION_KEYS", [])
        if not keys:
            if production:
                raise ConfigError(
                    "YOUTHVOICE_ENCRYPTION_KEYS must be set in production; make a key with: python -c "
                    "'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'."
                )
            seed = b"youthvoice-development-encryption-key:" + self.text("SECRET_KEY").encode()
            digest = hashlib.sha256(seed).digest()
            return [base64.urlsafe_b64encode(digest).decode()]
        for position, key in enumerate(keys, start=1):
            try:
                raw = base64.urlsafe_b64decode(key.encode())
            except (ValueError, TypeError):
                raw = b""
            if len(raw) != 32:
                raise ConfigError(
                    f"YOUTHVOICE_ENCRYPTION_KEYS: key {position} is not a Fernet key "
                    "(32 url-safe base64-encoded bytes, as Fernet.generate_key() makes)."
                )
        return keys
