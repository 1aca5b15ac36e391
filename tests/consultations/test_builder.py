"""The question bank file, the consultation builder and its status rules."""

import datetime

import pytest
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import MembershipFactory, PartnershipFactory
from youthvoice.consultations.models import Consultation, Question
from youthvoice.consultations.question_bank import QuestionBankError, load_bank, parse_bank
from youthvoice.consultations.services import (
    ConsultationError,
    consultation_open,
    consultation_transition,
    question_bank_load,
)
from youthvoice.mandate.models import Principle
from youthvoice.mandate.services import principles_seed

pytestmark = pytest.mark.django_db


def test_packaged_bank_has_at_least_30_young_peoples_questions_of_every_kind():
    bank = load_bank()
    young = [q for q in bank if q.audience == "young_people"]
    assert len(young) >= 30
    assert {q.kind for q in young} == set(Question.Kind.values)
    assert any(q.kind == "definition" and "exploitation mean to you" in q.text for q in bank)
    assert any(q.sensitive for q in bank)
    topics = {t for q in bank for t in q.topics}
    assert {"services", "language", "harm", "places", "trusted_adults", "what_would_help"} <= topics


def test_every_mirrored_item_has_a_young_peoples_and_a_professionals_version():
    bank = load_bank()
    mirrors: dict[str, set[str]] = {}
    for q in bank:
        if q.mirror_key:
            mirrors.setdefault(q.mirror_key, set()).add(q.audience)
    assert len(mirrors) >= 3
    # Parents and carers or community members may answer the same item too (issue 17).
    assert all({"young_people", "professionals"} <= audiences for audiences in mirrors.values())


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({"key": "Bad Key", "text": "x", "kind": "free_text", "topics": ["harm"]}, "key must be"),
        ({"key": "a", "text": "x", "kind": "essay", "topics": ["harm"]}, "kind must be"),
        (
            {"key": "a", "text": "x", "kind": "single", "topics": ["harm"], "choices": [{"value": "y"}]},
            "two choices",
        ),
        ({"key": "a", "text": "x", "kind": "free_text", "topics": ["weather"]}, "topics must be"),
        (
            {"key": "a", "text": "x", "kind": "free_text", "topics": ["harm"], "colour": "red"},
            "unknown fields",
        ),
        (
            {
                "key": "a",
                "text": "x",
                "kind": "scale",
                "topics": ["harm"],
                "mirror_key": "m",
                "choices": [{"value": "1", "label": "Low"}, {"value": "2", "label": "High"}],
            },
            "has no professionals version",
        ),
    ],
)
def test_a_bad_bank_file_is_refused_with_the_problem_named(item, problem):
    with pytest.raises(QuestionBankError, match=problem):
        parse_bank({"questions": [item]})


def test_duplicate_keys_are_refused():
    item = {"key": "same", "text": "x", "kind": "free_text", "topics": ["harm"]}
    with pytest.raises(QuestionBankError, match="used twice"):
        parse_bank({"questions": [item, dict(item)]})


def test_loading_the_bank_twice_creates_nothing_new():
    partnership = PartnershipFactory()
    created, _ = question_bank_load(partnership=partnership)
    assert created == len(load_bank()) == Question.objects.count()
    assert question_bank_load(partnership=partnership) == (0, 0)
    assert Question.objects.count() == created


@pytest.mark.parametrize(
    ("start", "to", "allowed"),
    [
        ("draft", "open", True),
        ("open", "closed", True),
        ("closed", "reported", True),
        ("draft", "closed", False),
        ("open", "reported", False),
        ("closed", "open", False),
        ("reported", "draft", False),
    ],
)
def test_status_moves_only_along_draft_open_closed_reported(start, to, allowed):
    consultation = ConsultationFactory(status=start, questions=[QuestionFactory()])
    if allowed and to == "open":
        # Opening confirms the principles (tests/feedback/test_opening.py has the rest).
        principles_seed(partnership=consultation.partnership)
        notes = {p.pk: "Met." for p in Principle.objects.filter(partnership=consultation.partnership)}
        user = MembershipFactory(agency__partnership=consultation.partnership, role="leader").user
        consultation_open(consultation=consultation, user=user, principle_notes=notes, language_overrides={})
        assert Consultation.objects.get(pk=consultation.pk).status == to
    elif allowed:
        consultation_transition(consultation=consultation, to_status=to)
        assert Consultation.objects.get(pk=consultation.pk).status == to
    else:
        with pytest.raises(ConsultationError):
            consultation_transition(consultation=consultation, to_status=to)
        assert Consultation.objects.get(pk=consultation.pk).status == start


def test_a_consultation_without_questions_cannot_open():
    consultation = ConsultationFactory(status="draft")
    with pytest.raises(ConsultationError, match="at least one question"):
        consultation_transition(consultation=consultation, to_status="open")


def test_a_consultation_opens_only_with_the_principles_confirmed():
    consultation = ConsultationFactory(status="draft", questions=[QuestionFactory()])
    with pytest.raises(ConsultationError, match="confirm the principles"):
        consultation_transition(consultation=consultation, to_status="open")
    assert Consultation.objects.get(pk=consultation.pk).status == "draft"


