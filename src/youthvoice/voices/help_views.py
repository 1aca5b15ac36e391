"""Ask for help: the young person's page (not anonymous, said plainly) and the safeguarding contacts' list."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.core.access import public_view, staff_view
from youthvoice.core.languages import journey_language
from youthvoice.voices.help_requests import (
    FIELD_LIMITS,
    HelpRequestError,
    help_request_create,
    help_request_handle,
    help_request_read,
    help_requests_for,
    safeguarding_contacts,
)
from youthvoice.voices.ratelimit import rate_limit_hit

REQUESTS_PER_HOUR = 5


class HelpRequestForm(forms.Form):
    call_me = forms.CharField(label=_("What should we call you? (optional)"), required=False, max_length=100)
    how_to_reach = forms.CharField(
        label=_("How can we reach you safely?"),
        help_text=_("A phone number or email, and when it is safe to call or write."),
        max_length=FIELD_LIMITS["how_to_reach"],
        error_messages={"required": _("Tell us how to reach you, so someone can contact you")},
    )
    message = forms.CharField(
        label=_("What would you like help with? (optional)"),
        required=False,
        max_length=FIELD_LIMITS["message"],
        widget=forms.Textarea(attrs={"rows": 4}),
    )


@public_view
@never_cache
def ask_for_help(request, slug: str):
    consultation = get_object_or_404(
        Consultation.objects.select_related("partnership").exclude(status=Consultation.Status.DRAFT),
        slug=slug,
        audience=Audience.YOUNG_PEOPLE,
    )
    partnership = consultation.partnership
    contacts = list(safeguarding_contacts(partnership=partnership))
    with translation.override(journey_language(request.session)):
        form = HelpRequestForm(request.POST or None)
        status, sent, problem = 200, False, ""
        if request.method == "POST":
            if rate_limit_hit(request=request, action="help-request", limit=REQUESTS_PER_HOUR):
                problem, status = (
                    str(_("You have sent a lot of requests. Please call Childline on 0800 1111.")),
                    429,
                )
            elif form.is_valid():
                try:
                    help_request_create(partnership=partnership, **form.cleaned_data)
                except HelpRequestError as error:
                    problem, status = str(error), 400
                else:
                    sent = True
            else:
                status = 400
        return render(
            request,
            "voices/ask_for_help.html",
            {
                "quick_exit_url": settings.QUICK_EXIT_URL,
                "consultation": consultation,
                "partnership": partnership,
                "contacts": contacts,
                "form": form,
                "sent": sent,
                "problem": problem,
                "hours": settings.YOUTHVOICE_HELP_REQUEST_HOURS,
                "has_errors": status >= 400,
            },
            status=status,
        )


def _contact_only(request):
    """The partnership's requests for its named safeguarding contacts; nothing (so a 404) for anyone else."""
    return help_requests_for(membership_user=request.user, partnership=request.partnership)


@staff_view
def help_request_list(request):
    is_contact = safeguarding_contacts(partnership=request.partnership).filter(user=request.user).exists()
    return render(
        request,
        "voices/help_request_list.html",
        {
            "is_contact": is_contact,
            "requests": _contact_only(request).order_by("handled_at", "due_by"),
            "now": timezone.now(),
        },
    )


@staff_view
def help_request_detail(request, pk: int):
    help_request = help_request_read(
        help_request=get_object_or_404(_contact_only(request), pk=pk), actor=request.user
    )
    return render(
        request, "voices/help_request_detail.html", {"help_request": help_request, "now": timezone.now()}
    )


@staff_view
@require_POST
def help_request_done(request, pk: int):
    help_request = get_object_or_404(_contact_only(request), pk=pk)
    help_request_handle(help_request=help_request, actor=request.user)
    messages.success(request, f"Request {help_request.pk} is marked as handled.")
    return redirect("voices:help-requests")
