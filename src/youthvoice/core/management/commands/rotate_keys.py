"""Re-encrypt every EncryptedTextField value with the current (first) key in YOUTHVOICE_ENCRYPTION_KEYS."""

from django.core.management.base import BaseCommand, CommandError

from youthvoice.core.services import encrypted_values_rotate


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field with the first key in YOUTHVOICE_ENCRYPTION_KEYS."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        counts = encrypted_values_rotate(batch_size=batch_size)
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count} rows re-encrypted")
        self.stdout.write(self.style.SUCCESS(f"Done: {sum(counts.values())} rows now use the current key."))
