"""Staff pages for "You said, we did" and the leaders' overview; public pages are in public_views.py.

Leaders and admins write and publish; every member of staff may read drafts and the history.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from youthvoice.consultations.models import Consultation
from youthvoice.core.access import ANALYSTS_AND_LEADERS, LEADERS, role_required, staff_view
from youthvoice.core.languages import DEFAULT_LANGUAGE, languages_offered
from youthvoice.feedback.forms import UpdateTranslationForm, YouSaidWeDidForm
from youthvoice.feedback.models import YouSaidWeDid, YouSaidWeDidTranslation
from youthvoice.feedback.selectors import (
    consultations_timeliness,
    digest_for,
    revision_latest,
    revision_published,
    revisions_history,
    themes_answered_by,
    updates_for_partnership,
)
from youthvoice.feedback.services import (
    FeedbackError,
    you_said_we_did_create,
    you_said_we_did_publish,
    you_said_we_did_revise,
    young_people_texts,
)
from youthvoice.feedback.translations import TranslationError, update_translation_save
from youthvoice.insights.panel.services import panel_citation
from youthvoice.language.forms import OverridesForm, overrides_from
from youthvoice.language.publishing import (
    PublicationBlocked,
    publication_gate_check,
    publication_overrides_for,
)


def _can_publish(request) -> bool:
    return bool(request.roles & LEADERS)


def _update(request, pk: int) -> YouSaidWeDid:
    return get_object_or_404(
        YouSaidWeDid.objects.select_related("consultation", "theme"), pk=pk, partnership=request.partnership
    )


@staff_view
def update_list(request):
    today = timezone.localdate()
    return render(
        request,
        "feedback/staff/list.html",
        {
            "updates": updates_for_partnership(partnership=request.partnership),
            "timeliness": consultations_timeliness(partnership=request.partnership, today=today),
            "can_publish": _can_publish(request),
        },
    )


def _form_page(request, *, form, consultation, update=None, blocked=None, status=200):
    overrides_form = OverridesForm(request.POST or None, blocked=blocked.unresolved if blocked else ())
    report = blocked.report if blocked else None
    return render(
        request,
        "feedback/staff/form.html",
        {
            "form": form,
            "consultation": consultation,
            "update": update,
            "report": report,
            "overrides_form": overrides_form,
            "blocked": blocked,
            "has_errors": bool(form.errors or blocked),
        },
        status=status,
    )


def _save(request, form, *, consultation, update=None):
    """Save (and with the Publish button, publish) the form; return a redirect, or the page again."""
    publish = "publish" in request.POST
    try:
        if update is None:
            revision = you_said_we_did_create(
                consultation=consultation,
                theme=form.cleaned_data.get("theme"),
                user=request.user,
                publish=publish,
                overrides=overrides_from(request.POST),
                **form.content(),
            )
        else:
            revision = you_said_we_did_revise(
                update=update,
                user=request.user,
                publish=publish,
                overrides=overrides_from(request.POST),
                **form.content(),
            )
    except PublicationBlocked as blocked:
        form.add_error(None, str(blocked))
        return _form_page(
            request, form=form, consultation=consultation, update=update, blocked=blocked, status=400
        )
    except FeedbackError as error:
        form.add_error(None, str(error))
        return _form_page(request, form=form, consultation=consultation, update=update, status=400)
    if publish:
        messages.success(request, "Published. Young people can read it now.")
    else:
        messages.success(request, "Saved as a draft. Young people cannot see it until it is published.")
    return redirect("feedback:detail", revision.update_id)


@role_required(*LEADERS)
def update_new(request, consultation_pk: int):
    consultation = get_object_or_404(Consultation, pk=consultation_pk, partnership=request.partnership)
    form = YouSaidWeDidForm(request.POST or None, partnership=request.partnership, with_theme=True)
    if request.method == "POST":
        if form.is_valid():
            return _save(request, form, consultation=consultation)
        return _form_page(request, form=form, consultation=consultation, status=400)
    return _form_page(request, form=form, consultation=consultation)


@role_required(*LEADERS)
def update_edit(request, pk: int):
    update = _update(request, pk)
    latest = revision_latest(update=update)
    initial = {}
    if latest is not None:
        initial = {name: getattr(latest, name) for name in ("you_said", "we_did", "status", "cant_do_reason")}
        initial["actions"] = list(update.actions.all())
        initial["panel"] = latest.panel_id
        initial["themes_answered"] = list(update.themes_answered.exclude(pk=update.theme_id))
    form = YouSaidWeDidForm(
        request.POST or None, initial=initial, partnership=request.partnership, with_theme=False
    )
    if request.method == "POST":
        if form.is_valid():
            return _save(request, form, consultation=update.consultation, update=update)
        return _form_page(request, form=form, consultation=update.consultation, update=update, status=400)
    return _form_page(request, form=form, consultation=update.consultation, update=update)


def _detail_context(request, update: YouSaidWeDid) -> dict:
    latest = revision_latest(update=update)
    history = list(revisions_history(update=update))
    return {
        "update": update,
        "latest": latest,
        "published": revision_published(update=update),
        "history": history,
        "report": (
            publication_gate_check(texts=young_people_texts(latest), partnership=update.partnership)
            if latest
            else None
        ),
        "overrides": [
            override for revision in history for override in publication_overrides_for(subject=revision)
        ],
        "actions": update.actions.select_related("owner_agency"),
        "can_publish": _can_publish(request),
        "translations": _translations_of(latest),
        "panel_citation": panel_citation(panel=latest.panel, theme=update.theme)
        if latest and latest.panel_id
        else "",
        "themes_answered": themes_answered_by(update=update),
        # The quotes behind a theme open on the dashboard's quotes page, for the roles that read it.
        "can_read_quotes": bool(request.roles & ANALYSTS_AND_LEADERS),
    }


def _translations_of(revision) -> list[dict]:
    """Each language young people may read the latest revision in, and how far its translation is."""
    if revision is None:
        return []
    saved = {t.language: t for t in YouSaidWeDidTranslation.objects.filter(revision=revision)}
    return [
        {"code": code, "name": name, "translation": saved.get(code)}
        for code, name in languages_offered()
        if code != DEFAULT_LANGUAGE
    ]


@role_required(*LEADERS)
def update_translate(request, pk: int, language: str):
    """Translate the latest revision's words into ``language`` (a new revision needs a new translation)."""
    update = _update(request, pk)
    latest = revision_latest(update=update)
    names = dict(languages_offered())
    if latest is None or language not in names or language == DEFAULT_LANGUAGE:
        raise Http404("There is nothing to translate into that language.")
    existing = YouSaidWeDidTranslation.objects.filter(revision=latest, language=language).first()
    initial = (
        {
            name: getattr(existing, name)
            for name in ("theme_name", "you_said", "we_did", "cant_do_reason", "placeholder")
        }
        if existing
        else {}
    )
    form = UpdateTranslationForm(request.POST or None, initial=initial, revision=latest)
    if request.method == "POST" and form.is_valid():
        try:
            update_translation_save(
                revision=latest, language=language, user=request.user, **form.cleaned_data
            )
        except TranslationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Saved the {names[language]} words for revision {latest.number}.")
            return redirect("feedback:detail", update.pk)
    return render(
        request,
        "feedback/staff/translation_form.html",
        {"update": update, "latest": latest, "form": form, "language_name": names[language]},
        status=400 if form.errors else 200,
    )


