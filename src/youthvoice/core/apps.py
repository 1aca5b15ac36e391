from django.apps import AppConfig
from django.db.models.signals import pre_save


class PlainTOTPDeviceRefused(Exception):
    """Something tried to store a TOTP secret in django-otp's plain table."""


def _refuse_plain_totp_device(sender, instance, **kwargs):
    raise PlainTOTPDeviceRefused(
        "TOTP secrets are stored encrypted: use youthvoice.core.models.EncryptedTOTPDevice, "
        "not django_otp.plugins.otp_totp.models.TOTPDevice."
    )


class CoreConfig(AppConfig):
    """The site shell: home page, sign-in, the page layout shared by every app."""

    name = "youthvoice.core"
    label = "core"
    verbose_name = "Site"

    def ready(self):
        from django_otp.plugins.otp_totp.models import TOTPDevice

        # The plain app is installed only for migration 0003 to empty it; nothing may write there again.
        pre_save.connect(_refuse_plain_totp_device, sender=TOTPDevice, dispatch_uid="refuse_plain_totp")
