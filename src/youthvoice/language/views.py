from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.core.access import (
    ADMINS,
    ANALYSTS,
    ANALYSTS_AND_LEADERS,
    public_view,
    role_required,
    staff_view,
)
from youthvoice.core.young_pages import young_person_page, young_person_render
from youthvoice.language import selectors, services
from youthvoice.language.errors import GlossaryError
from youthvoice.language.forms import (
    CheckForm,
    CurateForm,
    DefinitionAnswersForm,
    DefinitionImportForm,
    GlossaryTermForm,
    LanguageSettingsForm,
    YoungPeoplesDefinitionForm,
)
from youthvoice.language.models import GlossaryTerm
from youthvoice.language.presentation import pieces
from youthvoice.language.publication import publication_check
from youthvoice.language.second_opinion import second_opinion_report
from youthvoice.partnership.models import Partnership

# Choosing from answers is reading response-level data: analysts and admins, as for coding (leaders see
# aggregates only), and every page of answers shown is recorded in the audit log.
DEFINITIONS_PER_PAGE = 25


@staff_view
def check_page(request):
    # Ticked at first: a person reads this page, and on sets nobody here had read the second opinion took
    # recall from 0.82-0.95 to 0.93-0.995 for about 3 % of sound sentences marked (bench/README.md, session
    # 12). The API and the command line ask for it only when told (it costs about 4 ms a sentence).
    form = CheckForm(request.POST or None, initial={"second_opinion": True})
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        report = publication_check(text)
        # Advice beside the findings (its marks, and each finding it reads as likely fine in context), never
        # part of the report that decides may_publish here.
        second = second_opinion_report(text, report.findings, asked=form.cleaned_data["second_opinion"])
        context.update(
            report=report,
            pieces=pieces(text, list(report.findings), second.readings),
            second_opinion=second,
        )
    status = 400 if form.errors else 200
    return render(request, "language/check.html", context, status=status)


@role_required(*ADMINS)
def language_settings(request):
    partnership = request.partnership
    current = "yes" if partnership.second_opinion_clears_findings else "no"
    form = LanguageSettingsForm(
        request.POST if request.method == "POST" else None,
        initial={"second_opinion_clears_findings": current},
    )
    if request.method == "POST" and form.is_valid():
        saved = services.language_settings_save(
            partnership=partnership, user=request.user, **form.cleaned_data
        )
        done = "do not block" if saved.second_opinion_clears_findings else "block"
        messages.success(request, f"Saved: findings the second opinion clears {done} publishing.")
        return redirect("language:settings")
    context = {
        "form": form,
        "partnership": partnership,
        "second_opinion_runs": settings.YOUTHVOICE_LANGUAGE_SECOND_OPINION,
        "has_errors": bool(form.errors),
    }
    return render(request, "language/settings.html", context, status=400 if form.errors else 200)


@public_view
@young_person_page
def glossary_index(request):
    partnerships = list(selectors.partnerships_with_glossary())
    if len(partnerships) == 1:
        return _glossary_page(request, partnership=partnerships[0].slug)
    return young_person_render(request, "language/glossary_index.html", {"partnerships": partnerships})


@public_view
@young_person_page
def glossary_public(request, partnership: str):
    return _glossary_page(request, partnership=partnership)


def _glossary_page(request, *, partnership: str):
    partnership = get_object_or_404(Partnership, slug=partnership)
    terms = list(selectors.glossary_public(partnership=partnership))
    if not terms:
        raise Http404("This partnership has not published a glossary yet.")
    context = {"partnership": partnership, "terms": terms}
    return young_person_render(request, "language/glossary_public.html", context)


@role_required(*ANALYSTS_AND_LEADERS)
def glossary_staff(request):
    form = GlossaryTermForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            term = services.glossary_term_save(
                partnership=request.partnership, user=request.user, **form.cleaned_data
            )
        except GlossaryError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"“{term.term}” was added to the glossary.")
            return redirect("language:glossary-term", slug=term.slug)
    terms = selectors.glossary_for_staff(partnership=request.partnership)
    return render(
        request,
        "language/glossary_staff.html",
        {
            "form": form,
            "terms": terms,
            "can_import_definitions": bool(request.roles & ANALYSTS),
        },
        status=400 if form.errors else 200,
    )


