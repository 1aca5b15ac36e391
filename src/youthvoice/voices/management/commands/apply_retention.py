"""youthvoice apply_retention: delete young people's responses past their partnership's retention period.

Celery beat runs it weekly (settings.CELERY_BEAT_SCHEDULE); run it by hand with --dry-run to see the counts.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from youthvoice.voices.retention import retention_apply


class Command(BaseCommand):
    help = "Delete responses and relayed voices older than their partnership's retention periods."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would be deleted; delete nothing"
        )
        parser.add_argument("--today", help="pretend today is this date (YYYY-MM-DD)")

    def handle(self, *args, dry_run=False, today=None, **options):
        day = timezone.localdate()
        if today:
            try:
                day = datetime.date.fromisoformat(today)
            except ValueError as error:
                raise CommandError(f"--today must look like 2025-01-31, not {today!r}.") from error
        verb = "Would delete" if dry_run else "Deleted"
        for result in retention_apply(today=day, dry_run=dry_run):
            self.stdout.write(
                f"{result.partnership.name}: {verb} {result.responses} responses (before "
                f"{result.responses_kept_from:%d %B %Y}) and {result.relayed_voices} relayed voices (before "
                f"{result.relayed_voices_kept_from:%d %B %Y}), {result.answers} answers."
            )
