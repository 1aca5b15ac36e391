"""Dashboard exports: CSV and XLSX of each protected table, and the strategic briefing PDF.

Exports write only what ``insights.dashboard`` built, so every figure is the disclosure-controlled one
("[c]" where hidden). Text cells go through the one formula-injection guard, ``core.spreadsheet.csv_safe``.
Views record every export in the audit log (``insights.views_dashboard``).
"""

from __future__ import annotations

import csv
import io
import re

from django.template.loader import render_to_string
from django.utils import timezone

from youthvoice.core.spreadsheet import csv_safe
from youthvoice.insights.charts import bar_chart
from youthvoice.insights.dashboard import Dashboard, Figure, FigureTable
from youthvoice.insights.dashboard_forms import DashboardFilterForm
from youthvoice.insights.disclosure import SUPPRESSED_SYMBOL, Cell, Percent
from youthvoice.partnership.pdf import html_to_pdf


def export_value(value):
    """A published figure as a spreadsheet value: a number where shown, "[c]" where hidden."""
    if isinstance(value, Cell | Percent):
        return SUPPRESSED_SYMBOL if value.value is None else value.value
    if isinstance(value, Figure):
        return str(value) if value.value is None else round(value.value, value.places)
    return csv_safe(value)


def _lines(table: FigureTable, dashboard: Dashboard) -> list[list]:
    lines: list[list] = [[csv_safe(heading) for heading in table.header]]
    lines += [[csv_safe(label), *(export_value(cell) for cell in cells)] for label, cells in table.rows]
    lines += [
        [],
        [csv_safe(table.summary)],
        [csv_safe(table.note or dashboard.note)],
        [csv_safe(dashboard.coverage)],
        [csv_safe(f"Filters: {DashboardFilterForm.describe(dashboard.filters)}")],
        # Whose answers these are: young people's figures and other audiences' are never merged (issue 17).
        [csv_safe(f"Audience: {dashboard.audience_label}")],
        [csv_safe(f"{dashboard.partnership.name}, exported {timezone.localdate():%-d %B %Y}")],
    ]
    return lines


def table_csv(*, table: FigureTable, dashboard: Dashboard) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(_lines(table, dashboard))
    return buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "", title)[:28].strip() or "Table"
    name, n = base, 2
    while name.lower() in used:
        name = f"{base[:25]} {n}"
        n += 1
    used.add(name.lower())
    return name


def tables_xlsx(*, tables: list[FigureTable], dashboard: Dashboard) -> bytes:
    """One worksheet per table: its title, the table, its summary, the suppression key and the filters."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.title, used))
        sheet.append([csv_safe(table.title)])
        sheet["A1"].font = Font(bold=True, size=14)
        for line in _lines(table, dashboard):
            sheet.append(line)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def briefing_pdf(*, dashboard: Dashboard) -> bytes:
    """The strategic briefing: headline, themes, places, perception gap, representation, suppression note."""
    sections = [(table, bar_chart(table, chart_id=f"pdf-{table.slug}")) for table in dashboard.tables()]
    html = render_to_string(
        "insights/dashboard/briefing_pdf.html",
        {
            "dashboard": dashboard,
            "sections": sections,
            "filters_text": DashboardFilterForm.describe(dashboard.filters),
            "today": timezone.localdate(),
        },
    )
    return html_to_pdf(html=html)
