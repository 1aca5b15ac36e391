"""Change over time: two periods' figures side by side, the change and whether it is more than chance.

Each period's figures are exactly the single-period dashboard's for its dates (``dashboard_build``, whole
release units, suppression, then cell-key perturbation). The change and its test are worked out from
those published figures only, never from true counts, so a comparison tells a reader nothing that the two
single-period dashboards do not already show: it opens no new differencing route (docs/security.md,
"Disclosure control"). A figure hidden in either period gives "Too few to compare", never a change.

The periods are counted in whole calendar months (``DashboardFilters.banded``), so they must share no
month, and each must end before the current month, the only months any figure counts.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from enum import StrEnum

from youthvoice.insights.dashboard.aggregates import (
    DashboardFilters,
    month_end,
    month_start,
    published_before,
)
from youthvoice.insights.dashboard.selectors import Dashboard, FigureTable, Share, dashboard_build
from youthvoice.insights.disclosure import SUPPRESSED_SYMBOL, SUPPRESSION_NOTE, Cell, percentage
from youthvoice.insights.statistics import Change, gap_change, proportion_change
from youthvoice.partnership.models import Partnership

NOT_IN_PERIOD = "none in this period"


class Verdict(StrEnum):
    MORE_THAN_CHANCE = "more_than_chance"
    COULD_BE_CHANCE = "could_be_chance"
    TOO_FEW = "too_few"

    @property
    def text(self) -> str:
        return VERDICT_TEXT[self]


VERDICT_TEXT = {
    Verdict.MORE_THAN_CHANCE: "More than chance at 95%",
    Verdict.COULD_BE_CHANCE: "Could be chance",
    Verdict.TOO_FEW: "Too few to compare",
}
COMPARISON_NOTE = (
    '"More than chance at 95%" means a change this large would happen by chance less than 1 time in 20 if '
    "nothing had really changed (a two-proportion z-test, or Fisher's exact test where counts are small). "
    "With many rows, about 1 in 20 of those that did not really change will still show it, so look for "
    'changes that fit together. "Too few to compare" means a figure is not shown ([c]) in one of the '
    "periods, or no one answered. Changes are worked out from the published figures, which are changed "
    "slightly to protect identities."
)


@dataclass(frozen=True)
class Period:
    date_from: datetime.date
    date_to: datetime.date

    def banded(self) -> Period:
        return Period(month_start(self.date_from), month_end(self.date_to))

    def first_shared_month(self, other: Period) -> datetime.date | None:
        """The first month both periods (widened to whole months) cover, or ``None`` if they share none."""
        first, second = self.banded(), other.banded()
        if first.date_from <= second.date_to and second.date_from <= first.date_to:
            return max(first.date_from, second.date_from)
        return None

    def __str__(self) -> str:
        start, end = self.banded().date_from, self.banded().date_to
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%B %Y}"
        if start.year == end.year:
            return f"{start:%B} to {end:%B %Y}"
        return f"{start:%B %Y} to {end:%B %Y}"


def period_problems(
    *,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
    compare_from: datetime.date | None,
    compare_to: datetime.date | None,
) -> dict[str, str]:
    """What is wrong with two periods to compare, by field name (empty when they can be compared).

    Shared by the dashboard's form and the API, so both refuse the same periods with the same words.
    """
    problems: dict[str, str] = {}
    if not date_from:
        problems["date_from"] = "To compare two periods, enter the date this period starts"
    if not date_to:
        problems["date_to"] = "To compare two periods, enter the date this period ends"
    if not compare_from:
        problems["compare_from"] = "Enter the date the period to compare with starts"
    if not compare_to:
        problems["compare_to"] = "Enter the date the period to compare with ends"
    if problems:
        return problems
    if date_from > date_to:
        problems["date_to"] = "The end date must be the same as or after the start date"
    if compare_from > compare_to:
        problems["compare_to"] = "The period to compare with must end on or after the day it starts"
    if problems:
        return problems
    ended = published_before()
    for name, end in (("date_to", date_to), ("compare_to", compare_to)):
        if end >= ended:
            problems[name] = (
                f"The period must end before {ended:%-d %B %Y}: only months that have ended are counted"
            )
    if problems:  # a period not yet ended (and month_end of the last day there is would overflow)
        return problems
    shared = Period(date_from, date_to).first_shared_month(Period(compare_from, compare_to))
    if shared:
        problems["compare_from"] = (
            f"The two periods overlap in {shared:%B %Y}. Figures are counted in whole months, so choose "
            "periods that share no month"
        )
    return problems


@dataclass(frozen=True)
class ComparedRow:
    """One figure in two periods: each side's published figures, and the change between them."""

    label: str
    earlier: tuple  # (count, base) Cells for a share; (gap, low, high) floats or None for a gap
    later: tuple
    change: Change | None
    unit: str  # "share" or "gap"

    @property
    def verdict(self) -> Verdict:
        if self.change is None:
            return Verdict.TOO_FEW
        return Verdict.MORE_THAN_CHANCE if self.change.significant else Verdict.COULD_BE_CHANCE

    def side_text(self, side: tuple) -> str:
        if not side:
            return NOT_IN_PERIOD
        if self.unit == "gap":
            gap, low, high = side
            return SUPPRESSED_SYMBOL if gap is None else f"{gap:+.2f} ({low:.2f} to {high:.2f})"
        count, base = side
        if base.value == 0:
            return "none (0 of 0)"
        share = percentage(numerator=count, denominator=base)
        if share.suppressed:
            return SUPPRESSED_SYMBOL
        return f"{share} ({count.value:,} of {base.value:,})"

    @property
    def earlier_text(self) -> str:
        return self.side_text(self.earlier)

    @property
    def later_text(self) -> str:
        return self.side_text(self.later)

    @property
    def change_text(self) -> str:
        if self.change is None:
            return SUPPRESSED_SYMBOL if self.hidden else "not available"
        points = round(self.change.change, 1 if self.unit == "share" else 2)
        unit = "percentage points" if self.unit == "share" else "scale points"
        if points == 0:
            return f"No change (0 {unit})"
        direction = "Up" if points > 0 else "Down"
        return f"{direction} {abs(points):.{1 if self.unit == 'share' else 2}f} {unit}"

    @property
    def hidden(self) -> bool:
        """Whether a figure is hidden by disclosure control in either period."""
        sides = [self.earlier, self.later]
        if self.unit == "gap":
            return any(side and side[0] is None for side in sides)
        return any(side and (side[0].suppressed or side[1].suppressed) for side in sides)


