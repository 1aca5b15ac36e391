"""Retention: responses past their partnership's period are deleted (counts audited, never content).
Erasure: partnership admins find and erase a relayed voice on request, with a reason, audited.
The public data protection page shows each partnership's periods."""

import datetime

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.consultations.factories import QuestionFactory
from tests.partnership.factories import MembershipFactory, PartnershipFactory
from tests.voices.factories import AnswerFactory, ResponseFactory, relayed_voice
from youthvoice.audit.models import AuditEvent
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.retention import months_before, relayed_voice_erase, retention_apply
from youthvoice.voices.tasks import apply_retention

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 6, 15)
SECRET = "the lads at the car wash"


def answered(*, partnership, on, text="I feel safe at the youth club."):
    response = ResponseFactory(
        partnership=partnership, consultation__partnership=partnership, submitted_on=on
    )
    AnswerFactory(response=response, question=QuestionFactory(partnership=partnership), text=text)
    return response


def relayed(*, partnership, on, by=None, text=f"They said {SECRET} made them carry bags."):
    return relayed_voice(partnership=partnership, text=text, on=on, by=by)


@pytest.fixture
def partnership():
    return PartnershipFactory(response_retention_months=36, relayed_voice_retention_months=24)


def test_months_before_clamps_to_the_end_of_a_shorter_month():
    assert months_before(datetime.date(2026, 5, 31), 3) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 6, 15), 36) == datetime.date(2023, 6, 15)
    assert months_before(datetime.date(2026, 1, 10), 1) == datetime.date(2025, 12, 10)


def test_retention_deletes_exactly_what_is_past_each_period(partnership):
    kept_on_boundary = answered(partnership=partnership, on=datetime.date(2023, 6, 15))
    expired = answered(partnership=partnership, on=datetime.date(2023, 6, 14))
    relayed_kept = relayed(partnership=partnership, on=datetime.date(2024, 6, 15))
    relayed_expired = relayed(partnership=partnership, on=datetime.date(2024, 6, 14))
    # An anonymous answer 30 months old is inside 36 months even though a relayed one would not be.
    answered_30_months = answered(partnership=partnership, on=datetime.date(2023, 12, 15))

    [result] = retention_apply(today=TODAY)

    remaining = set(Response.objects.values_list("pk", flat=True))
    assert remaining == {kept_on_boundary.pk, relayed_kept.pk, answered_30_months.pk}
    assert expired.pk not in remaining and relayed_expired.pk not in remaining
    assert (result.responses, result.relayed_voices, result.answers) == (1, 1, 2)
    assert Answer.objects.filter(response_id__in=[expired.pk, relayed_expired.pk]).count() == 0


def test_each_partnership_uses_its_own_periods(partnership):
    short = PartnershipFactory(response_retention_months=6, relayed_voice_retention_months=6)
    answered(partnership=partnership, on=datetime.date(2025, 6, 1))
    gone = answered(partnership=short, on=datetime.date(2025, 6, 1))
    retention_apply(today=TODAY)
    assert not Response.objects.filter(pk=gone.pk).exists()
    assert Response.objects.filter(partnership=partnership).count() == 1


def test_dry_run_counts_but_deletes_nothing_and_audits_nothing(partnership):
    answered(partnership=partnership, on=datetime.date(2020, 1, 1))
    relayed(partnership=partnership, on=datetime.date(2020, 1, 1))
    [result] = retention_apply(today=TODAY, dry_run=True)
    assert (result.responses, result.relayed_voices, result.answers) == (1, 1, 2)
    assert Response.objects.count() == 2 and Answer.objects.count() == 2
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.RETENTION).exists()


def test_running_twice_is_safe_and_deletes_in_batches(partnership):
    for day in range(1, 8):
        answered(partnership=partnership, on=datetime.date(2020, 1, day))
    keep = answered(partnership=partnership, on=TODAY)
    [first] = retention_apply(today=TODAY, batch_size=3)
    [second] = retention_apply(today=TODAY, batch_size=3)
    assert first.responses == 7 and second.total == 0
    assert list(Response.objects.values_list("pk", flat=True)) == [keep.pk]


