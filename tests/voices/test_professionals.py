"""Professionals answer the mirrored questions in the product: agency kind and role kept, never who."""

import datetime

import pytest
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.models import Audience, Consultation
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.aggregates import DashboardFilters, mirrored_scale_counts, month_end
from youthvoice.voices.models import Answer, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def mirrored():
    """A young people's scale question and its professionals' mirror, each in an open consultation."""
    young = QuestionFactory(scale=True, mirror_key="feel-safe", text="How safe do you feel in town?")
    partnership = young.partnership
    professional = QuestionFactory(
        partnership=partnership,
        scale=True,
        mirror_key="feel-safe",
        audience=Audience.PROFESSIONALS,
        text="How safe do young people feel in town?",
    )
    notes = QuestionFactory(partnership=partnership, audience=Audience.PROFESSIONALS, text="Anything else?")
    consultation = ConsultationFactory(
        partnership=partnership, audience=Audience.PROFESSIONALS, questions=[professional, notes]
    )
    return {"consultation": consultation, "young": young, "professional": professional, "notes": notes}


def answer_as(client, mirrored, role="practitioner", **data):
    membership = MembershipFactory(role=role, agency__partnership=mirrored["consultation"].partnership)
    client.force_login(membership.user)
    url = f"/staff/consultations/{mirrored['consultation'].pk}/answer/"
    page = client.get(url).content.decode()
    token = page.split('name="token" value="')[1].split('"')[0]
    return membership, client.post(url, {"token": token, **data})


def test_a_professional_answers_and_the_gap_fills(client, mirrored, monkeypatch):
    membership, response = answer_as(
        client,
        mirrored,
        **{f"q{mirrored['professional'].pk}": "4", f"q{mirrored['notes'].pk}_text": "Ask Jayden at the hub"},
    )
    assert response.status_code == 302
    stored = Response.objects.get()
    assert stored.respondent_agency_kind == membership.agency.kind
    assert stored.respondent_role == "practitioner"
    assert stored.relayed_by is None
    texts = list(Answer.objects.filter(response=stored).values_list("text", flat=True))
    assert not any("Jayden" in text for text in texts)
    # One answer is a release unit smaller than any threshold and is left out of every figure
    # (docs/security.md): with the smallest threshold allowed (3), two colleagues answering fill the gap.
    stored.partnership.disclosure_threshold = 3
    stored.partnership.save(update_fields=["disclosure_threshold"])
    items = mirrored_scale_counts(partnership=stored.partnership, filters=DashboardFilters())
    assert items[0].professionals == {}
    for _ in range(2):
        answer_as(client, mirrored, **{f"q{mirrored['professional'].pk}": "4"})
    items = mirrored_scale_counts(partnership=stored.partnership, filters=DashboardFilters())
    assert items[0].professionals == {}  # only months that have ended are published
    next_month = month_end(timezone.localdate()) + datetime.timedelta(days=1)
    monkeypatch.setattr(aggregates, "published_before", lambda: next_month)
    items = mirrored_scale_counts(partnership=stored.partnership, filters=DashboardFilters())
    assert items[0].professionals == {4: 3}


def test_nothing_stored_names_the_professional(client, mirrored):
    membership, _ = answer_as(client, mirrored, **{f"q{mirrored['professional'].pk}": "2"})
    row = Response.objects.values().get()
    assert row["relayed_by_id"] is None
    strings = [value for value in row.values() if isinstance(value, str)]
    assert not any(membership.user.username in v or membership.agency.name in v for v in strings)


def test_answering_twice_on_one_device_is_refused_kindly(client, mirrored):
    answer_as(client, mirrored, **{f"q{mirrored['professional'].pk}": "2"})
    url = f"/staff/consultations/{mirrored['consultation'].pk}/answer/"
    again = client.post(url, {"token": "another", f"q{mirrored['professional'].pk}": "5"})
    assert again.status_code == 400
    assert "already answered this consultation" in again.content.decode()
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "Answer at least one question"),
        ({"__scale": "9"}, "Choose one of the answers"),
        ({"__text": "x" * 5001}, "Type at most 5000 characters"),
    ],
)
def test_bad_answers_get_a_clear_message(client, mirrored, data, message):
    if "__scale" in data:
        data = {f"q{mirrored['professional'].pk}": data["__scale"]}
    elif "__text" in data:
        data = {f"q{mirrored['notes'].pk}_text": data["__text"]}
    _, response = answer_as(client, mirrored, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Response.objects.exists()


def test_only_open_professionals_consultations_of_the_partnership(client, mirrored):
    young_people = ConsultationFactory(partnership=mirrored["consultation"].partnership)
    client.force_login(MembershipFactory(agency__partnership=young_people.partnership).user)
    assert client.get(f"/staff/consultations/{young_people.pk}/answer/").status_code == 404
    Consultation.objects.filter(pk=mirrored["consultation"].pk).update(status=Consultation.Status.CLOSED)
    assert client.get(f"/staff/consultations/{mirrored['consultation'].pk}/answer/").status_code == 404
    client.force_login(MembershipFactory().user)  # another partnership
    assert client.get(f"/staff/consultations/{mirrored['consultation'].pk}/answer/").status_code == 404


def test_the_professionals_consultation_page_links_to_answering(client, mirrored):
    client.force_login(MembershipFactory(agency__partnership=mirrored["consultation"].partnership).user)
    page = client.get(f"/staff/consultations/{mirrored['consultation'].pk}/").content.decode()
    assert f"/staff/consultations/{mirrored['consultation'].pk}/answer/" in page


def test_the_demo_shows_a_real_perception_gap(demo):
    from youthvoice.partnership.models import Partnership

    professionals = Response.objects.filter(consultation__audience=Audience.PROFESSIONALS)
    assert professionals.count() == 80
    assert professionals.exclude(respondent_agency_kind="").count() == 80
    assert not professionals.exclude(age_band="").exists()
    partnership = Partnership.objects.get(pk=professionals.first().partnership_id)
    items = {
        item.mirror_key: item
        for item in mirrored_scale_counts(partnership=partnership, filters=DashboardFilters())
    }

    def mean(counts):
        return sum(point * n for point, n in counts.items()) / sum(counts.values())

    item = items["risk-drugs"]
    assert item.young_people and item.professionals
    assert mean(item.young_people) - mean(item.professionals) > 0.5