@staff_view
def update_detail(request, pk: int):
    update = _update(request, pk)
    context = _detail_context(request, update)
    context["overrides_form"] = OverridesForm(
        blocked=context["report"].blocked_rules if context["report"] else ()
    )
    return render(request, "feedback/staff/detail.html", context)


@role_required(*LEADERS)
@require_POST
def update_publish(request, pk: int):
    update = _update(request, pk)
    try:
        you_said_we_did_publish(update=update, user=request.user, overrides=overrides_from(request.POST))
    except PublicationBlocked as blocked:
        context = _detail_context(request, update)
        context["overrides_form"] = OverridesForm(request.POST, blocked=blocked.unresolved)
        context["problem"] = str(blocked)
        return render(request, "feedback/staff/detail.html", context, status=400)
    except FeedbackError as error:
        messages.error(request, str(error))
        return redirect("feedback:detail", update.pk)
    messages.success(request, "Published. Young people can read it now.")
    return redirect("feedback:detail", update.pk)


@role_required(*LEADERS)
def leaders_home(request):
    today = timezone.localdate()
    digest = digest_for(partnership=request.partnership, today=today)
    return render(
        request,
        "feedback/staff/leaders.html",
        {
            "digest": digest,
            "timeliness": consultations_timeliness(partnership=request.partnership, today=today),
        },
    )