def test_one_audit_event_per_partnership_with_counts_never_content(partnership):
    other = PartnershipFactory()
    relayed(partnership=partnership, on=datetime.date(2020, 1, 1))
    retention_apply(today=TODAY)
    events = AuditEvent.objects.filter(action=AuditEvent.Action.RETENTION)
    assert {event.partnership_id for event in events} == {partnership.pk, other.pk}
    assert events.count() == 2
    mine = events.get(partnership=partnership)
    assert mine.actor is None
    assert mine.detail["relayed_voices_deleted"] == 1 and mine.detail["answers_deleted"] == 1
    assert mine.detail["relayed_voices_kept_from"] == "2024-06-15"
    assert SECRET not in str(mine.detail) and SECRET not in mine.reason


def test_command_dry_run_and_today_option(partnership, capsys):
    answered(partnership=partnership, on=datetime.date(2020, 1, 1))
    call_command("apply_retention", "--dry-run", "--today", "2026-06-15")
    assert "Would delete 1 responses" in capsys.readouterr().out
    assert Response.objects.count() == 1
    call_command("apply_retention", "--today", "2026-06-15")
    assert "Deleted 1 responses" in capsys.readouterr().out
    assert Response.objects.count() == 0


def test_command_refuses_a_bad_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--today must look like"):
        call_command("apply_retention", "--today", "15/06/2026")


def test_celery_task_applies_retention_as_of_today(partnership):
    answered(partnership=partnership, on=datetime.date(2000, 1, 1))
    assert apply_retention.apply().get() == 1
    assert Response.objects.count() == 0


def test_weekly_retention_is_scheduled(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "youthvoice.voices.tasks.apply_retention" in tasks


@pytest.mark.parametrize("months", [0, 5, 85])
def test_retention_periods_out_of_range_are_refused(partnership, months):
    from django.core.exceptions import ValidationError

    partnership.relayed_voice_retention_months = months
    with pytest.raises(ValidationError):
        partnership.full_clean()


# --- Erasure on request --------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, signed_in, partnership):
    membership = signed_in("admin", partnership)
    client.admin = membership.user
    return client


@pytest.fixture
def relayer(partnership):
    return MembershipFactory(role="practitioner", agency__partnership=partnership)


@pytest.mark.parametrize("role", ["practitioner", "analyst", "leader"])
def test_only_admins_may_find_or_erase(client, partnership, relayer, role):
    voice = relayed(partnership=partnership, on=TODAY, by=relayer.user)
    client.force_login(MembershipFactory(role=role, agency__partnership=partnership).user)
    assert client.get("/staff/voices/erasure/").status_code == 403
    assert client.post(f"/staff/voices/erasure/{voice.pk}/", {"reason": "asked"}).status_code == 403
    assert Response.objects.filter(pk=voice.pk).exists()


def test_signed_out_users_are_sent_to_sign_in(client, partnership):
    voice = relayed(partnership=partnership, on=TODAY)
    assert client.get(f"/staff/voices/erasure/{voice.pk}/").status_code == 302


def test_admin_finds_a_voice_by_reference_code_agency_relayer_and_date(admin_client, partnership, relayer):
    voice = relayed(partnership=partnership, on=TODAY, by=relayer.user)
    other = relayed(partnership=partnership, on=datetime.date(2026, 1, 2))
    page = admin_client.get("/staff/voices/erasure/", {"reference": voice.reference_code.lower()})
    assert page.status_code == 200 and voice.reference_code in page.content.decode()
    assert other.reference_code not in page.content.decode()
    by_details = admin_client.get(
        "/staff/voices/erasure/",
        {"agency": relayer.agency.pk, "relayer": relayer.user.pk, "shared_on": TODAY.isoformat()},
    ).content.decode()
    assert voice.reference_code in by_details and other.reference_code not in by_details
    by_words = admin_client.get("/staff/voices/erasure/", {"contains": "car wash"}).content.decode()
    assert voice.reference_code in by_words and other.reference_code in by_words
    # The results list identifiers, not what the young person said.
    assert SECRET not in by_words


def test_unknown_reference_says_nothing_matches_with_404(admin_client, partnership):
    page = admin_client.get("/staff/voices/erasure/", {"reference": "NOPE123"})
    assert page.status_code == 404 and "No relayed voice in your partnership matches" in page.content.decode()
    assert admin_client.get("/staff/voices/erasure/999999/").status_code == 404


def test_another_partnerships_voice_cannot_be_found_or_erased(admin_client):
    elsewhere = relayed(partnership=PartnershipFactory(), on=TODAY)
    assert admin_client.get("/staff/voices/erasure/", {"reference": str(elsewhere.pk)}).status_code == 404
    assert admin_client.post(f"/staff/voices/erasure/{elsewhere.pk}/", {"reason": "asked"}).status_code == 404
    assert Response.objects.filter(pk=elsewhere.pk).exists()


def test_anonymous_responses_are_not_erasable_here(admin_client, partnership):
    response = answered(partnership=partnership, on=TODAY)
    assert admin_client.get(f"/staff/voices/erasure/{response.pk}/").status_code == 404


def test_bad_date_in_search_is_a_clear_400(admin_client):
    page = admin_client.get("/staff/voices/erasure/", {"shared_on": "yesterday"})
    assert page.status_code == 400 and "<title>Error:" in page.content.decode()


def test_erasure_needs_a_reason(admin_client, partnership):
    voice = relayed(partnership=partnership, on=TODAY)
    page = admin_client.post(f"/staff/voices/erasure/{voice.pk}/", {"reason": "   "})
    assert page.status_code == 400
    html = page.content.decode()
    assert "Enter why you are erasing this record" in html and "<title>Error:" in html
    assert Response.objects.filter(pk=voice.pk).exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.ERASURE).exists()


