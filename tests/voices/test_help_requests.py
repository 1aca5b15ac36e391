"""Ask for help, safely: not anonymous (said so), apart from answers, encrypted, contacts only, audited."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory
from tests.partnership.factories import MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.voices.models import HelpRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation():
    return ConsultationFactory()


@pytest.fixture
def contact(consultation):
    membership = MembershipFactory(
        role="practitioner", agency__partnership=consultation.partnership, safeguarding_contact=True
    )
    membership.user.first_name, membership.user.last_name = "Sam", "Okafor"
    membership.user.save()
    return membership


def ask(client, consultation, **data):
    return client.post(f"/c/{consultation.slug}/ask-for-help/", data)


def test_the_page_says_plainly_it_is_not_anonymous_and_who_will_see_it(client, consultation, contact):
    page = client.get(f"/c/{consultation.slug}/ask-for-help/").content.decode()
    assert "This part is not anonymous." in page
    assert f"Sam Okafor, {contact.agency.name}" in page
    assert "Exit this page" in page and 'href="tel:08001111"' in page


def test_a_request_is_stored_encrypted_and_apart_from_any_answers(client, consultation, contact):
    response = ask(
        client, consultation, call_me="Kai", how_to_reach="07700 900321 after 4pm", message="Scared"
    )
    assert response.status_code == 200 and "We have your request" in response.content.decode()
    stored = HelpRequest.objects.get()
    assert stored.how_to_reach == "07700 900321 after 4pm"
    assert stored.due_by - stored.received_at == datetime.timedelta(hours=24)
    with connection.cursor() as cursor:
        cursor.execute("SELECT how_to_reach, call_me, message FROM voices_helprequest")
        raw = " ".join(cursor.fetchone())
    assert "07700" not in raw and "Kai" not in raw and "Scared" not in raw
    fields = {field.name for field in HelpRequest._meta.get_fields()}
    assert not fields & {"response", "consultation", "reference_code", "answers"}


@pytest.mark.parametrize(
    "data, message",
    [
        ({"how_to_reach": ""}, "Tell us how to reach you"),
        ({"how_to_reach": "   "}, "Tell us how to reach you"),
        ({"how_to_reach": "x" * 301}, "300 characters"),
        ({"how_to_reach": "email me", "message": "x" * 2001}, "2000 characters"),
    ],
)
def test_an_empty_or_oversized_request_gets_a_clear_message(client, consultation, contact, data, message):
    response = ask(client, consultation, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not HelpRequest.objects.exists()


def test_without_named_contacts_nothing_is_taken_and_help_is_signposted(client, consultation):
    page = client.get(f"/c/{consultation.slug}/ask-for-help/").content.decode()
    assert 'id="no-contacts"' in page
    response = ask(client, consultation, how_to_reach="07700 900321")
    assert response.status_code == 400 and "Childline" in response.content.decode()
    assert not HelpRequest.objects.exists()


def test_only_safeguarding_contacts_see_requests_and_each_reading_is_audited(client, consultation, contact):
    ask(client, consultation, how_to_reach="07700 900321")
    stored = HelpRequest.objects.get()
    client.force_login(MembershipFactory(role="leader", agency__partnership=consultation.partnership).user)
    listing = client.get("/staff/help-requests/").content.decode()
    assert 'id="not-a-contact"' in listing and f"Request {stored.pk}" not in listing
    assert client.get(f"/staff/help-requests/{stored.pk}/").status_code == 404
    assert client.post(f"/staff/help-requests/{stored.pk}/handled/").status_code == 404
    client.force_login(contact.user)
    home = client.get("/staff/").content.decode()
    assert "1</strong> young person is waiting" in home
    assert "Request" in client.get("/staff/help-requests/").content.decode()
    detail = client.get(f"/staff/help-requests/{stored.pk}/").content.decode()
    assert "07700 900321" in detail
    event = AuditEvent.objects.filter(action="view").latest("pk")
    assert event.actor == contact.user and "request for help" in event.reason
    assert client.post(f"/staff/help-requests/{stored.pk}/handled/").status_code == 302
    stored.refresh_from_db()
    assert stored.handled_by == contact.user and stored.handled_at <= timezone.now()


def test_a_contact_of_another_partnership_sees_nothing(client, consultation, contact):
    ask(client, consultation, how_to_reach="07700 900321")
    other = MembershipFactory(safeguarding_contact=True)
    client.force_login(other.user)
    assert "No requests." in client.get("/staff/help-requests/").content.decode()
    assert client.get(f"/staff/help-requests/{HelpRequest.objects.get().pk}/").status_code == 404


def test_the_confirmation_page_offers_to_ask_for_help(client):
    from tests.consultations.factories import open_consultation_with_questions
    from tests.consultations.test_journey import walk_to_check

    consultation = open_consultation_with_questions()
    token = walk_to_check(client, consultation)
    done = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True).content.decode()
    assert f'href="/c/{consultation.slug}/ask-for-help/"' in done
    assert "That part is not anonymous" in done
