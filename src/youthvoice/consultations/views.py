"""Staff pages for consultations and the question bank. Builders are analysts, leaders and admins."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from youthvoice.consultations.forms import ConsultationForm, NewQuestionForm, TransitionForm
from youthvoice.consultations.models import Consultation
from youthvoice.consultations.selectors import (
    consultation_questions,
    consultations_for_partnership,
    questions_for_partnership,
)
from youthvoice.consultations.services import (
    ALLOWED_TRANSITIONS,
    ConsultationError,
    consultation_add_question,
    consultation_create,
    consultation_move_question,
    consultation_open,
    consultation_public_texts,
    consultation_transition,
    consultation_update,
    question_create,
)
from youthvoice.core.access import ANALYSTS_AND_LEADERS, role_required, staff_view
from youthvoice.language.forms import OverridesForm, overrides_from
from youthvoice.language.publishing import PublicationBlocked, publication_gate_check


def _consultation(request, pk: int) -> Consultation:
    return get_object_or_404(Consultation, pk=pk, partnership=request.partnership)


def _can_build(request) -> bool:
    return bool(request.roles & ANALYSTS_AND_LEADERS)


@staff_view
def consultation_list(request):
    return render(
        request,
        "consultations/staff/list.html",
        {
            "consultations": consultations_for_partnership(partnership=request.partnership),
            "can_build": _can_build(request),
        },
    )


@role_required(*ANALYSTS_AND_LEADERS)
def consultation_new(request):
    form = ConsultationForm(request.POST or None, partnership=request.partnership)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = {name: form.cleaned_data[name] for name in ConsultationForm.Meta.fields}
            try:
                consultation = consultation_create(
                    partnership=request.partnership,
                    questions=form.ordered_questions(),
                    created_by=request.user,
                    **data,
                )
            except ConsultationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, f"'{consultation.title}' was created as a draft.")
                return redirect("consultations:detail", consultation.pk)
        status = 400
    return render(
        request,
        "consultations/staff/form.html",
        {"form": form, "heading": "Create a consultation", "has_errors": bool(form.errors)},
        status=status,
    )


@role_required(*ANALYSTS_AND_LEADERS)
def consultation_edit(request, pk: int):
    consultation = _consultation(request, pk)
    form = ConsultationForm(request.POST or None, instance=consultation, partnership=request.partnership)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = {name: form.cleaned_data[name] for name in ConsultationForm.Meta.fields}
            questions = form.ordered_questions() if consultation.status == Consultation.Status.DRAFT else None
            try:
                consultation_update(consultation=consultation, questions=questions, user=request.user, **data)
            except ConsultationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "Your changes were saved.")
                return redirect("consultations:detail", consultation.pk)
        status = 400
    return render(
        request,
        "consultations/staff/form.html",
        {
            "form": form,
            "heading": f"Change '{consultation.title}'",
            "consultation": consultation,
            "has_errors": bool(form.errors),
        },
        status=status,
    )


def _render_detail(request, consultation: Consultation, *, status: int = 200):
    return render(
        request,
        "consultations/staff/detail.html",
        {
            "consultation": consultation,
            "questions": consultation_questions(consultation=consultation),
            "next_statuses": [
                Consultation.Status(s) for s in sorted(ALLOWED_TRANSITIONS[consultation.status])
            ],
            "can_build": _can_build(request),
            "response_count": consultation.responses.count(),
        },
        status=status,
    )


@staff_view
def consultation_detail(request, pk: int):
    return _render_detail(request, _consultation(request, pk))


@role_required(*ANALYSTS_AND_LEADERS)
@require_POST
def consultation_status(request, pk: int):
    consultation = _consultation(request, pk)
    form = TransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a status from the list.")
        return redirect("consultations:detail", consultation.pk)
    if form.cleaned_data["to_status"] == Consultation.Status.OPEN and consultation.status == "draft":
        return redirect("consultations:open", consultation.pk)
    try:
        consultation_transition(
            consultation=consultation, to_status=form.cleaned_data["to_status"], user=request.user
        )
    except ConsultationError as error:
        messages.error(request, str(error))
        return _render_detail(request, consultation, status=409)
    messages.success(request, f"'{consultation.title}' is now {consultation.get_status_display().lower()}.")
    return redirect("consultations:detail", consultation.pk)


@role_required(*ANALYSTS_AND_LEADERS)
@require_POST
def consultation_question_move(request, pk: int, question_pk: int):
    """Move a draft's question one place up or down: a plain form button, no script needed."""
    consultation = _consultation(request, pk)
    item = get_object_or_404(consultation.items.select_related("question"), question_id=question_pk)
    direction = request.POST.get("direction", "")
    try:
        position = consultation_move_question(
            consultation=consultation, question=item.question, direction=direction
        )
    except ConsultationError as error:
        messages.error(request, str(error))
        status = 400 if direction not in ("up", "down") else 409
        return _render_detail(request, consultation, status=status)
    messages.success(request, f"'{item.question.text}' is now question {position}.")
    return redirect(reverse("consultations:detail", args=[consultation.pk]) + f"#question-{item.question.pk}")


