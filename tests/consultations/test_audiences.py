"""Consultations for parents and carers and for community members (issue 17): the bank, the builder and the
online journey with adult wording, adult help, an adult "about you" and the same de-identification."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import LocalityFactory, MembershipFactory
from youthvoice.consultations.models import ADULT_AUDIENCES, Audience, Consultation, Question
from youthvoice.consultations.question_bank import QuestionBankError, load_bank, parse_bank
from youthvoice.consultations.services import ConsultationError, consultation_update
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import ResponseError, demographics_clean

pytestmark = pytest.mark.django_db
SCALE = [{"value": "1", "label": "Low"}, {"value": "2", "label": "High"}]


# The bank


def test_the_audiences_include_parents_and_carers_and_community_members():
    assert Audience.PARENTS_CARERS == "parents_carers"
    assert Audience.COMMUNITY == "community"
    assert Audience.PARENTS_CARERS.label == "Parents and carers"
    assert set(ADULT_AUDIENCES) == {Audience.PARENTS_CARERS, Audience.COMMUNITY}


@pytest.mark.parametrize("audience", ["parents_carers", "community"])
def test_the_bank_has_10_to_15_questions_for_each_adult_audience(audience):
    questions = [q for q in load_bank() if q.audience == audience]
    assert 10 <= len(questions) <= 15
    assert any(q.sensitive for q in questions)  # the same content notes where questions are sensitive
    assert any(q.kind == Question.Kind.FREE_TEXT for q in questions)
    for question in questions:
        # Adult wording: spoken to adults, never asking a child's age or name.
        assert "how old" not in question.text.lower()
        assert "your name" not in question.text.lower()


def test_parents_and_community_members_mirror_young_peoples_risk_items():
    mirrors = {(q.mirror_key, q.audience) for q in load_bank() if q.mirror_key}
    assert ("risk-drugs", "parents_carers") in mirrors
    assert ("risk-safe-area", "community") in mirrors


def test_parents_questions_about_signs_and_harm_have_a_content_note():
    bank = {q.key: q for q in load_bank()}
    assert bank["parents-signs-noticed"].sensitive
    assert bank["community-what-seen"].sensitive
    assert "NSPCC" in dict(bank["parents-where-help"].choices)["helpline"]


@pytest.mark.parametrize(
    ("items", "problem"),
    [
        (
            [{"key": "a", "text": "x", "kind": "free_text", "topics": ["harm"], "audience": "grandparents"}],
            "audience must be one of",
        ),
        (
            [
                {
                    "key": "a",
                    "text": "x",
                    "kind": "scale",
                    "topics": ["harm"],
                    "audience": "parents_carers",
                    "mirror_key": "m",
                    "choices": SCALE,
                }
            ],
            "has no young_people version",
        ),
        (
            [
                {"key": k, "text": "x", "kind": "scale", "topics": ["harm"], "audience": a, "mirror_key": "m"}
                | {"choices": SCALE}
                for k, a in [("a", "parents_carers"), ("b", "parents_carers"), ("c", "young_people")]
            ],
            "used twice for parents_carers",
        ),
    ],
)
def test_a_bad_adult_question_in_the_bank_is_refused(items, problem):
    with pytest.raises(QuestionBankError, match=problem):
        parse_bank({"questions": items})


def test_a_young_peoples_item_mirrored_only_for_parents_is_valid():
    items = [
        {"key": k, "text": "x", "kind": "scale", "topics": ["harm"], "audience": a, "mirror_key": "m"}
        | {"choices": SCALE}
        for k, a in [("a", "parents_carers"), ("b", "young_people")]
    ]
    assert [q.audience for q in parse_bank({"questions": items})] == ["parents_carers", "young_people"]


# The builder


def _builder_post(consultation_audience, question, **extra):
    today = timezone.localdate()
    return {
        "title": "Keeping children safe",
        "purpose": "services",
        "purpose_detail": "We want to hear from parents.",
        "audience": consultation_audience,
        "channels": ["online"],
        "opens_on": today.isoformat(),
        "closes_on": (today + datetime.timedelta(days=20)).isoformat(),
        "promise": "We will read every answer.",
        "feedback_due_on": (today + datetime.timedelta(days=60)).isoformat(),
        "questions": [question.pk],
        **extra,
    }


def test_staff_build_a_parents_consultation_from_the_parents_bank(client):
    analyst = MembershipFactory(role="analyst")
    partnership = analyst.agency.partnership
    question = QuestionFactory(
        partnership=partnership, audience=Audience.PARENTS_CARERS, text="What worries you?"
    )
    client.force_login(analyst.user)
    form = client.get("/staff/consultations/new/").content.decode()
    assert 'value="parents_carers"' in form and 'value="community"' in form
    assert "What worries you? (for parents and carers)" in form
    response = client.post("/staff/consultations/new/", _builder_post("parents_carers", question))
    assert response.status_code == 302
    consultation = Consultation.objects.get(title="Keeping children safe")
    assert consultation.audience == Audience.PARENTS_CARERS
    detail = client.get(response["Location"]).content.decode()
    assert f"/c/{consultation.slug}/" in detail and "Address to answer online" in detail


def test_a_parents_question_cannot_go_in_a_young_peoples_consultation(client):
    analyst = MembershipFactory(role="analyst")
    question = QuestionFactory(partnership=analyst.agency.partnership, audience=Audience.PARENTS_CARERS)
    client.force_login(analyst.user)
    response = client.post("/staff/consultations/new/", _builder_post("young_people", question))
    assert response.status_code == 400
    assert "is for parents and carers" in response.content.decode()


def test_an_unknown_audience_is_refused(client):
    analyst = MembershipFactory(role="analyst")
    question = QuestionFactory(partnership=analyst.agency.partnership)
    client.force_login(analyst.user)
    response = client.post("/staff/consultations/new/", _builder_post("grandparents", question))
    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()


def test_practitioners_cannot_build_consultations(client):
    client.force_login(MembershipFactory(role="practitioner").user)
    assert client.get("/staff/consultations/new/").status_code == 403


def test_the_audience_cannot_change_once_open():
    consultation = ConsultationFactory(audience=Audience.YOUNG_PEOPLE)
    with pytest.raises(ConsultationError, match="audience cannot change"):
        consultation_update(consultation=consultation, audience=Audience.PARENTS_CARERS)
    consultation.refresh_from_db()
    assert consultation.audience == Audience.YOUNG_PEOPLE


# The journey


def adults_consultation(audience=Audience.PARENTS_CARERS, **kwargs):
    partnership = kwargs.pop("partnership", None) or LocalityFactory().partnership
    questions = [
        QuestionFactory(partnership=partnership, audience=audience, text="What worries you most?"),
        QuestionFactory(
            partnership=partnership,
            audience=audience,
            single=True,
            sensitive=True,
            text="Has a child told you?",
        ),
    ]
    return ConsultationFactory(partnership=partnership, audience=audience, questions=questions, **kwargs)


def qid(consultation, position):
    return consultation.items.get(order=position).question_id


def walk(client, consultation, *, text, about):
    slug = consultation.slug
    client.post(f"/c/{slug}/")
    client.post(f"/c/{slug}/q/1/", {"question": qid(consultation, 1), "text": text, "action": "continue"})
    client.post(f"/c/{slug}/q/2/before/", {"action": "continue"})
    client.post(f"/c/{slug}/q/2/", {"question": qid(consultation, 2), "answer": "yes", "action": "continue"})
    return client.post(f"/c/{slug}/about-you/", about)


def send(client, consultation):
    page = client.get(f"/c/{consultation.slug}/check/").content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    return client.post(f"/c/{consultation.slug}/check/", {"token": token})


@pytest.mark.parametrize("audience", ["parents_carers", "community"])
def test_adults_see_the_quick_exit_and_help_for_adults_on_every_page(client, audience):
    consultation = adults_consultation(audience)
    page = client.get(f"/c/{consultation.slug}/").content.decode()
    assert "govuk-exit-this-page" in page and "Exit this page" in page
    assert 'id="adult-help"' in page
    for line in ("0808 800 5000", "PACE", "Crimestoppers", "999", 'href="tel:08088005000"'):
        assert line in page
    assert "Childline" not in page and "0800 1111" not in page  # young people's help is for young people
    client.post(f"/c/{consultation.slug}/")
    note = client.get(f"/c/{consultation.slug}/q/2/before/").content.decode()
    assert "children being hurt" in note and "NSPCC" in note and "Childline" not in note


def test_young_people_still_see_their_own_help(client):
    consultation = adults_consultation(Audience.YOUNG_PEOPLE)
    page = client.get(f"/c/{consultation.slug}/").content.decode()
    assert "Childline" in page and 'id="adult-help"' not in page


def test_a_parents_answers_are_anonymous_de_identified_and_about_them_not_their_child(client):
    consultation = adults_consultation()
    north = LocalityFactory(partnership=consultation.partnership, name="Northgate")
    about = client.get(f"/c/{consultation.slug}/about-you/")
    client.post(f"/c/{consultation.slug}/")
    about = client.get(f"/c/{consultation.slug}/about-you/").content.decode()
    assert "How are you related to the children you are thinking of?" in about
    assert "How old are you?" not in about and "age_band" not in about and "ethnic" not in about
    assert "We do not ask about any child" in about
    walk(
        client,
        consultation,
        text="My son Jayden Smith gets texts from 07700 900123 late at night",
        about={"relationship": "parent", "locality": str(north.pk)},
    )
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    assert "Jayden" not in check and "07700 900123" not in check
    assert "Parent or step-parent" in check and "Northgate" in check
    done = send(client, consultation)
    assert done.status_code == 302
    response = Response.objects.get(consultation=consultation)
    assert response.respondent_relationship == "parent"
    assert response.locality == north
    assert (response.age_band, response.gender, response.relayed_by) == ("", "", None)
    written = Answer.objects.get(response=response, question_id=qid(consultation, 1)).text
    assert "Jayden" not in written and "07700" not in written and "[" in written
    confirmation = client.get(f"/c/{consultation.slug}/sent/").content.decode()
    assert "because of what people said" in confirmation
    assert "ask-for-help-link" not in confirmation  # young people's contact request is theirs
    assert "adult-help-after" in confirmation


def test_a_parent_in_danger_is_shown_adult_help_first(client):
    consultation = adults_consultation()
    walk(client, consultation, text="My daughter is in danger, they won't let me leave", about={})
    send(client, consultation)
    done = client.get(f"/c/{consultation.slug}/sent/").content.decode()
    assert 'id="urgent-adult"' in done and "0808 800 5000" in done and "Childline" not in done


def test_a_community_member_is_asked_how_they_are_connected(client):
    consultation = adults_consultation(Audience.COMMUNITY)
    client.post(f"/c/{consultation.slug}/")
    about = client.get(f"/c/{consultation.slug}/about-you/").content.decode()
    assert "How are you connected to this area?" in about and "I work in the area" in about
    walk(
        client, consultation, text="Kids hanging round the takeaway", about={"relationship": "works_locally"}
    )
    send(client, consultation)
    assert Response.objects.get(consultation=consultation).respondent_relationship == "works_locally"


@pytest.mark.parametrize(
    "about",
    [
        {"relationship": "resident"},  # a community choice, not a parent's
        {"relationship": "grandchild"},
        {"locality": "99999"},
    ],
)
def test_bad_about_you_answers_are_refused_and_the_answers_kept(client, about):
    consultation = adults_consultation()
    page = walk(client, consultation, text="Worried about the park", about=about)
    assert page.status_code == 400
    assert "govuk-error-summary" in page.content.decode()
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    assert "Worried about the park" in check  # what was already answered is not lost


def test_young_peoples_questions_cannot_be_sent_for_an_adult():
    consultation = adults_consultation()
    with pytest.raises(ResponseError, match="not asked of parents and carers"):
        demographics_clean(
            consultation=consultation, partnership=consultation.partnership, about_you={"age_band": "14-15"}
        )
    young = ConsultationFactory(partnership=consultation.partnership)
    with pytest.raises(ResponseError, match="only of adults"):
        demographics_clean(
            consultation=young, partnership=young.partnership, about_you={"relationship": "parent"}
        )


def test_a_closed_parents_consultation_says_so_in_adult_words(client):
    consultation = adults_consultation(status=Consultation.Status.CLOSED)
    page = client.get(f"/c/{consultation.slug}/")
    assert page.status_code == 410
    text = page.content.decode()
    assert "See what we did with the answers" in text and "young people's answers" not in text


def test_professionals_consultations_are_still_not_answered_online(client):
    consultation = adults_consultation(Audience.PROFESSIONALS)
    assert client.get(f"/c/{consultation.slug}/").status_code == 404


def test_quick_exit_forgets_a_parents_answers(client):
    consultation = adults_consultation()
    walk(client, consultation, text="Something private", about={})
    exit_ = client.post("/c/exit/")
    assert exit_.status_code == 204
    assert "cookies" in exit_["Clear-Site-Data"]
    check = client.get(f"/c/{consultation.slug}/check/")
    assert check.status_code == 302  # nothing left to check: back to the start
