"""Settings come from the environment; bad configuration stops the program with one line, not a traceback."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from youthvoice.config import ConfigError, Environment

STRONG_KEY = secrets.token_urlsafe(60)


# The test process's own Django settings must not leak into the programs these tests start.
TEST_ONLY_VARIABLES = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def run_youthvoice(*args, env_overrides, tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update({"YOUTHVOICE_HOME": str(tmp_path)}, **env_overrides)
    return subprocess.run(
        [sys.executable, "-m", "youthvoice.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_local_defaults_need_nothing_set(tmp_path):
    environment = Environment({})
    assert environment.mode() == "development"
    assert len(environment.secret_key(production=False)) > 50
    assert environment.allowed_hosts(production=False) == ["127.0.0.1", "localhost", "[::1]"]
    database = environment.database(default_sqlite_path=tmp_path / "db.sqlite3", production=False)
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(tmp_path / "db.sqlite3")


def test_postgres_database_url_is_parsed(tmp_path):
    environment = Environment({"DATABASE_URL": "postgres://youth:pw@db.example.org:6543/voice"})
    database = environment.database(default_sqlite_path=tmp_path / "x", production=True)
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"], database["USER"]) == (
        "db.example.org",
        6543,
        "voice",
        "youth",
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://root@localhost/voice", "must start with postgres://"),
        ("just some words", "must start with postgres://"),
        ("postgres://user@host:notaport/voice", "malformed"),
        ("postgres://user@host:5432", "names no database"),
    ],
)
def test_malformed_database_url_is_refused_with_a_reason(url, message, tmp_path):
    with pytest.raises(ConfigError, match=message):
        Environment({"DATABASE_URL": url}).database(default_sqlite_path=tmp_path / "x", production=False)


def test_production_refuses_missing_or_weak_secret_key():
    with pytest.raises(ConfigError, match="SECRET_KEY must be set"):
        Environment({}).secret_key(production=True)
    with pytest.raises(ConfigError, match="too weak"):
        Environment({"SECRET_KEY": "short"}).secret_key(production=True)
    assert Environment({"SECRET_KEY": STRONG_KEY}).secret_key(production=True) == STRONG_KEY


def test_production_needs_allowed_hosts_and_a_database(tmp_path):
    with pytest.raises(ConfigError, match="ALLOWED_HOSTS"):
        Environment({}).allowed_hosts(production=True)
    with pytest.raises(ConfigError, match="DATABASE_URL must be set"):
        Environment({}).database(default_sqlite_path=tmp_path / "x", production=True)
    assert Environment({"ALLOWED_HOSTS": "a.example.org, b.example.org"}).allowed_hosts(production=True) == [
        "a.example.org",
        "b.example.org",
    ]


def test_behind_pgbouncer_in_transaction_pooling_server_side_cursors_are_off(tmp_path):
    url = {"DATABASE_URL": "postgres://u@h:6432/voice"}
    default = Environment(url).database(default_sqlite_path=tmp_path / "x", production=False)
    assert default["DISABLE_SERVER_SIDE_CURSORS"] is False
    pooled = Environment(url | {"YOUTHVOICE_DATABASE_POOLER": "transaction"}).database(
        default_sqlite_path=tmp_path / "x", production=False
    )
    assert pooled["DISABLE_SERVER_SIDE_CURSORS"] is True
    with pytest.raises(ConfigError, match="YOUTHVOICE_DATABASE_POOLER='statement' is unknown"):
        Environment(url | {"YOUTHVOICE_DATABASE_POOLER": "statement"}).database(
            default_sqlite_path=tmp_path / "x", production=False
        )


def test_more_than_one_server_needs_the_shared_cache():
    assert Environment({}).instances(redis_url="") == 1
    with pytest.raises(ConfigError, match="YOUTHVOICE_INSTANCES=2 needs REDIS_URL"):
        Environment({"YOUTHVOICE_INSTANCES": "2"}).instances(redis_url="")
    assert Environment({"YOUTHVOICE_INSTANCES": "3"}).instances(redis_url="redis://cache:6379/0") == 3
    with pytest.raises(ConfigError, match="at least 1"):
        Environment({"YOUTHVOICE_INSTANCES": "0"}).instances(redis_url="")


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("0", False), ("YES", True), ("off", False)])
def test_flags_accept_common_yes_no_words(raw, expected):
    assert Environment({"DEBUG": raw}).flag("DEBUG", default=not expected) is expected


def test_unknown_flag_and_mode_values_are_refused():
    with pytest.raises(ConfigError, match="DEBUG='maybe'"):
        Environment({"DEBUG": "maybe"}).flag("DEBUG", default=False)
    with pytest.raises(ConfigError, match="YOUTHVOICE_MODE"):
        Environment({"YOUTHVOICE_MODE": "staging"}).mode()
    with pytest.raises(ConfigError, match="whole number"):
        Environment({"SESSION_COOKIE_AGE": "an hour"}).integer("SESSION_COOKIE_AGE", 60)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"DATABASE_URL": "postgres://user@host:notaport/voice"}, "DATABASE_URL is malformed"),
        ({"YOUTHVOICE_MODE": "production", "ALLOWED_HOSTS": "voice.example.org"}, "SECRET_KEY must be set"),
    ],
)
def test_bad_configuration_stops_the_command_with_one_line(overrides, message, tmp_path):
    result = run_youthvoice("manage", "check", env_overrides=overrides, tmp_path=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("youthvoice: configuration error:")
    assert message in lines[0]


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    overrides = {
        "YOUTHVOICE_MODE": "production",
        "SECRET_KEY": STRONG_KEY,
        "ALLOWED_HOSTS": "voice.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        "YOUTHVOICE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }
    result = run_youthvoice(
        "manage", "check", "--deploy", "--fail-level", "WARNING", env_overrides=overrides, tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_wsgi_application_loads_every_page_before_its_first_request(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update({"YOUTHVOICE_HOME": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"})
    loaded = (
        "import sys, youthvoice.wsgi;"
        " print('youthvoice.urls' in sys.modules, 'youthvoice.journey.views' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", loaded],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]


def test_wsgi_application_refuses_bad_configuration_with_one_line(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update({"YOUTHVOICE_HOME": str(tmp_path), "DATABASE_URL": "oracle://x/y"})
    result = subprocess.run(
        [sys.executable, "-c", "import youthvoice.wsgi"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(tmp_path),
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "youthvoice: configuration error: "
        "DATABASE_URL must start with postgres:// (or sqlite:/// for local use)."
    )
