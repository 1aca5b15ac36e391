"""Facilitated sessions on a shared device: young people in turn, nothing of one left for the next."""

import datetime
import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, open_consultation_with_questions
from tests.partnership.factories import MembershipFactory
from tests.voices.factories import SESSION_PIN, FacilitatedSessionFactory
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.voices.facilitation import (
    SESSION_FACILITATED,
    PinLocked,
    SessionError,
    WrongPin,
    facilitated_session_end_with_pin,
    facilitated_session_start,
)
from youthvoice.voices.models import FacilitatedSession, Response

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def compiled_and_fresh():
    translations_compile()
    cache.clear()


@pytest.fixture
def practitioner(signed_in):
    return signed_in("practitioner")


def start_session(client, practitioner, **extra):
    consultation = open_consultation_with_questions(
        partnership=practitioner.agency.partnership, channels=["online", "youth_worker", "school"]
    )
    data = {
        "consultation": consultation.pk,
        "channel": "youth_worker",
        "place_type": "youth_club",
        "pin": SESSION_PIN,
        "pin_again": SESSION_PIN,
        **extra,
    }
    return consultation, client.post("/staff/sessions/new/", data)


def device_session(client) -> FacilitatedSession:
    return FacilitatedSession.objects.get(public_id=client.session[SESSION_FACILITATED])


def answer_and_send(client, consultation, words: str) -> str:
    client.post(f"/c/{consultation.slug}/")
    question_id = consultation.items.get(order=1).question_id
    client.post(f"/c/{consultation.slug}/q/1/", {"question": question_id, "text": words})
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    token = re.search(r'name="token" value="([^"]+)"', check).group(1)
    client.post(f"/c/{consultation.slug}/check/", {"token": token})
    return client.get(f"/c/{consultation.slug}/sent/").content.decode()


def test_starting_a_session_signs_the_worker_out_and_shows_the_start_page(client, practitioner):
    consultation, response = start_session(client, practitioner)
    assert response.status_code == 302 and response["Location"] == f"/c/{consultation.slug}/"
    facilitated = device_session(client)
    assert facilitated.started_by == practitioner.user and facilitated.pin_hash != SESSION_PIN
    assert facilitated.pin_hash.startswith(("pbkdf2_", "argon2", "bcrypt"))
    assert "_auth_user_id" not in client.session
    assert client.get("/staff/sessions/").status_code == 302  # to sign in: the device is no longer staff
    page = client.get(f"/c/{consultation.slug}/").content.decode()
    assert 'id="session-note"' in page and "Youth worker: end this session" in page


def test_session_records_kind_of_place_and_channel_never_who(client, practitioner):
    consultation, _ = start_session(client, practitioner, channel="school", place_type="school")
    answer_and_send(client, consultation, "near the shops")
    response = Response.objects.get()
    assert (response.channel, response.place_type) == ("school", "school")
    assert response.relayed_by is None
    field_names = {field.name for field in FacilitatedSession._meta.get_fields()}
    assert not field_names & {"participants", "names", "ip_address", "user_agent"}


def test_three_young_people_in_turn_leave_nothing_for_the_next(client, practitioner):
    consultation, _ = start_session(client, practitioner)
    words = ["first person's words about the park", "second person's words about buses", "third: the canal"]
    for n, said in enumerate(words):
        done = answer_and_send(client, consultation, said)
        assert said not in done  # the confirmation shows the code, never the answers
        response = client.post(f"/c/{consultation.slug}/next/")
        assert response["Location"] == f"/c/{consultation.slug}/"
        start = client.get(f"/c/{consultation.slug}/")
        assert "no-store" in start["Cache-Control"]
        for earlier in words[: n + 1]:
            assert earlier not in start.content.decode()
        # Going back to any journey page finds nothing either: it sends the next person to the start.
        for url in ("q/1/", "check/", "sent/"):
            back = client.get(f"/c/{consultation.slug}/{url}")
            assert back.status_code == 302 and back["Location"] == f"/c/{consultation.slug}/"
    assert Response.objects.filter(channel="youth_worker", place_type="youth_club").count() == 3


def test_journey_forms_ask_browsers_not_to_remember_what_was_typed(client, practitioner):
    consultation, _ = start_session(client, practitioner)
    client.post(f"/c/{consultation.slug}/")
    page = client.get(f"/c/{consultation.slug}/q/1/")
    assert '<form method="post" autocomplete="off"' in page.content.decode()
    assert "no-store" in page["Cache-Control"]


def test_quick_exit_in_a_session_forgets_the_answers_but_keeps_the_session(client, practitioner):
    consultation, _ = start_session(client, practitioner)
    client.post(f"/c/{consultation.slug}/")
    question_id = consultation.items.get(order=1).question_id
    client.post(f"/c/{consultation.slug}/q/1/", {"question": question_id, "text": "secret place"})
    left = client.post("/c/exit/")
    assert left["Clear-Site-Data"] == '"cache", "storage"'  # not "cookies": the device stays in the session
    assert client.session.get(SESSION_FACILITATED)
    assert "secret place" not in str(dict(client.session))


