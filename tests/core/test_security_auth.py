"""Sign-in: throttled by django-axes, a second factor by django-otp, sessions that end, secure cookies."""

import time
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP

from tests.partnership.factories import TEST_PASSWORD, MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.core.models import EncryptedTOTPDevice as TOTPDevice

pytestmark = pytest.mark.django_db


def code_for(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, username, password=TEST_PASSWORD, **extra):
    return client.post(reverse("core:login"), {"username": username, "password": password}, **extra)


def test_five_wrong_passwords_lock_the_account_even_with_the_right_one(client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    user = MembershipFactory().user
    for _ in range(4):
        assert sign_in(client, user.username, "wrong").status_code == 200
    locked = sign_in(client, user.username, "wrong")
    assert locked.status_code == 429
    assert "Too many attempts to sign in" in locked.content.decode()
    assert sign_in(client, user.username).status_code == 429
    assert AuditEvent.objects.filter(action="sign_in_locked_out", target_id=str(user.pk)).exists()


def test_a_lockout_holds_one_account_from_one_client_and_says_when_to_try_again(client, settings):
    """Per account and client: one person's wrong passwords (or an attacker's) on a shared office address
    neither shut out everyone else there nor lock the account for its owner elsewhere."""
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = timedelta(minutes=15)
    user, colleague = MembershipFactory().user, MembershipFactory().user
    office, home = {"REMOTE_ADDR": "203.0.113.7"}, {"REMOTE_ADDR": "198.51.100.9"}
    statuses = [sign_in(client, user.username, "wrong", **office).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    locked = sign_in(client, user.username, **office)
    assert locked.status_code == 429 and locked["Retry-After"] == "900"
    assert "Wait 15 minutes" in locked.content.decode()
    assert sign_in(client, colleague.username, **office).status_code == 302
    client.logout()
    assert sign_in(client, user.username, **home).status_code == 302


def test_failed_sign_ins_keep_no_browser_string(client):
    user = MembershipFactory().user
    sign_in(client, user.username, "wrong", HTTP_USER_AGENT="Mozilla/5.0 (Phone; Brackenford 7)")
    sign_in(client, user.username, "wrong", HTTP_USER_AGENT="Mozilla/5.0 (Laptop)")
    attempt = AccessAttempt.objects.get()  # one record: browsers are not told apart
    assert attempt.user_agent == "" and attempt.failures_since_start == 2
    assert "Mozilla" not in str(list(AccessAttempt.objects.values()))


def test_throttling_keeps_a_keyed_hash_never_the_address(client):
    user = MembershipFactory().user
    sign_in(client, user.username, "wrong", REMOTE_ADDR="203.0.113.7")
    attempt = AccessAttempt.objects.get()
    assert attempt.ip_address.startswith("fd")
    assert "203.0.113.7" not in str(list(AccessAttempt.objects.values()))


def test_sign_in_and_failures_are_audited_without_keeping_mistyped_names(client):
    user = MembershipFactory().user
    sign_in(client, "my-password-typed-here", "x")
    sign_in(client, user.username, "wrong")
    sign_in(client, user.username)
    failed = AuditEvent.objects.filter(action="sign_in_failed").order_by("pk")
    assert [event.detail["known_account"] for event in failed] == [False, True]
    assert "my-password-typed-here" not in str(list(AuditEvent.objects.values()))
    assert AuditEvent.objects.filter(action="sign_in", actor=user).exists()


def test_optional_two_factor_lets_unenrolled_staff_in_with_a_password(client, settings):
    settings.YOUTHVOICE_TWO_FACTOR = "optional"
    user = MembershipFactory(role="analyst").user
    response = sign_in(client, user.username)
    assert response["Location"] == reverse("core:staff-home")


def test_required_two_factor_sends_unenrolled_staff_to_set_up_with_a_qr_code(client, settings):
    settings.YOUTHVOICE_TWO_FACTOR = "required"
    user = MembershipFactory(role="analyst").user
    response = sign_in(client, user.username)
    assert response["Location"].startswith(reverse("core:two-factor-set-up"))
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and "QR code to scan" in html
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert page["Cache-Control"].count("no-store") == 1
    # The manual key is the device's secret in base32, grouped for typing.
    from youthvoice.core.two_factor import manual_key

    assert manual_key(device=device) in html
    assert client.get(reverse("core:staff-home")).status_code == 302  # still not through


def test_setting_up_with_a_wrong_code_shows_an_error_and_a_right_code_enrols(client, settings):
    settings.YOUTHVOICE_TWO_FACTOR = "required"
    user = MembershipFactory(role="analyst").user
    sign_in(client, user.username)
    client.get(reverse("core:two-factor-set-up"))
    device = TOTPDevice.objects.get(user=user)
    wrong = client.post(reverse("core:two-factor-set-up"), {"token": "12345x"})
    assert wrong.status_code == 400
    assert "<title>Error: Set up two-factor sign-in" in wrong.content.decode()
    right = client.post(reverse("core:two-factor-set-up"), {"token": code_for(device), "next": "/staff/"})
    assert right["Location"] == "/staff/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("core:staff-home")).status_code == 200
    assert AuditEvent.objects.filter(action="two_factor_enrolled", actor=user).exists()


def test_enrolled_staff_enter_a_code_after_their_password(client, settings):
    settings.YOUTHVOICE_TWO_FACTOR = "optional"
    user = MembershipFactory(role="analyst").user
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    response = sign_in(client, user.username)
    assert response["Location"].startswith(reverse("core:two-factor-verify"))
    assert client.get(reverse("core:staff-home"))["Location"].startswith(reverse("core:two-factor-verify"))
    wrong = client.post(reverse("core:two-factor-verify"), {"token": "000000"})
    assert wrong.status_code == 400
    assert "That code is wrong" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong code above started django-otp's back-off
    device.throttling_failure_timestamp = None
    device.save()
    right = client.post(reverse("core:two-factor-verify"), {"token": code_for(device)})
    assert right["Location"] == reverse("core:staff-home")
    assert client.get(reverse("core:staff-home")).status_code == 200
    assert AuditEvent.objects.filter(action="two_factor_failed", actor=user).count() == 1
    assert AuditEvent.objects.filter(action="two_factor_verified", actor=user).count() == 1


def test_a_stolen_password_cannot_replace_an_enrolled_device(client):
    user = MembershipFactory(role="analyst").user
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    response = client.get(reverse("core:two-factor-set-up"))
    assert response["Location"].startswith(reverse("core:two-factor-verify"))
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_verify_ignores_a_next_address_on_another_site(client):
    user = MembershipFactory(role="analyst").user
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    response = client.post(
        reverse("core:two-factor-verify"), {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("core:staff-home")


def test_django_admin_needs_the_second_factor_when_required(client, settings):
    settings.YOUTHVOICE_TWO_FACTOR = "required"
    from tests.partnership.factories import UserFactory

    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("core:two-factor-set-up"))


def test_admin_login_goes_through_youthvoice_sign_in(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response["Location"].startswith(reverse("core:login"))


def test_sessions_end_after_two_hours_idle_or_when_the_browser_closes(settings):
    assert settings.SESSION_COOKIE_AGE == 7200
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_HTTPONLY
    assert 0 < settings.YOUTHVOICE_SESSION_REFRESH_SECONDS <= 60


class Clock:
    def __init__(self):
        self.now = time.time()

    def time(self):
        return self.now


def session_writes(queries) -> list[str]:
    return [q["sql"] for q in queries if "django_session" in q["sql"] and not q["sql"].startswith("SELECT")]


def test_a_session_in_use_is_kept_alive_but_written_at_most_once_a_minute(client, settings, monkeypatch):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    clock = Clock()
    monkeypatch.setattr("youthvoice.core.middleware.time", clock)
    client.force_login(MembershipFactory(role="practitioner").user)
    page = reverse("language:check")
    assert client.get(page).status_code == 200
    session = Session.objects.get()
    first_expiry = session.expire_date

    clock.now += 30
    with CaptureQueriesContext(connection) as quiet:
        assert client.get(page).status_code == 200
    assert session_writes(quiet.captured_queries) == []

    clock.now += 31  # a minute since the last save: the idle timeout starts again
    with CaptureQueriesContext(connection) as refreshed:
        assert client.get(page).status_code == 200
    assert len(session_writes(refreshed.captured_queries)) == 1
    assert Session.objects.get().expire_date > first_expiry


def test_an_idle_session_ends_and_sends_staff_to_sign_in(client, settings):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    client.force_login(MembershipFactory(role="practitioner").user)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("language:check"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("core:login"))


def test_a_visit_that_never_used_a_session_stores_none(client):
    assert client.get(reverse("core:home")).status_code == 200
    assert django_settings.SESSION_COOKIE_NAME not in client.cookies
    assert not Session.objects.exists()


def test_production_cookies_are_secure_and_host_only(tmp_path):
    import os
    import secrets
    import subprocess
    import sys

    from cryptography.fernet import Fernet

    from tests.core.test_config import TEST_ONLY_VARIABLES

    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update(
        YOUTHVOICE_MODE="production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="voice.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
        YOUTHVOICE_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        YOUTHVOICE_HOME=str(tmp_path),
    )
    code = (
        "from youthvoice import settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SESSION_COOKIE_NAME, s.YOUTHVOICE_TWO_FACTOR, s.SECURE_HSTS_SECONDS > 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["True", "True", "__Host-youthvoice-session", "required", "True"]


def test_two_factor_policy_is_validated_with_one_line():
    from youthvoice.config import ConfigError, Environment

    assert Environment({}).two_factor(production=True) == "required"
    assert Environment({}).two_factor(production=False) == "optional"
    with pytest.raises(ConfigError, match="YOUTHVOICE_TWO_FACTOR='sometimes' is unknown"):
        Environment({"YOUTHVOICE_TWO_FACTOR": "sometimes"}).two_factor(production=False)
