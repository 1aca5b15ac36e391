"""Second coder, blind: draw a sample, code it without the first codes, see agreement, reconcile.

Analysts and admins only. The second coder's page never shows the first coder's themes; the reconcile page
(which does) is for the analyst who drew the sample and for admins, never the second coder.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.core.access import ANALYSTS, role_required
from youthvoice.insights.coding.forms import CodingForm, ReconcileForm, SampleDrawForm
from youthvoice.insights.coding.second_coding import (
    sample_agreement,
    sample_disagreements,
    sample_draw,
    sample_eligible_answers,
    sample_items,
    sample_reconcile,
    sample_settled,
    second_coders,
    second_coding_set,
)
from youthvoice.insights.coding.services import CodingError, codebook_themes
from youthvoice.insights.coding.views import _position, _scope
from youthvoice.insights.models import SecondCodingSample
from youthvoice.partnership.models import Membership


def _sample(request, sample_pk: int) -> SecondCodingSample:
    return get_object_or_404(
        SecondCodingSample.objects.select_related("consultation", "question", "second_coder", "drawn_by"),
        pk=sample_pk,
        partnership=request.partnership,
    )


def _may_reconcile(request, sample) -> bool:
    return request.user.pk != sample.second_coder_id and (
        request.user.pk == sample.drawn_by_id or Membership.Role.ADMIN in request.roles
    )


@role_required(*ANALYSTS)
def sample_list(request):
    samples = SecondCodingSample.objects.filter(partnership=request.partnership).select_related(
        "consultation", "question", "second_coder", "drawn_by"
    )
    return render(request, "insights/sample_list.html", {"samples": samples})


@role_required(*ANALYSTS)
def sample_new(request, consultation_pk: int, question_pk: int):
    consultation, question = _scope(request, consultation_pk, question_pk)
    if consultation is None:
        raise Http404("Samples for a second coder are drawn from a consultation's answers.")
    coders = second_coders(partnership=request.partnership).exclude(pk=request.user.pk)
    form = SampleDrawForm(request.POST if request.method == "POST" else None, coders=coders)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                sample = sample_draw(
                    consultation=consultation,
                    question=question,
                    drawn_by=request.user,
                    second_coder=form.cleaned_data["second_coder"],
                    size=form.cleaned_data["size"],
                    percent=form.cleaned_data["percent"],
                    seed=form.cleaned_data["seed"],
                )
            except CodingError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request, f"Drew {sample.items.count()} answers for {sample.second_coder} to code."
                )
                return redirect("insights:sample-agreement", sample.pk)
        status = 400
    return render(
        request,
        "insights/sample_new.html",
        {"consultation": consultation, "question": question, "form": form},
        status=status,
    )


def _code_url(sample, position: int) -> str:
    return f"{reverse('insights:sample-code', args=[sample.pk])}?{urlencode({'at': position})}"


@role_required(*ANALYSTS)
def sample_code(request, sample_pk: int):
    """The second coder's page: the answer and the codebook, and only their own earlier choice."""
    sample = _sample(request, sample_pk)
    if request.user.pk != sample.second_coder_id:
        raise PermissionDenied("Only the second coder of this sample can code it.")
    items = sample_items(sample=sample)
    total = items.count()
    position = _position(request, total)
    themes = codebook_themes(partnership=request.partnership)
    item = items.prefetch_related("themes")[position - 1] if total else None
    form = None
    status = 200
    if request.method == "POST" and item is not None:
        form = CodingForm(request.POST, themes=themes)
        if form.is_valid():
            try:
                second_coding_set(item=item, themes=form.cleaned_data["theme"], user=request.user)
            except CodingError as error:
                form.add_error("theme", str(error))
            else:
                if position < total:
                    return redirect(_code_url(sample, position + 1))
                messages.success(request, "Saved. That was the last answer of the sample.")
                return redirect(_code_url(sample, position))
        status = 400
    chosen = set()
    if item is not None:
        chosen = (
            {int(pk) for pk in form.data.getlist("theme") if pk.isdigit()}
            if form is not None
            else {theme.pk for theme in item.themes.all()}
        )
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.VIEW,
            target=item.answer,
            partnership=request.partnership,
            reason="Second coding of a sample",
            detail={"sample": sample.pk, "position": position},
        )
    context = {
        "sample": sample,
        "item": item,
        "position": position,
        "total": total,
        "coded": items.filter(coded_at__isnull=False).count(),
        "themes": [(theme, theme.pk in chosen) for theme in themes],
        "form": form,
        "previous_url": _code_url(sample, position - 1) if position > 1 else None,
        "next_url": _code_url(sample, position + 1) if position < total else None,
    }
    return render(request, "insights/sample_code.html", context, status=status)


