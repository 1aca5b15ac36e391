"""Paper questionnaires: print numbered sheets, type each returned sheet in once. Logic is in paper.py."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.consultations.selectors import consultation_questions
from youthvoice.partnership.access import staff_view
from youthvoice.partnership.models import Locality
from youthvoice.voices.paper import (
    SHEETS_PER_PRINT_MAX,
    SheetAlreadyEntered,
    paper_print_range_check,
    paper_questionnaire_pdf,
    paper_response_enter,
    paper_sheets_entered,
)
from youthvoice.voices.paper_forms import PaperSheetForm
from youthvoice.voices.services import ConsultationNotTakingAnswers, ResponseError


def _consultation(request, pk: int) -> Consultation:
    return get_object_or_404(
        Consultation.objects.select_related("partnership").exclude(status=Consultation.Status.DRAFT),
        pk=pk,
        partnership=request.partnership,
        audience=Audience.YOUNG_PEOPLE,
    )


def _paper_page(request, consultation, *, form=None, problem="", status=200):
    questions = consultation_questions(consultation=consultation)
    localities = Locality.objects.filter(partnership=consultation.partnership).order_by("name")
    return render(
        request,
        "voices/paper.html",
        {
            "consultation": consultation,
            "form": form or PaperSheetForm(questions=questions, localities=localities),
            "entered": paper_sheets_entered(consultation=consultation),
            "print_max": SHEETS_PER_PRINT_MAX,
            "problem": problem,
            "has_errors": bool(problem or (form is not None and form.errors)),
        },
        status=status,
    )


@staff_view
def paper(request, pk: int):
    return _paper_page(request, _consultation(request, pk))


@staff_view
def paper_questionnaire(request, pk: int):
    consultation = _consultation(request, pk)
    try:
        first, count = paper_print_range_check(
            first=request.GET.get("first", 1), count=request.GET.get("count", 30)
        )
    except ResponseError as error:
        return _paper_page(request, consultation, problem=str(error), status=400)
    pdf = paper_questionnaire_pdf(
        consultation=consultation,
        questions=consultation_questions(consultation=consultation),
        first=first,
        count=count,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="{consultation.slug}-sheets-{first}-{first + count - 1}.pdf"'
    )
    return response


@staff_view
def paper_enter(request, pk: int):
    consultation = _consultation(request, pk)
    if request.method != "POST":
        return redirect("voices:paper", consultation.pk)
    questions = consultation_questions(consultation=consultation)
    localities = Locality.objects.filter(partnership=consultation.partnership).order_by("name")
    form = PaperSheetForm(request.POST, questions=questions, localities=localities)
    if form.is_valid():
        try:
            paper_response_enter(
                consultation=consultation,
                sheet_number=form.cleaned_data["sheet_number"],
                answers=form.answers(),
                about_you=form.about_you(),
            )
        except SheetAlreadyEntered as error:
            form.add_error("sheet_number", str(error))
        except (ConsultationNotTakingAnswers, ResponseError) as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"Sheet {form.cleaned_data['sheet_number']} is saved. Type in the next one."
            )
            return redirect("voices:paper", consultation.pk)
    # Whatever went wrong, what was typed stays in the form.
    return _paper_page(request, consultation, form=form, status=400)
