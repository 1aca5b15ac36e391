"""youthvoice rebuild_rollups: count the dashboard's roll-ups again from the rows.

The triggers keep the roll-ups current on every write (``insights.dashboard.rollups``); run this after writes
that bypass triggers (a bulk load with ``session_replication_role = replica``, a ``TRUNCATE``, a restore of
some tables only). Migration insights 0015 runs the same rebuild once. Writers wait while it runs (about
100 s at 1,000,000 responses on a loaded 2-core machine: bench/README.md, "Roll-ups").
"""

from django.core.management.base import BaseCommand
from django.db import connection

from youthvoice.insights.dashboard.rollups import rollups_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the dashboard's roll-ups (counts per release unit) from the responses, answers and codings."
    )

    def handle(self, *args, **options):
        seconds = rollups_rebuild(connection=connection)
        for table, taken in seconds.items():
            self.stdout.write(f"{table}: rebuilt in {taken:.1f} s")
