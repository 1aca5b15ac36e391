"""youthvoice digest: the weekly email to leaders listing overdue feedback and overdue actions.

Schedule it weekly (cron or Celery beat; see the README). Email goes through Django's EMAIL_BACKEND.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from youthvoice.feedback.services import digest_send
from youthvoice.partnership.models import Partnership


class Command(BaseCommand):
    help = "Email each partnership's leaders its overdue feedback to young people and overdue actions."

    def add_arguments(self, parser):
        parser.add_argument("--partnership", help="only this partnership (its slug)")
        parser.add_argument("--date", help="pretend today is this date (YYYY-MM-DD), e.g. to test")

    def handle(self, *args, partnership=None, date=None, **options):
        chosen = None
        if partnership:
            chosen = Partnership.objects.filter(slug=partnership).first()
            if chosen is None:
                raise CommandError(f"No partnership has the slug {partnership!r}.")
        today = None
        if date:
            try:
                today = datetime.date.fromisoformat(date)
            except ValueError as error:
                raise CommandError(f"--date must look like 2025-01-31, not {date!r}.") from error
        sent = digest_send(today=today, partnership=chosen)
        self.stdout.write(f"Sent {sent} digest email{'s' if sent != 1 else ''} to leaders.")
