from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from youthvoice.core.demodata import demo_build


class Command(BaseCommand):
    help = "Create or refresh the synthetic demo partnership and its logins (safe to run more than once)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing on success.")

    def handle(self, *args, quiet=False, **options):
        if settings.PRODUCTION:
            raise CommandError("The demo has published passwords; it is refused in production mode.")
        lines = demo_build()
        if not quiet:
            self.stdout.write("Demo data is ready. Sign in with:")
            for line in lines:
                self.stdout.write(f"  {line}")
