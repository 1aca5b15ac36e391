"""The API: bearer tokens for agencies' systems (hashed, revocable, scoped to the agency), an OpenAPI schema
for authenticated callers only, and a fuzz of every endpoint in that schema that allows no server error."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.core.factories import api_client_with_token
from tests.partnership.factories import AgencyFactory, MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.core.models import ApiClient
from youthvoice.core.services import api_client_revoke

pytestmark = pytest.mark.django_db


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_a_token_acts_for_its_agency_with_the_role_its_scopes_stand_for(client):
    api_client, token = api_client_with_token()
    response = client.get(reverse("api:whoami"), **bearer(token))
    assert response.status_code == 200
    assert response.json() == {
        "kind": "api_client",
        "partnership": api_client.agency.partnership.slug,
        "agency": api_client.agency.name,
        "roles": ["practitioner"],
        "scopes": ["push_voices"],
    }
    _reader, token = api_client_with_token(scopes=["push_voices", "read_aggregates"])
    data = client.get(reverse("api:whoami"), **bearer(token)).json()
    assert data["roles"] == ["leader", "practitioner"]
    assert data["scopes"] == ["push_voices", "read_aggregates"]
    api_client.refresh_from_db()
    assert api_client.last_used_on == timezone.localdate()


def test_only_a_hash_of_the_token_is_stored():
    api_client, token = api_client_with_token()
    stored = str(list(ApiClient.objects.values()))
    assert token not in stored and token[12:] not in stored
    assert api_client.token_prefix == token[:10]


@pytest.mark.parametrize("header", ["Bearer yv_wrong", "Bearer", "Bearer a b", "Bearer \u00e9t\u00e9"])
def test_wrong_or_malformed_tokens_are_refused_with_401(client, header):
    response = client.get(reverse("api:whoami"), HTTP_AUTHORIZATION=header.encode().decode("latin-1"))
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_stops_working_and_revoking_is_audited(client):
    api_client, token = api_client_with_token()
    admin = MembershipFactory(role="admin", agency=api_client.agency).user
    api_client_revoke(client=api_client, revoked_by=admin, reason="laptop lost")
    assert client.get(reverse("api:whoami"), **bearer(token)).status_code == 401
    event = AuditEvent.objects.get(action="api_client_revoked")
    assert event.actor == admin and event.reason == "laptop lost"


def test_the_service_account_of_a_client_cannot_use_staff_pages_or_sign_in(client):
    api_client, _token = api_client_with_token()
    assert not api_client.user.has_usable_password()
    client.force_login(api_client.user)
    assert client.get(reverse("audit:log")).status_code == 403


def test_admins_create_a_client_and_see_its_token_once(client):
    admin = MembershipFactory(role="admin")
    client.force_login(admin.user)
    page = client.post(
        reverse("core:api-clients"),
        {
            "agency": admin.agency.pk,
            "name": "Case system",
            "contact": "Jo Example, jo@example.org",
            "scopes": ["push_voices", "read_aggregates"],
        },
    )
    html = page.content.decode()
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    token = html.split('<code class="yv-key">')[1].split("</code>")[0]
    assert client.get(reverse("api:whoami"), **bearer(token)).status_code == 200
    listing = client.get(reverse("core:api-clients")).content.decode()
    assert "Case system" in listing and token not in listing
    assert "Read disclosure-controlled figures" in listing
    event = AuditEvent.objects.get(action="api_client_created", actor=admin.user)
    assert event.detail["scopes"] == ["push_voices", "read_aggregates"]
    assert event.detail["name"] == "Case system" and event.detail["token_prefix"] == token[:10]
    assert ApiClient.objects.get().scopes == ["push_voices", "read_aggregates"]


@pytest.mark.parametrize(
    ("scopes", "problem"),
    [([], "Choose what the system may do"), (["superuser"], "Choose from the list what the system may do")],
)
def test_admins_must_choose_known_scopes_for_a_client(client, scopes, problem):
    admin = MembershipFactory(role="admin")
    client.force_login(admin.user)
    response = client.post(
        reverse("core:api-clients"), {"agency": admin.agency.pk, "name": "Case system", "scopes": scopes}
    )
    assert response.status_code == 400
    assert problem in response.content.decode()
    assert not ApiClient.objects.exists()


def test_the_scopes_form_offers_sending_voices_only_by_default(client):
    client.force_login(MembershipFactory(role="admin").user)
    page = client.get(reverse("core:api-clients")).content.decode()
    assert 'value="push_voices" checked' in page
    assert 'value="read_aggregates">' in page


def test_admins_cannot_add_a_client_for_another_partnerships_agency(client):
    admin = MembershipFactory(role="admin")
    client.force_login(admin.user)
    response = client.post(
        reverse("core:api-clients"),
        {"agency": AgencyFactory().pk, "name": "Sneaky", "scopes": ["push_voices"]},
    )
    assert response.status_code == 400
    assert "Error: API clients" in response.content.decode()
    assert not ApiClient.objects.exists()


def test_admins_cannot_revoke_another_partnerships_client(client):
    other, _token = api_client_with_token()
    client.force_login(MembershipFactory(role="admin").user)
    assert client.post(reverse("core:api-client-revoke", args=[other.pk])).status_code == 404
    other.refresh_from_db()
    assert not other.revoked


def test_schema_is_for_authenticated_callers_only_and_has_no_browsable_ui(client):
    assert client.get(reverse("api:schema")).status_code == 401
    _api_client, token = api_client_with_token()
    response = client.get(reverse("api:schema") + "?format=json", **bearer(token))
    assert response.status_code == 200
    schema = response.json()
    assert "/api/whoami/" in schema["paths"]
    assert schema["components"]["securitySchemes"]["agencyToken"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "An API client token from an admin.",
    }
    assert client.get("/api/schema/swagger-ui/").status_code == 404
    assert client.get("/api/schema/redoc/").status_code == 404


@pytest.fixture
def api_token(db):
    """A token with every scope, in a partnership with something behind each endpoint, so the fuzz reaches
    each operation's own code (not only the door)."""
    from tests.consultations.factories import ConsultationFactory, QuestionFactory
    from youthvoice.consultations.models import Audience
    from youthvoice.voices.services import RELAYED_QUESTION_KEY

    api_client, token = api_client_with_token(scopes=["push_voices", "read_aggregates"])
    partnership = api_client.agency.partnership
    QuestionFactory(partnership=partnership, key=RELAYED_QUESTION_KEY, audience=Audience.PROFESSIONALS)
    ConsultationFactory(
        partnership=partnership, slug="a", questions=[QuestionFactory(partnership=partnership)]
    )
    return token


