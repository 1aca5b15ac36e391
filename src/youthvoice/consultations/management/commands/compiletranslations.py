from django.core.management.base import BaseCommand

from youthvoice.consultations.i18n_compile import translations_compile


class Command(BaseCommand):
    help = "Compile youthvoice's translations (.po to .mo) without GNU gettext."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile every catalogue, changed or not.")

    def handle(self, *args, force=False, **options):
        written = translations_compile(force=force)
        if options["verbosity"] > 1 or written:
            self.stdout.write(f"Compiled {len(written)} translation catalogue(s).")
