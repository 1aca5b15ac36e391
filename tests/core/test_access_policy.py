"""Deny by default: every view in youthvoice declares who may use it, and roles outside it are refused."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from tests.partnership.factories import MembershipFactory
from youthvoice.core.access import ALL_STAFF_ROLES, access_declared

# Django's own admin and static serving have their own access control.
EXEMPT_NAMESPACES = {"admin"}

# Who may open every page and API endpoint, written here apart from the views: the tests below check both
# what each view declares and what each role really gets against this table, so a view that admits the
# wrong roles fails even when it is consistent with itself. A new URL needs a row.
PUBLIC = "public"
STAFF = ["admin", "analyst", "leader", "practitioner"]
ANALYSTS_AND_LEADERS = ["admin", "analyst", "leader"]
PRACTITIONERS_AND_LEADERS = ["admin", "leader", "practitioner"]
ANALYSTS = ["admin", "analyst"]
LEADERS = ["admin", "leader"]
ADMINS = ["admin"]
ROLE_TABLE = {
    "core:home": PUBLIC,
    "core:staff-home": PUBLIC,
    "core:login": PUBLIC,
    "core:logout": PUBLIC,
    "core:two-factor-verify": PUBLIC,
    "core:two-factor-set-up": PUBLIC,
    "core:api-clients": ADMINS,
    "core:api-client-revoke": ADMINS,
    "api:schema": STAFF,
    "api:whoami": STAFF,
    "api:relayed-voices": PRACTITIONERS_AND_LEADERS,
    "api:relayed-voice": PRACTITIONERS_AND_LEADERS,
    "api:consultations": STAFF,
    "api:consultation": STAFF,
    "api:consultation-aggregates": ANALYSTS_AND_LEADERS,
    "api:language-check": STAFF,
    "api:language-check-moved": PUBLIC,
    "mandate:overview": STAFF,
    "mandate:matrix": STAFF,
    "mandate:responsibility-add": LEADERS,
    "mandate:responsibility-edit": LEADERS,
    "mandate:responsibility-delete": LEADERS,
    "mandate:champion": STAFF,
    "mandate:champion-appoint": LEADERS,
    "mandate:mandate": STAFF,
    "mandate:mandate-pdf": STAFF,
    "mandate:assessments": STAFF,
    "mandate:assessment-add": LEADERS,
    "mandate:principles": STAFF,
    "mandate:principles-seed": LEADERS,
    "mandate:workshops": STAFF,
    "mandate:workshop-add": LEADERS,
    "mandate:workshop": STAFF,
    "mandate:actions": STAFF,
    "mandate:actions-csv": STAFF,
    "mandate:action-add": LEADERS,
    "mandate:action": STAFF,
    "mandate:action-edit": LEADERS,
    "mandate:action-note-add": STAFF,
    "mandate:scoping": STAFF,
    "mandate:scoping-add": LEADERS,
    "mandate:theme-add": LEADERS,
    "mandate:change-goal-add": LEADERS,
    "mandate:governance": STAFF,
    "mandate:governance-board-add": LEADERS,
    "mandate:governance-board-edit": LEADERS,
    "mandate:governance-board-remove": LEADERS,
    "mandate:scoping-remove": LEADERS,
    "mandate:theme-remove": LEADERS,
    "mandate:reviews": STAFF,
    "mandate:review-add": LEADERS,
    "mandate:review": STAFF,
    "mandate:review-complete": LEADERS,
    "mandate:review-answer": LEADERS,
    "mandate:review-action": LEADERS,
    "strategy:overview": STAFF,
    "strategy:start": LEADERS,
    "strategy:draft": LEADERS,
    "strategy:draft-next": LEADERS,
    "strategy:section-add": LEADERS,
    "strategy:section-edit": LEADERS,
    "strategy:section-remove": LEADERS,
    "strategy:publish": LEADERS,
    "strategy:version": STAFF,
    "strategy:changes": STAFF,
    "strategy:version-pdf": STAFF,
    "audit:log": ADMINS,
    "audit:export": ADMINS,
    "journey:exit": PUBLIC,
    "journey:start": PUBLIC,
    "journey:question": PUBLIC,
    "journey:content-note": PUBLIC,
    "journey:about-you": PUBLIC,
    "journey:check": PUBLIC,
    "journey:done": PUBLIC,
    "journey:next": PUBLIC,
    "consultations:list": STAFF,
    "consultations:new": ANALYSTS_AND_LEADERS,
    "consultations:detail": STAFF,
    "consultations:edit": ANALYSTS_AND_LEADERS,
    "consultations:status": ANALYSTS_AND_LEADERS,
    "consultations:question-new": ANALYSTS_AND_LEADERS,
    "consultations:question-move": ANALYSTS_AND_LEADERS,
    "consultations:question-bank": STAFF,
    "consultations:translations": STAFF,
    "consultations:translations-language": STAFF,
    "consultations:translations-question": ANALYSTS_AND_LEADERS,
    "consultations:translations-consultation": ANALYSTS_AND_LEADERS,
    "consultations:open": ANALYSTS_AND_LEADERS,
    "voices:relayed-list": PRACTITIONERS_AND_LEADERS,
    "voices:relayed-new": PRACTITIONERS_AND_LEADERS,
    "voices:relayed-edit": PRACTITIONERS_AND_LEADERS,
    "voices:facilitated-list": PRACTITIONERS_AND_LEADERS,
    "voices:facilitated-new": PRACTITIONERS_AND_LEADERS,
    "voices:facilitated-end-staff": PRACTITIONERS_AND_LEADERS,
    "voices:facilitated-alert-checked": PRACTITIONERS_AND_LEADERS,
    "voices:responses-import": ANALYSTS,
    "voices:responses-import-map": ANALYSTS,
    "voices:responses-import-cancel": ANALYSTS,
    "voices:facilitated-end": PUBLIC,
    "voices:erasure-search": ADMINS,
    "voices:erasure-confirm": ADMINS,
    "voices:data-protection": PUBLIC,
    "insights:population": ANALYSTS_AND_LEADERS,
    "insights:population-upload": ADMINS,
    "insights:landscape": ANALYSTS_AND_LEADERS,
    "insights:landscape-export": ANALYSTS_AND_LEADERS,
    "insights:landscape-upload": ANALYSTS,
    "insights:landscape-template": ANALYSTS,
    "insights:dashboard": ANALYSTS_AND_LEADERS,
    "insights:dashboard-briefing": ANALYSTS_AND_LEADERS,
    "insights:dashboard-export": ANALYSTS_AND_LEADERS,
    "insights:dashboard-audience": ANALYSTS_AND_LEADERS,
    "insights:dashboard-audience-export": ANALYSTS_AND_LEADERS,
    "insights:dashboard-quotes": ANALYSTS_AND_LEADERS,
    "insights:coding": ANALYSTS,
    "insights:coding-answer": ANALYSTS,
    "insights:coding-theme-add": ANALYSTS,
    "insights:sample-new": ANALYSTS,
    "insights:codebook": ANALYSTS,
    "insights:codebook-theme": ANALYSTS,
    "insights:samples": ANALYSTS,
    "insights:sample-agreement": ANALYSTS,
    "insights:sample-code": ANALYSTS,
    "insights:sample-reconcile": ANALYSTS,
    # Young people's panels: youth workers run them, analysts own the themes, leaders cite them.
    "insights:panels": STAFF,
    "insights:panel-new": STAFF,
    "insights:panel": STAFF,
    "insights:panel-start": STAFF,
    "insights:panel-end-staff": STAFF,
    "panel:run": PUBLIC,
    "panel:saved": PUBLIC,
    "panel:end": PUBLIC,
    "insights:suggestion-runs": ANALYSTS,
    "insights:suggestion-run": ANALYSTS,
    "insights:suggestion-run-status": ANALYSTS,
    "insights:suggestion-decide": ANALYSTS,
    "language:check": STAFF,
    "language:settings": ADMINS,
    "language:glossary-staff": ANALYSTS_AND_LEADERS,
    "language:glossary-term": ANALYSTS_AND_LEADERS,
    "language:definitions-import": ANALYSTS,
    "language:glossary": PUBLIC,
    "language:glossary-public": PUBLIC,
    "feedback:public-list": PUBLIC,
    "feedback:feed": PUBLIC,
    "feedback:public-consultation": PUBLIC,
    "feedback:lookup": PUBLIC,
    "feedback:list": STAFF,
    "feedback:new": LEADERS,
    "feedback:detail": STAFF,
    "feedback:edit": LEADERS,
    "feedback:publish": LEADERS,
    "feedback:translate": LEADERS,
    "feedback:leaders-home": LEADERS,
    "feedback:one-page": STAFF,
    "feedback:delay-new": LEADERS,
    "share:kit": STAFF,
    "share:qr": STAFF,
    "share:poster": STAFF,
    "share:preview": STAFF,
    "share:arrive": PUBLIC,
    "voices:ask-for-help": PUBLIC,
    # Any staff member may open these; only the partnership's named safeguarding contacts see a request.
    "voices:help-requests": STAFF,
    "voices:help-request": STAFF,
    "voices:help-request-done": STAFF,
    "voices:paper": STAFF,
    "voices:paper-questionnaire": STAFF,
    "voices:paper-enter": STAFF,
    "voices:professional-answer": STAFF,
}


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


def named_views():
    """Every route with its full URL name (``namespace:name``)."""
    for route, namespace, pattern in walk(get_resolver().url_patterns):
        if namespace not in EXEMPT_NAMESPACES:
            yield route, (f"{namespace}:{pattern.name}" if namespace else pattern.name), pattern


@pytest.mark.parametrize(("route", "pattern"), list(project_views()), ids=lambda value: str(value))
def test_every_view_declares_its_access(route, pattern):
    access = access_of(pattern.callback)
    assert access == "public" or (access and set(access) <= ALL_STAFF_ROLES), (
        f"{route} ({pattern.name}) has no access rule: decorate it with public_view or role_required."
    )


@pytest.mark.parametrize(("route", "name", "pattern"), list(named_views()), ids=lambda value: str(value))
def test_every_view_declares_what_the_role_table_says(route, name, pattern):
    assert name in ROLE_TABLE, f"{route} ({name}) needs a row in ROLE_TABLE: who may open it."
    access = access_of(pattern.callback)
    expected = ROLE_TABLE[name]
    assert (access if access == PUBLIC else sorted(access)) == expected, name


def test_the_role_table_has_no_row_without_a_url():
    assert set(ROLE_TABLE) == {name for _route, name, _pattern in named_views()}


def test_each_set_of_roles_has_one_name_and_views_use_only_those():
    from youthvoice.core.access import ROLE_SETS

    assert len(set(ROLE_SETS.values())) == len(ROLE_SETS), "two names for one set of roles"
    assert {name: sorted(roles) for name, roles in ROLE_SETS.items()} == {
        "ALL_STAFF_ROLES": STAFF,
        "ANALYSTS_AND_LEADERS": ANALYSTS_AND_LEADERS,
        "PRACTITIONERS_AND_LEADERS": PRACTITIONERS_AND_LEADERS,
        "ANALYSTS": ANALYSTS,
        "LEADERS": LEADERS,
        "ADMINS": ADMINS,
    }
    for _route, name, pattern in named_views():
        access = access_of(pattern.callback)
        assert access == PUBLIC or frozenset(access) in set(ROLE_SETS.values()), (
            f"{name} admits an unnamed set"
        )


def is_api_view(callback) -> bool:
    return getattr(callback, "cls", None) is not None


def role_routes(*, api: bool | None = None):
    """Staff routes without parameters, with their full URL name and the roles ROLE_TABLE admits."""
    for route, name, pattern in named_views():
        allowed = ROLE_TABLE[name]
        if allowed == PUBLIC or "<" in route:
            continue
        if api is None or is_api_view(pattern.callback) == api:
            yield route, name, allowed


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


# Every API endpoint's roles come from ROLE_TABLE; here, the scopes an agency's system needs (none: staff
# only). A new API view without a row here fails test_every_api_view_has_a_row_in_the_table.
API_SCOPES = {
    "api:schema": ["push_voices", "read_aggregates"],
    "api:whoami": ["push_voices", "read_aggregates"],
    "api:language-check": ["push_voices", "read_aggregates"],
    "api:relayed-voices": ["push_voices"],
    "api:relayed-voice": ["push_voices"],
    "api:consultations": ["push_voices", "read_aggregates"],
    "api:consultation": ["push_voices", "read_aggregates"],
    "api:consultation-aggregates": ["read_aggregates"],
}
API_RULES = {name: (ROLE_TABLE[name], scopes) for name, scopes in API_SCOPES.items()}


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
    from tests.consultations.factories import ConsultationFactory
    from tests.partnership.factories import AgencyFactory
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
    from tests.core.factories import api_client_with_token
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

    from youthvoice.core.access import api_roles

    request = rf.get("/api/")
    request.user = MembershipFactory(role=role).user
    request.session = SessionStore()
    permission = api_roles("analyst", "leader")()
    assert permission.has_permission(request, view=None) is allowed


def test_api_roles_refuses_unknown_roles_and_scopes():
    from youthvoice.core.access import api_roles

    with pytest.raises(ValueError, match="api_roles needs roles"):
        api_roles("superhero")
    with pytest.raises(ValueError, match="api_roles needs scopes"):
        api_roles("leader", scopes=["everything"])


@pytest.mark.django_db
def test_a_client_with_an_unknown_scope_in_its_row_gets_nothing_from_it(client):
    from tests.core.factories import api_client_with_token
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
