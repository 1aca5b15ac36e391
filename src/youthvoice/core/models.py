from django.conf import settings
from django.db import models
from django_otp.models import Device, ThrottlingMixin, TimestampMixin
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key, key_validator

from youthvoice.core.crypto import EncryptedTextField
from youthvoice.partnership.models import Agency


def default_scopes() -> list[str]:
    return [ApiClient.Scope.PUSH_VOICES]


class ApiClient(models.Model):
    """An agency's system that calls the API with a bearer token (youthvoice.core.api_auth).

    Only a SHA-256 hash of the token is kept; the token is shown once, when the client is created. The
    client acts for its agency with the scopes an admin chose (``scopes``; each endpoint names the scopes
    it admits in ``youthvoice.core.access.api_roles``), through a service account (``user``) that has
    no password and no membership, so that records it makes (a relayed voice, an audit event) point at a
    real user row.
    """

    class Scope(models.TextChoices):
        PUSH_VOICES = "push_voices", "Send relayed voices, and list and correct the ones it sent"
        READ_AGGREGATES = "read_aggregates", "Read disclosure-controlled figures (a leader-level read)"

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="api_clients")
    name = models.CharField(max_length=120, help_text="The system, e.g. 'Case management (Mosaic)'.")
    contact = EncryptedTextField(blank=True, help_text="Who looks after this system. Stored encrypted.")
    token_prefix = models.CharField(max_length=12, help_text="The start of the token, to recognise it.")
    token_hash = models.CharField(max_length=64, unique=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="api_client")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked = models.BooleanField(default=False)
    last_used_on = models.DateField(null=True, blank=True)
    scopes = models.JSONField(
        default=default_scopes, help_text="What the system may do: values of ApiClient.Scope."
    )

    class Meta:
        ordering = ["agency", "name"]
        verbose_name = "API client"

    def __str__(self) -> str:
        return f"{self.name} ({self.agency})"

    @property
    def scope_labels(self) -> list[str]:
        labels = dict(self.Scope.choices)
        return [labels[scope] for scope in self.scopes if scope in labels]


def _totp_field(name: str) -> models.Field:
    # The same definition as django-otp's TOTPDevice, so behaviour (defaults, validation) cannot drift.
    return TOTPDevice._meta.get_field(name).clone()


class EncryptedTOTPDevice(TimestampMixin, ThrottlingMixin, Device):
    """Staff's authenticator app (TOTP), with its secret encrypted at rest (``youthvoice.core.crypto``).

    django-otp's own ``TOTPDevice`` keeps the secret as plain hex in a 80-character column, which a Fernet
    token does not fit and which anyone with a database dump could use to generate valid codes. This model
    has the same fields, except that ``key`` is an ``EncryptedTextField``, and uses django-otp's own code for
    everything else: verification with throttling, clock drift and the last-used time step (no code is
    accepted twice), and the ``otpauth://`` URL. django-otp finds it like any device (``devices_for_user``,
    the session's ``otp_device_id``). ``youthvoice rotate_keys`` re-encrypts the secrets with the rest.

    The plain ``otp_totp`` app stays installed only so migration 0002 can move old devices out of it; saving
    to it is refused (``youthvoice.core.apps``).
    """

    key = EncryptedTextField(
        validators=[key_validator],
        default=default_key,
        help_text="A hex-encoded secret key of up to 40 bytes. Stored encrypted.",
    )
    step = _totp_field("step")
    t0 = _totp_field("t0")
    digits = _totp_field("digits")
    tolerance = _totp_field("tolerance")
    drift = _totp_field("drift")
    last_t = _totp_field("last_t")

    # django-otp's own code, unchanged: it reads ``self.key`` (decrypted on load) and the fields above.
    bin_key = TOTPDevice.bin_key
    verify_token = TOTPDevice.verify_token
    get_throttle_factor = TOTPDevice.get_throttle_factor
    config_url = TOTPDevice.config_url
    _read_str_from_settings = TOTPDevice._read_str_from_settings

    class Meta(Device.Meta):
        verbose_name = "TOTP device"
