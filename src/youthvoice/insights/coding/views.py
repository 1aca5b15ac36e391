"""The coding screen: analysts read de-identified answers one at a time and give them themes.

Analysts and admins only: leaders see aggregates, never response-level data. Every page that shows an
answer is recorded in the audit log.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.consultations.models import Consultation, Question
from youthvoice.core.access import ANALYSTS, role_required
from youthvoice.insights.coding.assist_runs import coding_advice_all
from youthvoice.insights.coding.forms import CodingForm, ThemeAddForm
from youthvoice.insights.coding.services import (
    CODABLE_KINDS,
    RELAYED_SCOPE,
    CodingError,
    accepted_theme_ids,
    codebook_themes,
    coding_answers,
    coding_consultations,
    coding_first_uncoded_position,
    coding_progress,
    coding_questions,
    coding_set,
    relayed_coding_questions,
    theme_add,
)
from youthvoice.insights.models import SecondCoding

KEYED_THEMES = 9  # number keys 1-9


@role_required(*ANALYSTS)
def coding_index(request):
    consultations = []
    for consultation in coding_consultations(partnership=request.partnership):
        questions = [
            (question, coding_progress(answers=coding_answers(consultation=consultation, question=question)))
            for question in coding_questions(consultation=consultation)
        ]
        consultations.append((consultation, questions))
    relayed = [
        (question, coding_progress(answers=coding_answers(consultation=None, question=question)))
        for question in relayed_coding_questions(partnership=request.partnership)
    ]
    return render(
        request,
        "insights/coding_index.html",
        {"consultations": consultations, "relayed": relayed, "relayed_scope": RELAYED_SCOPE},
    )


def _scope(request, consultation_pk: int, question_pk: int):
    """The consultation (None for relayed voices given for none: ``RELAYED_SCOPE``) and the question."""
    question = get_object_or_404(
        Question, pk=question_pk, partnership=request.partnership, kind__in=CODABLE_KINDS
    )
    if consultation_pk == RELAYED_SCOPE:
        return None, question
    consultation = get_object_or_404(Consultation, pk=consultation_pk, partnership=request.partnership)
    if not consultation.items.filter(question=question).exists():
        raise Http404("That question is not in this consultation.")
    return consultation, question


def _position(request, total: int) -> int:
    raw = request.GET.get("at", "1")
    try:
        position = int(raw)
    except ValueError:
        raise Http404("The answer number must be a whole number.") from None
    if not 1 <= position <= max(total, 1):
        raise Http404(f"There is no answer number {position}.")
    return position


def _expected_percent(advice, *, second: bool = False) -> int | None:
    """What the run's cross-validation said of such advice: for the likeliest theme the share that was the
    main theme; for a second theme the share that was one of the answer's themes."""
    if advice is None or advice.suggestion_run is None:
        return None
    result = advice.suggestion_run.parameters.get("result") or {}
    if second:
        share = (result.get("second_theme") or {}).get("expected_right")
    else:
        share = result.get("expected_accuracy")
    return round(100 * share) if share is not None else None


def _scope_pk(consultation) -> int:
    return consultation.pk if consultation is not None else RELAYED_SCOPE


def _coding_url(consultation, question, position: int) -> str:
    url = reverse("insights:coding-answer", args=[_scope_pk(consultation), question.pk])
    return f"{url}?{urlencode({'at': position})}"


def _blind_sample(request, answer):
    """The sample in which this user is the second coder of ``answer``, until it is reconciled: then the
    ordinary coding screen must not show them the first coder's themes (nor let them change them)."""
    if answer is None:
        return None
    item = (
        SecondCoding.objects.filter(
            answer=answer, sample__second_coder=request.user, reconciled_at__isnull=True
        )
        .select_related("sample")
        .first()
    )
    return item.sample if item is not None else None


