"""A young person's journey through a consultation, with the Django test client (no browser)."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.consultations.factories import (
    ConsultationFactory,
    QuestionFactory,
    open_consultation_with_questions,
)
from youthvoice.consultations.models import Consultation
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.selectors import consultation_for_reference_code
from youthvoice.voices.services import REFERENCE_ALPHABET

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation():
    return open_consultation_with_questions()


def qid(consultation, position):
    return consultation.items.get(order=position).question_id


def begin(client, consultation):
    client.post(f"/c/{consultation.slug}/")


def answer(client, consultation, position, **data):
    data.setdefault("question", qid(consultation, position))
    data.setdefault("action", "continue")
    return client.post(f"/c/{consultation.slug}/q/{position}/", data)


def token_on_check_page(client, consultation) -> str:
    page = client.get(f"/c/{consultation.slug}/check/")
    assert page.status_code == 200
    return re.search(r'name="token" value="([^"]+)"', page.content.decode()).group(1)


def walk_to_check(client, consultation):
    begin(client, consultation)
    answer(client, consultation, 1, text="Near the bus station. My name is Jayden, text me on 07700 900123")
    client.post(f"/c/{consultation.slug}/q/2/before/", {"action": "continue"})
    answer(client, consultation, 2, answer="yes")
    answer(client, consultation, 3, action="skip")
    answer(client, consultation, 4, answer="2")
    client.post(f"/c/{consultation.slug}/about-you/", {"age_band": "14-15", "gender": "prefer_not_to_say"})
    return token_on_check_page(client, consultation)


def test_start_page_states_purpose_promise_feedback_date_and_anonymity(client, consultation):
    page = client.get(f"/c/{consultation.slug}/").content.decode()
    assert consultation.purpose_detail in page
    assert consultation.promise in page
    assert consultation.feedback_due_on.strftime("%Y") in page
    assert "We do not ask for your name" in page
    assert "You can skip any question" in page


def test_every_journey_page_has_quick_exit_and_help(client, consultation, settings):
    settings.QUICK_EXIT_URL = "https://neutral.example/weather"
    begin(client, consultation)
    for url in ["", "q/1/", "q/2/before/", "q/2/", "about-you/", "check/"]:
        if url == "q/2/":
            client.post(f"/c/{consultation.slug}/q/2/before/", {"action": "continue"})
        page = client.get(f"/c/{consultation.slug}/{url}")
        html = page.content.decode()
        assert page.status_code == 200, url
        assert 'data-module="govuk-exit-this-page"' in html, url
        assert 'href="https://neutral.example/weather"' in html, url
        assert "0800 1111" in html and "999" in html and "Fearless" in html, url
        assert "Nobody reads this form as you fill it in" in html, url
        assert "no-store" in page["Cache-Control"], url


def test_whole_journey_stores_one_deidentified_response_with_a_date_only(client, consultation):
    token = walk_to_check(client, consultation)
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    assert "[NAME]" in check and "[PHONE]" in check and "Jayden" not in check
    sent = client.post(f"/c/{consultation.slug}/check/", {"token": token}, REMOTE_ADDR="203.0.113.9")
    assert sent.status_code == 302 and sent["Location"].endswith("/sent/")
    response = Response.objects.get()
    assert response.submitted_on == timezone.localdate()
    assert response.age_band == "14-15" and response.gender == "prefer_not_to_say"
    assert response.language == "en" and response.channel == "online"
    texts = list(Answer.objects.values_list("text", flat=True))
    assert any("[NAME]" in t and "[PHONE]" in t for t in texts)
    assert not any("Jayden" in t or "07700" in t for t in texts)
    assert Answer.objects.filter(question_id=qid(consultation, 3)).count() == 0  # skipped
    assert Answer.objects.get(question_id=qid(consultation, 4)).scale_value == 2
    # No address, user agent or time of day is kept anywhere on the response.
    stored = " ".join(str(v) for v in Response.objects.values().get().values())
    assert "203.0.113.9" not in stored
    field_names = {f.name for f in Response._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "user_agent", "created_at", "submitted_at"}


def test_raw_text_never_reaches_the_session_store(client, consultation):
    begin(client, consultation)
    answer(client, consultation, 1, text="my snap is secretkid99 and I live at 4 Mill Lane")
    from django.contrib.sessions.models import Session

    stored = " ".join(str(s.get_decoded()) for s in Session.objects.all())
    assert "secretkid99" not in stored and "Mill Lane" not in stored
    assert "[HANDLE]" in stored


def test_confirmation_repeats_promise_and_date_and_gives_a_reference_code(client, consultation):
    token = walk_to_check(client, consultation)
    page = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True).content.decode()
    code = Response.objects.get().reference_code
    assert f'id="reference-code">{code}<' in page
    assert consultation.promise in page
    assert consultation.feedback_due_on.strftime("%B %Y") in page
    assert len(code) == 8 and set(code) <= set(REFERENCE_ALPHABET)
    assert 'href="/see-what-changed/"' in page  # where the code is used later
    assert consultation_for_reference_code(code=code.lower()) == consultation
    assert consultation_for_reference_code(code="AAAAAAAA") is None
    assert consultation_for_reference_code(code="0O0O") is None


def test_sending_clears_answers_from_the_session(client, consultation):
    token = walk_to_check(client, consultation)
    client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert client.get(f"/c/{consultation.slug}/check/")["Location"] == f"/c/{consultation.slug}/"
    assert "yv_journeys" not in client.session or not client.session["yv_journeys"]


def stored_sessions() -> list[dict]:
    from django.contrib.sessions.models import Session

    return [session.get_decoded() for session in Session.objects.all()]


def test_after_the_confirmation_no_session_keeps_the_reference_code_or_a_save_time(client, consultation):
    """A session row with the code and the second it was saved would link a response to its time of day."""
    token = walk_to_check(client, consultation)
    page = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True)
    code = Response.objects.get().reference_code
    assert code in page.content.decode()
    assert stored_sessions() == []
    assert client.get(f"/c/{consultation.slug}/sent/")["Location"] == f"/c/{consultation.slug}/"


def test_answers_in_progress_elsewhere_stay_but_the_code_does_not(client, consultation):
    other = open_consultation_with_questions()
    begin(client, other)
    answer(client, other, 1, text="the skate park")
    token = walk_to_check(client, consultation)
    client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True)
    code = Response.objects.get().reference_code
    [session] = stored_sessions()
    assert "the skate park" in str(session) and code not in str(session)


def test_expired_sessions_are_cleared_by_a_scheduled_job(settings):
    import datetime as dt

    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    from youthvoice.core.tasks import clear_expired_sessions

    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "youthvoice.core.tasks.clear_expired_sessions" in scheduled
    expired, live = SessionStore(), SessionStore()
    for store in (expired, live):
        store["yv_journeys"] = {"x": {}}
        store.create()
    Session.objects.filter(session_key=expired.session_key).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    clear_expired_sessions.delay()
    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]


def test_double_submit_stores_one_response_and_shows_the_same_confirmation(client, consultation):
    token = walk_to_check(client, consultation)
    first = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True)
    second = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True)
    assert Response.objects.count() == 1
    code = Response.objects.get().reference_code
    assert code in first.content.decode() and code in second.content.decode()
    assert second.status_code == 200


def test_concurrent_submit_with_the_same_token_is_decided_by_the_database(consultation):
    from youthvoice.voices.services import AnswerInput, response_submit

    answers = {qid(consultation, 1): AnswerInput(text="the park")}
    one, created_one = response_submit(
        consultation=consultation, answers=answers, about_you={}, token="t" * 40
    )
    two, created_two = response_submit(
        consultation=consultation, answers=answers, about_you={}, token="t" * 40
    )
    assert (created_one, created_two) == (True, False) and one.pk == two.pk
    assert Response.objects.count() == 1


def test_replayed_token_during_a_new_journey_is_refused_without_losing_new_answers(client, consultation):
    old_token = walk_to_check(client, consultation)
    client.post(f"/c/{consultation.slug}/check/", {"token": old_token})
    begin(client, consultation)
    answer(client, consultation, 1, text="the underpass")
    replay = client.post(f"/c/{consultation.slug}/check/", {"token": old_token})
    assert replay.status_code == 409
    assert "already sent" in replay.content.decode()
    assert Response.objects.count() == 1
    assert "the underpass" in client.get(f"/c/{consultation.slug}/check/").content.decode()


def test_forged_token_gets_a_clear_400_and_keeps_answers(client, consultation):
    walk_to_check(client, consultation)
    page = client.post(f"/c/{consultation.slug}/check/", {"token": "made-up"})
    assert page.status_code == 400
    html = page.content.decode()
    assert "This page had expired" in html and "<title>Error: " in html
    assert "Near the bus station" in html
    assert Response.objects.count() == 0


def test_oversized_text_gets_a_clear_error_and_keeps_other_answers(client, consultation):
    begin(client, consultation)
    answer(client, consultation, 4, answer="3")
    page = answer(client, consultation, 1, text="x" * 5001)
    assert page.status_code == 400
    html = page.content.decode()
    assert "5000 characters or fewer" in html and "<title>Error: " in html
    assert 'href="#id_text"' in html  # the error summary links to the field
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    assert "Point 3" in check


def test_unknown_choice_gets_a_clear_error(client, consultation):
    begin(client, consultation)
    client.post(f"/c/{consultation.slug}/q/2/before/", {"action": "continue"})
    page = answer(client, consultation, 2, answer="maybe-later")
    assert page.status_code == 400
    assert "Choose one of the answers shown" in page.content.decode()


def test_tampered_question_id_is_refused_with_a_400(client, consultation):
    begin(client, consultation)
    answer(client, consultation, 4, answer="5")
    other = QuestionFactory()
    page = answer(client, consultation, 1, question=other.pk, text="sneaky")
    assert page.status_code == 400
    assert "out of date" in page.content.decode()
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    assert "sneaky" not in check and "Point 5" in check


def test_question_out_of_range_is_a_404_not_a_500(client, consultation):
    begin(client, consultation)
    assert client.get(f"/c/{consultation.slug}/q/99/").status_code == 404
    assert client.get(f"/c/{consultation.slug}/q/0/").status_code == 404


def test_tampered_about_you_answer_is_refused(client, consultation):
    begin(client, consultation)
    page = client.post(f"/c/{consultation.slug}/about-you/", {"age_band": "99-100", "locality": "999999"})
    assert page.status_code == 400
    assert "Choose one of the answers shown" in page.content.decode()


def test_skipping_everything_still_sends_a_response(client, consultation):
    begin(client, consultation)
    client.post(f"/c/{consultation.slug}/q/1/", {"question": qid(consultation, 1), "action": "skip"})
    client.post(f"/c/{consultation.slug}/q/2/before/", {"action": "skip"})
    client.post(f"/c/{consultation.slug}/q/3/", {"question": qid(consultation, 3), "action": "skip"})
    client.post(f"/c/{consultation.slug}/q/4/", {"question": qid(consultation, 4), "action": "skip"})
    client.post(f"/c/{consultation.slug}/about-you/", {"action": "skip"})
    token = token_on_check_page(client, consultation)
    assert client.post(f"/c/{consultation.slug}/check/", {"token": token}).status_code == 302
    assert Response.objects.get().answers.count() == 0


def test_content_note_comes_before_a_sensitive_question_and_can_skip_it(client, consultation):
    begin(client, consultation)
    moved_on = answer(client, consultation, 1, text="nowhere")
    assert moved_on["Location"] == f"/c/{consultation.slug}/q/2/before/"
    note = client.get(moved_on["Location"]).content.decode()
    assert "Before the next questions" in note
    assert client.get(f"/c/{consultation.slug}/q/2/")["Location"].endswith("/q/2/before/")
    skipped = client.post(f"/c/{consultation.slug}/q/2/before/", {"action": "skip"})
    assert skipped["Location"] == f"/c/{consultation.slug}/q/3/"


def test_change_link_returns_to_check_answers(client, consultation):
    walk_to_check(client, consultation)
    check = client.get(f"/c/{consultation.slug}/check/").content.decode()
    assert f"/c/{consultation.slug}/q/3/?return=check" in check
    changed = client.post(
        f"/c/{consultation.slug}/q/3/?return=check",
        {"question": qid(consultation, 3), "answer": ["park", "bus"], "action": "continue"},
    )
    assert changed["Location"] == f"/c/{consultation.slug}/check/"
    assert "Parks, Buses" in client.get(changed["Location"]).content.decode()


@pytest.mark.parametrize("status", [Consultation.Status.CLOSED, Consultation.Status.REPORTED])
def test_closed_consultation_rejects_answers_with_410(client, status):
    closed = open_consultation_with_questions(status=status)
    assert client.get(f"/c/{closed.slug}/").status_code == 410
    page = client.post(f"/c/{closed.slug}/check/", {"token": "anything"})
    assert page.status_code == 410 and "has closed" in page.content.decode()
    assert Response.objects.count() == 0


def test_consultation_past_its_closing_date_rejects_answers(client):
    today = timezone.localdate()
    late = open_consultation_with_questions(
        opens_on=today - datetime.timedelta(days=20), closes_on=today - datetime.timedelta(days=1)
    )
    assert client.get(f"/c/{late.slug}/").status_code == 410


def test_closing_mid_journey_refuses_the_answers_with_410(client, consultation):
    token = walk_to_check(client, consultation)
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.CLOSED)
    assert client.post(f"/c/{consultation.slug}/check/", {"token": token}).status_code == 410
    assert Response.objects.count() == 0


def test_unknown_and_draft_consultations_are_404_a_future_one_says_when_it_opens(client):
    assert client.get("/c/no-such-thing/").status_code == 404
    draft = ConsultationFactory(status=Consultation.Status.DRAFT)
    assert client.get(f"/c/{draft.slug}/").status_code == 404
    future = ConsultationFactory(
        opens_on=timezone.localdate() + datetime.timedelta(days=3),
        closes_on=timezone.localdate() + datetime.timedelta(days=9),
    )
    response = client.get(f"/c/{future.slug}/")
    assert response.status_code == 200
    assert "This consultation opens on" in response.content.decode()


def test_rate_limit_gives_a_clear_429_and_keeps_answers(client, consultation, settings):
    settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR = 1
    token = walk_to_check(client, consultation)
    client.post(f"/c/{consultation.slug}/check/", {"token": token})
    token = walk_to_check(client, consultation)
    limited = client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert limited.status_code == 429
    assert limited["Retry-After"] == "3600"
    assert "Too many answers" in limited.content.decode()
    assert Response.objects.count() == 1
    assert "Near the bus station" in client.get(f"/c/{consultation.slug}/check/").content.decode()


def test_posts_without_a_valid_form_token_never_use_up_the_limit(client, consultation, settings):
    settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR = 2
    for _ in range(5):  # anyone can send these, with or without answers in progress
        assert client.post(f"/c/{consultation.slug}/check/", {"token": "bogus"}).status_code in (302, 400)
    walk_to_check(client, consultation)
    for _ in range(3):
        assert client.post(f"/c/{consultation.slug}/check/", {"token": "bogus"}).status_code == 400
    token = token_on_check_page(client, consultation)  # a refused post gives the form a new token
    assert client.post(f"/c/{consultation.slug}/check/", {"token": token}).status_code == 302
    assert Response.objects.count() == 1


def test_every_throttle_tells_clients_behind_the_trusted_proxy_apart(rf, settings):
    """Behind the proxy the README asks for, REMOTE_ADDR is the proxy's for everyone: the client is taken
    from X-Forwarded-For by the one client_address, as for sign-in."""
    from django.core.cache import caches

    from youthvoice.core.throttling import client_address
    from youthvoice.voices.ratelimit import rate_limit_hit

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "proxy-test"}
    }
    caches["default"].clear()  # a store of its own, empty, whatever cache the suite runs with
    settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR = 2
    settings.YOUTHVOICE_TRUSTED_PROXIES = 1

    def behind_proxy(address):
        return rf.post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"192.0.2.66, {address}")

    one, two = behind_proxy("198.51.100.1"), behind_proxy("198.51.100.2")
    assert client_address(one) == "198.51.100.1"
    assert [rate_limit_hit(request=one, action="t") for _ in range(3)] == [False, False, True]
    assert rate_limit_hit(request=two, action="t") is False


def test_rate_limit_counts_per_client_and_stores_no_address(rf, settings):
    from django.core.cache import caches

    from youthvoice.voices.ratelimit import rate_limit_hit

    # An in-process cache whose keys the test can read, whatever cache the suite runs with.
    # (LocMemCache instances with one LOCATION share their store: start this one empty, as the suite's
    # autouse fixture empties only the suite's own cache, which is Redis under CI.)
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rate-limit-test"}
    }
    cache = caches["default"]
    cache.clear()
    settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR = 2
    one, two = rf.post("/", REMOTE_ADDR="198.51.100.1"), rf.post("/", REMOTE_ADDR="198.51.100.2")
    assert [rate_limit_hit(request=one, action="t") for _ in range(3)] == [False, False, True]
    assert rate_limit_hit(request=two, action="t") is False
    cached = " ".join(str(k) for k in cache._cache)  # LocMemCache: nothing stored mentions the address
    assert "198.51.100" not in cached


def test_quick_exit_endpoint_forgets_answers_in_progress(client, consultation):
    begin(client, consultation)
    answer(client, consultation, 1, text="the park")
    assert client.post("/c/exit/").status_code == 204
    assert client.get(f"/c/{consultation.slug}/check/")["Location"] == f"/c/{consultation.slug}/"
    assert client.get("/c/exit/").status_code == 405


def test_young_peoples_pages_leave_no_cookie_that_outlives_the_browser(client, consultation, settings):
    client.get(f"/c/{consultation.slug}/")
    begin(client, consultation)
    answer(client, consultation, 1, text="the park")
    assert {settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME} <= set(client.cookies)
    for name, cookie in client.cookies.items():
        assert (cookie["max-age"], cookie["expires"]) == ("", ""), name


def test_quick_exit_asks_the_browser_to_clear_everything_from_this_site(client, consultation, settings):
    begin(client, consultation)
    answer(client, consultation, 1, text="the park")
    left = client.post("/c/exit/")
    assert left["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    for name in [settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME]:
        assert left.cookies[name]["max-age"] == 0, name  # removed now, for browsers without Clear-Site-Data


def test_urgent_help_comes_first_when_text_suggests_danger(client, consultation):
    begin(client, consultation)
    answer(client, consultation, 1, text="they said they are going to hurt me if I don't go back")
    token = token_on_check_page(client, consultation)
    page = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True).content.decode()
    assert page.index("Help now") < page.index("govuk-panel__title")
    assert "Nobody is reading your answers right now" in page


def test_no_urgent_banner_for_ordinary_answers(client, consultation):
    token = walk_to_check(client, consultation)
    page = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True).content.decode()
    assert "Help now" not in page


def test_an_answer_sent_through_the_journey_is_de_identified_once(client, consultation, monkeypatch):
    from youthvoice.deidentify import engine as deidentify

    seen = []

    def counted(text, **options):
        seen.append(text)
        return real(text, **options)

    real = deidentify.deidentify_with_settings
    monkeypatch.setattr(deidentify, "deidentify_with_settings", counted)
    token = walk_to_check(client, consultation)
    assert len(seen) == 1  # as the answer was entered, before the session kept it
    client.post(f"/c/{consultation.slug}/check/", {"token": token})
    assert len(seen) == 1  # not again when it was sent
    stored = Answer.objects.get(question_id=qid(consultation, 1)).text
    assert "Jayden" not in stored and "07700" not in stored


def test_answers_from_outside_the_journey_are_still_de_identified_as_they_are_saved(consultation):
    from youthvoice.voices.services import AnswerInput, answer_clean

    question = consultation.items.get(order=1).question
    cleaned = answer_clean(question=question, answer=AnswerInput(text="Call Jayden on 07700 900123"))
    assert "07700" not in cleaned.text