@pytest.fixture
def api_schema(api_token, client):
    """The live schema, fetched as an agency's system would, bound to the WSGI app in this process."""
    document = client.get(reverse("api:schema") + "?format=json", **bearer(api_token)).json()
    schema = schemathesis.openapi.from_dict(document)
    schema.app = get_wsgi_application()
    # As Django's test client does: a request ending must not close the test's transaction's connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schema
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_no_api_endpoint_answers_with_a_server_error(api_schema, api_token):
    """Every operation in the schema, fuzzed in-process; endpoints other apps add are picked up by themselves.

    (schemathesis' own pytest plugin does not run under pytest 9, so hypothesis drives its strategies here.)
    Each operation must be reached past authentication and scopes at least once: a fuzz that only ever met
    a 401 or 403 would prove nothing about the endpoint's own handling of bad input.
    """
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert operations, "the schema lists no operations"
    assert {
        "POST /api/v1/relayed-voices/",
        "GET /api/v1/relayed-voices/",
        "GET /api/v1/relayed-voices/{id}/",
        "PATCH /api/v1/relayed-voices/{id}/",
        "GET /api/v1/consultations/",
        "GET /api/v1/consultations/{slug}/",
        "GET /api/v1/consultations/{slug}/aggregates/",
    } <= {operation.label for operation in operations}
    for operation in operations:
        statuses = fuzz_operation(operation, token=api_token)
        assert statuses, operation.label
        assert set(statuses) - {401, 403}, f"{operation.label} was never reached past the door: {statuses}"


def fuzz_operation(operation, *, token: str) -> list[int]:
    """Run hypothesis over one operation; the status codes it answered with."""
    statuses: list[int] = []

    @given(case=operation.as_strategy())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    def fuzz(case):
        response = case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"}, checks=[not_a_server_error]
        )
        statuses.append(response.status_code)

    fuzz()
    return statuses