@role_required(*ANALYSTS_AND_LEADERS)
def question_new(request, pk: int):
    consultation = _consultation(request, pk)
    if consultation.status != Consultation.Status.DRAFT:
        raise Http404("Questions can only be added to a draft.")
    form = NewQuestionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                question = question_create(
                    partnership=request.partnership,
                    text=form.cleaned_data["text"],
                    hint=form.cleaned_data["hint"],
                    kind=form.cleaned_data["kind"],
                    choices=form.choice_list(),
                    sensitive=form.cleaned_data["sensitive"],
                    audience=consultation.audience,
                )
                consultation_add_question(consultation=consultation, question=question)
            except ConsultationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "The question was added to the bank and to this consultation.")
                return redirect("consultations:detail", consultation.pk)
        status = 400
    return render(
        request,
        "consultations/staff/question_form.html",
        {"form": form, "consultation": consultation, "has_errors": bool(form.errors)},
        status=status,
    )


@staff_view
def question_bank(request):
    return render(
        request,
        "consultations/staff/bank.html",
        {"questions": questions_for_partnership(partnership=request.partnership)},
    )


@role_required(*ANALYSTS_AND_LEADERS)
def consultation_open_view(request, pk: int):
    """Open a draft: confirm each principle with a note, and check the words young people will read."""
    from youthvoice.mandate.forms import PrinciplesConfirmationForm
    from youthvoice.mandate.selectors import principles_for

    consultation = _consultation(request, pk)
    if consultation.status != Consultation.Status.DRAFT:
        messages.error(request, "Only a draft can be opened.")
        return redirect("consultations:detail", consultation.pk)
    form = PrinciplesConfirmationForm(
        request.POST or None, principles=principles_for(partnership=request.partnership), prefix="p"
    )
    report = publication_gate_check(
        texts=consultation_public_texts(consultation=consultation), partnership=consultation.partnership
    )
    overrides_form = OverridesForm(request.POST or None, blocked=report.blocked_rules)
    problem = ""
    if request.method == "POST" and form.is_valid():
        try:
            consultation_open(
                consultation=consultation,
                user=request.user,
                principle_notes=form.notes(),
                language_overrides=overrides_from(request.POST),
            )
        except (ConsultationError, PublicationBlocked) as error:
            problem = str(error)
            consultation.refresh_from_db()
        else:
            messages.success(request, f"'{consultation.title}' is now open.")
            return redirect("consultations:detail", consultation.pk)
    return render(
        request,
        "consultations/staff/open.html",
        {
            "consultation": consultation,
            "form": form,
            "report": report,
            "overrides_form": overrides_form,
            "problem": problem,
            "has_principles": bool(form.principles),
            "has_errors": bool(form.errors or problem),
        },
        status=400 if request.method == "POST" else 200,
    )
