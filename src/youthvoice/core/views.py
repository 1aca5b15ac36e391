from urllib.parse import urlencode

import segno
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from youthvoice.core import navigation, signals, two_factor
from youthvoice.core.access import ADMINS, public_view, role_required
from youthvoice.core.forms import ApiClientForm, TokenForm
from youthvoice.core.home_sections import PUBLIC_HOME, STAFF_HOME, home_sections
from youthvoice.core.models import EncryptedTOTPDevice
from youthvoice.core.selectors import api_clients_for_partnership
from youthvoice.core.services import api_client_create, api_client_revoke
from youthvoice.core.young_pages import young_person_page, young_person_render
from youthvoice.partnership.selectors import memberships_for_user


@public_view
@young_person_page
def home(request):
    sections = home_sections(place=PUBLIC_HOME, request=request)
    return young_person_render(request, "youthvoice/home.html", {"sections": sections})


# Signed in without a role yet is allowed here: the page tells them to ask their admin for one.
@public_view
@login_required
def staff_home(request):
    step = two_factor.second_factor_step(request)
    if step is not None:
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
    memberships = memberships_for_user(user=request.user)
    context = {
        "memberships": memberships,
        "more": navigation.staff_more(request),
        "sections": home_sections(place=STAFF_HOME, request=request),
    }
    return render(request, "youthvoice/staff_home.html", context)


class SignInView(auth_views.LoginView):
    """Password first (throttled by django-axes), then the second factor where policy or enrolment asks."""

    redirect_authenticated_user = True

    def get_success_url(self) -> str:
        target = super().get_success_url()
        step = two_factor.second_factor_step(self.request)
        return f"{reverse(step)}?{urlencode({'next': target})}" if step else target


sign_in = public_view(SignInView.as_view())
sign_out = public_view(auth_views.LogoutView.as_view())


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("core:staff-home")


# Both steps are reached after the password and before any role check, so they only need a signed-in user.
@public_view
@never_cache
@login_required
def two_factor_verify(request):
    device = two_factor.confirmed_device(user=request.user)
    if device is None:
        return redirect(f"{reverse(two_factor.SET_UP)}?{urlencode({'next': _next_url(request)})}")
    if two_factor.is_verified(request.user):
        return redirect(_next_url(request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, _ = device.verify_is_allowed()
        if allowed and device.verify_token(form.cleaned_data["token"]):
            otp_login(request, device)
            signals.two_factor_verified.send(sender=type(request.user), user=request.user)
            return redirect(_next_url(request))
        signals.two_factor_failed.send(sender=type(request.user), user=request.user)
        message = "That code is wrong or has expired: enter the code the app shows now"
        if not allowed:
            message = "Too many wrong codes: wait a minute, then enter the code the app shows"
        form.add_error("token", message)
    status = 400 if form.errors else 200
    return render(
        request,
        "youthvoice/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=status,
    )


@public_view
@never_cache
@login_required
def two_factor_set_up(request):
    if two_factor.confirmed_device(user=request.user) is not None:
        # Replacing a device needs an admin to remove the old one: a stolen password must not be enough.
        return redirect(f"{reverse(two_factor.VERIFY)}?{urlencode({'next': _next_url(request)})}")
    device = EncryptedTOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = EncryptedTOTPDevice.objects.create(
            user=request.user, name="Authenticator app", confirmed=False
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            signals.two_factor_enrolled.send(sender=type(request.user), user=request.user)
            messages.success(request, "Two-factor sign-in is set up.")
            return redirect(_next_url(request))
        form.add_error("token", "That code does not match: check the app and enter the code it shows now")
    qr_svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, title="QR code to scan with your authenticator app"
    )
    context = {
        "form": form,
        "next": _next_url(request),
        "qr_svg": qr_svg,
        "manual_key": two_factor.manual_key(device=device),
        "required": two_factor.policy() == "required",
    }
    return render(request, "youthvoice/two_factor_set_up.html", context, status=400 if form.errors else 200)


@role_required(*ADMINS)
def api_clients(request):
    form = ApiClientForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        client, token = api_client_create(created_by=request.user, **form.cleaned_data)
        # The token is shown on this one response and never again; nothing stores it.
        response = render(request, "youthvoice/api_client_created.html", {"client": client, "token": token})
        response["Cache-Control"] = "no-store"
        return response
    context = {"form": form, "clients": api_clients_for_partnership(partnership=request.partnership)}
    return render(request, "youthvoice/api_clients.html", context, status=400 if form.errors else 200)


@role_required(*ADMINS)
@require_POST
def api_client_revoke_view(request, pk: int):
    client = get_object_or_404(api_clients_for_partnership(partnership=request.partnership), pk=pk)
    api_client_revoke(client=client, revoked_by=request.user)
    messages.success(request, f"{client.name} can no longer use the API.")
    return redirect("core:api-clients")
