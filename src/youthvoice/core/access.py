"""The one access policy for youthvoice's pages, API and exports (DESIGN.md, "Safety by design").

Deny by default: every view declares who may use it with exactly one of these decorators, and a test walks
every URL pattern to prove it (tests/core/test_access_policy.py). A view without a declaration fails the
suite.

- ``@public_view``: anyone, including young people without an account.
- ``@role_required(*ANALYSTS_AND_LEADERS)``: signed-in staff holding one of the roles in a partnership. The
  view gets ``request.partnership`` and ``request.roles`` (the user's roles there). Each set of roles has
  one name, below (``ALL_STAFF_ROLES``, ``ANALYSTS``, ...); a view names its set, never lists roles.
- API views (Django REST Framework): ``permission_classes = [api_roles(Role.ANALYST, ..., scopes=...)]``,
  or ``[AllowAny]`` with ``youthvoice_access = "public"`` on the class for a public endpoint. The roles
  admit signed-in staff; ``scopes`` admit agencies' systems holding one of those scopes (none named: no
  system may call the endpoint).

Links follow the same policy: ``may_open(request, url_name)`` says whether the signed-in user would be let
through, so navigation shows a page only to those who can open it (youthvoice.core.navigation).

Two-factor sign-in (youthvoice.core.two_factor): staff whose session has not passed the second factor when
policy or their own enrolment asks for it are sent to verify (pages) or refused (API). An agency's system
calling the API with a token (youthvoice.core.api_auth) acts in its agency's partnership with the scopes an
admin gave it: ``request.agency`` is its agency, ``request.scopes`` its scopes and ``request.roles`` the staff
roles those scopes stand for (``SCOPE_ROLES``: sending relayed voices is what a practitioner does, reading
aggregates is a leader-level read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, wraps
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import connections, router
from django.shortcuts import redirect
from django.urls import NoReverseMatch, resolve, reverse
from rest_framework.permissions import BasePermission

from youthvoice.core.api_auth import api_client_of
from youthvoice.core.models import ApiClient
from youthvoice.core.two_factor import second_factor_step
from youthvoice.partnership.models import Agency, Membership, Partnership

Role = Membership.Role
Scope = ApiClient.Scope
ALL_STAFF_ROLES = frozenset(Role.values)
ALL_SCOPES = frozenset(Scope.values)

# The sets of roles views admit, one name each. An admin may do anything staff may, so every set has admins.
ANALYSTS_AND_LEADERS = frozenset({Role.ANALYST, Role.LEADER, Role.ADMIN})  # build, curate, read aggregates
PRACTITIONERS_AND_LEADERS = frozenset({Role.PRACTITIONER, Role.LEADER, Role.ADMIN})  # relay voices, sessions
ANALYSTS = frozenset({Role.ANALYST, Role.ADMIN})  # see and code answers, import
LEADERS = frozenset({Role.LEADER, Role.ADMIN})  # publish to young people, edit the mandate
ADMINS = frozenset({Role.ADMIN})
ROLE_SETS = {
    "ALL_STAFF_ROLES": ALL_STAFF_ROLES,
    "ANALYSTS_AND_LEADERS": ANALYSTS_AND_LEADERS,
    "PRACTITIONERS_AND_LEADERS": PRACTITIONERS_AND_LEADERS,
    "ANALYSTS": ANALYSTS,
    "LEADERS": LEADERS,
    "ADMINS": ADMINS,
}
ACCESS_ATTRIBUTE = "youthvoice_access"
# The staff role each scope of an agency's system stands for: what a member of staff with that role could do.
SCOPE_ROLES = {Scope.PUSH_VOICES: Role.PRACTITIONER, Scope.READ_AGGREGATES: Role.LEADER}


def api_client_scopes(client: ApiClient) -> frozenset[str]:
    """The client's scopes that youthvoice knows (anything else in the column is ignored, never trusted)."""
    return frozenset(client.scopes or ()) & ALL_SCOPES


def roles_by_partnership(*, user) -> dict[Partnership, set[str]]:
    """The user's roles in each partnership they have a membership in, read afresh on every request.

    One plain statement (each membership: its partnership's row and the role), as
    ``Membership.objects.filter(user=user).select_related("agency__partnership")`` would read them: building
    that query was most of its 0.45 ms of CPU, on every staff page and API call; this takes about 0.1 ms
    (bench/README.md, session 20). Read through ``Partnership.objects.raw``, so each partnership is a whole
    model instance with its fields converted as the ORM converts them. Unordered: partnership names are
    unique, so the order of the rows changes nothing here."""
    roles: dict[Partnership, set[str]] = {}
    if not user.is_authenticated:
        return roles
    for partnership in Partnership.objects.raw(memberships_sql(router.db_for_read(Partnership)), [user.pk]):
        roles.setdefault(partnership, set()).add(vars(partnership).pop(ROLE_COLUMN))
    return roles


ROLE_COLUMN = "youthvoice_membership_role"  # the role, beside the partnership's own columns


