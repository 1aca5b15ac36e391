"""The leaders' dashboard, its exports and the quotes behind its figures; exports and quotes are audited."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.core.access import ANALYSTS_AND_LEADERS, role_required
from youthvoice.insights.coding.services import codebook_themes
from youthvoice.insights.dashboard.audiences import AUDIENCE_SLUGS, audience_dashboard_build
from youthvoice.insights.dashboard.comparison import Comparison, comparison_build
from youthvoice.insights.dashboard.exports import briefing_pdf, table_csv, tables_xlsx
from youthvoice.insights.dashboard.forms import AudienceFilterForm, DashboardFilterForm
from youthvoice.insights.dashboard.quotes import HELD_BACK_NOTE, QuoteGroupNotFound, quote_group, quote_page
from youthvoice.insights.dashboard.selectors import dashboard_build
from youthvoice.insights.panel.services import theme_panel_summaries

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _form(request) -> DashboardFilterForm:
    data = request.GET if any(request.GET.get(name) for name in DashboardFilterForm.declared_fields) else None
    form = DashboardFilterForm(data, partnership=request.partnership)
    form.is_valid()
    return form


def _problems(form) -> HttpResponse:
    problems = "; ".join(error for errors in form.errors.values() for error in errors)
    return HttpResponse(f"The filters are not valid: {problems}", status=400, content_type="text/plain")


def _audit_export(request, *, dashboard, what: str, file_format: str, tables: list[str]) -> None:
    detail = {"format": file_format, "tables": tables, "filters": dashboard.filters.as_dict()}
    if isinstance(dashboard, Comparison):
        detail["filters"] = dashboard.later_board.filters.as_dict()
        detail["compared_with"] = dashboard.earlier_board.filters.as_dict()
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.EXPORT,
        target=("insights.dashboard", what),
        detail=detail,
        partnership=request.partnership,
    )


def _built(request, form):
    """The dashboard for the form's filters, or the comparison of two periods when it asks for one."""
    if form.comparing:
        return comparison_build(
            partnership=request.partnership, filters=form.filters(), other=form.other_period()
        )
    return dashboard_build(partnership=request.partnership, filters=form.filters())


@role_required(*ANALYSTS_AND_LEADERS)
def dashboard(request):
    form = _form(request)
    if form.errors:
        return render(request, "insights/dashboard/dashboard.html", {"form": form}, status=400)
    context = {
        "form": form,
        "query": request.GET.urlencode(),
        "panel_rows": _panel_rows(request.partnership),
    }
    if form.comparing:
        comparison = _built(request, form)
        context |= {
            "comparison": comparison,
            "filters_text": DashboardFilterForm.describe_comparison(comparison),
            "period_queries": [_period_query(request, board) for board in comparison.boards],
        }
    else:
        filters = form.filters()
        context |= {
            "dashboard": dashboard_build(partnership=request.partnership, filters=filters),
            "filters_text": DashboardFilterForm.describe(filters),
        }
    return render(request, "insights/dashboard/dashboard.html", context)


def _period_query(request, board) -> str:
    """The query of one period's dashboard on its own: the same filters, its dates, nothing to compare."""
    query = request.GET.copy()
    for name in DashboardFilterForm.COMPARE_FIELDS:
        query.pop(name, None)
    query["date_from"] = f"{board.filters.date_from:%Y-%m-%d}"
    query["date_to"] = f"{board.filters.date_to:%Y-%m-%d}"
    return query.urlencode()


def _panel_rows(partnership) -> list:
    """Each codebook theme a young people's panel ranked, with what the panels said."""
    summaries = theme_panel_summaries(partnership=partnership)
    themes = codebook_themes(partnership=partnership)
    return [(theme, summaries[theme.pk]) for theme in themes if theme.pk in summaries]


def _stamp(request) -> str:
    return f"{request.partnership.slug}-{timezone.localdate():%Y-%m-%d}"


@role_required(*ANALYSTS_AND_LEADERS)
def dashboard_export(request, table: str, file_format: str):
    form = _form(request)
    if form.errors:
        return _problems(form)
    board = _built(request, form)
    if not board.shown:
        return HttpResponse(board.message, status=404, content_type="text/plain")
    if table == "all":
        tables = board.tables if form.comparing else board.tables()
    else:
        found = board.table(table)
        if found is None:
            raise Http404("There is no such table for these filters.")
        tables = [found]
    if file_format == "csv":
        if len(tables) != 1:
            raise Http404("CSV files hold one table each.")
        response = HttpResponse(
            table_csv(table=tables[0], dashboard=board), content_type="text/csv; charset=utf-8"
        )
    elif file_format == "xlsx":
        response = HttpResponse(tables_xlsx(tables=tables, dashboard=board), content_type=XLSX)
    else:
        raise Http404("Exports are CSV or XLSX.")
    response["Content-Disposition"] = f'attachment; filename="{table}-{_stamp(request)}.{file_format}"'
    _audit_export(
        request, dashboard=board, what=table, file_format=file_format, tables=[t.slug for t in tables]
    )
    return response


