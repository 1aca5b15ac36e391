"""TOTP secrets are encrypted at rest; django-otp's verification (throttling, drift, no reuse) is kept."""

import base64
import binascii
import time

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.partnership.factories import TEST_PASSWORD, MembershipFactory, UserFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.core.apps import PlainTOTPDeviceRefused
from youthvoice.core.models import EncryptedTOTPDevice

HEX_KEY = "3132333435363738393031323334353637383930"  # RFC 6238's test secret, as django-otp stores it


def code_for(device, *, steps_ahead: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def raw_key(device) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM core_encryptedtotpdevice WHERE id = %s", [device.pk])
        return cursor.fetchone()[0]


def secret_forms(hex_key: str) -> list[str]:
    """Every way the secret could be written down: hex (either case) and base32, as apps are given it."""
    binary = binascii.unhexlify(hex_key)
    return [hex_key.lower(), hex_key.upper(), base64.b32encode(binary).decode().rstrip("=")]


@pytest.mark.django_db
def test_enrolment_through_the_pages_stores_only_an_encrypted_secret(client, settings):
    settings.YOUTHVOICE_TWO_FACTOR = "required"
    user = MembershipFactory(role="analyst").user
    client.post(reverse("core:login"), {"username": user.username, "password": TEST_PASSWORD})
    client.get(reverse("core:two-factor-set-up"))
    device = EncryptedTOTPDevice.objects.get(user=user)
    response = client.post(reverse("core:two-factor-set-up"), {"token": code_for(device), "next": "/staff/"})
    assert response["Location"] == "/staff/"
    stored = raw_key(device)
    assert all(form not in stored for form in secret_forms(device.key))
    current = Fernet(settings.YOUTHVOICE_ENCRYPTION_KEYS[0].encode())
    assert current.decrypt(stored.encode()).decode() == device.key
    assert not TOTPDevice.objects.exists()  # nothing went to django-otp's plain table
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM core_encryptedtotpdevice")
        assert all(form not in str(cursor.fetchall()) for form in secret_forms(device.key))


@pytest.mark.django_db
def test_verification_keeps_django_otps_no_reuse_drift_and_throttling(settings):
    settings.OTP_TOTP_SYNC = True
    device = EncryptedTOTPDevice.objects.create(user=UserFactory(), name="phone", key=HEX_KEY)
    ahead = code_for(device, steps_ahead=1)  # the phone's clock runs one step fast
    assert device.verify_token(ahead)
    device.refresh_from_db()
    assert device.drift == 1 and device.last_t > 0 and device.last_used_at is not None
    assert not device.verify_token(ahead)  # a code is accepted once only
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    allowed, detail = device.verify_is_allowed()
    assert not allowed and detail["reason"].name == "N_FAILED_ATTEMPTS"


def test_every_method_of_django_otps_device_is_the_one_used():
    """A django-otp upgrade that adds or changes TOTPDevice behaviour must be looked at here, not missed."""
    own = {
        name
        for name, value in vars(TOTPDevice).items()
        if callable(value) or isinstance(value, property)
        if not name.startswith("__") and name not in {"DoesNotExist", "MultipleObjectsReturned"}
        if not name.startswith(("get_next_by_", "get_previous_by_", "get_digits_display"))
    }
    assert own, "django-otp's TOTPDevice changed shape"
    for name in own:
        assert vars(EncryptedTOTPDevice).get(name) is vars(TOTPDevice)[name], name
    ours = {field.name for field in EncryptedTOTPDevice._meta.concrete_fields}
    assert ours == {field.name for field in TOTPDevice._meta.concrete_fields}


@pytest.mark.django_db
def test_rotation_re_encrypts_totp_secrets_and_codes_still_work(settings, capsys):
    old_key = settings.YOUTHVOICE_ENCRYPTION_KEYS[0]
    device = EncryptedTOTPDevice.objects.create(user=UserFactory(), name="phone", key=HEX_KEY)
    new_key = Fernet.generate_key().decode()
    settings.YOUTHVOICE_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_keys")
    assert "core.EncryptedTOTPDevice: 1 rows re-encrypted" in capsys.readouterr().out
    settings.YOUTHVOICE_ENCRYPTION_KEYS = [new_key]  # the old key is gone
    assert Fernet(new_key.encode()).decrypt(raw_key(device).encode()).decode() == HEX_KEY
    device = EncryptedTOTPDevice.objects.get(pk=device.pk)
    assert device.verify_token(code_for(device))


@pytest.mark.django_db
def test_a_plain_django_otp_device_cannot_be_saved():
    with pytest.raises(PlainTOTPDeviceRefused, match="EncryptedTOTPDevice"):
        TOTPDevice.objects.create(user=UserFactory(), name="phone")
    assert not TOTPDevice.objects.exists()


@pytest.mark.django_db
def test_removing_a_device_in_the_admin_is_recorded_and_the_admin_never_shows_the_secret(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    device = EncryptedTOTPDevice.objects.create(user=UserFactory(), name="phone", key=HEX_KEY, confirmed=True)
    client.force_login(admin)
    change = client.get(reverse("admin:core_encryptedtotpdevice_change", args=[device.pk]))
    assert change.status_code == 200
    assert all(form not in change.content.decode() for form in secret_forms(HEX_KEY))
    assert client.get(reverse("admin:core_encryptedtotpdevice_add")).status_code == 403
    assert client.get("/admin/otp_totp/totpdevice/").status_code == 404
    client.post(reverse("admin:core_encryptedtotpdevice_delete", args=[device.pk]), {"post": "yes"})
    assert not EncryptedTOTPDevice.objects.exists()
    event = AuditEvent.objects.get(detail__change="two_factor_removed")
    assert (event.actor, event.target_type) == (admin, "core.encryptedtotpdevice")


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_plain_devices_into_encrypted_ones_and_leaves_none_behind(settings):
    executor = MigrationExecutor(connection)
    before, after = [("core", "0002_encrypted_totp_devices")], [("core", "0003_move_totp_devices_encrypted")]
    executor.migrate(before)
    try:
        old_apps = executor.loader.project_state([*before, ("otp_totp", "0003_add_timestamps")]).apps
        user = UserFactory()
        plain = old_apps.get_model("otp_totp", "TOTPDevice").objects.create(
            user_id=user.pk, name="phone", key=HEX_KEY, confirmed=True, last_t=123, drift=-1
        )
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM otp_totp_totpdevice")
            assert cursor.fetchone()[0] == 0
        device = EncryptedTOTPDevice.objects.get(user=user)
        assert (device.key, device.name, device.confirmed, device.last_t, device.drift) == (
            HEX_KEY,
            "phone",
            True,
            123,
            -1,
        )
        assert device.created_at == plain.created_at
        assert all(form not in raw_key(device) for form in secret_forms(HEX_KEY))
    finally:
        MigrationExecutor(connection).migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
