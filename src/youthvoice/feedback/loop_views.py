"""Closing the loop: saying sorry with a new date (leaders), the one-page version of an update (staff)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from youthvoice.consultations.models import Consultation
from youthvoice.core.access import LEADERS, role_required, staff_view
from youthvoice.feedback.forms import FeedbackDelayForm
from youthvoice.feedback.lateness import DelayError, feedback_delay_record, loop_status
from youthvoice.feedback.models import YouSaidWeDid
from youthvoice.feedback.practitioners import one_page_pdf
from youthvoice.feedback.selectors import revision_published


def _public_base(request) -> str:
    return settings.YOUTHVOICE_PUBLIC_URL or request.build_absolute_uri("/").rstrip("/")


@role_required(*LEADERS)
def delay_new(request, consultation_pk: int):
    consultation = get_object_or_404(
        Consultation.objects.exclude(status=Consultation.Status.DRAFT),
        pk=consultation_pk,
        partnership=request.partnership,
    )
    form = FeedbackDelayForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                feedback_delay_record(consultation=consultation, user=request.user, **form.cleaned_data)
            except DelayError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "Young people can now read our apology and the new date.")
                return redirect("feedback:leaders-home")
        status = 400
    return render(
        request,
        "feedback/staff/delay_form.html",
        {
            "consultation": consultation,
            "form": form,
            "loop": loop_status(consultation=consultation),
            "has_errors": bool(form.errors),
        },
        status=status,
    )


@staff_view
def one_page(request, pk: int):
    update = get_object_or_404(
        YouSaidWeDid.objects.select_related("consultation", "theme", "partnership"),
        pk=pk,
        partnership=request.partnership,
    )
    revision = revision_published(update=update)
    if revision is None:
        messages.error(request, "This update is not published yet, so there is nothing to print.")
        return redirect("feedback:detail", update.pk)
    base = _public_base(request)
    pdf = one_page_pdf(
        revision=revision,
        public_url=base + reverse("feedback:public-consultation", args=[update.consultation.slug]),
        lookup_url=base + reverse("feedback:lookup"),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="you-said-we-did-{update.consultation.slug}-{update.pk}.pdf"'
    )
    return response
