"""The leaders' dashboard and its exports. Aggregates only; every export is audited."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.core.access import ANALYSTS_AND_LEADERS, role_required
from youthvoice.insights.comparison import Comparison, comparison_build
from youthvoice.insights.dashboard import dashboard_build
from youthvoice.insights.dashboard_forms import DashboardFilterForm
from youthvoice.insights.exports import briefing_pdf, table_csv, tables_xlsx

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
    context = {"form": form, "query": request.GET.urlencode()}
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
