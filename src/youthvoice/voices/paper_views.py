"""Answers staff type in: paper sheets (paper.py) and professionals answering their own consultation."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.consultations.selectors import consultation_questions
from youthvoice.core.access import staff_view
from youthvoice.partnership.models import Locality, Membership
from youthvoice.voices.paper import (
    SHEETS_PER_PRINT_MAX,
    SheetAlreadyEntered,
    paper_print_range_check,
    paper_questionnaire_pdf,
    paper_response_enter,
    paper_sheets_entered,
)
from youthvoice.voices.paper_forms import ConsultationAnswersForm, PaperSheetForm
from youthvoice.voices.professionals import (
    professional_answer_token,
    professional_has_answered,
    professional_response_submit,
)
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


@staff_view
def professional_answer(request, pk: int):
    """A member of staff answers a professionals' consultation (the mirror of young people's questions)."""
    consultation = get_object_or_404(
        Consultation.objects.select_related("partnership"),
        pk=pk,
        partnership=request.partnership,
        audience=Audience.PROFESSIONALS,
        status=Consultation.Status.OPEN,
    )
    membership = (
        Membership.objects.select_related("agency")
        .filter(user=request.user, agency__partnership=request.partnership)
        .order_by("pk")
        .first()
    )
    questions = consultation_questions(consultation=consultation)
    form = ConsultationAnswersForm(request.POST or None, questions=questions)
    problem = ""
    if professional_has_answered(request.session, consultation=consultation):
        problem = "You have already answered this consultation on this device. Thank you."
    elif request.method == "POST" and form.is_valid():
        try:
            professional_response_submit(
                session=request.session,
                consultation=consultation,
                membership=membership,
                answers=form.answers(),
                token=request.POST.get("token", ""),
            )
        except ResponseError as error:  # includes a closed consultation and an empty form
            problem = str(error)
        else:
            messages.success(request, "Thank you. Your answers are saved without your name.")
            return redirect("consultations:detail", consultation.pk)
    status = 400 if request.method == "POST" and (problem or form.errors) else 200
    return render(
        request,
        "voices/professional_answer.html",
        {
            "consultation": consultation,
            "form": form,
            "membership": membership,
            "problem": problem,
            "token": professional_answer_token(),
            "has_errors": status == 400,
        },
        status=status,
    )
