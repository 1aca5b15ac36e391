"""A practitioner relays what a young person shared: de-identified preview first, then only their own list."""

import datetime

import pytest
from django.utils import timezone

from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.services import question_bank_load
from youthvoice.voices.models import Answer, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def practitioner(signed_in):
    membership = signed_in("practitioner")
    question_bank_load(partnership=membership.agency.partnership)
    return membership


def relayed(text="Jay Smith (07700 900456) said older lads at Eastmoor Academy made him hold stuff", **extra):
    return {
        "text": text,
        "shared_on": timezone.localdate().isoformat(),
        "consent_basis": "young_person_agreed",
        **extra,
    }


def test_preview_shows_the_deidentified_text_and_saves_nothing(client, practitioner):
    page = client.post("/staff/voices/relayed/new/", relayed(action="preview"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "This is what will be saved" in html and "[PHONE]" in html and "[SCHOOL]" in html
    assert Response.objects.count() == 0


def test_saving_stores_only_the_deidentified_text_with_consent_and_relayer(client, practitioner):
    assert client.post("/staff/voices/relayed/new/", relayed(action="save")).status_code == 302
    response = Response.objects.get()
    assert response.channel == "relayed" and response.consent_basis == "young_person_agreed"
    assert response.relayed_by == practitioner.user
    text = Answer.objects.get().text
    assert "07700" not in text and "Eastmoor Academy" not in text and "[PHONE]" in text


def test_practitioner_lists_and_corrects_only_their_own(client, practitioner):
    client.post("/staff/voices/relayed/new/", relayed(action="save"))
    mine = Response.objects.get()
    listing = client.get("/staff/voices/relayed/").content.decode()
    assert "[PHONE]" in listing
    corrected = client.post(
        f"/staff/voices/relayed/{mine.pk}/",
        {
            "text": "He said the lads at the park made him hold stuff",
            "shared_on": timezone.localdate().isoformat(),
            "consent_basis": "information_sharing",
            "action": "save",
        },
    )
    assert corrected.status_code == 302
    mine.refresh_from_db()
    assert mine.consent_basis == "information_sharing"
    assert Answer.objects.get().text.startswith("He said the lads")
    other = MembershipFactory(role="practitioner", agency=practitioner.agency)
    client.force_login(other.user)
    assert client.get(f"/staff/voices/relayed/{mine.pk}/").status_code == 404
    assert "[PHONE]" not in client.get("/staff/voices/relayed/").content.decode()


def test_future_date_and_missing_consent_are_refused(client, practitioner):
    future = (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
    page = client.post(
        "/staff/voices/relayed/new/", relayed(shared_on=future, consent_basis="", action="save")
    )
    assert page.status_code == 400
    html = page.content.decode()
    assert "today or in the past" in html and "Choose the basis" in html
    assert Response.objects.count() == 0


def test_oversized_relayed_text_is_refused(client, practitioner):
    page = client.post("/staff/voices/relayed/new/", relayed(text="y" * 5001, action="save"))
    assert page.status_code == 400 and "5000 characters or fewer" in page.content.decode()


def test_analysts_cannot_relay_voices(client):
    client.force_login(MembershipFactory(role="analyst").user)
    assert client.get("/staff/voices/relayed/new/").status_code == 403


def test_a_voice_relayed_for_a_consultation_gets_a_code_the_young_person_can_use(client, practitioner):
    from tests.consultations.factories import ConsultationFactory

    consultation = ConsultationFactory(partnership=practitioner.agency.partnership)
    saved = client.post(
        "/staff/voices/relayed/new/", relayed(action="save", consultation=consultation.pk), follow=True
    )
    code = Response.objects.get().reference_code
    page = saved.content.decode()
    assert f"Give the young person this reference code: {code}" in page
    assert f'<span class="yv-reference-code">{code}</span>' in page
    client.logout()
    looked_up = client.post("/see-what-changed/", {"code": code}).content.decode()
    assert consultation.title in looked_up and "Jay" not in looked_up


def test_a_voice_relayed_for_no_consultation_offers_no_code(client, practitioner):
    page = client.post("/staff/voices/relayed/new/", relayed(action="save"), follow=True).content.decode()
    assert "Give the young person this reference code" not in page
    assert "None: not for a consultation" in page
