"""Every word young people read about a consultation passes the language check: the English wording when it
opens or changes after opening, easy read wording, answers, and translations as they are saved."""

import pytest
from django.urls import reverse

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.consultations.models import ConsultationTranslation, Question, QuestionTranslation
from youthvoice.consultations.services import (
    ConsultationError,
    consultation_public_texts,
    consultation_update,
)
from youthvoice.consultations.translation_services import (
    consultation_translation_save,
    question_easy_read_save,
    question_translation_save,
)
from youthvoice.language.publishing import publication_gate_pass

pytestmark = pytest.mark.django_db

BLAMING = "Some young people keep putting themselves at risk at the station."


def test_easy_read_wording_that_blames_is_refused_and_nothing_is_saved():
    question = QuestionFactory(scale=True, easy_read_text="Are you safe?")
    with pytest.raises(ConsultationError) as refused:
        question_easy_read_save(question=question, easy_read_text=BLAMING, picture_scale=True)
    message = str(refused.value)
    assert "“putting themselves at risk” in Easy read wording" in message
    assert "Write “is at risk of being exploited” or similar instead." in message
    question.refresh_from_db()
    assert (question.easy_read_text, question.picture_scale) == ("Are you safe?", False)
    question_easy_read_save(question=question, easy_read_text="Do you feel safe?", picture_scale=True)
    question.refresh_from_db()
    assert question.easy_read_text == "Do you feel safe?"


def test_a_translated_answer_that_harms_is_refused_by_name():
    question = QuestionFactory(single=True)
    with pytest.raises(ConsultationError, match="“child prostitute” in Answer “yes”"):
        question_translation_save(
            question=question, language="cy", text="Cwestiwn?", choice_labels={"yes": "child prostitute"}
        )
    assert not QuestionTranslation.objects.exists()


def test_a_consultation_translation_is_checked_unless_the_rule_was_published_with_a_reason():
    consultation = ConsultationFactory()
    wording = {"title": "Teitl", "purpose_detail": BLAMING, "promise": "Addewid"}
    with pytest.raises(ConsultationError, match="in Why we are asking"):
        consultation_translation_save(consultation=consultation, language="cy", **wording)
    assert not ConsultationTranslation.objects.exists()
    publication_gate_pass(  # as opening it with a reason for these words would
        texts={"Why we are asking": BLAMING},
        overrides={"putting-self-at-risk": "Young people's own words, quoted with their agreement."},
        subject=consultation,
        user=MembershipFactory(role="leader", agency__partnership=consultation.partnership).user,
    )
    consultation_translation_save(consultation=consultation, language="cy", **wording)
    assert ConsultationTranslation.objects.get().purpose_detail == BLAMING


def test_an_open_consultations_wording_is_checked_when_changed_and_the_change_is_audited():
    consultation = ConsultationFactory(status="open")
    before = consultation.promise
    with pytest.raises(ConsultationError, match="in Our promise"):
        consultation_update(consultation=consultation, promise=BLAMING, title="A new title")
    consultation.refresh_from_db()
    assert consultation.promise == before and consultation.title != "A new title"
    assert not AuditEvent.objects.filter(action="published").exists()

    consultation_update(consultation=consultation, promise="We will change the bus timetable.")
    [event] = AuditEvent.objects.filter(action="published")
    assert event.detail["what"] == "consultation wording" and event.detail["changed"] == ["Our promise"]


def test_a_drafts_wording_waits_for_the_check_when_it_opens():
    consultation = ConsultationFactory(status="draft")
    consultation_update(consultation=consultation, promise=BLAMING)
    consultation.refresh_from_db()
    assert consultation.promise == BLAMING
    assert not AuditEvent.objects.filter(action="published").exists()


def test_the_opening_check_reads_easy_read_wording_and_answers_too():
    question = QuestionFactory(
        kind=Question.Kind.SINGLE,
        choices=[{"value": "a", "label": "At the park"}, {"value": "b", "label": "With my boyfriend"}],
        easy_read_text="Where do you go?",
    )
    consultation = ConsultationFactory(status="draft", partnership=question.partnership, questions=[question])
    texts = consultation_public_texts(consultation=consultation)
    assert texts["Question 1 easy read"] == "Where do you go?"
    assert texts["Question 1 answers"] == "At the park\nWith my boyfriend"


def test_the_edit_page_keeps_what_was_typed_and_says_why_it_was_refused(client):
    consultation = ConsultationFactory(status="open")
    client.force_login(MembershipFactory(role="leader", agency__partnership=consultation.partnership).user)
    data = {
        "title": consultation.title,
        "purpose": consultation.purpose,
        "purpose_detail": BLAMING,
        "audience": consultation.audience,
        "channels": consultation.channels,
        "opens_on": consultation.opens_on.isoformat(),
        "closes_on": consultation.closes_on.isoformat(),
        "promise": consultation.promise,
        "feedback_due_on": consultation.feedback_due_on.isoformat(),
    }
    response = client.post(reverse("consultations:edit", args=[consultation.pk]), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Young people would read words that blame or harm them." in page
    assert "putting themselves at risk at the station." in page  # what was typed is still in the form
    consultation.refresh_from_db()
    assert consultation.purpose_detail != BLAMING


def test_the_translation_pages_refuse_harmful_wording_with_a_400_not_a_500(client):
    question = QuestionFactory(scale=True)
    consultation = ConsultationFactory(partnership=question.partnership, questions=[question])
    client.force_login(MembershipFactory(role="analyst", agency__partnership=question.partnership).user)
    easy = client.post(
        reverse("consultations:translations-question", args=["en", question.pk]), {"easy_read_text": BLAMING}
    )
    welsh = client.post(
        reverse("consultations:translations-consultation", args=["cy", consultation.pk]),
        {"title": "child prostitute", "purpose_detail": "", "promise": ""},
    )
    for response in (easy, welsh):
        assert response.status_code == 400
        assert "Young people would read words that blame or harm them." in response.content.decode()
    question.refresh_from_db()
    assert question.easy_read_text == "" and not ConsultationTranslation.objects.exists()


def test_a_theme_name_is_checked_as_the_heading_of_you_said_we_did():
    from tests.insights.factories import ThemeFactory
    from youthvoice.feedback.services import you_said_we_did_create
    from youthvoice.language.publishing import PublicationBlocked

    consultation = ConsultationFactory(status="closed")
    theme = ThemeFactory(codebook__partnership=consultation.partnership, name="Risk-taking behaviour")
    leader = MembershipFactory(role="leader", agency__partnership=consultation.partnership).user
    fields = {"you_said": "You said buses scare you.", "we_did": "We added staff.", "status": "acting"}
    with pytest.raises(PublicationBlocked) as blocked:
        you_said_we_did_create(consultation=consultation, theme=theme, user=leader, publish=True, **fields)
    # The theme is the update's heading and one of the themes it answers: both are read by young people.
    assert [place.field for rule in blocked.value.unresolved for place in rule.places] == [
        "Theme",
        "Themes it answers",
    ]
