"""The backup-and-restore drill: a backup is only as good as the last time it was restored.

``backup_drill`` dumps the live PostgreSQL database with ``pg_dump`` (custom format), restores the dump into a
fresh database with ``pg_restore``, and proves the copy is whole: the same number of rows in every table, the
same decrypted text in a sample of every encrypted field (so the keys in the environment still open the
restored rows), and the application serving pages from it. docs/deployment.md gives the recipe around it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import psycopg
from django.conf import settings
from django.db import connections
from psycopg import sql

from youthvoice.core.crypto import DecryptionError, decrypt, encrypted_fields

ENCRYPTED_SAMPLE = 50  # rows per model whose encrypted fields are compared, spread over the table


class DrillError(Exception):
    """The drill could not run (a wrong database, a missing tool); its message says what to do."""


@dataclass
class DrillReport:
    dump_path: Path
    dump_bytes: int
    restored_database: str
    tables: int = 0
    rows: int = 0
    count_differences: list[str] = field(default_factory=list)
    encrypted_checked: int = 0
    encrypted_differences: list[str] = field(default_factory=list)
    pages_served: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return (
            not self.count_differences
            and not self.encrypted_differences
            and bool(self.pages_served)
            and all(status == 200 for status in self.pages_served.values())
        )


def _source() -> dict:
    source = settings.DATABASES["default"]
    if source["ENGINE"] != "django.db.backends.postgresql":
        raise DrillError(
            "The drill is for PostgreSQL (DATABASE_URL=postgres://…). "
            "An SQLite database is one file: copy it."
        )
    return source


def _libpq_env(database: dict) -> dict:
    env = {**os.environ, "PGDATABASE": database["NAME"]}
    for key, variable in [
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ]:
        if database.get(key):
            env[variable] = str(database[key])
    return env


def _run(command: list[str], *, env: dict) -> None:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603 (our own tools)
    except FileNotFoundError as missing:
        raise DrillError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)."
        ) from missing
    if done.returncode != 0:
        raise DrillError(f"{command[0]} failed: {done.stderr.strip()[-500:]}")


def _recreate(source: dict, name: str) -> None:
    """Drop and create the drill's own database, connected to the server's maintenance database."""
    maintenance = {**source, "NAME": "postgres"}
    env = _libpq_env(maintenance)
    _run(["dropdb", "--if-exists", "--force", name], env=env)
    _run(["createdb", name], env=env)


def _row_counts(cursor) -> dict[str, int]:
    """Every table in the database (Django's own and every app's), counted in SQL."""
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    counts = {}
    for (table,) in cursor.fetchall():
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        counts[table] = cursor.fetchone()[0]
    return counts


def _compare_counts(report: DrillReport, live, restored) -> None:
    here, there = _row_counts(live), _row_counts(restored)
    report.tables, report.rows = len(here), sum(here.values())
    for table in sorted(here.keys() | there.keys()):
        if here.get(table) != there.get(table):
            report.count_differences.append(
                f"{table}: {here.get(table, 'no table')} rows, restored {there.get(table, 'no table')}"
            )


def _decrypted_rows(cursor, query, pks) -> dict:
    cursor.execute(query, [pks])
    return {pk: tuple(value if not value else decrypt(value) for value in values) for pk, *values in cursor}


def _compare_encrypted(report: DrillReport, live, restored) -> None:
    """Decrypt a sample of every encrypted field on both sides with the keys in the environment: a copy
    the current keys cannot open is no backup."""
    for model, fields in encrypted_fields():
        pk_column = model._meta.pk.column
        table = sql.Identifier(model._meta.db_table)
        live.execute(sql.SQL("SELECT {} FROM {} ORDER BY 1").format(sql.Identifier(pk_column), table))
        pks = [pk for (pk,) in live.fetchall()]
        sample = pks[:: max(1, len(pks) // ENCRYPTED_SAMPLE)][:ENCRYPTED_SAMPLE]
        query = sql.SQL("SELECT {}, {} FROM {} WHERE {} = ANY(%s)").format(
            sql.Identifier(pk_column),
            sql.SQL(", ").join(sql.Identifier(f.column) for f in fields),
            table,
            sql.Identifier(pk_column),
        )
        here = _decrypted_rows(live, query, sample)
        try:
            there = _decrypted_rows(restored, query, sample)
        except DecryptionError:
            there = {}
        for pk, values in here.items():
            report.encrypted_checked += len(values)
            if there.get(pk) != values:
                # Which row differs, never the decrypted text itself.
                report.encrypted_differences.append(f"{model._meta.label} {pk}: decrypted values differ")


def _url_for(database: dict) -> str:
    """A DATABASE_URL for the application started on the restored copy."""
    user = quote(database.get("USER") or "", safe="")
    if database.get("PASSWORD"):
        user = f"{user}:{quote(database['PASSWORD'], safe='')}"
    host = database.get("HOST") or "127.0.0.1"
    return f"postgres://{user}@{host}:{database.get('PORT') or 5432}/{quote(database['NAME'], safe='')}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


SERVER_START_SECONDS = 240  # a worker loads spaCy, SciPy and scikit-learn first: slow on a busy machine


def _serve_and_fetch(restored_url: str, paths: list[str], report: DrillReport) -> None:
    """Start the application on the restored database (gunicorn, one worker) and fetch a few pages."""
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": restored_url,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_TIMEOUT": str(SERVER_START_SECONDS),
        "DJANGO_SETTINGS_MODULE": "youthvoice.settings",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "-c", "python:youthvoice.core.gunicorn_conf", "youthvoice.wsgi"]
    with tempfile.TemporaryFile() as log:

        def server_log() -> str:
            log.seek(0)
            return log.read().decode(errors="replace")[-800:]

        server = subprocess.Popen(command, env=env, stdout=log, stderr=log)  # noqa: S603 (our own server)
        try:
            # gunicorn's master accepts connections before its worker can answer them: a request sent now
            # waits in the queue, so one generous timeout covers the worker's start.
            deadline = time.monotonic() + SERVER_START_SECONDS
            for path in paths:
                if server.poll() is not None:
                    raise DrillError(f"the application stopped: {server_log()}")
                report.pages_served[path] = _fetch(port, path, deadline, server_log)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


def _fetch(port: int, path: str, deadline: float, server_log) -> int:
    """The status of ``path``, waiting until ``deadline`` for the server to listen and answer."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "127.0.0.1"})
    late = f"the application did not answer {path} within {SERVER_START_SECONDS} s"
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DrillError(f"{late}: {server_log()}")
        try:
            with urllib.request.urlopen(request, timeout=remaining) as answer:  # noqa: S310 (http to ourselves)
                return answer.status
        except urllib.error.HTTPError as refused:
            return refused.code
        except urllib.error.URLError as error:
            if not isinstance(error.reason, ConnectionRefusedError):
                raise DrillError(f"{late} ({error.reason}): {server_log()}") from None
            time.sleep(0.3)  # not listening yet
        except TimeoutError:
            raise DrillError(f"{late}: {server_log()}") from None


