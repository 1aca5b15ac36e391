from django.conf import settings
from django.db import models

from youthvoice.core.crypto import EncryptedTextField
from youthvoice.partnership.models import Agency


class ApiClient(models.Model):
    """An agency's system that calls the API with a bearer token (youthvoice.core.api_auth).

    Only a SHA-256 hash of the token is kept; the token is shown once, when the client is created. The
    client acts for its agency with the fixed role in ``youthvoice.partnership.access.API_CLIENT_ROLES``,
    through a service account (``user``) that has no password and no membership, so that records it makes
    (a relayed voice, an audit event) point at a real user row.
    """

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

    class Meta:
        ordering = ["agency", "name"]
        verbose_name = "API client"

    def __str__(self) -> str:
        return f"{self.name} ({self.agency})"
