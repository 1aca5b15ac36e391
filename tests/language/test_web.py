"""The staff check page, the REST endpoint and oversized requests."""

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.partnership.factories import MembershipFactory
from youthvoice.language.limits import MAX_TEXT_CHARACTERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(MembershipFactory(role="practitioner").user)
    return client


def test_check_page_marks_findings_inline_with_suggestions_and_reading_age(staff_client):
    text = "She keeps putting herself at risk <b>really</b>.\nHe is a drug runner."
    response = staff_client.post(reverse("language:check"), {"text": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert (
        '<mark class="yv-finding yv-finding--high"><a href="#finding-1" class="govuk-link">'
        "putting herself at risk" in page
    )
    assert "is at risk of being exploited" in page
    assert 'id="reading-age"' in page
    assert "&lt;b&gt;really&lt;/b&gt;" in page  # the pasted text is escaped, never rendered as HTML
    assert "2 found" in page


def test_check_page_says_when_nothing_is_found(staff_client):
    response = staff_client.post(reverse("language:check"), {"text": "The adult put the child at risk."})
    assert "No wording to change was found" in response.content.decode()


def test_empty_text_gets_an_error_summary(staff_client):
    response = staff_client.post(reverse("language:check"), {"text": "   "})
    page = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error: Check language" in page
    assert 'href="#id_text">Enter the text you want to check' in page


def test_text_over_the_limit_gets_a_clear_error(staff_client):
    response = staff_client.post(reverse("language:check"), {"text": "a" * (MAX_TEXT_CHARACTERS + 1)})
    assert response.status_code == 400
    assert "200,000 characters or fewer" in response.content.decode()


def test_a_50_mb_paste_gets_a_friendly_page_not_a_crash(staff_client):
    client = staff_client
    client.handler.enforce_csrf_checks = True  # as in a browser: the CSRF check reads the body first
    response = client.post(reverse("language:check"), {"text": "x" * 50_000_000})
    page = response.content.decode()
    assert response.status_code == 413
    assert "<title>Error: Too large" in page
    assert "200,000 characters" in page


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=None)
def test_without_an_upload_limit_the_form_limit_still_applies(staff_client):
    response = staff_client.post(reverse("language:check"), {"text": "x" * 3_000_000})
    assert response.status_code == 400


def test_api_returns_findings_and_reading_age(staff_client):
    response = staff_client.post(
        "/api/v1/language/check/", {"text": "He is a gang member."}, content_type="application/json"
    )
    data = response.json()
    assert response.status_code == 200
    assert [f["rule_id"] for f in data["findings"]] == ["gang-member"]
    assert data["findings"][0]["suggestions"]
    assert data["blocking_findings"] == ["gang-member"] and data["may_publish"] is False
    assert data["reading_age"] is not None and data["reading_age_target"] == 12


@pytest.mark.parametrize(
    ("body", "field"),
    [({}, "text"), ({"text": ""}, "text"), ({"text": 12}, "text"), ({"text": "a" * 200_001}, "text")],
)
def test_api_validation_errors_are_400_json(staff_client, body, field):
    response = staff_client.post("/api/v1/language/check/", body, content_type="application/json")
    assert response.status_code == 400
    # The API's one error shape (youthvoice.core.api): a sentence, and the problems by field.
    assert response.json()["detail"] and field in response.json()["errors"]


@pytest.mark.parametrize(
    ("escaped", "message"),
    [
        ("a lone surrogate \\ud800 here", "Surrogate characters are not allowed: U+D800."),
        ("then \\udfff", "Surrogate characters are not allowed: U+DFFF."),
        ("a null \\u0000 byte", "Null characters are not allowed."),
    ],
)
def test_api_refuses_text_that_is_not_characters_with_400(staff_client, escaped, message):
    body = '{"text": "' + escaped + '"}'  # JSON escapes: such text cannot be encoded to send as it is
    response = staff_client.post("/api/v1/language/check/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"]["text"] == [message]


def test_api_takes_characters_beyond_the_basic_plane(staff_client):
    response = staff_client.post(
        "/api/v1/language/check/",
        {"text": "He is a gang member 😔 \U0001d400."},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["findings"][0]["rule_id"] == "gang-member"


def test_api_refuses_malformed_json_with_400(staff_client):
    response = staff_client.post("/api/v1/language/check/", "{not json", content_type="application/json")
    assert response.status_code == 400


def test_api_refuses_an_oversized_body_with_413_json(staff_client):
    response = staff_client.post(
        "/api/v1/language/check/", {"text": "x" * 3_000_000}, content_type="application/json"
    )
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


@pytest.mark.parametrize("role", ["practitioner", "analyst", "leader", "admin"])
def test_every_staff_role_may_use_the_checker(client, role):
    client.force_login(MembershipFactory(role=role).user)
    assert client.get(reverse("language:check")).status_code == 200
    api = client.post("/api/v1/language/check/", {"text": "ok"}, content_type="application/json")
    assert api.status_code == 200


def test_anonymous_visitors_cannot_use_the_api(client):
    response = client.post("/api/v1/language/check/", {"text": "ok"}, content_type="application/json")
    assert response.status_code in (401, 403)


def test_api_lists_the_rules_it_applies(staff_client):
    data = staff_client.get("/api/v1/language/check/").json()
    assert len(data["rules"]) >= 80 and data["reading_age_target"] == 12
    assert {"id", "category", "severity", "why", "suggestions", "source"} <= set(data["rules"][0])


def test_the_old_api_address_sends_callers_to_version_1_keeping_the_post(client):
    response = client.post("/api/language/check/", {"text": "x"}, content_type="application/json")
    assert response.status_code == 308
    assert response["Location"] == reverse("api:language-check") == "/api/v1/language/check/"


def test_a_post_following_the_old_api_address_is_checked(staff_client):
    response = staff_client.post(
        "/api/language/check/", {"text": "He is a gang member."}, content_type="application/json", follow=True
    )
    assert response.status_code == 200
    assert [f["rule_id"] for f in response.json()["findings"]] == ["gang-member"]
