"""The young people's forms under arbitrary input (hypothesis): every POST of the anonymous journey, with any
field values, extra fields and missing fields. Never a server error, and a rejected post saves nothing: no
response, and no change to the answers kept in the session."""

import copy
import re
from urllib.parse import quote, urlencode

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.consultations.factories import open_consultation_with_questions
from tests.partnership.factories import LocalityFactory
from youthvoice.journey.state import SESSION_KEY
from youthvoice.voices.models import Answer, Response

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Anything a browser (or something pretending to be one) could send in a form: any text, including NUL,
# right-to-left marks and emoji, but no lone surrogates (they cannot be encoded to send at all).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
LONG_TEXT = st.one_of(TEXT, st.builds(lambda s, n: s * n, TEXT.filter(bool), st.integers(1, 6000)))
VALUE = st.one_of(TEXT, st.lists(TEXT, max_size=4))
NAMES = ["question", "answer", "text", "action", "token", "age_band", "gender", "ethnic_group"]
NAMES += ["locality", "send", "care_experienced", "return", "csrfmiddlewaretoken"]


def form_data(known: dict[str, st.SearchStrategy]) -> st.SearchStrategy[dict]:
    """Some of the known fields with plausible or wild values, plus any extra fields."""
    wild = {name: st.one_of(strategy, VALUE) for name, strategy in known.items()}
    extra = st.dictionaries(st.one_of(st.sampled_from(NAMES), TEXT.filter(bool)), VALUE, max_size=3)
    return st.tuples(st.fixed_dictionaries({}, optional=wild), extra).map(
        lambda parts: {**parts[1], **parts[0]}
    )


@pytest.fixture
def world():
    """One open consultation (free text, sensitive single choice, multiple choice, scale) and one area,
    shared by every example of a test (hypothesis runs them inside the test's one transaction)."""
    consultation = open_consultation_with_questions()
    return consultation, LocalityFactory(partnership=consultation.partnership, name="Northgate")


def post(client, url, data):
    """As a browser sends these forms: URL-encoded, a field given several times for several values."""
    return client.post(url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded")


def started(consultation) -> Client:
    client = Client()
    client.post(f"/c/{consultation.slug}/")
    client.post(f"/c/{consultation.slug}/q/1/", {"question": qid(consultation, 1), "text": "By the shops"})
    return client


def qid(consultation, position: int) -> int:
    return consultation.items.get(order=position).question_id


def journey_state(client, consultation) -> dict:
    return copy.deepcopy(client.session.get(SESSION_KEY, {}).get(consultation.slug, {}))


def saved() -> tuple[int, int]:
    return Response.objects.count(), Answer.objects.count()


@FUZZ
@given(
    position=st.one_of(st.integers(1, 4), st.integers(-5, 100)),
    data=form_data(
        {
            "question": st.one_of(st.just("<right>"), st.integers(-(2**70), 2**70).map(str), TEXT),
            "answer": VALUE,
            "text": LONG_TEXT,
            "action": st.sampled_from(["continue", "skip", "", "delete", "save"]),
        }
    ),
    back_to_check=st.booleans(),
)
def test_answer_pages_never_fail_and_a_rejected_answer_changes_nothing(world, position, data, back_to_check):
    consultation, _locality = world
    client = started(consultation)
    if data.get("question") == "<right>":
        data["question"] = str(qid(consultation, position if 1 <= position <= 4 else 1))
    before, stored = journey_state(client, consultation), saved()
    url = f"/c/{consultation.slug}/q/{position}/" + ("?return=check" if back_to_check else "")
    response = post(client, url, data)
    assert response.status_code < 500
    assert saved() == stored  # answering a question never stores a response
    if response.status_code >= 400:
        assert journey_state(client, consultation) == before
    else:
        after = journey_state(client, consultation)
        for answer in after.get("answers", {}).values():
            assert len(answer.get("text", "")) <= 5000
            assert "\x00" not in answer.get("text", "")


@FUZZ
@given(
    position=st.integers(-2, 6),
    data=form_data({"action": st.sampled_from(["continue", "skip", ""])}),
)
def test_the_content_note_never_fails(world, position, data):
    consultation, _locality = world
    client = started(consultation)
    stored = saved()
    response = post(client, f"/c/{consultation.slug}/q/{position}/before/", data)
    assert response.status_code < 500
    assert saved() == stored


@FUZZ
@given(
    data=form_data(
        {
            "age_band": st.sampled_from(["11-13", "14-15", "prefer_not_to_say", "99", ""]),
            "gender": st.sampled_from(["girl", "boy", "robot", ""]),
            "ethnic_group": st.sampled_from(["white", "asian", "martian"]),
            "locality": st.sampled_from(["<north>", "prefer_not_to_say", "0", "-1", "999999999999"]),
            "send": st.sampled_from(["yes", "no", "maybe"]),
            "care_experienced": st.sampled_from(["not_sure", "never"]),
            "action": st.sampled_from(["continue", "skip", ""]),
        }
    )
)
def test_about_you_never_fails_and_a_rejected_answer_changes_nothing(world, data):
    consultation, locality = world
    if data.get("locality") == "<north>":
        data["locality"] = str(locality.pk)
    client = started(consultation)
    before, stored = journey_state(client, consultation), saved()
    response = post(client, f"/c/{consultation.slug}/about-you/", data)
    assert response.status_code < 500
    assert saved() == stored
    if response.status_code >= 400:
        assert journey_state(client, consultation) == before
    # Whatever was sent, the check page still shows (the session holds nothing it cannot read back).
    assert client.get(f"/c/{consultation.slug}/check/").status_code == 200


@FUZZ
@given(
    data=form_data({"token": st.one_of(st.just("<right>"), TEXT, st.just("x" * 65)), "action": TEXT}),
    with_journey=st.booleans(),
)
def test_sending_never_fails_and_only_the_right_token_saves_once(world, data, with_journey):
    consultation, _locality = world
    cache.clear()  # the hourly limit per client is tested elsewhere: here every post should be judged
    client = started(consultation) if with_journey else Client()
    right = None
    if with_journey:
        page = client.get(f"/c/{consultation.slug}/check/").content.decode()
        right = re.search(r'name="token" value="([^"]+)"', page).group(1)
    if data.get("token") == "<right>":
        data["token"] = right or "no-journey"
    stored = saved()
    response = post(client, f"/c/{consultation.slug}/check/", data)
    assert response.status_code < 500
    if response.status_code >= 400:
        assert saved() == stored
    elif with_journey and data.get("token") == right:
        assert saved()[0] == stored[0] + 1
        # Sending again (a double click) stores nothing more.
        assert post(client, f"/c/{consultation.slug}/check/", data).status_code < 500
        assert saved()[0] == stored[0] + 1
    else:
        assert saved() == stored


@FUZZ
@given(slug=st.one_of(st.just("<real>"), TEXT.filter(lambda s: "/" not in s)), data=form_data({}))
def test_the_start_page_and_other_addresses_never_fail(world, slug, data):
    consultation, _locality = world
    slug = consultation.slug if slug == "<real>" else slug
    stored = saved()
    for path in ("", "about-you/", "check/", "next/"):
        response = post(Client(), f"/c/{quote(slug)}/{path}", data)
        assert response.status_code < 500
    assert saved() == stored
