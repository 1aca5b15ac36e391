"""Suggested themes: start a run, watch its progress, and accept, rename, merge or reject what it found.

Analysts and admins only (the suggestions quote de-identified answers); showing quotes is audited.
"""

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.core.access import ANALYSTS, role_required
from youthvoice.insights.coding.assist import AssistError
from youthvoice.insights.coding.assist_runs import is_coding_run
from youthvoice.insights.models import ThemeSuggestion, ThemeSuggestionRun
from youthvoice.insights.suggestions.forms import (
    SuggestionAcceptForm,
    SuggestionMergeForm,
    SuggestionRenameForm,
    SuggestionRunForm,
)
from youthvoice.insights.suggestions.selectors import (
    coding_run_summary,
    suggestion_run_status,
    suggestion_runs,
    suggestions_for_review,
)
from youthvoice.insights.suggestions.services import (
    SuggestionReviewError,
    coding_assist_start,
    suggestion_accept,
    suggestion_merge,
    suggestion_reject,
    suggestion_rename,
    suggestion_run_start,
)
from youthvoice.insights.suggestions.suggest import SuggestionError


@role_required(*ANALYSTS)
def suggestion_run_list(request):
    form = SuggestionRunForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["purpose"] == SuggestionRunForm.CODING:
                run = coding_assist_start(
                    partnership=request.partnership,
                    user=request.user,
                    consultation=form.cleaned_data["consultation"],
                )
            else:
                run = suggestion_run_start(
                    partnership=request.partnership,
                    user=request.user,
                    consultation=form.cleaned_data["consultation"],
                    n_themes=form.cleaned_data["n_themes"],
                )
        except (SuggestionError, AssistError) as error:
            form.add_error("consultation", str(error))
        else:
            return redirect("insights:suggestion-run", run_pk=run.pk)
    runs = suggestion_runs(partnership=request.partnership)[:20]
    status = 400 if form.errors else 200
    return render(request, "insights/suggestion_runs.html", {"form": form, "runs": runs}, status=status)


def _run(request, run_pk: int) -> ThemeSuggestionRun:
    return get_object_or_404(
        ThemeSuggestionRun.objects.select_related("partnership", "consultation"),
        pk=run_pk,
        partnership=request.partnership,
    )


def _render_run(request, run, *, errors=None, status=200):
    suggestions = suggestions_for_review(run=run) if run.status == ThemeSuggestionRun.Status.FINISHED else []
    quoted = [view.suggestion.pk for view in suggestions if view.quotes]
    if quoted:
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.VIEW,
            target=run,
            partnership=request.partnership,
            reason="Reviewing suggested themes",
            detail={"suggestions_quoted": quoted},
        )
    rows = [
        (view, SuggestionMergeForm(suggestion=view.suggestion, auto_id=f"merge-{view.suggestion.pk}-%s"))
        for view in suggestions
    ]
    context = {
        "run": run,
        "coding_run": is_coding_run(run),
        "coding_summary": coding_run_summary(run=run) if is_coding_run(run) else None,
        "state": suggestion_run_status(run=run),
        "rows": rows,
        "errors": errors or [],
        "threshold": run.partnership.disclosure_threshold,
        "status_url": reverse("insights:suggestion-run-status", args=[run.pk]),
    }
    return render(request, "insights/suggestion_run.html", context, status=status)


@role_required(*ANALYSTS)
def suggestion_run(request, run_pk: int):
    return _render_run(request, _run(request, run_pk))


@role_required(*ANALYSTS)
def suggestion_run_status_json(request, run_pk: int):
    return JsonResponse(suggestion_run_status(run=_run(request, run_pk)))


@role_required(*ANALYSTS)
@require_POST
def suggestion_decide(request, run_pk: int, suggestion_pk: int, action: str):
    run = _run(request, run_pk)
    suggestion = get_object_or_404(ThemeSuggestion, pk=suggestion_pk, run=run)
    forms = {
        "accept": SuggestionAcceptForm,
        "rename": SuggestionRenameForm,
        "merge": lambda data: SuggestionMergeForm(data, suggestion=suggestion),
        "reject": None,
    }
    if action not in forms:
        raise Http404("There is no such action.")
    form = forms[action](request.POST) if forms[action] else None
    if form is not None and not form.is_valid():
        errors = [(suggestion, error) for field_errors in form.errors.values() for error in field_errors]
        return _render_run(request, run, errors=errors, status=400)
    data = form.cleaned_data if form is not None else {}
    try:
        if action == "accept":
            theme = suggestion_accept(suggestion=suggestion, user=request.user, name=data["name"])
            messages.success(request, f"Added “{theme.name}” to the codebook, with its answers coded.")
        elif action == "rename":
            suggestion_rename(suggestion=suggestion, label=data["label"])
            messages.success(request, f"Renamed the suggestion to “{suggestion.label}”.")
        elif action == "merge":
            into = suggestion_merge(suggestion=suggestion, into=data["into"], user=request.user)
            messages.success(request, f"Merged “{suggestion.label}” into “{into.label}”.")
        else:
            suggestion_reject(suggestion=suggestion, user=request.user)
            messages.success(request, f"Rejected “{suggestion.label}”.")
    except SuggestionReviewError as error:
        return _render_run(request, run, errors=[(suggestion, str(error))], status=400)
    return redirect("insights:suggestion-run", run_pk=run.pk)
