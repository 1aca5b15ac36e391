"""Django's admin: for the platform operator only, reached through youthvoice's own sign-in (throttled, with
the second factor).

The admin's models cross partnerships (every partnership's workshops, thresholds, memberships), so only a
superuser, the operator who runs the installation for every partnership, may use it. A partnership's own
admins work in youthvoice's pages, which are scoped to their partnership; they are never superusers, and
the staff flag or model permissions alone do not let anyone in (docs/security.md, "Django's admin").
"""

from urllib.parse import urlencode

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse

from youthvoice.core.two_factor import second_factor_step


class AdminSite(admin.AdminSite):
    def has_permission(self, request) -> bool:
        return (
            super().has_permission(request)
            and request.user.is_superuser
            and second_factor_step(request) is None
        )

    def login(self, request, extra_context=None):
        if request.user.is_authenticated and second_factor_step(request) is None:
            raise PermissionDenied("Your account cannot use the administration pages.")
        target = request.GET.get("next") or reverse("admin:index")
        return redirect(f"{reverse('core:login')}?{urlencode({'next': target})}")