@cache
def memberships_sql(alias: str) -> str:
    quote = connections[alias].ops.quote_name
    membership, agency, partnership = Membership._meta, Agency._meta, Partnership._meta

    def column(meta, name: str) -> str:
        return quote(meta.get_field(name).column)

    columns = ", ".join(f"p.{quote(field.column)}" for field in partnership.concrete_fields)
    agency_of, partnership_of = column(membership, "agency"), column(agency, "partnership")
    return (
        f"SELECT {columns}, m.{column(membership, 'role')} AS {ROLE_COLUMN} "  # noqa: S608 (names only)
        f"FROM {quote(membership.db_table)} m "
        f"JOIN {quote(agency.db_table)} a ON a.{column(agency, 'id')} = m.{agency_of} "
        f"JOIN {quote(partnership.db_table)} p ON p.{column(partnership, 'id')} = a.{partnership_of} "
        f"WHERE m.{column(membership, 'user')} = %s"
    )


def active_partnership(request) -> tuple[Partnership | None, set[str]]:
    """The partnership a signed-in user is working in, and their roles there.

    A user in several partnerships works in the one chosen in their session (``partnership_id``), else the
    first by name.
    """
    roles = roles_by_partnership(user=request.user)
    if not roles:
        return None, set()
    chosen = request.session.get("partnership_id")
    for partnership, partnership_roles in roles.items():
        if partnership.pk == chosen:
            return partnership, partnership_roles
    partnership = min(roles, key=lambda p: p.name)
    return partnership, roles[partnership]


def public_view(view: Callable) -> Callable:
    setattr(view, ACCESS_ATTRIBUTE, "public")
    return view


def role_required(*allowed: str) -> Callable[[Callable], Callable]:
    unknown = set(allowed) - ALL_STAFF_ROLES
    if not allowed or unknown:
        raise ValueError(f"role_required needs roles from {sorted(ALL_STAFF_ROLES)}, got {sorted(unknown)}")

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            step = second_factor_step(request)
            if step is not None:
                return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
            partnership, roles = active_partnership(request)
            if partnership is None or not roles & set(allowed):
                raise PermissionDenied("Your role does not allow this.")
            request.partnership = partnership
            request.roles = roles
            return view(request, *args, **kwargs)

        setattr(wrapped, ACCESS_ATTRIBUTE, frozenset(allowed))
        return wrapped

    return decorator


def staff_view(view: Callable) -> Callable:
    """Any signed-in member of staff with a role in a partnership."""
    return role_required(*ALL_STAFF_ROLES)(view)


def api_roles(*allowed: str, scopes: Iterable[str] = ()) -> type[BasePermission]:
    """A DRF permission class admitting signed-in staff with one of ``allowed`` roles in their partnership,
    and agencies' systems holding one of ``scopes`` (none given: no agency's system)."""
    unknown = set(allowed) - ALL_STAFF_ROLES
    if not allowed or unknown:
        raise ValueError(f"api_roles needs roles from {sorted(ALL_STAFF_ROLES)}, got {sorted(unknown)}")
    unknown_scopes = set(scopes) - ALL_SCOPES
    if unknown_scopes:
        raise ValueError(f"api_roles needs scopes from {sorted(ALL_SCOPES)}, got {sorted(unknown_scopes)}")

    class HasRole(BasePermission):
        roles = frozenset(allowed)
        client_scopes = frozenset(scopes)
        message = "Your role does not allow this."

        def has_permission(self, request, view) -> bool:
            if not request.user or not request.user.is_authenticated:
                return False
            client = api_client_of(request)
            if client is not None:
                held = api_client_scopes(client)
                if not held & self.client_scopes:
                    self.message = (
                        "This token does not allow this. It needs one of these scopes: "
                        f"{', '.join(sorted(self.client_scopes)) or 'none (staff only)'}; "
                        "ask a partnership admin."
                    )
                    return False
                request.partnership = client.agency.partnership
                request.scopes = held
                request.roles = {SCOPE_ROLES[scope] for scope in held}
                request.agency = client.agency
                return True
            if second_factor_step(request) is not None:
                self.message = "Sign in with your second factor (an authenticator app code) first."
                return False
            partnership, roles = active_partnership(request)
            if partnership is None or not roles & self.roles:
                return False
            request.partnership = partnership
            request.roles = roles
            request.scopes = frozenset()
            request.agency = None
            return True

    HasRole.__name__ = "HasRole_" + "_".join(sorted(allowed)) + "".join(f"_{s}" for s in sorted(scopes))
    return HasRole


def access_declared(view: Callable) -> str | frozenset[str] | None:
    """What a view declared: "public", the roles allowed, or None (no rule, so nobody: deny by default)."""
    declared = getattr(view, ACCESS_ATTRIBUTE, None)
    api_view = getattr(view, "cls", None)  # a Django REST Framework view
    if declared is None and api_view is not None:
        declared = getattr(api_view, ACCESS_ATTRIBUTE, None)
        for permission in api_view.permission_classes:
            declared = declared or getattr(permission, "roles", None)
    return declared


def may_open(request, url_name: str, *args) -> bool:
    """Whether the view behind ``url_name`` would let this request's user in, decided by the same rules as
    the decorators above (and, for Django's admin, by the admin site's own check)."""
    try:
        match = resolve(reverse(url_name, args=args))
    except NoReverseMatch:
        return False
    if match.namespace == "admin":
        from django.contrib import admin

        return admin.site.has_permission(request)
    declared = access_declared(match.func)
    if declared == "public":
        return True
    if declared is None or not request.user.is_authenticated or second_factor_step(request) is not None:
        return False
    if not hasattr(request, "_youthvoice_roles"):
        request._youthvoice_roles = active_partnership(request)[1]
    return bool(request._youthvoice_roles & declared)
