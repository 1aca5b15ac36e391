from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditLogIsAppendOnly(Exception):
    """An audit event cannot be changed or deleted once written."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditLogIsAppendOnly("Audit events cannot be changed.")

    def delete(self):
        raise AuditLogIsAppendOnly("Audit events cannot be deleted.")


class AuditEvent(models.Model):
    """One thing someone did that the partnership must be able to account for: who, what, when, why.

    Append-only: ``save()`` refuses updates and ``delete()`` refuses, and on PostgreSQL a trigger rejects
    UPDATE and DELETE whatever the client (migration 0002). The actor is kept both as a link and as a name
    snapshot, and the link has no database constraint, so that removing a user never rewrites the log.
    """

    class Action(models.TextChoices):
        VIEW = "view", "Viewed response-level data"
        EXPORT = "export", "Exported data"
        PERMISSION_CHANGE = "permission_change", "Changed permissions"
        SIGN_IN = "sign_in", "Signed in"
        SIGN_IN_FAILED = "sign_in_failed", "Failed to sign in"
        SIGN_IN_LOCKED_OUT = "sign_in_locked_out", "Locked out after failed sign-ins"
        SIGN_OUT = "sign_out", "Signed out"
        TWO_FACTOR_ENROLLED = "two_factor_enrolled", "Set up two-factor sign-in"
        TWO_FACTOR_VERIFIED = "two_factor_verified", "Passed two-factor sign-in"
        TWO_FACTOR_FAILED = "two_factor_failed", "Failed two-factor sign-in"
        API_CLIENT_CREATED = "api_client_created", "Created an API client"
        API_CLIENT_REVOKED = "api_client_revoked", "Revoked an API client"
        KEY_ROTATION = "key_rotation", "Re-encrypted data with the current key"
        ERASURE = "erasure", "Erased data"
        RETENTION = "retention", "Deleted data past its retention period"
        PUBLISHED = "published", "Published to young people"
        UNPUBLISHED = "unpublished", "Withdrew from young people"
        CORRECTION = "correction", "Corrected response-level data"
        UPLOAD = "upload", "Uploaded figures"
        SETTINGS_CHANGE = "settings_change", "Changed a partnership setting"

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_username = models.CharField(max_length=150, blank=True)
    partnership = models.ForeignKey(
        "partnership.Partnership",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(max_length=32, choices=Action.choices, db_index=True)
    target_type = models.CharField(max_length=100, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    reason = models.TextField(blank=True)
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        indexes = [models.Index(fields=["partnership", "-occurred_at"], name="audit_partnership_time")]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.actor_username or 'system'} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditLogIsAppendOnly("Audit events cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogIsAppendOnly("Audit events cannot be deleted.")