def test_erasure_deletes_the_voice_and_audits_who_when_why_which_not_what(admin_client, partnership, relayer):
    voice = relayed(partnership=partnership, on=TODAY, by=relayer.user)
    page = admin_client.post(
        f"/staff/voices/erasure/{voice.pk}/", {"reason": "The young person asked through their worker."}
    )
    assert page.status_code == 302
    assert not Response.objects.filter(pk=voice.pk).exists() and Answer.objects.count() == 0
    event = AuditEvent.objects.get(action=AuditEvent.Action.ERASURE)
    assert event.actor == admin_client.admin and event.partnership == partnership
    assert event.target_type == "voices.response" and event.target_id == str(voice.pk)
    assert event.reason == "The young person asked through their worker."
    assert event.detail["reference_code"] == voice.reference_code and event.detail["answers_deleted"] == 1
    assert SECRET not in str(event.detail)
    assert event.occurred_at is not None


def test_erasing_twice_is_refused_cleanly(partnership):
    voice = relayed(partnership=partnership, on=TODAY)
    relayed_voice_erase(response=voice, actor=None, reason="asked")
    from youthvoice.voices.retention import ErasureError

    with pytest.raises(ErasureError, match="already been erased"):
        relayed_voice_erase(response=voice, actor=None, reason="asked")


# --- Public data protection summary --------------------------------------------------------------------


def test_public_page_shows_the_configured_periods_and_help(client):
    PartnershipFactory(
        name="Northshire", slug="northshire", response_retention_months=30, relayed_voice_retention_months=18
    )
    page = client.get("/how-we-look-after-what-you-tell-us/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Northshire" in html and "30 months" in html and "18 months" in html
    assert "IP" in html and "time of day" in html and "0800 1111" in html and "999" in html
    assert "kept so that you can carry on, for up to 120 minutes" in html  # SESSION_COOKIE_AGE


def test_home_page_footer_links_to_the_summary(client):
    assert "/how-we-look-after-what-you-tell-us/" in client.get("/").content.decode()


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.fixed_dictionaries(
        {},
        optional={
            name: st.text(max_size=40) for name in ("reference", "agency", "relayer", "shared_on", "contains")
        },
    )
)
def test_any_search_input_gets_a_page_never_a_server_error(admin_client, params):
    assert admin_client.get("/staff/voices/erasure/", params).status_code in {200, 400, 404}
