"""Everything published to young people (or withdrawn) is in the audit log: who, what, when."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.language.factories import GlossaryTermFactory, YoungPeoplesDefinitionFactory
from tests.partnership.factories import MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.consultations.services import consultation_open, consultation_transition
from youthvoice.consultations.translation_services import (
    consultation_translation_save,
    question_easy_read_save,
    question_translation_save,
)
from youthvoice.feedback.services import you_said_we_did_create, you_said_we_did_publish
from youthvoice.language.publishing import PublicationBlocked
from youthvoice.language.services import (
    glossary_term_save,
    young_peoples_definition_add,
    young_peoples_definitions_curate,
)
from youthvoice.mandate.models import Principle
from youthvoice.mandate.services import principles_seed

pytestmark = pytest.mark.django_db

WE_DID = "We asked the bus company for more staff at night."
BLAMING = "Some young people were putting themselves at risk at the bus station."


def published_events(**filters):
    return list(AuditEvent.objects.filter(action__in=["published", "unpublished"], **filters).order_by("pk"))


def staff(role, partnership):
    return MembershipFactory(role=role, agency__partnership=partnership).user


# --- You said, we did -----------------------------------------------------------------------------------


def draft_update(consultation, leader):
    return you_said_we_did_create(
        consultation=consultation,
        user=leader,
        you_said="You said buses scare you.",
        we_did=WE_DID,
        status="acting",
    )


def test_publishing_you_said_we_did_is_audited_with_who_what_and_when():
    consultation = ConsultationFactory(status="closed")
    leader = staff("leader", consultation.partnership)
    revision = draft_update(consultation, leader)
    assert published_events() == []  # a draft is not published
    you_said_we_did_publish(update=revision.update, user=leader)
    [event] = published_events()
    assert (event.action, event.actor, event.partnership) == ("published", leader, consultation.partnership)
    assert (event.target_type, event.target_id) == ("feedback.yousaidwedidrevision", str(revision.pk))
    assert event.detail["what"] == "you said, we did"
    assert event.detail["consultation"] == consultation.title and event.detail["revision"] == 1
    assert event.occurred_at.date() == timezone.localdate()


def test_publishing_over_the_language_check_names_the_rules_and_a_refusal_records_nothing():
    consultation = ConsultationFactory(status="closed")
    leader = staff("leader", consultation.partnership)
    fields = {"you_said": BLAMING, "we_did": WE_DID, "status": "acting"}
    with pytest.raises(PublicationBlocked):
        you_said_we_did_create(consultation=consultation, user=leader, publish=True, **fields)
    assert published_events() == []
    you_said_we_did_create(
        consultation=consultation,
        user=leader,
        publish=True,
        overrides={"putting-self-at-risk": "Their own words, with their agreement."},
        **fields,
    )
    [event] = published_events()
    assert event.detail["overridden_rules"] == ["putting-self-at-risk"]


def test_the_publish_page_records_the_signed_in_leader(client):
    consultation = ConsultationFactory(status="closed")
    leader = staff("leader", consultation.partnership)
    revision = draft_update(consultation, leader)
    client.force_login(leader)
    response = client.post(reverse("feedback:publish", args=[revision.update.pk]))
    assert response.status_code == 302
    assert [event.actor for event in published_events()] == [leader]


# --- Consultations ----------------------------------------------------------------------------------------


def test_opening_a_consultation_publishes_it_and_closing_withdraws_it():
    consultation = ConsultationFactory(status="draft", questions=[QuestionFactory()])
    partnership = consultation.partnership
    leader = staff("leader", partnership)
    principles_seed(partnership=partnership)
    notes = {p.pk: "Met." for p in Principle.objects.filter(partnership=partnership)}
    consultation_open(consultation=consultation, user=leader, principle_notes=notes, language_overrides={})
    consultation_transition(consultation=consultation, to_status="closed", user=leader)
    consultation_transition(consultation=consultation, to_status="reported", user=leader)  # not a withdrawal
    opened, closed = published_events()
    assert (opened.action, opened.detail["change"], opened.actor) == ("published", "opened", leader)
    assert (closed.action, closed.detail["change"], closed.actor) == ("unpublished", "closed", leader)
    assert {opened.target_id, closed.target_id} == {str(consultation.pk)}
    assert opened.partnership == partnership and opened.detail["what"] == "consultation"


def test_a_refused_opening_records_nothing():
    consultation = ConsultationFactory(status="draft", questions=[QuestionFactory()])
    leader = staff("leader", consultation.partnership)
    with pytest.raises(Exception, match="principle"):
        consultation_open(consultation=consultation, user=leader, principle_notes={}, language_overrides={})
    assert published_events() == []


def test_wording_saved_for_an_open_consultation_is_published_and_for_a_draft_is_not():
    question = QuestionFactory(scale=True)
    live = ConsultationFactory(partnership=question.partnership, questions=[question])
    draft = ConsultationFactory(partnership=question.partnership, status="draft")
    analyst = staff("analyst", question.partnership)
    wording = {"title": "Teitl", "purpose_detail": "Pam", "promise": "Addewid"}
    consultation_translation_save(consultation=draft, language="cy", user=analyst, **wording)
    assert published_events() == []
    consultation_translation_save(consultation=live, language="cy", user=analyst, **wording)
    question_translation_save(question=question, language="cy", text="Cwestiwn?", user=analyst)
    question_easy_read_save(
        question=question, easy_read_text="Are you safe?", picture_scale=True, user=analyst
    )
    events = published_events()
    assert [event.detail["what"] for event in events] == ["consultation wording"] * 3
    assert all(
        event.actor == analyst and event.detail["open_consultations"] == [live.title] for event in events
    )


# --- Glossary ---------------------------------------------------------------------------------------------


def test_glossary_definitions_are_audited_when_published_changed_and_withdrawn():
    term = GlossaryTermFactory(published=False)
    analyst = staff("analyst", term.partnership)

    def save(**changes):
        fields = {"term": term.term, "definition": term.definition, "published": False, **changes}
        return glossary_term_save(partnership=term.partnership, existing=term, user=analyst, **fields)

    save(definition="A first draft.")  # still a draft: nothing published
    save(definition="A first draft.", published=True)
    save(definition="A first draft.", published=True)  # nothing young people read changed
    save(definition="Better words.", published=True)
    save(definition="Better words.", published=False)
    events = published_events(target_type="language.glossaryterm")
    assert [(e.action, e.detail["change"]) for e in events] == [
        ("published", "published"),
        ("published", "changed while published"),
        ("unpublished", "withdrawn"),
    ]
    assert all(e.actor == analyst and e.partnership == term.partnership for e in events)


def test_a_new_term_published_at_once_is_audited():
    partnership = GlossaryTermFactory().partnership
    analyst = staff("analyst", partnership)
    glossary_term_save(
        partnership=partnership, term="Grooming", definition="Plain words.", published=True, user=analyst
    )
    [event] = published_events()
    assert event.detail == {
        "what": "glossary definition",
        "term": "Grooming",
        "slug": "grooming",
        "change": "published",
    }


def test_young_peoples_words_shown_and_hidden_are_audited_without_the_words():
    term = GlossaryTermFactory()
    analyst = staff("analyst", term.partnership)
    hidden = YoungPeoplesDefinitionFactory(term=term)
    shown = young_peoples_definition_add(
        term=term, text="When a mate wants something.", user=analyst, shown_publicly=True
    )
    young_peoples_definition_add(term=term, text="Not shown yet.", user=analyst)
    young_peoples_definitions_curate(term=term, shown_ids={hidden.pk}, user=analyst)
    events = published_events()
    assert [(e.action, e.target_id) for e in events] == [
        ("published", str(shown.pk)),
        ("published", str(hidden.pk)),
        ("unpublished", str(shown.pk)),
    ]
    assert all(e.partnership == term.partnership and e.actor == analyst for e in events)
    assert "mate" not in str([e.detail for e in events])


# --- The audit viewer ---------------------------------------------------------------------------------------


def test_the_audit_viewer_filters_by_published_and_unpublished(client):
    term = GlossaryTermFactory(published=False)
    admin = staff("admin", term.partnership)
    fields = {"term": term.term, "definition": "Plain words.", "existing": term, "user": admin}
    glossary_term_save(partnership=term.partnership, published=True, **fields)
    glossary_term_save(partnership=term.partnership, published=False, **fields)
    client.force_login(admin)
    published = client.get(reverse("audit:log"), {"action": "published"}).content.decode()
    assert "1 entry" in published and ">Published to young people</td>" in published
    assert "Glossary definition: language.glossaryterm" in published
    assert ">Withdrew from young people</td>" not in published
    unpublished = client.get(reverse("audit:log"), {"action": "unpublished"}).content.decode()
    assert "1 entry" in unpublished and ">Withdrew from young people</td>" in unpublished
    export = client.get(reverse("audit:export"), {"action": "published"}).content.decode()
    assert export.count(",published,") == 1 and ",unpublished," not in export
