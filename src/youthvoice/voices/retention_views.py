"""Erasure on request (partnership admins only) and the public "How we look after what you tell us" page."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from youthvoice.core.access import ADMINS, public_view, role_required
from youthvoice.core.young_pages import young_person_page, young_person_render
from youthvoice.partnership.models import Partnership
from youthvoice.voices.relayers import audit_relayed_view
from youthvoice.voices.retention import ErasureError, relayed_voice_erase, relayed_voices_search
from youthvoice.voices.retention_forms import ErasureForm, ErasureSearchForm

SEARCH_LIMIT = 50


@role_required(*ADMINS)
def erasure_search(request):
    form = ErasureSearchForm(request.GET or None, partnership=request.partnership)
    found = None
    status = 200
    if form.is_bound and form.is_valid() and form.has_criteria():
        data = form.cleaned_data
        found = list(relayed_voices_search(partnership=request.partnership, **data)[:SEARCH_LIMIT])
        if found:
            audit_relayed_view(
                request,
                target=("voices.response", None),
                reason="Searched for a relayed voice to erase",
                detail={"ids": [voice.pk for voice in found]},
            )
        else:
            status = 404
    context = {"form": form, "found": found, "limit": SEARCH_LIMIT, "has_errors": bool(form.errors)}
    return render(request, "voices/erasure_search.html", context, status=400 if form.errors else status)


@role_required(*ADMINS)
def erasure_confirm(request, pk: int):
    voice = get_object_or_404(relayed_voices_search(partnership=request.partnership), pk=pk)
    form = ErasureForm(request.POST or None)
    if request.method == "GET":
        audit_relayed_view(request, target=voice, reason="Opened a relayed voice to erase it")
    if request.method == "POST" and form.is_valid():
        try:
            relayed_voice_erase(response=voice, actor=request.user, reason=form.cleaned_data["reason"])
        except ErasureError as error:
            form.add_error("reason", str(error))
        else:
            messages.success(
                request, f"Record {pk} has been erased. The audit log records who erased it and why."
            )
            return redirect("voices:erasure-search")
    status = 400 if form.errors else 200
    context = {"form": form, "voice": voice, "has_errors": bool(form.errors)}
    return render(request, "voices/erasure_confirm.html", context, status=status)


@public_view
@young_person_page
def data_protection(request):
    partnerships = list(Partnership.objects.order_by("name"))
    context = {
        "partnerships": partnerships,
        "submissions_per_hour": settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR,
        "session_minutes": settings.SESSION_COOKIE_AGE // 60,
    }
    return young_person_render(request, "voices/data_protection.html", context)
