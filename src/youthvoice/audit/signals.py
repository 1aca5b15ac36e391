"""Record every change to who may do what, and every sign-in, without callers having to remember.

Besides Django's signals, this listens to the site shell's own (``core.signals``: two-factor steps, API
clients, key rotation): core sits below the audit log and so announces them rather than writing here.
"""

from __future__ import annotations

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from youthvoice.audit.middleware import current_actor
from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.core import signals as core_signals
from youthvoice.core.models import EncryptedTOTPDevice
from youthvoice.partnership.models import Membership

User = get_user_model()
USER_FLAGS = ("is_staff", "is_superuser", "is_active")
Action = AuditEvent.Action


def _membership_state(membership: Membership) -> dict:
    return {"user": membership.user.get_username(), "agency": membership.agency.name, "role": membership.role}


@receiver(pre_save, sender=Membership)
def _remember_membership(sender, instance: Membership, **kwargs):
    old = Membership.objects.filter(pk=instance.pk).select_related("user", "agency").first()
    instance._audit_before = _membership_state(old) if old else None


@receiver(post_save, sender=Membership)
def _membership_saved(sender, instance: Membership, created: bool, **kwargs):
    before = getattr(instance, "_audit_before", None)
    after = _membership_state(instance)
    if not created and before == after:
        return
    audit_record(
        actor=current_actor(),
        action=Action.PERMISSION_CHANGE,
        target=instance,
        detail={
            "change": "membership_created" if created else "membership_changed",
            "before": before,
            "after": after,
        },
    )


@receiver(post_delete, sender=Membership)
def _membership_deleted(sender, instance: Membership, **kwargs):
    try:
        before = _membership_state(instance)
        partnership = instance.agency.partnership
    except ObjectDoesNotExist:
        before, partnership = {"role": instance.role}, None
    audit_record(
        actor=current_actor(),
        action=Action.PERMISSION_CHANGE,
        target=("partnership.membership", instance.pk),
        partnership=partnership,
        detail={"change": "membership_deleted", "before": before, "after": None},
    )


@receiver(pre_save, sender=User)
def _remember_user_flags(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and not set(update_fields) & set(USER_FLAGS):
        instance._audit_flags = None
        return
    old = User.objects.filter(pk=instance.pk).values(*USER_FLAGS).first() if instance.pk else None
    instance._audit_flags = old


@receiver(post_save, sender=User)
def _user_flags_saved(sender, instance, created: bool, update_fields=None, **kwargs):
    after = {flag: getattr(instance, flag) for flag in USER_FLAGS}
    if created:
        if not (instance.is_staff or instance.is_superuser):
            return
        before = None
    else:
        before = getattr(instance, "_audit_flags", None)
        if before is None or before == after:
            return
    audit_record(
        actor=current_actor(),
        action=Action.PERMISSION_CHANGE,
        target=instance,
        detail={"change": "user_flags", "user": instance.get_username(), "before": before, "after": after},
    )


def _m2m_changed(relation: str):
    def handler(sender, instance, action, pk_set, reverse, **kwargs):
        if action not in {"post_add", "post_remove", "post_clear"}:
            return
        audit_record(
            actor=current_actor(),
            action=Action.PERMISSION_CHANGE,
            target=instance,
            detail={"change": f"{relation}_{action.removeprefix('post_')}", "ids": sorted(pk_set or [])},
        )

    return handler


_groups_changed = _m2m_changed("groups")
_permissions_changed = _m2m_changed("user_permissions")
m2m_changed.connect(_groups_changed, sender=User.groups.through, dispatch_uid="audit_user_groups")
m2m_changed.connect(
    _permissions_changed, sender=User.user_permissions.through, dispatch_uid="audit_user_permissions"
)


@receiver(post_delete, sender=EncryptedTOTPDevice)
def _second_factor_removed(sender, instance: EncryptedTOTPDevice, **kwargs):
    if instance.confirmed:
        audit_record(
            actor=current_actor(),
            action=Action.PERMISSION_CHANGE,
            target=("core.encryptedtotpdevice", instance.pk),
            detail={"change": "two_factor_removed", "user_id": instance.user_id},
        )


@receiver(user_logged_in)
def _signed_in(sender, request, user, **kwargs):
    audit_record(actor=user, action=Action.SIGN_IN, target=user)


@receiver(user_logged_out)
def _signed_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record(actor=user, action=Action.SIGN_OUT, target=user)


def _known_user(username: str | None):
    # Only a name that belongs to an account is kept: a mistyped name is often a password.
    if not username:
        return None
    return User.objects.filter(**{User.USERNAME_FIELD: username}).first()


@receiver(user_login_failed)
def _sign_in_failed(sender, credentials, request=None, **kwargs):
    user = _known_user(credentials.get(User.USERNAME_FIELD))
    audit_record(
        actor=None,
        action=Action.SIGN_IN_FAILED,
        target=user,
        detail={"username": user.get_username() if user else None, "known_account": user is not None},
    )


@receiver(user_locked_out)
def _locked_out(sender, request, username, ip_address, **kwargs):
    user = _known_user(username)
    audit_record(
        actor=None,
        action=Action.SIGN_IN_LOCKED_OUT,
        target=user,
        detail={"username": user.get_username() if user else None, "known_account": user is not None},
    )


@receiver(core_signals.two_factor_enrolled)
def _two_factor_enrolled(sender, user, **kwargs):
    audit_record(actor=user, action=Action.TWO_FACTOR_ENROLLED, target=user)


@receiver(core_signals.two_factor_verified)
def _two_factor_verified(sender, user, **kwargs):
    audit_record(actor=user, action=Action.TWO_FACTOR_VERIFIED, target=user)


@receiver(core_signals.two_factor_failed)
def _two_factor_failed(sender, user, **kwargs):
    audit_record(actor=user, action=Action.TWO_FACTOR_FAILED, target=user)


@receiver(core_signals.api_client_created)
def _api_client_created(sender, client, actor, **kwargs):
    audit_record(
        actor=actor,
        action=Action.API_CLIENT_CREATED,
        target=client,
        detail={
            "agency": client.agency.name,
            "name": client.name,
            "token_prefix": client.token_prefix,
            "scopes": client.scopes,
        },
    )


@receiver(core_signals.api_client_revoked)
def _api_client_revoked(sender, client, actor, reason="", **kwargs):
    audit_record(
        actor=actor,
        action=Action.API_CLIENT_REVOKED,
        target=client,
        reason=reason,
        detail={"agency": client.agency.name, "name": client.name, "scopes": client.scopes},
    )


@receiver(core_signals.encrypted_values_rotated)
def _encrypted_values_rotated(sender, actor, counts, **kwargs):
    audit_record(actor=actor, action=Action.KEY_ROTATION, target=None, detail=counts)