@role_required(*ANALYSTS)
def sample_agreement_view(request, sample_pk: int):
    sample = _sample(request, sample_pk)
    return render(
        request,
        "insights/sample_agreement.html",
        {
            "sample": sample,
            "agreement": sample_agreement(sample=sample),
            "may_reconcile": _may_reconcile(request, sample),
            "is_second_coder": request.user.pk == sample.second_coder_id,
            "waiting": len(sample_disagreements(sample=sample)),
            "settled": sample.items.filter(reconciled_at__isnull=False).count(),
            "eligible": sample_eligible_answers(
                consultation=sample.consultation, question=sample.question, second_coder=sample.second_coder
            ).count(),
        },
    )


@role_required(*ANALYSTS)
def sample_reconcile_view(request, sample_pk: int):
    sample = _sample(request, sample_pk)
    if not _may_reconcile(request, sample):
        raise PermissionDenied("Only the analyst who drew the sample, or an admin, can reconcile it.")
    themes = codebook_themes(partnership=request.partnership)
    form = None
    status = 200
    if request.method == "POST":
        form = ReconcileForm(request.POST, themes=themes)
        if form.is_valid():
            item = (
                sample.items.select_related("answer__response__partnership", "answer__question")
                .filter(pk=form.cleaned_data["item"])
                .first()
            )
            if item is None:
                form.add_error("item", "Choose an answer from the list.")
            else:
                try:
                    sample_reconcile(
                        item=item,
                        themes=form.cleaned_data["theme"],
                        note=form.cleaned_data["note"],
                        user=request.user,
                    )
                except CodingError as error:
                    form.add_error("theme", str(error))
                else:
                    audit_record(
                        actor=request.user,
                        action=AuditEvent.Action.CORRECTION,
                        target=item.answer,
                        partnership=request.partnership,
                        reason="Reconciled two coders' themes",
                        detail={
                            "sample": sample.pk,
                            "themes": sorted(theme.pk for theme in form.cleaned_data["theme"]),
                            "note": form.cleaned_data["note"].strip(),
                        },
                    )
                    messages.success(request, "Saved the final themes for that answer.")
                    return redirect("insights:sample-reconcile", sample.pk)
        status = 400
    names = {theme.pk: theme.name for theme in themes}
    disagreements = sample_disagreements(sample=sample)
    settled = sample_settled(sample=sample)
    for shown in [d.item for d in disagreements] + [done.item for done in settled]:
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.VIEW,
            target=shown.answer,
            partnership=request.partnership,
            reason="Reconciling two coders' themes",
            detail={"sample": sample.pk},
        )
    rows = [
        {
            "item": d.item,
            "first": sorted(names.get(pk, "") for pk in d.first),
            "second": sorted(names.get(pk, "") for pk in d.second),
            "themes": [(theme, theme.pk in d.first, theme.pk in d.second) for theme in themes],
        }
        for d in disagreements
    ]
    settled_rows = [
        {"item": done.item, "final": sorted(names.get(pk, "") for pk in done.final)} for done in settled
    ]
    return render(
        request,
        "insights/sample_reconcile.html",
        {"sample": sample, "rows": rows, "settled": settled_rows, "form": form, "themes": themes},
        status=status,
    )
