"""The CE strategy's pages: the strategy and its versions, the draft and its sections, publishing through
the language gate, a version's printable page and PDF, and what changed since the version before."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_POST

from youthvoice.core.access import LEADERS, role_required, staff_view
from youthvoice.core.pdf import html_to_pdf
from youthvoice.language.forms import OverridesForm, overrides_from
from youthvoice.language.publishing import PublicationBlocked, publication_gate_check
from youthvoice.strategy import selectors, services
from youthvoice.strategy.forms import DraftDetailsForm, SectionForm
from youthvoice.strategy.models import SectionEvidence, StrategySection
from youthvoice.strategy.selectors import FigureSnapshot


def _render(request, template: str, context: dict, *, status: int = 200):
    context = {
        "can_edit": bool(request.roles & LEADERS),
        "partnership": request.partnership,
        "today": timezone.localdate(),
        **context,
    }
    return render(request, template, context, status=status)


def _strategy_or_404(request):
    strategy = selectors.strategy_for(partnership=request.partnership)
    if strategy is None:
        raise Http404("The partnership has no strategy yet.")
    return strategy


def _draft_or_redirect(request):
    """The draft, or a redirect to the strategy page saying why there is none to change."""
    strategy = selectors.strategy_for(partnership=request.partnership)
    draft = selectors.version_draft(strategy=strategy) if strategy else None
    if draft is None:
        messages.error(request, "There is no draft to change: start the next version first.")
        return None, redirect("strategy:overview")
    return draft, None


@staff_view
def overview(request):
    strategy = selectors.strategy_for(partnership=request.partnership)
    context = {"strategy": strategy}
    if strategy is not None:
        context |= {
            "versions": selectors.versions_of(strategy=strategy),
            "draft": selectors.version_draft(strategy=strategy),
            "current": selectors.version_latest_published(strategy=strategy),
        }
    return _render(request, "strategy/overview.html", context)


@role_required(*LEADERS)
@require_POST
def start(request):
    try:
        services.strategy_start(partnership=request.partnership, created_by=request.user)
    except services.StrategyError as error:
        messages.error(request, str(error))
        return redirect("strategy:overview")
    messages.success(request, "The strategy is started: write its first version.")
    return redirect("strategy:draft")


@role_required(*LEADERS)
@require_POST
def draft_next(request):
    strategy = _strategy_or_404(request)
    try:
        draft = services.draft_start_next(strategy=strategy, created_by=request.user)
    except services.StrategyError as error:
        messages.error(request, str(error))
        return redirect("strategy:overview")
    messages.success(request, f"Version {draft.number} is started from version {draft.based_on.number}.")
    return redirect("strategy:draft")


@role_required(*LEADERS)
def draft(request):
    version, refused = _draft_or_redirect(request)
    if refused:
        return refused
    initial = {"review_on": version.review_on, "young_peoples_summary": version.young_peoples_summary}
    form = DraftDetailsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.draft_details_save(version=version, **form.cleaned_data)
        except services.StrategyError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The review date and the summary are saved.")
            return redirect("strategy:draft")
    return _render(
        request,
        "strategy/draft.html",
        {
            "version": version,
            "form": form,
            "sections": version.sections.prefetch_related("evidence"),
            "report": publication_gate_check(
                texts=services.young_people_texts(version), partnership=version.strategy.partnership
            ),
            "comparison": selectors.version_compare(version=version) if version.based_on_id else None,
        },
        status=400 if form.errors else 200,
    )


def _figures_for(request, section: StrategySection | None) -> list[FigureSnapshot]:
    """The dashboard's figures now, plus any the section already quotes that the dashboard no longer shows
    (kept as they were), so saving a section never drops its evidence silently."""
    figures = selectors.figures_available(partnership=request.partnership)
    if section is not None:
        offered = {figure.slug for figure in figures}
        for evidence in section.evidence.filter(kind=SectionEvidence.Kind.FIGURE):
            if evidence.figure_slug not in offered:
                figures.append(FigureSnapshot(evidence.figure_slug, evidence.label, evidence.detail))
    return figures


def _section_form(request, section: StrategySection | None):
    version, refused = _draft_or_redirect(request)
    if refused:
        return refused
    if section is not None and section.version_id != version.pk:
        raise Http404("That section is not in the draft.")
    initial = {}
    if section is not None:
        evidence = list(section.evidence.all())
        initial = {
            "title": section.title,
            "body": section.body,
            "insight_themes": [e.insight_theme_id for e in evidence if e.insight_theme_id],
            "partnership_themes": [e.partnership_theme_id for e in evidence if e.partnership_theme_id],
            "actions": [e.action_id for e in evidence if e.action_id],
            "figures": [e.figure_slug for e in evidence if e.figure_slug],
        }
    form = SectionForm(
        request.POST or None,
        initial=initial,
        partnership=request.partnership,
        figures=_figures_for(request, section),
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.section_save(
                version=version,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                section=section,
                **form.evidence(),
            )
        except services.StrategyError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"The section “{saved.title}” is saved.")
            return redirect("strategy:draft")
    return _render(
        request,
        "strategy/section_form.html",
        {"form": form, "version": version, "section": section},
        status=400 if form.errors else 200,
    )


@role_required(*LEADERS)
def section_create(request):
    return _section_form(request, None)


@role_required(*LEADERS)
def section_edit(request, pk: int):
    section = get_object_or_404(StrategySection, pk=pk, version__strategy__partnership=request.partnership)
    return _section_form(request, section)


@role_required(*LEADERS)
@require_POST
def section_remove(request, pk: int):
    section = get_object_or_404(StrategySection, pk=pk, version__strategy__partnership=request.partnership)
    try:
        services.section_remove(section=section)
    except services.StrategyError as error:
        messages.error(request, str(error))
        return redirect("strategy:overview")
    messages.success(request, f"The section “{section.title}” is removed from the draft.")
    return redirect("strategy:draft")


@role_required(*LEADERS)
def publish(request):
    version, refused = _draft_or_redirect(request)
    if refused:
        return refused
    report = publication_gate_check(
        texts=services.young_people_texts(version), partnership=version.strategy.partnership
    )
    overrides_form = OverridesForm(request.POST or None, blocked=report.blocked_rules)
    problem = ""
    if request.method == "POST":
        try:
            services.version_publish(
                version=version, user=request.user, overrides=overrides_from(request.POST)
            )
        except PublicationBlocked as blocked:
            problem = str(blocked)
            overrides_form = OverridesForm(request.POST, blocked=blocked.unresolved)
        except services.StrategyError as error:
            problem = str(error)
        else:
            messages.success(request, f"Version {version.number} of the strategy is published.")
            return redirect("strategy:version", number=version.number)
    return _render(
        request,
        "strategy/publish.html",
        {
            "version": version,
            "report": report,
            "overrides_form": overrides_form,
            "problems": services.publish_problems(version),
            "problem": problem,
        },
        status=400 if problem else 200,
    )


def _version(request, number: int):
    strategy = _strategy_or_404(request)
    version = selectors.version_with_sections(strategy=strategy, number=number)
    if version is None:
        raise Http404("There is no such version.")
    return version


@staff_view
def version(request, number: int):
    version = _version(request, number)
    return _render(request, "strategy/version.html", {"version": version, "strategy": version.strategy})


@staff_view
def changes(request, number: int):
    version = _version(request, number)
    return _render(
        request,
        "strategy/changes.html",
        {"version": version, "comparison": selectors.version_compare(version=version)},
    )


@staff_view
def version_pdf(request, number: int):
    version = _version(request, number)
    html = render_to_string(
        "strategy/version_pdf.html",
        {"version": version, "strategy": version.strategy, "partnership": request.partnership},
    )
    response = HttpResponse(html_to_pdf(html=html), content_type="application/pdf")
    filename = f"strategy-{request.partnership.slug}-v{version.number}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
