"""Timeliness: promised feedback dates against publication, the leaders' overview and the weekly digest."""

import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory
from tests.feedback.factories import RevisionFactory
from tests.mandate.factories import ActionFactory
from tests.partnership.factories import MembershipFactory, PartnershipFactory
from youthvoice.feedback.selectors import consultations_timeliness, digest_for

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def closed_consultation(partnership, *, due, title="Late one"):
    return ConsultationFactory(
        partnership=partnership,
        status="closed",
        title=title,
        opens_on=due - 30 * DAY,
        closes_on=due - 10 * DAY,
        feedback_due_on=due,
    )


def published(consultation, *, on):
    revision = RevisionFactory(update__consultation=consultation, published_on=on)
    revision.update.first_published_on = on
    revision.update.save()
    return revision


def test_overdue_means_the_promised_date_passed_and_nothing_is_published():
    today = timezone.localdate()
    partnership = PartnershipFactory()
    closed_consultation(partnership, due=today - 3 * DAY, title="Overdue")
    on_time = closed_consultation(partnership, due=today - 5 * DAY, title="On time")
    published(on_time, on=today - 6 * DAY)
    late = closed_consultation(partnership, due=today - 9 * DAY, title="Late")
    published(late, on=today - 2 * DAY)
    closed_consultation(partnership, due=today, title="Due today")
    draft_only = closed_consultation(partnership, due=today - 4 * DAY, title="Draft only")
    RevisionFactory(update__consultation=draft_only)  # a draft is not feedback
    ConsultationFactory(partnership=partnership, status="draft", title="Never opened")
    rows = {
        row.consultation.title: row for row in consultations_timeliness(partnership=partnership, today=today)
    }
    assert rows["Overdue"].overdue and rows["Overdue"].summary == "Overdue by 3 days: nothing published"
    assert not rows["On time"].overdue and rows["On time"].summary == "Published on time"
    assert not rows["Late"].overdue and rows["Late"].summary == "Published 7 days late"
    assert not rows["Due today"].overdue
    assert rows["Draft only"].overdue
    assert "Never opened" not in rows


def test_digest_lists_overdue_feedback_and_actions_only():
    today = timezone.localdate()
    partnership = PartnershipFactory()
    closed_consultation(partnership, due=today - 3 * DAY, title="Overdue")
    ActionFactory(partnership=partnership, title="Overdue action", due_on=today - DAY)
    ActionFactory(partnership=partnership, title="Done action", due_on=today - DAY, status="done")
    ActionFactory(partnership=partnership, title="Future action")
    digest = digest_for(partnership=partnership, today=today)
    assert [row.consultation.title for row in digest.overdue_consultations] == ["Overdue"]
    assert [action.title for action in digest.overdue_actions] == ["Overdue action"]


def test_leaders_page_names_overdue_consultations_and_actions_in_words(client):
    today = timezone.localdate()
    leader = MembershipFactory(role="leader")
    partnership = leader.agency.partnership
    closed_consultation(partnership, due=today - 3 * DAY, title="Getting help")
    ActionFactory(partnership=partnership, title="Train school staff", due_on=today - DAY)
    client.force_login(leader.user)
    html = client.get("/staff/leaders/").content.decode()
    assert "Getting help" in html and "Overdue by 3 days: nothing published" in html
    assert "Train school staff" in html and "1 action passed its due date" in html
    home = client.get("/staff/").content.decode()
    assert 'href="/staff/leaders/"' in home


@pytest.mark.parametrize("role", ["practitioner", "analyst"])
def test_leaders_page_is_for_leaders_and_admins(client, role):
    client.force_login(MembershipFactory(role=role).user)
    assert client.get("/staff/leaders/").status_code == 403
    assert 'href="/staff/leaders/"' not in client.get("/staff/").content.decode()


def test_weekly_digest_emails_each_leader_their_partnerships_overdue_items(settings):
    today = timezone.localdate()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    first = MembershipFactory(role="leader", user__email="lead1@example.org")
    partnership = first.agency.partnership
    MembershipFactory(role="leader", agency=first.agency, user__email="lead2@example.org")
    MembershipFactory(role="practitioner", agency=first.agency, user__email="worker@example.org")
    closed_consultation(partnership, due=today - 3 * DAY, title="Getting help")
    ActionFactory(partnership=partnership, title="Train school staff", due_on=today - DAY)
    quiet = MembershipFactory(role="leader", user__email="quiet@example.org")  # nothing overdue there
    assert quiet.agency.partnership != partnership
    call_command("digest")
    assert sorted(message.to[0] for message in mail.outbox) == ["lead1@example.org", "lead2@example.org"]
    message = mail.outbox[0]
    assert all(len(m.to) == 1 for m in mail.outbox)
    assert "1 overdue feedback, 1 overdue actions" in message.subject
    assert "Getting help: we promised feedback by" in message.body
    assert "Overdue by 3 days: nothing published" in message.body
    assert "Train school staff" in message.body


def test_digest_command_refuses_bad_arguments_clearly():
    with pytest.raises(CommandError, match="No partnership"):
        call_command("digest", partnership="nope")
    with pytest.raises(CommandError, match="--date must look like"):
        call_command("digest", date="next tuesday")


def test_youthvoice_digest_runs_from_the_console_command(capsys, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from youthvoice.cli import main

    assert main(["youthvoice", "digest"]) == 0
    assert "Sent 0 digest emails" in capsys.readouterr().out


def test_celery_beat_runs_the_digest_weekly(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from youthvoice.feedback.tasks import digest

    schedule = settings.CELERY_BEAT_SCHEDULE["feedback-weekly-digest"]
    assert schedule["task"] == digest.name == "youthvoice.feedback.tasks.digest"
    leader = MembershipFactory(role="leader", user__email="lead@example.org")
    closed_consultation(leader.agency.partnership, due=timezone.localdate() - DAY)
    assert digest.delay().get() == 1 and mail.outbox[0].to == ["lead@example.org"]