@role_required(*ANALYSTS_AND_LEADERS)
def dashboard_briefing(request):
    form = _form(request)
    if form.errors:
        return _problems(form)
    board = dashboard_build(partnership=request.partnership, filters=form.filters())
    response = HttpResponse(briefing_pdf(dashboard=board), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="briefing-{_stamp(request)}.pdf"'
    _audit_export(
        request, dashboard=board, what="briefing", file_format="pdf", tables=[t.slug for t in board.tables()]
    )
    return response


def _audience(slug: str) -> str:
    if slug not in AUDIENCE_SLUGS:
        raise Http404("There is no such audience.")
    return AUDIENCE_SLUGS[slug]


def _audience_form(request, audience: str) -> AudienceFilterForm:
    bound = any(request.GET.get(name) for name in ("consultation", "date_from", "date_to"))
    form = AudienceFilterForm(
        request.GET if bound else None, partnership=request.partnership, audience=audience
    )
    form.is_valid()
    return form


@role_required(*ANALYSTS_AND_LEADERS)
def dashboard_audience(request, audience: str):
    """Parents' and carers' or community members' figures: their own panel, never young people's."""
    audience = _audience(audience)
    form = _audience_form(request, audience)
    context = {"form": form, "audience": audience, "slug": request.resolver_match.kwargs["audience"]}
    if form.errors:
        return render(request, "insights/dashboard/audience.html", context, status=400)
    board = audience_dashboard_build(
        partnership=request.partnership, audience=audience, filters=form.filters()
    )
    context |= {
        "dashboard": board,
        "filters_text": AudienceFilterForm.describe(form.filters()),
        "query": request.GET.urlencode(),
    }
    return render(request, "insights/dashboard/audience.html", context)


@role_required(*ANALYSTS_AND_LEADERS)
def dashboard_audience_export(request, audience: str, table: str, file_format: str):
    audience = _audience(audience)
    form = _audience_form(request, audience)
    if form.errors:
        return _problems(form)
    board = audience_dashboard_build(
        partnership=request.partnership, audience=audience, filters=form.filters()
    )
    if not board.shown:
        return HttpResponse(board.message, status=404, content_type="text/plain")
    tables = board.tables() if table == "all" else [found] if (found := board.table(table)) else None
    if tables is None:
        raise Http404("There is no such table for these filters.")
    if file_format == "csv" and len(tables) == 1:
        response = HttpResponse(
            table_csv(table=tables[0], dashboard=board), content_type="text/csv; charset=utf-8"
        )
    elif file_format == "xlsx":
        response = HttpResponse(tables_xlsx(tables=tables, dashboard=board), content_type=XLSX)
    else:
        raise Http404("Exports are one table as CSV, or XLSX.")
    response["Content-Disposition"] = (
        f'attachment; filename="{board.slug}-{table}-{_stamp(request)}.{file_format}"'
    )
    _audit_export(
        request,
        dashboard=board,
        what=f"{board.slug}:{table}",
        file_format=file_format,
        tables=[t.slug for t in tables],
    )
    return response


MAX_PAGE = 10_000


def _page_number(request) -> int | None:
    """The ``page`` asked for: 1 when absent, None when it is not a whole number from 1 to MAX_PAGE."""
    raw = request.GET.get("page", "1").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        return None
    return int(raw)


def _quotes_page(request, context: dict, *, status: int = 200) -> HttpResponse:
    return render(request, "insights/dashboard/quotes.html", context, status=status)


@role_required(*ANALYSTS_AND_LEADERS)
def dashboard_quotes(request, kind: str, value: str):
    """The de-identified quotes behind one row of a dashboard figure, where the group may be quoted."""
    form = _form(request)
    context = {"form": form, "kind": kind, "query": _filters_query(request)}
    if form.errors:
        return _quotes_page(request, context, status=400)
    number = _page_number(request)
    if number is None:
        context["problem"] = f"The page must be a whole number from 1 to {MAX_PAGE:,}."
        return _quotes_page(request, context, status=400)
    filters = form.filters()
    try:
        group = quote_group(partnership=request.partnership, kind=kind, value=value, filters=filters)
    except QuoteGroupNotFound as error:
        context["not_found"] = str(error)
        return _quotes_page(request, context, status=404)
    page = quote_page(group=group, page=number, partnership=request.partnership)
    if page is None:
        context["not_found"] = f"There is no page {number} of quotes for this group: try page 1."
        return _quotes_page(request, context, status=404)
    if page.quotes:
        audit_record(
            actor=request.user,
            action=AuditEvent.Action.VIEW,
            target=("insights.quotes", f"{kind}:{value}"),
            reason="Reading the quotes behind a dashboard figure",
            detail={
                "group": group.label,
                "filters": filters.as_dict(),
                "page": number,
                "answers": [quote.answer_id for quote in page.quotes],
            },
            partnership=request.partnership,
        )
    context |= {
        "group": group,
        "page": page,
        "filters_text": DashboardFilterForm.describe(filters),
        "held_back_note": HELD_BACK_NOTE,
        "threshold": request.partnership.disclosure_threshold,
    }
    return _quotes_page(request, context)


def _filters_query(request) -> str:
    """The dashboard's filters from the query string, without the page, for links back and between pages."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