@dataclass(frozen=True)
class ComparedTable:
    slug: str
    title: str
    label_heading: str
    share_of: str  # what a share is of, or "" for a gap
    unit: str  # "share" or "gap"
    rows: tuple[ComparedRow, ...]
    summary: str
    header: tuple[str, ...]  # as the page shows it: label, each period, the change, the verdict


@dataclass
class Comparison:
    """The dashboard for two periods: each period's published dashboard, and every panel compared."""

    earlier: Period
    later: Period
    earlier_board: Dashboard
    later_board: Dashboard
    tables: list[ComparedTable]

    @property
    def boards(self) -> tuple[Dashboard, Dashboard]:
        return self.earlier_board, self.later_board

    @property
    def partnership(self) -> Partnership:
        return self.earlier_board.partnership

    @property
    def threshold(self) -> int:
        return self.earlier_board.threshold

    @property
    def filters(self) -> DashboardFilters:
        return self.earlier_board.filters

    @property
    def shown(self) -> bool:
        return self.earlier_board.shown and self.later_board.shown

    @property
    def message(self) -> str:
        """Why no comparison is shown (a period with too few responses), or ""."""
        return " ".join(
            f"{period}: {board.message}"
            for period, board in ((self.earlier, self.earlier_board), (self.later, self.later_board))
            if board.message
        )

    @property
    def note(self) -> str:
        return SUPPRESSION_NOTE.format(threshold=self.threshold) + " " + COMPARISON_NOTE

    @property
    def coverage(self) -> str:
        return self.earlier_board.coverage

    def table(self, slug: str) -> ComparedTable | None:
        return next((table for table in self.tables if table.slug == slug), None)


def _share_side(share: Share | None) -> tuple:
    return () if share is None else (share.count, share.base)


