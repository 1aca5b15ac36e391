"""The audit log: append-only (in Python and, on PostgreSQL, in the database), automatic for permission
changes, and readable and exportable by admins only, which is itself audited."""

import csv
import datetime
import io

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from tests.partnership.factories import MembershipFactory, UserFactory
from youthvoice.audit.models import AuditEvent, AuditLogIsAppendOnly
from youthvoice.audit.services import audit_record
from youthvoice.audit.views import csv_safe

pytestmark = pytest.mark.django_db


def test_audit_record_keeps_who_what_which_why_and_the_partnership():
    membership = MembershipFactory(role="analyst")
    event = audit_record(
        actor=membership.user,
        action="view",
        target=membership,
        reason="case review",
        detail={"on": datetime.date(2025, 1, 2)},
    )
    event.refresh_from_db()
    assert (event.actor_username, event.action, event.target_type, event.target_id) == (
        membership.user.username,
        "view",
        "partnership.membership",
        str(membership.pk),
    )
    assert event.partnership == membership.agency.partnership
    assert event.detail == {"on": "2025-01-02"} and event.reason == "case review"


def test_unknown_actions_are_refused():
    with pytest.raises(ValueError, match="Unknown audit action"):
        audit_record(actor=None, action="peek", target=None)


def test_events_cannot_be_changed_or_deleted_through_django():
    event = audit_record(actor=None, action="export", target=None)
    event.reason = "tampered"
    with pytest.raises(AuditLogIsAppendOnly):
        event.save()
    with pytest.raises(AuditLogIsAppendOnly):
        event.delete()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.filter(pk=event.pk).update(reason="tampered")
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).reason == ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL only")
def test_postgresql_rejects_update_and_delete_of_audit_rows_in_sql():
    event = audit_record(actor=None, action="export", target=None)
    for sql in (
        "UPDATE audit_auditevent SET reason = 'x' WHERE id = %s",
        "DELETE FROM audit_auditevent WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cur,
        ):
            cur.execute(sql, [event.pk])
    assert AuditEvent.objects.filter(pk=event.pk, reason="").exists()


def test_membership_changes_are_recorded_automatically():
    membership = MembershipFactory(role="practitioner")
    membership.role = "admin"
    membership.save()
    membership.save()  # no change, no event
    membership_id = membership.pk
    membership.delete()
    events = AuditEvent.objects.filter(action="permission_change", target_type="partnership.membership")
    changes = [event.detail["change"] for event in events.order_by("pk")]
    assert changes == ["membership_created", "membership_changed", "membership_deleted"]
    changed = events.get(detail__change="membership_changed")
    assert (changed.detail["before"]["role"], changed.detail["after"]["role"]) == ("practitioner", "admin")
    assert events.filter(target_id=str(membership_id)).count() == 3


def test_staff_and_superuser_flag_changes_are_recorded():
    user = UserFactory()
    user.is_staff = True
    user.save()
    user.save(update_fields=["last_login"])
    event = AuditEvent.objects.get(action="permission_change", target_type="auth.user")
    assert event.detail["before"]["is_staff"] is False and event.detail["after"]["is_staff"] is True


def test_a_change_made_in_the_admin_names_who_made_it(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    membership = MembershipFactory(role="practitioner")
    client.force_login(admin)
    url = reverse("admin:partnership_membership_change", args=[membership.pk])
    client.post(url, {"user": membership.user.pk, "agency": membership.agency.pk, "role": "leader"})
    event = AuditEvent.objects.get(detail__change="membership_changed")
    assert event.actor == admin and event.actor_username == admin.username


@pytest.fixture
def admin_client(client, signed_in):
    membership = signed_in("admin")
    client.membership = membership
    return client


def test_audit_viewer_filters_by_action_user_and_date_and_is_itself_audited(admin_client):
    partnership = admin_client.membership.agency.partnership
    colleague = MembershipFactory(role="analyst", agency=admin_client.membership.agency)
    audit_record(actor=colleague.user, action="export", target=partnership, reason="board report")
    audit_record(actor=None, action="export", target=MembershipFactory().agency.partnership)  # elsewhere
    response = admin_client.get(
        reverse("audit:log"), {"action": "export", "username": colleague.user.username}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "board report" in html and "1 entry" in html
    today = timezone.localdate()
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()
    empty = admin_client.get(reverse("audit:log"), {"date_from": tomorrow})
    assert "No entries match." in empty.content.decode()
    assert AuditEvent.objects.filter(action="view", actor=admin_client.membership.user).count() == 2


def test_audit_viewer_refuses_bad_dates_with_a_message(admin_client):
    response = admin_client.get(reverse("audit:log"), {"date_from": "yesterday"})
    assert response.status_code == 400
    assert "Enter the start date as YYYY-MM-DD" in response.content.decode()
    reversed_range = admin_client.get(
        reverse("audit:log"), {"date_from": "2025-02-01", "date_to": "2025-01-01"}
    )
    assert reversed_range.status_code == 400


def test_audit_viewer_pages_through_many_events(admin_client):
    partnership = admin_client.membership.agency.partnership
    AuditEvent.objects.bulk_create(
        [AuditEvent(action="view", partnership=partnership, actor_username="x") for _ in range(120)]
    )
    response = admin_client.get(reverse("audit:log"), {"page": 3})
    assert "Page 3 of 3" in response.content.decode()


@pytest.mark.parametrize("role", ["practitioner", "analyst", "leader"])
def test_only_admins_see_the_audit_log(client, role):
    client.force_login(MembershipFactory(role=role).user)
    assert client.get(reverse("audit:log")).status_code == 403
    assert client.get(reverse("audit:export")).status_code == 403


def test_csv_export_cannot_smuggle_formulas_and_is_audited(admin_client):
    partnership = admin_client.membership.agency.partnership
    audit_record(actor=None, action="export", target=partnership, reason='=HYPERLINK("http://x","y")')
    audit_record(actor=None, action="export", target=partnership, reason="-2+3")
    response = admin_client.get(reverse("audit:export"), {"action": "export"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    reasons = sorted(row[5] for row in rows[1:])
    assert reasons == ["'-2+3", '\'=HYPERLINK("http://x","y")']
    export = AuditEvent.objects.get(action="export", actor=admin_client.membership.user)
    assert export.detail["rows"] == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        (None, ""),
    ],
)
def test_csv_safe(value, expected):
    assert csv_safe(value) == expected
