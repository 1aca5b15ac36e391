"""The one access policy for youthvoice's pages, API and exports (DESIGN.md, "Safety by design").

Deny by default: every view declares who may use it with exactly one of these decorators, and a test walks
every URL pattern to prove it (tests/test_access_policy.py). A view without a declaration fails the suite.

- ``@public_view``: anyone, including young people without an account.
- ``@role_required(Role.ANALYST, ...)``: signed-in staff holding one of the roles in a partnership. The
  view gets ``request.partnership`` and ``request.roles`` (the user's roles there).
- API views (Django REST Framework): ``permission_classes = [api_roles(Role.ANALYST, ...)]``, or
  ``[AllowAny]`` with ``youthvoice_access = "public"`` on the class for a public endpoint.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from rest_framework.permissions import BasePermission

from youthvoice.partnership.models import Membership, Partnership

Role = Membership.Role
ALL_STAFF_ROLES = frozenset(Role.values)
ACCESS_ATTRIBUTE = "youthvoice_access"


def roles_by_partnership(*, user) -> dict[Partnership, set[str]]:
    roles: dict[Partnership, set[str]] = {}
    if not user.is_authenticated:
        return roles
    for membership in Membership.objects.filter(user=user).select_related("agency__partnership"):
        roles.setdefault(membership.agency.partnership, set()).add(membership.role)
    return roles


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


def api_roles(*allowed: str) -> type[BasePermission]:
    """A DRF permission class admitting signed-in staff with one of ``allowed`` roles in their partnership."""
    unknown = set(allowed) - ALL_STAFF_ROLES
    if not allowed or unknown:
        raise ValueError(f"api_roles needs roles from {sorted(ALL_STAFF_ROLES)}, got {sorted(unknown)}")

    class HasRole(BasePermission):
        roles = frozenset(allowed)
        message = "Your role does not allow this."

        def has_permission(self, request, view) -> bool:
            if not request.user or not request.user.is_authenticated:
                return False
            partnership, roles = active_partnership(request)
            if partnership is None or not roles & self.roles:
                return False
            request.partnership = partnership
            request.roles = roles
            return True

    HasRole.__name__ = "HasRole_" + "_".join(sorted(allowed))
    return HasRole