def form_data(questions=(), **overrides):
    today = timezone.localdate()
    data = {
        "title": "Feeling safe on the buses",
        "purpose": "language_and_harm",
        "purpose_detail": "We want to know how safe buses feel.",
        "audience": "young_people",
        "channels": ["online", "school"],
        "opens_on": today.isoformat(),
        "closes_on": (today + datetime.timedelta(days=20)).isoformat(),
        "promise": "We will share your answers with the bus company and the police.",
        "feedback_due_on": (today + datetime.timedelta(days=60)).isoformat(),
        "questions": [q.pk for q in questions],
    }
    data.update(overrides)
    return data


def test_analyst_builds_a_consultation_with_questions_from_the_bank_in_order(signed_in, client):
    partnership = signed_in("analyst").agency.partnership
    question_bank_load(partnership=partnership)
    picked = list(Question.objects.filter(partnership=partnership, audience="young_people")[:3])
    response = client.post("/staff/consultations/new/", form_data(reversed(picked)))
    assert response.status_code == 302
    consultation = Consultation.objects.get()
    assert consultation.status == "draft" and consultation.partnership == partnership
    assert [item.question for item in consultation.items.order_by("order")] == picked
    opening = client.post(f"/staff/consultations/{consultation.pk}/status/", {"to_status": "open"})
    assert opening.url == f"/staff/consultations/{consultation.pk}/open/"
    principles_seed(partnership=partnership)
    notes = {
        f"p-{name}_{p.pk}": "on" if name == "confirm" else "We thought about it."
        for p in Principle.objects.filter(partnership=partnership)
        for name in ("confirm", "note")
    }
    response = client.post(opening.url, notes)
    assert response.status_code == 302
    assert Consultation.objects.get().status == "open"


def test_feedback_date_before_closing_date_is_refused_with_a_clear_message(signed_in, client):
    signed_in("leader")
    response = client.post(
        "/staff/consultations/new/",
        form_data(feedback_due_on=(timezone.localdate() + datetime.timedelta(days=5)).isoformat()),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "The feedback date must be on or after the closing date" in html
    assert "<title>Error: " in html
    assert Consultation.objects.count() == 0


def test_feedback_date_in_the_past_is_refused_when_creating(signed_in, client):
    signed_in("admin")
    today = timezone.localdate()
    past = (today - datetime.timedelta(days=1)).isoformat()
    response = client.post(
        "/staff/consultations/new/",
        form_data(
            opens_on=(today - datetime.timedelta(days=9)).isoformat(), closes_on=past, feedback_due_on=past
        ),
    )
    assert response.status_code == 400
    assert "cannot be in the past" in response.content.decode()


def test_questions_from_another_partnership_cannot_be_picked(signed_in, client):
    signed_in("analyst")
    foreign = QuestionFactory()
    response = client.post("/staff/consultations/new/", form_data([foreign]))
    assert response.status_code == 400
    assert Consultation.objects.count() == 0


def test_practitioner_sees_the_list_but_cannot_build(signed_in, client):
    partnership = signed_in("practitioner").agency.partnership
    ConsultationFactory(partnership=partnership, title="Visible to practitioners")
    assert "Visible to practitioners" in client.get("/staff/consultations/").content.decode()
    assert client.get("/staff/consultations/new/").status_code == 403
    consultation = Consultation.objects.get()
    assert (
        client.post(f"/staff/consultations/{consultation.pk}/status/", {"to_status": "closed"}).status_code
        == 403
    )


def test_consultations_of_another_partnership_are_not_found(signed_in, client):
    signed_in("leader")
    other = ConsultationFactory()
    assert client.get(f"/staff/consultations/{other.pk}/").status_code == 404


def test_refused_transition_is_explained_with_409(signed_in, client):
    partnership = signed_in("leader").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="draft")
    response = client.post(f"/staff/consultations/{consultation.pk}/status/", {"to_status": "reported"})
    assert response.status_code == 409
    assert "cannot be made reported back" in response.content.decode()
    bogus = client.post(f"/staff/consultations/{consultation.pk}/status/", {"to_status": "exploded"})
    assert bogus.status_code == 302


def test_new_question_added_to_bank_and_draft(signed_in, client):
    partnership = signed_in("analyst").agency.partnership
    consultation = ConsultationFactory(partnership=partnership, status="draft")
    response = client.post(
        f"/staff/consultations/{consultation.pk}/questions/new/",
        {"text": "Which bus routes feel unsafe?", "kind": "multiple", "choices": "Route 1\nRoute 2\nRoute 9"},
    )
    assert response.status_code == 302
    question = Question.objects.get(text="Which bus routes feel unsafe?")
    assert [c["label"] for c in question.choices] == ["Route 1", "Route 2", "Route 9"]
    assert list(consultation.items.values_list("question", flat=True)) == [question.pk]
    bad = client.post(
        f"/staff/consultations/{consultation.pk}/questions/new/",
        {"text": "Pick", "kind": "single", "choices": "One"},
    )
    assert bad.status_code == 400 and "at least two choices" in bad.content.decode()
