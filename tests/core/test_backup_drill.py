"""The backup-and-restore drill (youthvoice backup_drill) dumps PostgreSQL, restores into a fresh database and
proves the copy whole: every table's rows, a sample of every encrypted field, and pages served from it."""

import datetime
import socket
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from tests.consultations.factories import open_consultation_with_questions
from youthvoice.core import backup
from youthvoice.voices.models import HelpRequest

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the drill runs pg_dump and pg_restore: PostgreSQL only"
)


@pytest.fixture
def live_rows(transactional_db):
    """Committed rows (pg_dump reads from its own connection), with encrypted fields among them."""
    consultation = open_consultation_with_questions()
    now = timezone.now()
    for number in range(3):
        HelpRequest.objects.create(
            partnership=consultation.partnership,
            call_me=f"Sam {number}",
            how_to_reach=f"07700 90012{number}",
            message="please call after school",
            received_at=now,
            due_by=now + datetime.timedelta(hours=24),
        )
    return consultation


@needs_postgresql
def test_a_whole_copy_passes_and_serves_the_young_peoples_pages(live_rows, tmp_path, capsys):
    call_command("backup_drill", "--dump-dir", str(tmp_path), "--page", f"/c/{live_rows.slug}/")
    out = capsys.readouterr().out
    assert "Drill passed" in out
    assert "differences: 0" in out
    assert "encrypted values compared: 9, differences: 0" in out  # 3 requests x 3 encrypted fields
    assert f"served /c/{live_rows.slug}/: 200" in out and "served /: 200" in out
    dumps = list(Path(tmp_path).glob("*.dump"))
    assert len(dumps) == 1 and dumps[0].stat().st_size > 0
    # The restored database is dropped afterwards. Its own name only: another run on the same server (a
    # parallel suite, or one stopped mid-drill) may hold a drill database of its own.
    restored = f"{connection.settings_dict['NAME']}_restore_drill"
    assert f"restored into: {restored} (dropped)" in out
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_database WHERE datname = %s", [restored])
        assert cursor.fetchone()[0] == 0


def _tamper_then(compare, sql: str, params: list):
    """The comparison, after changing the restored copy as a broken backup would have."""

    def tampered(report, live, restored):
        restored.execute(sql, params)
        compare(report, live, restored)

    return tampered


@needs_postgresql
def test_a_lost_row_fails_the_drill_and_names_its_table(live_rows, tmp_path, monkeypatch):
    monkeypatch.setattr(
        backup,
        "_compare_counts",
        _tamper_then(
            backup._compare_counts,
            "DELETE FROM voices_helprequest WHERE id = %s",
            [HelpRequest.objects.first().pk],
        ),
    )
    report = backup.backup_drill(dump_dir=tmp_path)
    assert not report.passed
    assert report.count_differences == ["voices_helprequest: 3 rows, restored 2"]


@needs_postgresql
def test_an_encrypted_value_that_no_longer_matches_fails_the_drill_without_showing_it(
    live_rows, tmp_path, monkeypatch
):
    from youthvoice.core.crypto import encrypt

    target = HelpRequest.objects.order_by("pk").first()
    monkeypatch.setattr(
        backup,
        "_compare_encrypted",
        _tamper_then(
            backup._compare_encrypted,
            "UPDATE voices_helprequest SET how_to_reach = %s WHERE id = %s",
            [encrypt("someone else"), target.pk],
        ),
    )
    report = backup.backup_drill(dump_dir=tmp_path)
    assert not report.passed
    assert report.encrypted_differences == [f"voices.HelpRequest {target.pk}: decrypted values differ"]
    assert "07700" not in repr(report.encrypted_differences)


@needs_postgresql
def test_a_page_the_copy_cannot_serve_fails_the_drill(live_rows, tmp_path):
    with pytest.raises(CommandError, match="NOT the same"):
        call_command("backup_drill", "--dump-dir", str(tmp_path), "--page", "/c/no-such-consultation/")


def test_a_page_that_is_not_a_path_is_refused(db):
    with pytest.raises(CommandError, match="starts with /"):
        call_command("backup_drill", "--page", "c/slug")


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite message")
def test_on_sqlite_the_drill_says_to_copy_the_file(db):
    with pytest.raises(CommandError, match="SQLite database is one file"):
        call_command("backup_drill")


def test_a_server_that_never_answers_is_a_clear_drill_error_not_a_traceback():
    with socket.socket() as silent:  # listens, never answers: a worker that is still starting, for ever
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(backup.DrillError, match=r"did not answer / within .*: the server's log"):
            backup._fetch(port, "/", time.monotonic() + 0.5, lambda: "the server's log")


def test_a_server_that_is_not_listening_yet_is_waited_for_until_the_deadline():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: connections are refused
    started = time.monotonic()
    with pytest.raises(backup.DrillError, match="did not answer /staff/sign-in/ within"):
        backup._fetch(port, "/staff/sign-in/", started + 1.0, lambda: "")
    assert time.monotonic() - started >= 1.0  # it tried again, not gave up at the first refusal
