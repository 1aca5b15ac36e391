"""A facilitated session: words that sound like immediate danger alert the youth worker in the room, and
the young person sees help at once. The worker never sees what was written, or which answers."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests.voices.test_inclusion_sessions import answer_and_send, device_session, start_session
from youthvoice.audit.models import AuditEvent
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.voices.facilitation import SessionError, session_alert_checked
from youthvoice.voices.models import SessionAlert

pytestmark = pytest.mark.django_db

DANGER = "they said they will hurt me if i go home tonight"


@pytest.fixture(autouse=True)
def compiled_and_fresh():
    translations_compile()
    cache.clear()


@pytest.fixture
def practitioner(signed_in):
    return signed_in("practitioner", user__email="worker@example.org")


def worker_client(practitioner) -> Client:
    own_phone = Client()
    own_phone.force_login(practitioner.user)
    return own_phone


def test_danger_words_alert_the_worker_without_what_was_written(
    client, practitioner, django_capture_on_commit_callbacks
):
    consultation, _ = start_session(client, practitioner)
    with django_capture_on_commit_callbacks(execute=True):
        done = answer_and_send(client, consultation, DANGER)
    assert 'id="worker-told"' in done and "0800 1111" in done
    alert = SessionAlert.objects.get()
    assert alert.facilitated == device_session(client)
    assert alert.raised_at.second == 0 and alert.raised_at.microsecond == 0  # to the minute only
    # The email and the worker's pages say someone may need help, never the words.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["worker@example.org"]
    assert "may need help now" in mail.outbox[0].subject and "hurt me" not in mail.outbox[0].body
    own_phone = worker_client(practitioner)
    sessions_page = own_phone.get("/staff/sessions/").content.decode()
    assert 'id="session-alerts"' in sessions_page and "hurt me" not in sessions_page
    assert 'http-equiv="refresh"' in sessions_page  # a running session's page looks again by itself
    assert 'id="session-alerts-notice"' in own_phone.get("/staff/").content.decode()


def test_ordinary_answers_raise_no_alert(client, practitioner):
    consultation, _ = start_session(client, practitioner)
    done = answer_and_send(client, consultation, "the park feels fine in the day but the lights are broken")
    assert not SessionAlert.objects.exists() and 'id="worker-told"' not in done


def test_answering_alone_online_raises_no_alert(client):
    from tests.consultations.factories import open_consultation_with_questions

    consultation = open_consultation_with_questions()
    done = answer_and_send(client, consultation, DANGER)
    assert not SessionAlert.objects.exists()
    assert "Nobody is reading your answers right now" in done and 'id="worker-told"' not in done


def test_young_people_are_told_before_they_start(client, practitioner):
    consultation, _ = start_session(client, practitioner)
    page = client.get(f"/c/{consultation.slug}/").content.decode()
    assert "the youth worker here is told that someone may need help, but not what you wrote" in page


def test_the_worker_marks_it_checked_and_that_is_audited(client, practitioner):
    consultation, _ = start_session(client, practitioner)
    answer_and_send(client, consultation, DANGER)
    alert = SessionAlert.objects.get()
    own_phone = worker_client(practitioner)
    response = own_phone.post(f"/staff/sessions/alerts/{alert.pk}/checked/")
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.checked_by == practitioner.user and alert.checked_at is not None
    assert AuditEvent.objects.filter(target_type__icontains="sessionalert", actor=practitioner.user).exists()
    assert 'id="session-alerts"' not in own_phone.get("/staff/sessions/").content.decode()


def test_only_the_sessions_own_worker_can_answer_an_alert(client, practitioner):
    from tests.partnership.factories import MembershipFactory

    consultation, _ = start_session(client, practitioner)
    answer_and_send(client, consultation, DANGER)
    alert = SessionAlert.objects.get()
    colleague = MembershipFactory(role="practitioner", agency=practitioner.agency)
    other = Client()
    other.force_login(colleague.user)
    assert other.post(f"/staff/sessions/alerts/{alert.pk}/checked/").status_code == 404
    assert 'id="session-alerts"' not in other.get("/staff/sessions/").content.decode()
    with pytest.raises(SessionError):
        session_alert_checked(alert=alert, user=colleague.user)
    alert.refresh_from_db()
    assert alert.checked_at is None