@role_required(*ANALYSTS_AND_LEADERS)
def glossary_term(request, slug: str):
    term = get_object_or_404(GlossaryTerm, partnership=request.partnership, slug=slug)
    action = request.POST.get("action") if request.method == "POST" else None
    term_form = GlossaryTermForm(request.POST if action == "term" else None, instance=term)
    quote_form = YoungPeoplesDefinitionForm(request.POST if action == "quote" else None)
    curate_form = CurateForm(request.POST if action == "curate" else None, term=term)
    if action == "term" and term_form.is_valid():
        try:
            term = services.glossary_term_save(
                partnership=request.partnership,
                existing=GlossaryTerm.objects.get(pk=term.pk),
                user=request.user,
                **term_form.cleaned_data,
            )
        except GlossaryError as error:
            term_form.add_error(None, str(error))
        else:
            messages.success(request, "The definition was saved.")
            return redirect("language:glossary-term", slug=term.slug)
    elif action == "quote" and quote_form.is_valid():
        services.young_peoples_definition_add(term=term, user=request.user, **quote_form.cleaned_data)
        messages.success(request, "The young person's words were added.")
        return redirect("language:glossary-term", slug=term.slug)
    elif action == "curate" and curate_form.is_valid():
        services.young_peoples_definitions_curate(
            term=term, shown_ids=set(curate_form.cleaned_data["shown"]), user=request.user
        )
        messages.success(request, "The public glossary now shows the words you chose.")
        return redirect("language:glossary-term", slug=term.slug)
    has_errors = bool(term_form.errors or quote_form.errors or curate_form.errors)
    context = {
        "term": term,
        "term_form": term_form,
        "quote_form": quote_form,
        "curate_form": curate_form,
        "has_errors": has_errors,
        "definitions": term.young_peoples_definitions.all(),
    }
    return render(request, "language/glossary_term.html", context, status=400 if has_errors else 200)


@role_required(*ANALYSTS)
def definitions_import(request):
    """List a consultation's definition answers not yet imported; import the ticked ones for one term."""
    partnership = request.partnership
    chooser = DefinitionAnswersForm(
        request.GET if "consultation" in request.GET else None,
        consultations=selectors.definition_consultations(partnership=partnership),
        questions=selectors.definition_questions(partnership=partnership),
    )
    chosen = chooser.is_valid()
    consultation = chooser.cleaned_data["consultation"] if chosen else None
    question = chooser.cleaned_data.get("question") if chosen else None
    terms = selectors.glossary_for_staff(partnership=partnership)
    suggested = selectors.glossary_term_for_question(question=question) if question else None
    posted = request.method == "POST"
    form = DefinitionImportForm(
        request.POST if posted else None, terms=terms, initial={"term": suggested.slug if suggested else None}
    )
    if posted and not chosen:
        form.is_valid()
        form.add_error(None, "Choose a consultation first, then the answers to import from it.")
    elif posted and form.is_valid():
        term = form.cleaned_data["term"]
        try:
            result = services.young_peoples_definitions_import(
                term=term, answer_ids=form.cleaned_data["answer"], user=request.user
            )
        except GlossaryError as error:
            form.add_error("answer", str(error))
        else:
            done = f"{result.imported} answer{'s' if result.imported != 1 else ''} added to “{term.term}”."
            if result.already_imported:
                done += f" {result.already_imported} had already been imported and were left as they were."
            messages.success(request, done + " Choose which to show young people on the word's page.")
            return redirect(request.get_full_path())
    page = None
    if consultation is not None:
        answers = selectors.definition_answers_not_imported(consultation=consultation, question=question)
        page = Paginator(answers, DEFINITIONS_PER_PAGE).get_page(request.GET.get("page"))
        if page.object_list:
            audit_record(
                actor=request.user,
                action=AuditEvent.Action.VIEW,
                target=consultation,
                partnership=partnership,
                reason="Choosing young people's definitions for the glossary",
                detail={
                    "question": question.pk if question else None,
                    "page": page.number,
                    "answers": [answer.pk for answer in page.object_list],
                },
            )
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "chooser": chooser,
        "form": form,
        "page": page,
        "consultation": consultation,
        "terms": terms,
        "query": query.urlencode(),
        "ticked": {str(value) for value in form["answer"].value() or []} if form.is_bound else set(),
        "has_errors": bool(chooser.errors or form.errors),
    }
    status = 400 if context["has_errors"] else 200
    return render(request, "language/definitions_import.html", context, status=status)
