"""Deny by default: every view in youthvoice declares who may use it, and roles outside it are refused."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import MembershipFactory
from youthvoice.partnership.access import ACCESS_ATTRIBUTE, ALL_STAFF_ROLES

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


def access_of(callback):
    declared = getattr(callback, ACCESS_ATTRIBUTE, None)
    api_view = getattr(callback, "cls", None)  # a Django REST Framework view
    if declared is None and api_view is not None:
        declared = getattr(api_view, ACCESS_ATTRIBUTE, None)
        for permission in api_view.permission_classes:
            declared = declared or getattr(permission, "roles", None)
    return declared


@pytest.mark.parametrize(("route", "pattern"), list(project_views()), ids=lambda value: str(value))
def test_every_view_declares_its_access(route, pattern):
    access = access_of(pattern.callback)
    assert access == "public" or (access and set(access) <= ALL_STAFF_ROLES), (
        f"{route} ({pattern.name}) has no access rule: decorate it with public_view or role_required."
    )


def role_routes(*, only: str | None = None):
    for route, pattern in project_views():
        access = access_of(pattern.callback)
        is_api = hasattr(pattern.callback, "cls")  # API views answer 401/403, not a redirect to sign in
        if (only == "pages" and is_api) or (only == "api" and not is_api):
            continue
        if access != "public" and "<" not in route:
            yield route, pattern.name, access


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
    for route, name, _allowed in role_routes(only="pages"):
        response = client.get("/" + route)
        assert response.status_code == 302, name
        assert "/staff/sign-in/" in response["Location"], name


@pytest.mark.django_db
def test_anonymous_callers_of_staff_api_endpoints_are_refused(client):
    for route, name, _allowed in role_routes(only="api"):
        response = client.post("/" + route, {}, content_type="application/json")
        assert response.status_code in (401, 403), name


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


def test_api_roles_refuses_unknown_roles():
    from youthvoice.partnership.access import api_roles

    with pytest.raises(ValueError, match="api_roles needs roles"):
        api_roles("superhero")
