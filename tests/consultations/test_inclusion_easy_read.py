"""Easy read: a mode a young person turns on anywhere; plainer wording, bigger targets, faces for feelings."""

import pytest
from django.core.cache import cache

from tests.consultations.factories import QuestionTranslationFactory, open_consultation_with_questions
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.consultations.services import ConsultationError
from youthvoice.consultations.translation import question_shown
from youthvoice.consultations.translation_services import question_easy_read_save

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def compiled_and_fresh():
    translations_compile()
    cache.clear()


@pytest.fixture
def consultation():
    consultation = open_consultation_with_questions()
    night = consultation.items.get(order=4).question
    question_easy_read_save(question=night, easy_read_text="Do you feel safe at night?", picture_scale=True)
    return consultation


def page_of(client, url) -> str:
    return client.get(url).content.decode()


def test_easy_read_is_off_until_chosen_and_stays_on_in_the_session(client, consultation):
    start = page_of(client, f"/c/{consultation.slug}/")
    assert "yv-easy-read" not in start and ">Easy read</a>" in start
    response = client.get(f"/c/{consultation.slug}/?easy=1")
    assert response.status_code == 302
    start = page_of(client, f"/c/{consultation.slug}/")
    assert "yv-easy-read" in start and "Turn off easy read" in start
    assert "We want to hear from you." in start  # the short version of the start page
    client.post(f"/c/{consultation.slug}/")
    assert "yv-easy-read" in page_of(client, f"/c/{consultation.slug}/q/1/")
    client.get(f"/c/{consultation.slug}/q/1/?easy=0")
    assert "yv-easy-read" not in page_of(client, f"/c/{consultation.slug}/q/1/")


def test_feelings_scale_shows_faces_each_with_words_in_easy_read(client, consultation):
    client.get(f"/c/{consultation.slug}/?easy=1")
    client.post(f"/c/{consultation.slug}/")
    page = page_of(client, f"/c/{consultation.slug}/q/4/")
    assert "Do you feel safe at night?" in page
    assert page.count('class="yv-picture-scale__input"') == 5
    assert page.count('type="radio"') == 5
    assert '<span class="yv-picture-scale__face" aria-hidden="true">😢</span>' in page
    assert 'govuk-!-margin-bottom-0">Point 1</span>' in page
    # Answering it stores the value like any scale.
    question_id = consultation.items.get(order=4).question_id
    response = client.post(f"/c/{consultation.slug}/q/4/", {"question": question_id, "answer": "5"})
    assert response.status_code == 302
    assert "Point 5" in page_of(client, f"/c/{consultation.slug}/check/")


def test_without_easy_read_the_usual_wording_and_radios_are_shown(client, consultation):
    client.post(f"/c/{consultation.slug}/")
    page = page_of(client, f"/c/{consultation.slug}/q/4/")
    assert "How safe do you feel at night?" in page and "yv-picture-scale" not in page


def test_easy_read_in_welsh_prefers_welsh_then_english_easy_read_marked(db, consultation):
    night = consultation.items.get(order=4).question
    shown = question_shown(question=night, language="cy", easy_read=True)
    assert shown.text.text == "Do you feel safe at night?" and shown.text.fallback
    QuestionTranslationFactory(
        question=night, text="Pa mor ddiogel?", easy_read_text="Wyt ti’n ddiogel yn y nos?"
    )
    shown = question_shown(question=night, language="cy", easy_read=True)
    assert shown.text.text == "Wyt ti’n ddiogel yn y nos?" and not shown.text.fallback


def test_only_a_scale_can_be_shown_as_faces(db, consultation):
    free_text = consultation.items.get(order=1).question
    with pytest.raises(ConsultationError):
        question_easy_read_save(question=free_text, easy_read_text="Where?", picture_scale=True)


def test_staff_mark_and_write_easy_read_wording(client, consultation):
    membership = MembershipFactory(role="analyst", agency__partnership=consultation.partnership)
    client.force_login(membership.user)
    question = consultation.items.get(order=1).question
    assert "None" in page_of(client, "/staff/translations/en/")
    response = client.post(
        f"/staff/translations/en/questions/{question.pk}/", {"easy_read_text": "Where is bad?"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.easy_read_text == "Where is bad?" and not question.picture_scale
    response = client.post(
        f"/staff/translations/en/questions/{question.pk}/", {"easy_read_text": "x", "picture_scale": "on"}
    )
    assert response.status_code == 400 and "Only a scale" in response.content.decode()
