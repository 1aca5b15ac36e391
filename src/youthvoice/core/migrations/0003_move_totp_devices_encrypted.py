"""Move every django-otp TOTPDevice into EncryptedTOTPDevice (secret encrypted), leaving no plain secret.

Devices get new ids, so a session verified before the move asks for a code once more. Reversing puts the
devices back into django-otp's table, in plain form, for rolling back a release.
"""

from django.db import migrations

FIELDS = (
    "user_id",
    "name",
    "confirmed",
    "throttling_failure_timestamp",
    "throttling_failure_count",
    "created_at",
    "last_used_at",
    "key",
    "step",
    "t0",
    "digits",
    "tolerance",
    "drift",
    "last_t",
)


def _move(source, target):
    for device in source.objects.order_by("pk"):
        moved = target.objects.create(**{name: getattr(device, name) for name in FIELDS})
        # created_at is auto_now_add: put the original back.
        target.objects.filter(pk=moved.pk).update(created_at=device.created_at)
        device.delete()


def encrypt_devices(apps, schema_editor):
    _move(apps.get_model("otp_totp", "TOTPDevice"), apps.get_model("core", "EncryptedTOTPDevice"))


def decrypt_devices(apps, schema_editor):
    _move(apps.get_model("core", "EncryptedTOTPDevice"), apps.get_model("otp_totp", "TOTPDevice"))


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_encrypted_totp_devices"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(encrypt_devices, decrypt_devices)]
