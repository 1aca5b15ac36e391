"""Facilitated sessions: practitioners start them (the device is then the young people's); a PIN ends them."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.core.access import PRACTITIONERS_AND_LEADERS, public_view, role_required
from youthvoice.core.forms import ChosenPinMixin, pin_field
from youthvoice.voices.facilitation import (
    SESSION_CHANNELS,
    PinLocked,
    SessionError,
    facilitated_session_attach,
    facilitated_session_end_by_owner,
    facilitated_session_end_with_pin,
    facilitated_session_for_device,
    facilitated_session_start,
    facilitated_sessions_for,
    session_alert_checked,
    session_alerts_waiting,
)
from youthvoice.voices.models import FacilitatedSession, PlaceType, SessionAlert


class SessionStartForm(ChosenPinMixin, forms.Form):
    consultation = forms.ModelChoiceField(
        label="Which consultation?",
        queryset=Consultation.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Choose a consultation", "invalid_choice": "Choose an open consultation"},
    )
    channel = forms.ChoiceField(
        label="How are young people taking part?",
        choices=[(c.value, c.label) for c in SESSION_CHANNELS],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how young people are taking part"},
    )
    place_type = forms.ChoiceField(
        label="What kind of place is this?",
        help_text="Only the kind of place is recorded: never its name or who took part.",
        choices=PlaceType.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the kind of place"},
    )
    pin = pin_field(
        label="Choose a PIN to end the session (4 to 8 numbers)", error_messages={"required": "Choose a PIN"}
    )
    pin_again = pin_field(label="Type the PIN again", error_messages={"required": "Type the PIN again"})

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = Consultation.objects.filter(
            partnership=partnership, status=Consultation.Status.OPEN, audience=Audience.YOUNG_PEOPLE
        )


class SessionEndForm(forms.Form):
    pin = pin_field(label="PIN", error_messages={"required": "Enter the session's PIN"})


@role_required(*PRACTITIONERS_AND_LEADERS)
def session_list(request):
    sessions = list(facilitated_sessions_for(user=request.user))
    return render(
        request,
        "voices/facilitated_list.html",
        {
            "sessions": sessions,
            "alerts": session_alerts_waiting(user=request.user),
            "any_active": any(session.active for session in sessions),
        },
    )


@role_required(*PRACTITIONERS_AND_LEADERS)
@require_POST
def session_alert_check(request, alert_id: int):
    alert = (
        SessionAlert.objects.filter(pk=alert_id, facilitated__started_by=request.user)
        .select_related("facilitated")
        .first()
    )
    if alert is None:
        raise Http404("No alert from your sessions has that id.")
    session_alert_checked(alert=alert, user=request.user)
    messages.success(request, "Thank you. The alert is marked as checked.")
    return redirect("voices:facilitated-list")


@role_required(*PRACTITIONERS_AND_LEADERS)
def session_new(request):
    form = SessionStartForm(request.POST or None, partnership=request.partnership)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                facilitated = facilitated_session_start(
                    partnership=request.partnership,
                    consultation=data["consultation"],
                    started_by=request.user,
                    channel=data["channel"],
                    place_type=data["place_type"],
                    pin=data["pin"],
                )
            except SessionError as error:
                form.add_error(None, str(error))
            else:
                # The device now belongs to the young people: sign the worker out of it first.
                logout(request)
                facilitated_session_attach(request.session, facilitated=facilitated)
                return redirect("journey:start", facilitated.consultation.slug)
        status = 400
    return render(
        request,
        "voices/facilitated_form.html",
        {"form": form, "has_errors": bool(form.errors)},
        status=status,
    )


@role_required(*PRACTITIONERS_AND_LEADERS)
@require_POST
def session_end_staff(request, public_id):
    facilitated = FacilitatedSession.objects.filter(public_id=public_id, started_by=request.user).first()
    if facilitated is None:
        raise Http404("You did not start a session with that id.")
    facilitated_session_end_by_owner(facilitated=facilitated, user=request.user)
    messages.success(request, "The session has ended. Devices still showing it go back to the usual pages.")
    return redirect("voices:facilitated-list")


@public_view
@never_cache
def session_end(request, public_id):
    """On the shared device: the worker ends the session with the PIN."""
    facilitated = facilitated_session_for_device(request.session)
    if facilitated is None or facilitated.public_id != public_id:
        return render(
            request,
            "voices/facilitated_end.html",
            {"wrong_device": True, "has_errors": True},
            status=403 if facilitated is not None else 404,
        )
    form = SessionEndForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                facilitated_session_end_with_pin(facilitated=facilitated, pin=form.cleaned_data["pin"])
            except SessionError as error:
                form.add_error("pin", str(error).rstrip("."))
                status = 429 if isinstance(error, PinLocked) else 400
            else:
                request.session.flush()
                return render(request, "voices/facilitated_end.html", {"ended": True})
        else:
            status = 400
    return render(
        request,
        "voices/facilitated_end.html",
        {"form": form, "facilitated": facilitated, "has_errors": bool(form.errors)},
        status=status,
    )
