"""The admin for staff's authenticator apps: see and remove them, never read or set a secret."""

from django.contrib import admin
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin  # noqa: F401 (registers the plain model first)
from django_otp.plugins.otp_totp.models import TOTPDevice

from youthvoice.core.models import EncryptedTOTPDevice

# Devices live in EncryptedTOTPDevice; django-otp's plain table is kept empty (youthvoice.core.apps).
if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)


@admin.register(EncryptedTOTPDevice)
class EncryptedTOTPDeviceAdmin(admin.ModelAdmin):
    """To replace a lost phone, delete the device: the person sets up a new one at their next sign-in.

    Deleting is recorded as a permission change (youthvoice.audit.signals). Devices are added only by their
    owner's own set-up, which shows the secret once, so the admin neither adds devices nor shows secrets."""

    list_display = ["user", "name", "confirmed", "created_at", "last_used_at"]
    list_filter = ["confirmed"]
    search_fields = ["user__username", "name"]
    fields = ["user", "name", "confirmed", "created_at", "last_used_at", "throttling_failure_count"]
    readonly_fields = ["user", "confirmed", "created_at", "last_used_at", "throttling_failure_count"]

    def has_add_permission(self, request) -> bool:
        return False
