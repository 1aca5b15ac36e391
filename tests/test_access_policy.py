"""Deny by default: every view in youthvoice declares who may use it, and roles outside it are refused."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from tests.factories import MembershipFactory
from youthvoice.partnership.access import ALL_STAFF_ROLES, access_declared

# Django's own admin and static serving have their own access control.
EXEMPT_NAMESPACES = {"admin"}


def walk(patterns, prefix="", namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), entry.namespace or namespace)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), namespace, entry


def project_views():
    for route, namespace, pattern in walk(get_resolver().url_patterns):
        if namespace in EXEMPT_NAMESPACES:
            continue
        yield route, pattern


# The policy's own reading of a view's declaration, so the tests and the navigation agree.
access_of = access_declared


@pytest.mark.parametrize(("route", "pattern"), list(project_views()), ids=lambda value: str(value))
def test_every_view_declares_its_access(route, pattern):
    access = access_of(pattern.callback)
    assert access == "public" or (access and set(access) <= ALL_STAFF_ROLES), (
        f"{route} ({pattern.name}) has no access rule: decorate it with public_view or role_required."
    )


def is_api_view(callback) -> bool:
    return getattr(callback, "cls", None) is not None


def role_routes(*, api: bool | None = None):
    for route, pattern in project_views():
        access = access_of(pattern.callback)
        if access == "public" or "<" in route:
            continue
        if api is None or is_api_view(pattern.callback) == api:
            yield route, pattern.name, access


def verified_login(client, user):
    """Sign in as if the password and the TOTP code had both been given."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from youthvoice.core.models import EncryptedTOTPDevice as TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(ALL_STAFF_ROLES))
def test_roles_outside_a_views_rule_are_refused(client, role):
    client.force_login(MembershipFactory(role=role).user)
    for route, name, allowed in role_routes():
        response = client.get("/" + route)
        if role in allowed:
            assert response.status_code != 403, f"{role} should reach {name}"
        else:
            assert response.status_code == 403, f"{role} must not reach {name}"


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in_for_staff_views(client):
    for route, name, _allowed in role_routes(api=False):
        response = client.get("/" + route)
        assert response.status_code == 302, name
        assert "/staff/sign-in/" in response["Location"], name


@pytest.mark.django_db
def test_anonymous_callers_are_refused_by_every_api_endpoint(client):
    for route, name, _allowed in role_routes(api=True):
        assert client.get("/" + route).status_code in {401, 403}, name


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(ALL_STAFF_ROLES))
def test_two_factor_required_sends_unverified_staff_to_set_up_and_refuses_the_api(client, settings, role):
    settings.YOUTHVOICE_TWO_FACTOR = "required"
    client.force_login(MembershipFactory(role=role).user)
    for route, name, allowed in role_routes():
        if role not in allowed:
            continue
        response = client.get("/" + route)
        if is_api_view(resolve("/" + route).func):
            assert response.status_code == 403, f"{name} must refuse a session without a second factor"
        else:
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("core:two-factor-set-up")), name


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(ALL_STAFF_ROLES))
def test_two_factor_required_admits_verified_staff_by_role(client, settings, role):
    settings.YOUTHVOICE_TWO_FACTOR = "required"
    verified_login(client, MembershipFactory(role=role).user)
    for route, name, allowed in role_routes():
        response = client.get("/" + route)
        if role in allowed:
            # Admitted: not refused, and not sent to sign in or to verify a second factor.
            assert response.status_code != 403, f"{role} should reach {name}"
            assert "/staff/sign-in/" not in response.get("Location", ""), f"{role} should reach {name}"
            assert "/staff/two-factor/" not in response.get("Location", ""), f"{role} should reach {name}"
        else:
            assert response.status_code == 403, f"{role} must not reach {name}"


@pytest.mark.django_db
def test_enrolled_staff_must_verify_even_when_two_factor_is_optional(client, settings):
    from youthvoice.core.models import EncryptedTOTPDevice as TOTPDevice

    settings.YOUTHVOICE_TWO_FACTOR = "optional"
    user = MembershipFactory(role="admin").user
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    for route, name, _allowed in role_routes(api=False):
        response = client.get("/" + route)
        assert response["Location"].startswith(reverse("core:two-factor-verify")), name


# Every API endpoint: the staff roles it admits, and the scopes an agency's system needs (none: staff only).
# A new API view without a row here fails test_every_api_view_has_a_row_in_the_table.
STAFF, LEADER_READ = sorted(ALL_STAFF_ROLES), ["admin", "analyst", "leader"]
RELAYERS = ["admin", "leader", "practitioner"]
API_RULES = {
    "api:schema": (STAFF, ["push_voices", "read_aggregates"]),
    "api:whoami": (STAFF, ["push_voices", "read_aggregates"]),
    "api:language-check": (STAFF, ["push_voices", "read_aggregates"]),
    "api:relayed-voices": (RELAYERS, ["push_voices"]),
    "api:relayed-voice": (RELAYERS, ["push_voices"]),
    "api:consultations": (STAFF, ["push_voices", "read_aggregates"]),
    "api:consultation": (STAFF, ["push_voices", "read_aggregates"]),
    "api:consultation-aggregates": (LEADER_READ, ["read_aggregates"]),
}


