"""The share kit's pages (staff) and the door a channel link opens (young people). Logic is in sharing.py."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.consultations.selectors import consultation_questions
from youthvoice.consultations.sharing import (
    QR_FORMATS,
    ChannelCodeInvalid,
    ShareKitUnavailable,
    arrived_via_remember,
    channel_from_code,
    poster_pdf,
    public_base_url,
    qr_code,
    qr_svg_inline,
    share_link_for,
    share_links,
)
from youthvoice.consultations.translation import consultation_shown, questions_shown
from youthvoice.core.access import public_view, staff_view
from youthvoice.core.languages import journey_language, language_is_offered, languages_offered

# In a URL, the plain link's "channel".
ANYONE = "anyone"


def _shareable(request, pk: int) -> Consultation:
    return get_object_or_404(
        Consultation.objects.select_related("partnership"), pk=pk, partnership=request.partnership
    )


def _link(request, consultation: Consultation, channel: str):
    try:
        return share_link_for(
            consultation=consultation,
            base_url=public_base_url(request=request),
            channel="" if channel == ANYONE else channel,
        )
    except ValueError as error:  # ShareKitUnavailable is a ValueError too
        raise Http404(str(error)) from error


@staff_view
def share_kit(request, pk: int):
    consultation = _shareable(request, pk)
    try:
        links = share_links(consultation=consultation, base_url=public_base_url(request=request))
    except ShareKitUnavailable as unavailable:
        return render(
            request,
            "consultations/staff/share_unavailable.html",
            {"consultation": consultation, "reason": str(unavailable)},
            status=409,
        )
    kit = [
        {
            "link": link,
            "slug": link.channel or ANYONE,
            "qr_svg": qr_svg_inline(url=link.url, title=f"QR code for {link.label.lower()}: {link.url}"),
        }
        for link in links
    ]
    return render(request, "consultations/staff/share.html", {"consultation": consultation, "kit": kit})


@staff_view
def share_qr(request, pk: int, channel: str, kind: str):
    if kind not in QR_FORMATS:
        raise Http404("QR codes come as PNG or SVG.")
    consultation = _shareable(request, pk)
    link = _link(request, consultation, channel)
    content_type = "image/png" if kind == "png" else "image/svg+xml"
    response = HttpResponse(qr_code(url=link.url, kind=kind), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{consultation.slug}-{channel}-qr.{kind}"'
    return response


@staff_view
def share_poster(request, pk: int, channel: str):
    consultation = _shareable(request, pk)
    link = _link(request, consultation, channel)
    response = HttpResponse(poster_pdf(consultation=consultation, link=link), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{consultation.slug}-{channel}-poster.pdf"'
    return response


@public_view
@never_cache
def arrive(request, slug: str, code: str):
    """A channel link: remember how this young person heard of the consultation, then show its start page."""
    start = reverse("journey:start", args=[slug])
    consultation = (
        Consultation.objects.filter(slug=slug, audience=Audience.YOUNG_PEOPLE)
        .exclude(status=Consultation.Status.DRAFT)
        .first()
    )
    if consultation is None:
        return redirect(start)  # the start page explains that there is no such consultation
    try:
        channel = channel_from_code(consultation=consultation, code=code)
    except ChannelCodeInvalid:
        with translation.override(journey_language(request.session)):
            return render(
                request,
                "journey/unavailable.html",
                {
                    "quick_exit_url": settings.QUICK_EXIT_URL,
                    "consultation": None,
                    "heading": _("This link did not work fully"),
                    "lines": [
                        _("Part of the web address is missing or was changed. You can still take part."),
                    ],
                    "continue_url": start,
                    "continue_text": _("Go to %(title)s") % {"title": consultation.title},
                },
                status=400,
            )
    arrived_via_remember(request.session, consultation=consultation, channel=channel)
    return redirect(start)


@staff_view
def preview(request, pk: int):
    """What young people will see, in any offered language, before (or after) the consultation opens."""
    consultation = _shareable(request, pk)
    if consultation.audience != Audience.YOUNG_PEOPLE:
        raise Http404("Only consultations for young people have a young person's view.")
    language = request.GET.get("language", "en")
    unknown_language = not language_is_offered(language)
    if unknown_language:
        language = "en"
    questions = consultation_questions(consultation=consultation)
    with translation.override(language):
        return render(
            request,
            "consultations/staff/preview.html",
            {
                "quick_exit_url": settings.QUICK_EXIT_URL,
                "consultation": consultation,
                "shown": consultation_shown(consultation=consultation, language=language),
                "questions": questions_shown(questions=questions, language=language),
                "minutes": max(2, round(len(questions) * 0.5)),
                "yp_language": language,
                "yp_rtl": translation.get_language_bidi(),
                "preview_languages": [
                    {"code": code, "name": name, "current": code == language}
                    for code, name in languages_offered()
                ],
                "unknown_language": unknown_language,
            },
            status=400 if unknown_language else 200,
        )
