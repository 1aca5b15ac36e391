"""The staff "Partnership" section: the strategic mandate. Thin views over services and selectors."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_POST

from youthvoice.core.access import LEADERS, role_required, staff_view
from youthvoice.core.pdf import html_to_pdf
from youthvoice.core.spreadsheet import csv_safe
from youthvoice.mandate import selectors, services
from youthvoice.mandate.forms import (
    ActionFilterForm,
    ActionForm,
    ChampionForm,
    ProgressNoteForm,
    ResponsibilityForm,
    StrategyAssessmentForm,
    WorkshopForm,
)
from youthvoice.mandate.models import Action, Lens, Level, Responsibility, Workshop


def _render(request, template: str, context: dict, *, status: int = 200):
    context = {
        "can_edit": bool(request.roles & LEADERS),
        "partnership": request.partnership,
        "today": timezone.localdate(),
        **context,
    }
    return render(request, template, context, status=status)


def _form_page(request, template: str, form, context: dict | None = None):
    """A form page: 400 when the posted form has errors, so tools and tests see the refusal."""
    status = 400 if form.is_bound and form.errors else 200
    return _render(request, template, {"form": form, **(context or {})}, status=status)


@staff_view
def overview(request):
    partnership = request.partnership
    today = timezone.localdate()
    return _render(
        request,
        "mandate/overview.html",
        {
            "matrix": selectors.responsibility_matrix(partnership=partnership),
            "champion": selectors.champion_current(partnership=partnership),
            "comparison": selectors.assessments_compare(partnership=partnership),
            "overdue_count": selectors.actions_overdue_count(partnership=partnership, today=today),
            "principles_count": selectors.principles_for(partnership=partnership).count(),
        },
    )


# --- Roles and responsibilities -----------------------------------------------------------------------


@staff_view
def matrix(request):
    return _render(
        request,
        "mandate/matrix.html",
        {
            "matrix": selectors.responsibility_matrix(partnership=request.partnership),
            "champion": selectors.champion_current(partnership=request.partnership),
        },
    )


@role_required(*LEADERS)
def responsibility_create(request):
    if request.method == "POST":
        form = ResponsibilityForm(request.POST, partnership=request.partnership)
        if form.is_valid():
            return _responsibility_save(request, form, None)
    else:
        # Prefill from the matrix's "Add" links; anything unexpected is simply not prefilled.
        initial = {
            "agency": request.GET.get("agency", "") if request.GET.get("agency", "").isdigit() else None,
            "lens": request.GET.get("lens") if request.GET.get("lens") in Lens.values else None,
            "level": request.GET.get("level") if request.GET.get("level") in Level.values else None,
        }
        form = ResponsibilityForm(initial=initial, partnership=request.partnership)
    return _form_page(request, "mandate/responsibility_form.html", form)


@role_required(*LEADERS)
def responsibility_edit(request, pk: int):
    responsibility = get_object_or_404(Responsibility, pk=pk, agency__partnership=request.partnership)
    if request.method == "POST":
        form = ResponsibilityForm(request.POST, instance=responsibility, partnership=request.partnership)
        if form.is_valid():
            return _responsibility_save(request, form, responsibility)
    else:
        form = ResponsibilityForm(instance=responsibility, partnership=request.partnership)
    context = {"responsibility": responsibility}
    return _form_page(request, "mandate/responsibility_form.html", form, context)


def _responsibility_save(request, form, responsibility):
    data = form.cleaned_data
    try:
        services.responsibility_save(
            partnership=request.partnership,
            agency=data["agency"],
            lens=data["lens"],
            level=data["level"],
            description=data["description"],
            within_our_gift=data["within_our_gift"],
            responsibility=responsibility,
        )
    except services.MandateError as error:
        form.add_error(None, str(error))
        return _form_page(request, "mandate/responsibility_form.html", form)
    messages.success(request, "The roles and responsibilities matrix is updated.")
    return redirect("mandate:matrix")


@role_required(*LEADERS)
@require_POST
def responsibility_delete(request, pk: int):
    responsibility = get_object_or_404(Responsibility, pk=pk, agency__partnership=request.partnership)
    services.responsibility_delete(partnership=request.partnership, responsibility=responsibility)
    messages.success(request, "The responsibility was removed from the matrix.")
    return redirect("mandate:matrix")


@staff_view
def champion(request):
    return _render(
        request,
        "mandate/champion.html",
        {"champions": selectors.champions_history(partnership=request.partnership)},
    )


@role_required(*LEADERS)
def champion_appoint(request):
    form = ChampionForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        try:
            services.champion_appoint(partnership=request.partnership, **form.cleaned_data)
        except services.MandateError as error:
            form.add_error("since", str(error))
        else:
            messages.success(request, f"{form.cleaned_data['name']} is now the strategic champion.")
            return redirect("mandate:champion")
    return _form_page(request, "mandate/champion_form.html", form)


def _mandate_context(request) -> dict:
    partnership = request.partnership
    return {
        "partnership": partnership,
        "matrix": selectors.responsibility_matrix(partnership=partnership),
        "champion": selectors.champion_current(partnership=partnership),
        "principles": selectors.principles_for(partnership=partnership),
        "comparison": selectors.assessments_compare(partnership=partnership),
        "today": timezone.localdate(),
    }


@staff_view
def mandate(request):
    return _render(request, "mandate/mandate.html", _mandate_context(request))


@staff_view
def mandate_pdf(request):
    html = render_to_string("mandate/mandate_pdf.html", _mandate_context(request))
    response = HttpResponse(html_to_pdf(html=html), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="mandate-{request.partnership.slug}.pdf"'
    return response


# --- Strategy assessment ------------------------------------------------------------------------------


@staff_view
def assessments(request):
    partnership = request.partnership
    return _render(
        request,
        "mandate/assessments.html",
        {
            "comparison": selectors.assessments_compare(partnership=partnership),
            "history": selectors.assessments_history(partnership=partnership),
        },
    )


@role_required(*LEADERS)
def assessment_create(request):
    form = StrategyAssessmentForm(request.POST or None, initial={"assessed_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.strategy_assessment_record(
                partnership=request.partnership,
                assessed_on=form.cleaned_data["assessed_on"],
                assessed_by=request.user,
                ratings=form.ratings(),
                notes=form.notes(),
            )
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The strategy assessment is recorded.")
            return redirect("mandate:assessments")
    return _form_page(request, "mandate/assessment_form.html", form)


# --- Principles ---------------------------------------------------------------------------------------


@staff_view
def principles(request):
    partnership = request.partnership
    return _render(
        request,
        "mandate/principles.html",
        {
            "principles": selectors.principles_for(partnership=partnership),
            "confirmations": selectors.principle_confirmations_for(partnership=partnership),
        },
    )


@role_required(*LEADERS)
@require_POST
def principles_seed(request):
    added = services.principles_seed(partnership=request.partnership)
    message = f"{added} principles added." if added else "All the principles are already here."
    messages.success(request, message)
    return redirect("mandate:principles")


# --- Workshops and actions ----------------------------------------------------------------------------


@staff_view
def workshops(request):
    workshops = selectors.workshops_for(partnership=request.partnership)
    return _render(request, "mandate/workshops.html", {"workshops": workshops})


@staff_view
def workshop_detail(request, pk: int):
    workshop = get_object_or_404(Workshop, pk=pk, partnership=request.partnership)
    actions = selectors.actions_filtered(partnership=request.partnership, today=timezone.localdate()).filter(
        workshop=workshop
    )
    return _render(request, "mandate/workshop_detail.html", {"workshop": workshop, "actions": actions})


@role_required(*LEADERS)
def workshop_create(request):
    form = WorkshopForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workshop = services.workshop_create(partnership=request.partnership, **form.cleaned_data)
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The workshop is recorded. Add its actions.")
            return redirect("mandate:workshop", pk=workshop.pk)
    return _form_page(request, "mandate/workshop_form.html", form)


def _filtered_actions(request):
    form = ActionFilterForm(request.GET or None, partnership=request.partnership)
    filters = form.filters() if form.is_bound and form.is_valid() else {}
    today = timezone.localdate()
    actions = selectors.actions_filtered(partnership=request.partnership, today=today, **filters)
    return form, actions


@staff_view
def actions(request):
    form, actions = _filtered_actions(request)
    status = 400 if form.is_bound and form.errors else 200
    return _render(
        request,
        "mandate/actions.html",
        {"filter_form": form, "actions": actions, "query": request.GET.urlencode()},
        status=status,
    )


@staff_view
def actions_csv(request):
    form, actions = _filtered_actions(request)
    if form.is_bound and form.errors:
        problems = "; ".join(error for errors in form.errors.values() for error in errors)
        return HttpResponse(f"The filters are not valid: {problems}", status=400, content_type="text/plain")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="actions-{request.partnership.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        ["title", "description", "source", "workshop", "source reference", "owner agency", "owner person",
         "due date", "status", "why it can't be done", "overdue"]
    )  # fmt: skip
    for action in actions:
        writer.writerow(
            csv_safe(cell)
            for cell in [
                action.title,
                action.description,
                action.get_source_display(),
                action.workshop.title if action.workshop else "",
                action.source_reference,
                action.owner_agency.name,
                action.owner_name,
                action.due_on.isoformat(),
                action.get_status_display(),
                action.cant_do_reason,
                "yes" if action.overdue else "no",
            ]
        )
    return response


@staff_view
def action_detail(request, pk: int):
    action = get_object_or_404(
        Action.objects.select_related("owner_agency", "workshop"), pk=pk, partnership=request.partnership
    )
    return _action_detail(request, action, ProgressNoteForm())


def _action_detail(request, action, note_form, *, status: int = 200):
    return _render(
        request,
        "mandate/action_detail.html",
        {
            "action": action,
            "overdue": action.is_overdue(today=timezone.localdate()),
            "notes": action.progress_notes.select_related("author"),
            "form": note_form,
        },
        status=status,
    )


@staff_view
@require_POST
def action_note_add(request, pk: int):
    action = get_object_or_404(Action, pk=pk, partnership=request.partnership)
    form = ProgressNoteForm(request.POST)
    if form.is_valid():
        try:
            services.action_note_add(action=action, author=request.user, note=form.cleaned_data["note"])
        except services.MandateError as error:
            form.add_error("note", str(error))
        else:
            messages.success(request, "Your progress note is added.")
            return redirect("mandate:action", pk=action.pk)
    return _action_detail(request, action, form, status=400)


@role_required(*LEADERS)
def action_create(request):
    initial = {}
    workshop_id = request.GET.get("workshop", "")
    if workshop_id.isdigit():
        workshop = Workshop.objects.filter(pk=workshop_id, partnership=request.partnership).first()
        if workshop:
            initial = {"source": Action.Source.WORKSHOP, "workshop": workshop}
    form = ActionForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        try:
            action = services.action_create(
                partnership=request.partnership, created_by=request.user, **form.cleaned_data
            )
        except services.DueDateInPast as error:
            form.add_error("due_on", str(error))
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"The action “{action.title}” is added.")
            return redirect("mandate:action", pk=action.pk)
    return _form_page(request, "mandate/action_form.html", form)


@role_required(*LEADERS)
def action_edit(request, pk: int):
    action = get_object_or_404(Action, pk=pk, partnership=request.partnership)
    form = ActionForm(request.POST or None, instance=action, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        try:
            services.action_update(action=action, **form.cleaned_data)
        except services.DueDateInPast as error:
            form.add_error("due_on", str(error))
        except services.MandateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The action is updated.")
            return redirect("mandate:action", pk=action.pk)
    return _form_page(request, "mandate/action_form.html", form, {"action": action})
