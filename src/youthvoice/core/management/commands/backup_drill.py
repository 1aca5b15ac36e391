"""Dump the database, restore it into a fresh one, and prove the copy is whole (youthvoice.core.backup)."""

import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from youthvoice.core.backup import DEFAULT_PAGES, DrillError, backup_drill


class Command(BaseCommand):
    help = (
        "Back up the PostgreSQL database with pg_dump, restore it into a fresh database, and check "
        "every table's row count, a sample of every encrypted field and that the application serves pages "
        "from the copy."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dump-dir", type=Path, help="where the dump file is written (default: a temporary folder)"
        )
        parser.add_argument(
            "--page",
            action="append",
            dest="pages",
            help="a path the restored copy must serve besides / and the sign-in page (repeatable)",
        )
        parser.add_argument("--keep", action="store_true", help="keep the restored database to look at")

    def handle(self, *args, dump_dir, pages, keep, **options):
        for page in pages or []:
            if not page.startswith("/"):
                raise CommandError(f"--page takes a path that starts with /, not {page!r}.")
        with tempfile.TemporaryDirectory() as scratch:
            try:
                report = backup_drill(
                    dump_dir=dump_dir or Path(scratch),
                    pages=DEFAULT_PAGES + tuple(pages or ()),
                    keep=keep,
                )
            except DrillError as error:
                raise CommandError(str(error)) from error
        seconds = ", ".join(f"{step} {value:.1f} s" for step, value in report.seconds.items())
        self.stdout.write(
            f"dump: {report.dump_path if dump_dir else '(temporary)'} ({report.dump_bytes:,} bytes)"
        )
        self.stdout.write(f"restored into: {report.restored_database}{' (kept)' if keep else ' (dropped)'}")
        self.stdout.write(
            f"tables: {report.tables}, rows: {report.rows:,}, differences: {len(report.count_differences)}"
        )
        for difference in report.count_differences:
            self.stdout.write(f"  {difference}")
        differences = len(report.encrypted_differences)
        self.stdout.write(
            f"encrypted values compared: {report.encrypted_checked}, differences: {differences}"
        )
        for difference in report.encrypted_differences:
            self.stdout.write(f"  {difference}")
        for page, status in report.pages_served.items():
            self.stdout.write(f"served {page}: {status}")
        self.stdout.write(f"time: {seconds}")
        if not report.passed:
            raise CommandError("The restored copy is NOT the same as the live database: see above.")
        self.stdout.write(self.style.SUCCESS("Drill passed: the backup restores whole and serves."))