DEFAULT_PAGES = ("/", "/staff/sign-in/")


def backup_drill(
    *,
    dump_dir: Path,
    pages: tuple[str, ...] = DEFAULT_PAGES,
    restored_name: str | None = None,
    keep: bool = False,
) -> DrillReport:
    """Dump, restore into a fresh database, compare, serve ``pages`` from it (each must answer 200).
    The restored database is dropped unless ``keep``; the dump file stays in ``dump_dir``."""
    source = _source()
    # Its own name, always: the drill drops this database, so it must never be one somebody uses.
    restored_name = f"{source['NAME']}_restore_drill"
    dump_dir.mkdir(parents=True, exist_ok=True)
    dump_path = dump_dir / f"{source['NAME']}-{time.strftime('%Y%m%d-%H%M%S')}.dump"
    env = _libpq_env(source)

    started = time.monotonic()
    _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(dump_path)], env=env)
    report = DrillReport(
        dump_path=dump_path, dump_bytes=dump_path.stat().st_size, restored_database=restored_name
    )
    report.seconds["dump"] = time.monotonic() - started

    started = time.monotonic()
    _recreate(source, restored_name)
    _run(["pg_restore", "--no-owner", "--exit-on-error", "--dbname", restored_name, str(dump_path)], env=env)
    report.seconds["restore"] = time.monotonic() - started

    restored = {**source, "NAME": restored_name}
    try:
        started = time.monotonic()
        params = connections["default"].get_connection_params()
        live = psycopg.connect(**params)
        copy = psycopg.connect(**{**params, "dbname": restored_name})
        with live, copy, live.cursor() as live_cursor, copy.cursor() as copy_cursor:
            _compare_counts(report, live_cursor, copy_cursor)
            _compare_encrypted(report, live_cursor, copy_cursor)
        report.seconds["compare"] = time.monotonic() - started
        started = time.monotonic()
        _serve_and_fetch(_url_for(restored), list(pages), report)
        report.seconds["serve"] = time.monotonic() - started
    finally:
        if not keep:
            _run(
                ["dropdb", "--if-exists", "--force", restored_name],
                env=_libpq_env({**source, "NAME": "postgres"}),
            )
    return report
