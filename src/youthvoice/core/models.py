from django.conf import settings
from django.db import models

from youthvoice.core.crypto import EncryptedTextField
from youthvoice.partnership.models import Agency


def default_scopes() -> list[str]:
    return [ApiClient.Scope.PUSH_VOICES]


class ApiClient(models.Model):
    """An agency's system that calls the API with a bearer token (youthvoice.core.api_auth).

    Only a SHA-256 hash of the token is kept; the token is shown once, when the client is created. The
    client acts for its agency with the scopes an admin chose (``scopes``; each endpoint names the scopes
    it admits in ``youthvoice.partnership.access.api_roles``), through a service account (``user``) that has
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
