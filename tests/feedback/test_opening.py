"""Opening a consultation: each principle confirmed with a note, and its words pass the language gate."""

import pytest

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from youthvoice.consultations.models import Consultation
from youthvoice.language.models import PublicationOverride
from youthvoice.mandate.models import Principle
from youthvoice.mandate.selectors import principle_confirmations_for_subject
from youthvoice.mandate.services import principles_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def builder(signed_in):
    membership = signed_in("analyst")
    principles_seed(partnership=membership.agency.partnership)
    return membership


def draft(partnership, **fields):
    return ConsultationFactory(
        partnership=partnership,
        status="draft",
        questions=[QuestionFactory(partnership=partnership)],
        **fields,
    )


def confirmations(partnership, *, skip=0):
    data = {}
    for principle in list(Principle.objects.filter(partnership=partnership))[skip:]:
        data[f"p-confirm_{principle.pk}"] = "on"
        data[f"p-note_{principle.pk}"] = f"How we meet {principle.title}."
    return data


def test_opening_records_each_principle_with_its_note(client, builder):
    partnership = builder.agency.partnership
    consultation = draft(partnership)
    page = client.get(f"/staff/consultations/{consultation.pk}/open/").content.decode()
    assert "Confirm the partnership's principles" in page and "Reading age" in page
    response = client.post(f"/staff/consultations/{consultation.pk}/open/", confirmations(partnership))
    assert response.status_code == 302
    assert Consultation.objects.get(pk=consultation.pk).status == "open"
    recorded = principle_confirmations_for_subject(subject=consultation)
    assert recorded.count() == 8 and all(c.confirmed_by == builder.user for c in recorded)


def test_a_missing_principle_keeps_the_consultation_a_draft(client, builder):
    partnership = builder.agency.partnership
    consultation = draft(partnership)
    response = client.post(
        f"/staff/consultations/{consultation.pk}/open/", confirmations(partnership, skip=1)
    )
    assert response.status_code == 400 and "<title>Error: " in response.content.decode()
    assert Consultation.objects.get(pk=consultation.pk).status == "draft"
    assert not principle_confirmations_for_subject(subject=consultation).exists()


def test_victim_blaming_words_stop_opening_until_fixed_or_overridden(client, builder):
    partnership = builder.agency.partnership
    consultation = draft(
        partnership, purpose_detail="Some young people are putting themselves at risk online."
    )
    response = client.post(f"/staff/consultations/{consultation.pk}/open/", confirmations(partnership))
    html = response.content.decode()
    assert response.status_code == 400 and "cannot be published yet" in html and "Why we are asking" in html
    assert Consultation.objects.get(pk=consultation.pk).status == "draft"
    assert not principle_confirmations_for_subject(subject=consultation).exists()  # all or nothing
    data = {
        **confirmations(partnership),
        "override_putting-self-at-risk": "Quoting the young people's panel.",
    }
    assert client.post(f"/staff/consultations/{consultation.pk}/open/", data).status_code == 302
    assert Consultation.objects.get(pk=consultation.pk).status == "open"
    override = PublicationOverride.objects.get()
    assert override.subject_id == consultation.pk and override.overridden_by == builder.user


def test_question_texts_are_checked_too(client, builder):
    partnership = builder.agency.partnership
    consultation = ConsultationFactory(
        partnership=partnership,
        status="draft",
        questions=[QuestionFactory(partnership=partnership, text="Have you seen a child prostitute?")],
    )
    response = client.post(f"/staff/consultations/{consultation.pk}/open/", confirmations(partnership))
    assert response.status_code == 400 and "Question 1" in response.content.decode()


def test_the_status_button_sends_a_draft_to_the_opening_page(client, builder):
    consultation = draft(builder.agency.partnership)
    response = client.post(f"/staff/consultations/{consultation.pk}/status/", {"to_status": "open"})
    assert response.status_code == 302 and response.url.endswith("/open/")
    assert Consultation.objects.get(pk=consultation.pk).status == "draft"


def test_an_open_consultation_is_not_opened_again(client, builder):
    consultation = ConsultationFactory(partnership=builder.agency.partnership, status="open")
    assert client.get(f"/staff/consultations/{consultation.pk}/open/").status_code == 302


def test_practitioners_cannot_open(client, signed_in):
    membership = signed_in("practitioner")
    consultation = draft(membership.agency.partnership)
    assert client.post(f"/staff/consultations/{consultation.pk}/open/", {}).status_code == 403


def test_without_principles_the_page_says_who_adds_them(client, signed_in):
    membership = signed_in("leader")
    consultation = draft(membership.agency.partnership)
    page = client.get(f"/staff/consultations/{consultation.pk}/open/").content.decode()
    assert "no principles yet" in page
    assert client.post(f"/staff/consultations/{consultation.pk}/open/", {}).status_code == 400
    assert Consultation.objects.get(pk=consultation.pk).status == "draft"