def _render_answer(request, consultation, question, position, *, form=None, theme_form=None, status=200):
    answers = coding_answers(consultation=consultation, question=question)
    progress = coding_progress(answers=answers)
    themes = codebook_themes(partnership=request.partnership)
    answer = answers.select_related("response").all()[position - 1] if progress.total else None
    chosen = set()
    blind_sample = _blind_sample(request, answer)
    advice = coding_advice_all(answer=answer) if answer is not None and blind_sample is None else []
    if answer is not None:
        if form is not None and form.is_bound:
            chosen = {int(pk) for pk in form.data.getlist("theme") if pk.isdigit()}
        elif blind_sample is None:
            chosen = accepted_theme_ids(answer=answer)
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.VIEW,
            target=answer,
            partnership=request.partnership,
            reason="Coding free-text answers",
            detail={"consultation": _scope_pk(consultation), "question": question.pk, "position": position},
        )
    context = {
        "consultation": consultation,
        "question": question,
        "answer": answer,
        "position": position,
        "progress": progress,
        "themes": [(index, theme, theme.pk in chosen) for index, theme in enumerate(themes, start=1)],
        "advice": advice[0] if advice else None,
        "second_advice": advice[1] if len(advice) > 1 else None,
        "advised_theme_ids": {coding.theme_id for coding in advice},
        "blind_sample": blind_sample,
        "advice_expected_percent": _expected_percent(advice[0] if advice else None),
        "second_advice_expected_percent": _expected_percent(
            advice[1] if len(advice) > 1 else None, second=True
        ),
        "keyed_themes": KEYED_THEMES,
        "form": form,
        "theme_form": theme_form or ThemeAddForm(),
        "previous_url": _coding_url(consultation, question, position - 1) if position > 1 else None,
        "next_url": _coding_url(consultation, question, position + 1) if position < progress.total else None,
        "first_uncoded": coding_first_uncoded_position(answers=answers),
        "theme_add_url": reverse("insights:coding-theme-add", args=[_scope_pk(consultation), question.pk])
        + f"?{urlencode({'at': position})}",
    }
    return render(request, "insights/coding_answer.html", context, status=status)


@role_required(*ANALYSTS)
def coding_answer(request, consultation_pk: int, question_pk: int):
    consultation, question = _scope(request, consultation_pk, question_pk)
    answers = coding_answers(consultation=consultation, question=question)
    total = answers.count()
    position = _position(request, total)
    if request.method != "POST" or not total:
        return _render_answer(request, consultation, question, position)
    themes = codebook_themes(partnership=request.partnership)
    form = CodingForm(request.POST, themes=themes)
    if not form.is_valid():
        return _render_answer(request, consultation, question, position, form=form, status=400)
    answer = answers.select_related("response__partnership", "question")[position - 1]
    if _blind_sample(request, answer) is not None:
        form.add_error("theme", "This answer is in your blind sample as second coder: code it there.")
        return _render_answer(request, consultation, question, position, form=form, status=400)
    try:
        coding_set(answer=answer, themes=form.cleaned_data["theme"], user=request.user)
    except CodingError as error:
        form.add_error("theme", str(error))
        return _render_answer(request, consultation, question, position, form=form, status=400)
    go = form.cleaned_data.get("go") or "next"
    if go == "next" and position >= total:
        messages.success(request, "Saved. That was the last answer to this question.")
        return redirect(_coding_url(consultation, question, position))
    step = {"next": 1, "previous": -1}.get(go, 0)
    return redirect(_coding_url(consultation, question, max(position + step, 1)))


@role_required(*ANALYSTS)
def coding_theme_add(request, consultation_pk: int, question_pk: int):
    consultation, question = _scope(request, consultation_pk, question_pk)
    position = _position(request, coding_answers(consultation=consultation, question=question).count())
    if request.method != "POST":
        return redirect(_coding_url(consultation, question, position))
    theme_form = ThemeAddForm(request.POST)
    if theme_form.is_valid():
        try:
            theme = theme_add(partnership=request.partnership, name=theme_form.cleaned_data["name"])
        except CodingError as error:
            theme_form.add_error("name", str(error))
        else:
            messages.success(request, f"Added the theme “{theme.name}”.")
            return redirect(_coding_url(consultation, question, position))
    return _render_answer(request, consultation, question, position, theme_form=theme_form, status=400)
