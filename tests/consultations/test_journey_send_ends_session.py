"""A send ends the young person's session with the answers, and the confirmation travels in a signed cookie
(journey.state): nothing links a reference code to a session, and the confirmation page needs no query."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from django.core import signing

from tests.consultations.factories import (
    ConsultationTranslationFactory,
    QuestionTranslationFactory,
    open_consultation_with_questions,
)
from tests.consultations.test_journey import answer, begin, walk_to_check
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.consultations.models import Consultation
from youthvoice.journey.state import CONFIRMATION_SALT, confirmation_cookie_name
from youthvoice.voices.models import Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation():
    return open_consultation_with_questions()


def send(client, consultation, token):
    return client.post(f"/c/{consultation.slug}/check/", {"token": token})


def test_the_send_ends_the_session_and_the_confirmation_needs_no_query(
    client, consultation, django_assert_num_queries
):
    token = walk_to_check(client, consultation)
    sent = send(client, consultation, token)
    assert sent.status_code == 302 and sent["Location"] == f"/c/{consultation.slug}/sent/"
    assert not Session.objects.exists()  # gone with the answers
    cookie = sent.cookies[confirmation_cookie_name()]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert not cookie["max-age"] and not cookie["expires"]  # gone when the browser closes
    code = Response.objects.get().reference_code
    assert code in signing.loads(cookie.value, salt=CONFIRMATION_SALT)["r"]
    with django_assert_num_queries(0):
        page = client.get(f"/c/{consultation.slug}/sent/")
    assert f'id="reference-code">{code}<' in page.content.decode()
    assert page.cookies[confirmation_cookie_name()].value == ""  # shown once, then removed
    again = client.get(f"/c/{consultation.slug}/sent/")
    assert again.status_code == 302 and again["Location"] == f"/c/{consultation.slug}/"
    assert not Session.objects.exists()


def test_a_send_that_stores_nothing_keeps_the_session_and_its_answers(client, consultation):
    token = walk_to_check(client, consultation)
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.CLOSED)
    closed = send(client, consultation, token)
    assert closed.status_code == 410 and not Response.objects.exists()
    assert confirmation_cookie_name() not in closed.cookies
    [session] = Session.objects.all()
    assert "Near the bus station" in str(session.get_decoded())


def test_the_confirmation_is_in_the_language_and_reading_mode_they_chose(client, consultation):
    translations_compile()
    ConsultationTranslationFactory(consultation=consultation)
    for item in consultation.items.select_related("question"):
        QuestionTranslationFactory(
            question=item.question,
            text=f"Cwestiwn {item.order}?",
            hint="",
            choice_labels={choice["value"]: f"Dewis {choice['value']}" for choice in item.question.choices},
        )
    client.get(f"/c/{consultation.slug}/?lang=cy")
    client.get(f"/c/{consultation.slug}/?easy=1")
    token = walk_to_check(client, consultation)
    send(client, consultation, token)
    page = client.get(f"/c/{consultation.slug}/sent/").content.decode()
    assert '<html lang="cy"' in page
    assert "yv-easy-read" in page


@pytest.mark.parametrize("value", ["not-signed", "tampered"])
def test_a_forged_or_altered_cookie_shows_nothing(client, consultation, value):
    forged = signing.dumps({"c": consultation.slug, "r": "AAAAAAAA", "u": False, "l": "en", "e": False})
    if value == "tampered":
        confirmation = {"c": consultation.slug, "r": "AAAAAAAA", "u": False, "l": "en", "e": False}
        good = signing.dumps(confirmation, salt=CONFIRMATION_SALT)
        forged = good.replace("AAAA", "BBBB") if "AAAA" in good else good[:-2] + "xx"
    client.cookies[confirmation_cookie_name()] = forged
    page = client.get(f"/c/{consultation.slug}/sent/")
    assert page.status_code == 302 and page["Location"] == f"/c/{consultation.slug}/"


def test_another_consultations_confirmation_is_not_shown_here(client, consultation):
    other = open_consultation_with_questions()
    token = walk_to_check(client, consultation)
    send(client, consultation, token)
    page = client.get(f"/c/{other.slug}/sent/")
    assert page.status_code == 302 and page["Location"] == f"/c/{other.slug}/"


def test_an_expired_confirmation_is_not_shown(client, consultation, monkeypatch):
    token = walk_to_check(client, consultation)
    send(client, consultation, token)
    import time

    later = time.time() + 601
    monkeypatch.setattr(signing.time, "time", lambda: later)
    page = client.get(f"/c/{consultation.slug}/sent/")
    assert page.status_code == 302


def test_the_quick_exit_removes_the_confirmation(client, consultation):
    token = walk_to_check(client, consultation)
    send(client, consultation, token)
    exited = client.post("/c/exit/")
    assert exited.cookies[confirmation_cookie_name()].value == ""


def test_another_journey_in_progress_keeps_the_session_path(client, consultation):
    other = open_consultation_with_questions()
    begin(client, other)
    answer(client, other, 1, text="the skate park")
    token = walk_to_check(client, consultation)
    sent = send(client, consultation, token)
    assert confirmation_cookie_name() not in sent.cookies
    code = Response.objects.get().reference_code
    assert code in client.get(f"/c/{consultation.slug}/sent/").content.decode()
    [session] = Session.objects.all()
    assert "the skate park" in str(session.get_decoded()) and code not in str(session.get_decoded())