def api_patterns():
    for route, namespace, pattern in walk(get_resolver().url_patterns):
        if namespace not in EXEMPT_NAMESPACES and is_api_view(pattern.callback):
            yield route, (f"{namespace}:{pattern.name}" if namespace else pattern.name), pattern


def scopes_of(callback) -> frozenset[str]:
    found = frozenset()
    for permission in callback.cls.permission_classes:
        found |= getattr(permission, "client_scopes", frozenset())
    return found


@pytest.mark.parametrize(("route", "name", "pattern"), list(api_patterns()), ids=lambda value: str(value))
def test_every_api_view_has_a_row_in_the_table(route, name, pattern):
    assert name in API_RULES, f"{route} ({name}) needs a row in API_RULES: its roles and scopes."
    roles, scopes = API_RULES[name]
    assert sorted(access_of(pattern.callback)) == roles, name
    assert sorted(scopes_of(pattern.callback)) == scopes, name


def api_url(name, objects) -> str:
    kwargs = {"api:relayed-voice": {"pk": objects["voice"].pk}}.get(name)
    if name in ("api:consultation", "api:consultation-aggregates"):
        kwargs = {"slug": objects["consultation"].slug}
    return reverse(name, kwargs=kwargs)


@pytest.fixture
def api_objects(db):
    """Something behind every API address with a parameter, in one agency's partnership."""
    from tests.factories import AgencyFactory
    from tests.factories_consultations import ConsultationFactory
    from youthvoice.voices.models import Response

    agency = AgencyFactory()
    return {
        "agency": agency,
        "consultation": ConsultationFactory(partnership=agency.partnership),
        "voice": Response(partnership=agency.partnership),  # replaced by one the client sent
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "scopes", [["push_voices"], ["read_aggregates"], ["push_voices", "read_aggregates"]], ids=str
)
def test_api_clients_reach_exactly_the_endpoints_their_scopes_open(client, api_objects, scopes):
    from tests.factories_security import api_client_with_token
    from youthvoice.voices.models import Response

    api_client, token = api_client_with_token(agency=api_objects["agency"], scopes=scopes)
    api_objects["voice"] = Response.objects.create(
        partnership=api_objects["agency"].partnership,
        channel="relayed",
        consent_basis="young_person_agreed",
        submitted_on="2025-01-01",
        reference_code="SCOPETEST",
        relayed_by=api_client.user,
    )
    for name, (_roles, allowed) in API_RULES.items():
        response = client.get(api_url(name, api_objects), HTTP_AUTHORIZATION=f"Bearer {token}")
        if set(scopes) & set(allowed):
            assert response.status_code in {200, 405}, name  # admitted (a POST-only endpoint answers 405)
        else:
            assert response.status_code == 403, name
    for route, name, _allowed in role_routes(api=False):
        # A token is not a session: staff pages treat the caller as signed out.
        response = client.get("/" + route, HTTP_AUTHORIZATION=f"Bearer {token}")
        assert response.status_code == 302, name


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(ALL_STAFF_ROLES))
def test_staff_reach_api_endpoints_with_parameters_by_role(client, api_objects, role):
    membership = MembershipFactory(role=role, agency=api_objects["agency"])
    client.force_login(membership.user)
    api_objects["voice"].relayed_by = membership.user
    api_objects["voice"].channel, api_objects["voice"].consent_basis = "relayed", "young_person_agreed"
    api_objects["voice"].submitted_on, api_objects["voice"].reference_code = "2025-01-01", "ROLETEST"
    api_objects["voice"].save()
    for name, (roles, _scopes) in API_RULES.items():
        response = client.get(api_url(name, api_objects))
        if role in roles:
            assert response.status_code in {200, 405}, f"{role} should reach {name}"
        else:
            assert response.status_code == 403, f"{role} must not reach {name}"


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "allowed"), [("analyst", True), ("leader", True), ("practitioner", False)])
def test_api_roles_admits_only_the_named_roles(rf, role, allowed):
    from django.contrib.sessions.backends.signed_cookies import SessionStore

    from youthvoice.partnership.access import api_roles

    request = rf.get("/api/")
    request.user = MembershipFactory(role=role).user
    request.session = SessionStore()
    permission = api_roles("analyst", "leader")()
    assert permission.has_permission(request, view=None) is allowed


def test_api_roles_refuses_unknown_roles_and_scopes():
    from youthvoice.partnership.access import api_roles

    with pytest.raises(ValueError, match="api_roles needs roles"):
        api_roles("superhero")
    with pytest.raises(ValueError, match="api_roles needs scopes"):
        api_roles("leader", scopes=["everything"])


@pytest.mark.django_db
def test_a_client_with_an_unknown_scope_in_its_row_gets_nothing_from_it(client):
    from tests.factories_security import api_client_with_token
    from youthvoice.core.models import ApiClient

    api_client, token = api_client_with_token()
    ApiClient.objects.filter(pk=api_client.pk).update(scopes=["admin", "read_everything"])
    response = client.get(reverse("api:whoami"), HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 403


def test_existing_clients_get_the_push_scope_only_by_the_migration():
    from importlib import import_module

    migration = import_module("youthvoice.core.migrations.0004_api_client_scopes").Migration
    (operation,) = migration.operations
    assert operation.name == "scopes" and operation.field.default() == ["push_voices"]