def test_worker_ends_the_session_with_the_pin(client, practitioner):
    consultation, _ = start_session(client, practitioner)
    facilitated = device_session(client)
    url = f"/session/{facilitated.public_id}/end/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"pin": SESSION_PIN})
    assert response.status_code == 200 and "The session has ended" in response.content.decode()
    facilitated.refresh_from_db()
    assert facilitated.ended_on == timezone.localdate()
    assert SESSION_FACILITATED not in client.session
    answer_and_send(client, consultation, "after the session")
    assert Response.objects.get().channel == "online"


def test_wrong_pin_is_a_clear_400_and_attempts_are_limited(client, practitioner, settings):
    settings.YOUTHVOICE_SESSION_PIN_ATTEMPTS = 3
    start_session(client, practitioner)
    facilitated = device_session(client)
    url = f"/session/{facilitated.public_id}/end/"
    first = client.post(url, {"pin": "0000"})
    assert (
        first.status_code == 400
        and "That PIN is not right. You can try 2 more times" in first.content.decode()
    )
    assert client.post(url, {"pin": "abcd"}).status_code == 400
    locked = client.post(url, {"pin": "1111"})
    assert locked.status_code == 429 and "too many wrong PINs" in locked.content.decode()
    # Even the right PIN waits until the lock ends; the session keeps running meanwhile.
    assert client.post(url, {"pin": SESSION_PIN}).status_code == 429
    facilitated.refresh_from_db()
    assert facilitated.active


def test_pin_lock_ends_after_its_time(db):
    facilitated = FacilitatedSessionFactory(locked_until=timezone.now() - datetime.timedelta(seconds=1))
    ended = facilitated_session_end_with_pin(facilitated=facilitated, pin=SESSION_PIN)
    assert ended.ended_on is not None


def test_service_counts_wrong_pins(db):
    facilitated = FacilitatedSessionFactory()
    with pytest.raises(WrongPin) as wrong:
        facilitated_session_end_with_pin(facilitated=facilitated, pin="9999")
    assert wrong.value.attempts_left == settings.YOUTHVOICE_SESSION_PIN_ATTEMPTS - 1
    for _ in range(settings.YOUTHVOICE_SESSION_PIN_ATTEMPTS - 2):
        with pytest.raises(WrongPin):
            facilitated_session_end_with_pin(facilitated=facilitated, pin="9999")
    with pytest.raises(PinLocked):
        facilitated_session_end_with_pin(facilitated=facilitated, pin="9999")


def test_another_devices_session_cannot_be_ended_from_here(client, practitioner):
    start_session(client, practitioner)
    other = FacilitatedSessionFactory()
    response = client.post(f"/session/{other.public_id}/end/", {"pin": SESSION_PIN})
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.active


def test_tampered_or_unknown_session_id_is_a_4xx(client):
    assert client.get("/session/not-a-uuid/end/").status_code == 404
    assert (
        client.post("/session/00000000-0000-0000-0000-000000000000/end/", {"pin": "1234"}).status_code == 404
    )
    session = client.session
    session[SESSION_FACILITATED] = "tampered"
    session.save()
    consultation = open_consultation_with_questions()
    assert client.get(f"/c/{consultation.slug}/").status_code == 200
    assert client.post("/session/00000000-0000-0000-0000-000000000000/end/", {"pin": "1"}).status_code == 404


def test_staff_end_only_their_own_sessions(client, practitioner):
    mine = FacilitatedSessionFactory(
        partnership=practitioner.agency.partnership, started_by=practitioner.user
    )
    theirs = FacilitatedSessionFactory(partnership=practitioner.agency.partnership)
    assert client.post(f"/staff/sessions/{theirs.public_id}/end/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.active
    assert client.post(f"/staff/sessions/{mine.public_id}/end/").status_code == 302
    mine.refresh_from_db()
    assert not mine.active


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"pin": "12", "pin_again": "12"}, "4 to 8 numbers"),
        ({"pin": "abcd", "pin_again": "abcd"}, "4 to 8 numbers"),
        ({"pin_again": "9999"}, "two PINs are different"),
        ({"place_type": "someones-house"}, "Select a valid choice"),
        ({"channel": "online"}, "Select a valid choice"),
    ],
)
def test_bad_start_input_is_a_clear_400(client, practitioner, change, message):
    _, response = start_session(client, practitioner, **change)
    assert response.status_code == 400 and message in response.content.decode()
    assert not FacilitatedSession.objects.exists()


def test_session_needs_an_open_consultation_of_the_partnership_taking_that_channel(db, practitioner):
    partnership = practitioner.agency.partnership
    online_only = ConsultationFactory(partnership=partnership, channels=["online"])
    other = ConsultationFactory(channels=["youth_worker"])
    closed = ConsultationFactory(partnership=partnership, channels=["youth_worker"], status="closed")
    common = {
        "partnership": partnership,
        "started_by": practitioner.user,
        "place_type": "other",
        "pin": "1234",
    }
    for consultation in (online_only, other, closed):
        with pytest.raises(SessionError):
            facilitated_session_start(consultation=consultation, channel="youth_worker", **common)


def test_analysts_cannot_start_sessions(client):
    client.force_login(MembershipFactory(role="analyst").user)
    assert client.get("/staff/sessions/new/").status_code == 403


def test_a_session_device_is_not_stopped_by_the_one_person_rate_limit(client, practitioner, settings):
    settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR = 1
    consultation, _ = start_session(client, practitioner)
    for n in range(3):
        answer_and_send(client, consultation, f"person {n}")
        client.post(f"/c/{consultation.slug}/next/")
    assert Response.objects.count() == 3
