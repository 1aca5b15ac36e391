"""A response and its answers stored in one PostgreSQL statement (voices.at_once): the same rows, roll-ups
and refusals as Django's four statements, in one round trip."""

import re

import pytest
from django.contrib.sessions.models import Session
from django.db import IntegrityError, connection
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from tests.consultations.factories import open_consultation_with_questions
from tests.insights.test_rollups import rollup_state
from tests.partnership.factories import LocalityFactory
from youthvoice.consultations.models import Consultation
from youthvoice.core.sessions import SessionStore
from youthvoice.insights.dashboard import rollups
from youthvoice.voices import services
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import AnswerInput, response_submit

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="one statement is PostgreSQL's path"),
    pytest.mark.django_db(transaction=True),
]


def inputs(consultation):
    questions = list(consultation.questions.all())
    answers = {q.pk: AnswerInput(values=[q.choices[0]["value"]] if q.choices else []) for q in questions}
    answers[questions[0].pk] = AnswerInput(text="By the canal after school")
    return answers


def columns(response: Response) -> tuple:
    """Everything stored, less what differs by design (ids, the token, the reference code, record_key)."""
    leave = {"id", "idempotency_token", "reference_code", "record_key"}
    row = {k: v for k, v in Response.objects.filter(pk=response.pk).values()[0].items() if k not in leave}
    answers = sorted(
        tuple((k, str(v)) for k, v in answer.items() if k not in leave | {"response_id"})
        for answer in Answer.objects.filter(response=response).values()
    )
    return row, answers


def test_the_rows_are_those_djangos_statements_write(monkeypatch):
    consultation = open_consultation_with_questions()
    area = LocalityFactory(partnership=consultation.partnership)
    about = {"age_band": "14-15", "gender": "prefer_not_to_say", "locality": str(area.pk)}
    ours, created = response_submit(
        consultation=consultation, answers=inputs(consultation), about_you=about, token="one-statement"
    )
    assert created and ours.pk and ours.answers.count() == 4
    monkeypatch.setattr(services, "connection", type("SQLiteLike", (), {"vendor": "other"})())
    djangos, created = response_submit(
        consultation=consultation, answers=inputs(consultation), about_you=about, token="four-statements"
    )
    assert created
    assert columns(ours) == columns(djangos)
    assert ours.answers.get(text="By the canal after school").record_key == ours.record_key


def test_a_send_is_its_session_read_and_one_statement_that_also_ends_the_session(
    client, django_assert_num_queries
):
    consultation = open_consultation_with_questions()
    client.post(f"/c/{consultation.slug}/")
    client.post(f"/c/{consultation.slug}/about-you/", {"age_band": "14-15"})
    page = client.get(f"/c/{consultation.slug}/check/").content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    with django_assert_num_queries(2) as captured:  # the session; the response, answers and session's end
        assert client.post(f"/c/{consultation.slug}/check/", {"token": token}).status_code == 302
    assert "DELETE FROM" in captured.captured_queries[1]["sql"]
    assert Response.objects.filter(idempotency_token=token).count() == 1
    assert not Session.objects.exists()


def test_the_session_ends_only_if_the_answers_are_stored():
    consultation = open_consultation_with_questions()
    store = SessionStore()
    store["yv_journeys"] = {consultation.slug: {}}
    store.create()
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.CLOSED)
    with pytest.raises(services.ConsultationNotTakingAnswers):
        response_submit(
            consultation=consultation,
            answers=inputs(consultation),
            about_you={},
            token="late",
            session_to_end=store.session_key,
        )
    assert Session.objects.filter(session_key=store.session_key).exists()
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.OPEN)
    _, created = response_submit(
        consultation=consultation,
        answers=inputs(consultation),
        about_you={},
        token="in-time",
        session_to_end=store.session_key,
    )
    assert created and not Session.objects.filter(session_key=store.session_key).exists()


def test_a_closed_consultation_stores_nothing_and_says_so():
    consultation = open_consultation_with_questions()
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.CLOSED)
    with pytest.raises(services.ConsultationNotTakingAnswers):
        response_submit(consultation=consultation, answers=inputs(consultation), about_you={}, token="late")
    assert not Response.objects.exists() and not Answer.objects.exists()


def test_a_repeated_token_gets_the_stored_response_even_after_closing():
    consultation = open_consultation_with_questions()
    first, created = response_submit(
        consultation=consultation, answers=inputs(consultation), about_you={}, token="twice"
    )
    again, created_again = response_submit(
        consultation=consultation, answers=inputs(consultation), about_you={}, token="twice"
    )
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.CLOSED)
    after_closing, _ = response_submit(consultation=consultation, answers={}, about_you={}, token="twice")
    assert created and not created_again and again == first == after_closing
    assert Response.objects.count() == 1 and Answer.objects.count() == 4


def test_a_unique_violation_is_an_integrity_error_and_stores_nothing():
    today = timezone.localdate()
    consultation = open_consultation_with_questions()
    response_submit(consultation=consultation, answers=inputs(consultation), about_you={}, token="taken")
    twin = Response(
        partnership=consultation.partnership,
        consultation=consultation,
        channel=Consultation.Channel.ONLINE,
        submitted_on=today,
        reference_code="ZZZZZZ",
        idempotency_token="taken",
    )
    with pytest.raises(IntegrityError):
        services.response_store_at_once(response=twin, answers=[], today=today)
    assert Response.objects.count() == 1 and Answer.objects.count() == 4


def test_the_rollups_count_what_one_statement_stored():
    consultation = open_consultation_with_questions()
    for number in range(3):
        response_submit(
            consultation=consultation, answers=inputs(consultation), about_you={}, token=f"count-{number}"
        )
    counted_by_triggers = rollup_state()
    rollups.rollups_rebuild(connection=connection)
    assert counted_by_triggers == rollup_state()
    assert counted_by_triggers[0]  # the responses were counted at all


def test_nothing_listens_for_saves_that_one_statement_would_skip():
    for model in (Response, Answer):
        assert not pre_save.has_listeners(model) and not post_save.has_listeners(model)
