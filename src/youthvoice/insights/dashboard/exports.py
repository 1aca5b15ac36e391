"""Dashboard exports: CSV and XLSX of each protected table, and the strategic briefing PDF.

Exports write only what ``insights.dashboard.selectors`` built, so every figure is the disclosure-controlled
one ("[c]" where hidden). Text cells go through the one formula-injection guard,
``core.spreadsheet.csv_safe``. Views record every export in the audit log (``insights.dashboard.views``). A
comparison of two periods (``insights.dashboard.comparison``) exports each period's published figures, the
change, its p-value and test, and the verdict, in the same files.
"""

from __future__ import annotations

import csv
import io
import re

from django.template.loader import render_to_string
from django.utils import timezone

from youthvoice.core.pdf import html_to_pdf
from youthvoice.core.spreadsheet import csv_safe
from youthvoice.insights.dashboard.charts import bar_chart
from youthvoice.insights.dashboard.comparison import ComparedRow, ComparedTable, Comparison
from youthvoice.insights.dashboard.forms import DashboardFilterForm
from youthvoice.insights.dashboard.selectors import Dashboard, Figure, FigureTable
from youthvoice.insights.disclosure import SUPPRESSED_SYMBOL, Cell, Percent, percentage


def export_value(value):
    """A published figure as a spreadsheet value: a number where shown, "[c]" where hidden."""
    if isinstance(value, Cell | Percent):
        return SUPPRESSED_SYMBOL if value.value is None else value.value
    if isinstance(value, Figure):
        return str(value) if value.value is None else round(value.value, value.places)
    return csv_safe(value)


def _footer(*, summary: str, notes: list[str], filters: str, audience: str, partnership) -> list[list]:
    return [
        [],
        [csv_safe(summary)],
        *([csv_safe(note)] for note in notes),
        [csv_safe(f"Filters: {filters}")],
        # Whose answers these are: young people's figures and other audiences' are never merged (issue 17).
        [csv_safe(f"Audience: {audience}")],
        [csv_safe(f"{partnership.name}, exported {timezone.localdate():%-d %B %Y}")],
    ]


def _lines(table: FigureTable | ComparedTable, dashboard: Dashboard | Comparison) -> list[list]:
    if isinstance(table, ComparedTable):
        return _compared_lines(table, dashboard)
    lines: list[list] = [[csv_safe(heading) for heading in table.header]]
    lines += [[csv_safe(label), *(export_value(cell) for cell in cells)] for label, cells in table.rows]
    return lines + _footer(
        summary=table.summary,
        notes=[table.note or dashboard.note, dashboard.coverage],
        filters=DashboardFilterForm.describe(dashboard.filters),
        audience=dashboard.audience_label,
        partnership=dashboard.partnership,
    )


def _side_values(row: ComparedRow, side: tuple) -> list:
    """One period's figures in a compared row: count, base and share, or gap and interval ("[c]": hidden)."""
    if not side:
        return ["", "", ""]
    if row.unit == "gap":
        gap, low, high = side
        return [SUPPRESSED_SYMBOL] * 3 if gap is None else [round(gap, 2), round(low, 2), round(high, 2)]
    count, base = side
    share = percentage(numerator=count, denominator=base, places=1)
    return [export_value(count), export_value(base), export_value(share)]


def _compared_lines(table: ComparedTable, comparison: Comparison) -> list[list]:
    earlier, later = comparison.earlier, comparison.later
    if table.unit == "gap":
        what, change = ("gap", "interval low", "interval high"), "Change (scale points)"
    else:
        what, change = ("count", "base", "share (%)"), "Change (percentage points)"
    lines: list[list] = [
        [
            csv_safe(table.label_heading),
            *(f"{period}: {name}" for period in (earlier, later) for name in what),
            change,
            "p-value",
            "Test",
            "Is the change more than chance?",
        ]
    ]
    for row in table.rows:
        found = row.change
        lines.append(
            [
                csv_safe(row.label),
                *_side_values(row, row.earlier),
                *_side_values(row, row.later),
                (round(found.change, 1 if row.unit == "share" else 2) if found else row.change_text),
                round(found.p_value, 4) if found else "",
                found.test if found else "",
                row.verdict.text,
            ]
        )
    if table.share_of:
        lines.append([csv_safe(f"Shares are the {table.share_of.lower()}.")])
    return lines + _footer(
        summary=table.summary,
        notes=[comparison.note, comparison.coverage],
        filters=DashboardFilterForm.describe_comparison(comparison),
        audience=comparison.earlier_board.audience_label,
        partnership=comparison.partnership,
    )


def table_csv(*, table: FigureTable | ComparedTable, dashboard: Dashboard | Comparison) -> str:
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


def tables_xlsx(
    *, tables: list[FigureTable] | list[ComparedTable], dashboard: Dashboard | Comparison
) -> bytes:
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