def test_every_api_error_has_the_same_shape(client):
    """{"detail": a sentence}, and for a 400 the problems by field: whatever went wrong, one shape."""
    _push_only, token = api_client_with_token()
    cases = [
        (client.get("/api/v1/consultations/"), 401),
        (client.get("/api/v1/consultations/a/aggregates/", **bearer(token)), 403),
        (client.get("/api/v1/consultations/nothing/", **bearer(token)), 404),
        (client.put("/api/v1/relayed-voices/", {}, content_type="application/json", **bearer(token)), 405),
        (client.post("/api/v1/relayed-voices/", "{", content_type="application/json", **bearer(token)), 400),
        (client.post("/api/v1/relayed-voices/", "a=b", content_type="text/plain", **bearer(token)), 415),
    ]
    for response, code in cases:
        assert response.status_code == code, response.content
        body = response.json()
        assert set(body) <= {"detail", "errors"} and isinstance(body["detail"], str) and body["detail"]
    invalid = client.post(
        "/api/v1/relayed-voices/",
        {},
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="k",
        **bearer(token),
    ).json()
    assert set(invalid) == {"detail", "errors"}
    assert invalid["errors"]["consent_basis"] == ["This field is required."]


def _every_json_endpoint(client) -> list:
    """A POST or PATCH to each endpoint that reads a JSON body, as ``send(body, content_type)``."""
    from tests.voices.test_api_relayed_voices import Setup, body

    world = Setup()
    sent = client.post(
        "/api/v1/relayed-voices/", body(), content_type="application/json", **world.headers("first")
    )
    voice = f"/api/v1/relayed-voices/{sent.json()['id']}/"

    def relayed(data, content_type):
        return client.post("/api/v1/relayed-voices/", data, content_type=content_type, **world.headers("k"))

    def correct(data, content_type):
        return client.patch(voice, data, content_type=content_type, **world.headers(None))

    def check(data, content_type):
        return client.post("/api/v1/language/check/", data, content_type=content_type, **world.headers(None))

    return [relayed, correct, check]


@pytest.mark.parametrize("depth", [40, 100_000])
def test_deeply_nested_json_is_a_400_in_the_api_error_shape_on_every_endpoint(client, depth):
    nested = "[" * depth + "]" * depth
    for send in _every_json_endpoint(client):
        response = send('{"text": ' + nested + "}", "application/json")
        assert response.status_code == 400, response.content[:200]
        assert response["Content-Type"] == "application/json"
        assert response.json() == {
            "detail": "The JSON is nested too deeply: send no more than 20 levels of objects and lists."
        }


def test_json_nested_as_deep_as_the_limit_is_read(client):
    from youthvoice.core.parsers import MAX_JSON_DEPTH, json_depth

    assert MAX_JSON_DEPTH == 20
    assert json_depth({"a": [{"b": [1]}]}) == 4 and json_depth("x") == 0
    nested = "[" * (MAX_JSON_DEPTH - 1) + "]" * (MAX_JSON_DEPTH - 1)
    _relayed, _correct, check = _every_json_endpoint(client)
    response = check('{"text": ' + nested + "}", "application/json")
    assert response.status_code == 400
    assert response.json()["errors"] == {"text": ["The text must be a string."]}


@pytest.mark.parametrize(
    "content_type",
    ["multipart/form-data; boundary=BoUnDaRy", "application/x-www-form-urlencoded", "text/plain"],
)
def test_a_body_that_is_not_json_is_a_415_on_every_endpoint_as_documented(client, content_type):
    bodies = {
        "multipart/form-data; boundary=BoUnDaRy": (
            '--BoUnDaRy\r\nContent-Disposition: form-data; name="text"\r\n\r\nhello\r\n--BoUnDaRy--\r\n'
        ),
        "application/x-www-form-urlencoded": "text=hello",
        "text/plain": "hello",
    }
    for send in _every_json_endpoint(client):
        response = send(bodies[content_type], content_type)
        assert response.status_code == 415, response.content[:200]
        assert set(response.json()) == {"detail"} and "application/json" in response.json()["detail"]


def test_a_multipart_post_from_a_signed_in_member_of_staff_is_a_415_too(client):
    client.force_login(MembershipFactory(role="analyst").user)
    response = client.post("/api/v1/language/check/", {"text": "hello"})  # the test client sends multipart
    assert response.status_code == 415 and "application/json" in response.json()["detail"]