def _share_change(earlier: Share | None, later: Share | None) -> Change | None:
    figures: list[Cell] = []
    for share in (earlier, later):
        if share is None:
            return None
        figures += [share.count, share.base]
    if any(cell.suppressed for cell in figures):
        return None
    return proportion_change(
        earlier=(earlier.count.value, earlier.base.value), later=(later.count.value, later.base.value)
    )


def _gap_side(table: FigureTable | None, label: str) -> tuple:
    bar = next((bar for bar in table.bars if bar.label == label), None) if table else None
    return () if bar is None else (bar.value, bar.low, bar.high)


def _labels(*tables: FigureTable | None, of) -> list[str]:
    seen: dict[str, None] = {}
    for table in tables:
        if table is not None:
            seen.update(dict.fromkeys(of(table)))
    return list(seen)


def _summary(rows: list[ComparedRow], *, periods: tuple[Period, Period]) -> str:
    moved = [row for row in rows if row.verdict == Verdict.MORE_THAN_CHANCE]
    too_few = sum(row.verdict == Verdict.TOO_FEW for row in rows)
    if moved:
        listed = "; ".join(f"{row.label}: {row.change_text.lower()}" for row in moved[:4])
        more = f" and {len(moved) - 4} more" if len(moved) > 4 else ""
        text = f"Changed by more than chance from {periods[0]} to {periods[1]}: {listed}{more}."
    else:
        text = "No figure changed by more than chance between the two periods."
    if too_few:
        text += f" {too_few} figure{'s' if too_few != 1 else ''} too few to compare."
    return text


def compare_tables(
    earlier: FigureTable | None, later: FigureTable | None, *, periods: tuple[Period, Period]
) -> ComparedTable:
    """One panel compared: rows matched by label (a row only one period has is compared with nothing)."""
    template = earlier or later
    if template.scale == "gap":
        labels = _labels(earlier, later, of=lambda table: [bar.label for bar in table.bars])
        rows = []
        for label in labels:
            first, second = _gap_side(earlier, label), _gap_side(later, label)
            change = None
            if first and second and first[0] is not None and second[0] is not None:
                change = gap_change(earlier=first, later=second)
            rows.append(ComparedRow(label, first, second, change, "gap"))
        unit, share_of = "gap", ""
    else:
        labels = _labels(earlier, later, of=lambda table: [share.label for share in table.shares])

        def find(table, label):
            return next((s for s in table.shares if s.label == label), None) if table else None

        rows = [
            ComparedRow(
                label,
                _share_side(find(earlier, label)),
                _share_side(find(later, label)),
                _share_change(find(earlier, label), find(later, label)),
                "share",
            )
            for label in labels
        ]
        unit, share_of = "share", template.share_of
    return ComparedTable(
        template.slug,
        template.title,
        template.header[0],
        share_of,
        unit,
        tuple(rows),
        _summary(rows, periods=periods),
        (
            template.header[0],
            *(f"{share_of or 'Gap, with its 95% interval'}: {period}" for period in periods),
            "Change",
            "Is the change more than chance?",
        ),
    )


def comparable(table: FigureTable) -> bool:
    return bool(table.shares) or table.scale == "gap"


def comparison_build(*, partnership: Partnership, filters: DashboardFilters, other: Period) -> Comparison:
    """The dashboard of ``filters``' period beside that of ``other``, in time order, every panel compared.

    ``filters`` must have both dates (``period_problems`` checks that, and that the periods share no month).
    """
    periods = sorted([Period(filters.date_from, filters.date_to), other], key=lambda p: p.date_from)
    boards = [
        dashboard_build(
            partnership=partnership, filters=replace(filters, date_from=p.date_from, date_to=p.date_to)
        )
        for p in periods
    ]
    comparison = Comparison(periods[0], periods[1], boards[0], boards[1], [])
    if not comparison.shown:
        return comparison
    slugs = _labels(*boards, of=lambda board: [t.slug for t in board.tables() if comparable(t)])
    comparison.tables = [
        compare_tables(boards[0].table(slug), boards[1].table(slug), periods=(periods[0], periods[1]))
        for slug in slugs
    ]
    return comparison
