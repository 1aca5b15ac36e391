"""Statistical disclosure control: the one module every table, chart, export and quote goes through.

No figure youthvoice publishes may identify a child (DESIGN.md, "Safety by design"). The rules:

- **Primary suppression.** A count of 1 to ``threshold - 1`` (the partnership's ``disclosure_threshold``,
  default 10) is not shown. Totals are counts too and follow the same rule.
- **Zeros are shown.** A true zero says that nobody in a group answered a certain way; it describes no
  individual, and hiding zeros would hide real gaps in who was reached. The price is that a reader knows every
  hidden figure is at least 1, so the secondary suppression below protects against a reader who knows that.
- **Secondary suppression.** A table is a set of published figures tied together by sums (cells add up to a
  row total, row totals to the grand total, ...). After primary suppression, more figures are hidden until no
  hidden figure can be worked out from what is shown: first by the classic rule (every sum that is shown and
  has a hidden part has at least two hidden parts, not all of them 1), choosing the smallest non-zero figure
  as the complementary suppression, or the total where there is none; then an exact audit by linear
  programming finds, for each hidden figure, the smallest and largest value any table consistent with the
  published figures could give it; a hidden figure whose smallest and largest values are equal gets a further
  complementary suppression beside it, and the audit runs again. (Two-way tables have totally unimodular
  constraints, so the linear programme's extremes are whole numbers that real tables reach.)
- **One marker.** Every hidden figure is shown as ``[c]`` with :data:`SUPPRESSION_NOTE` as the key. Whether
  a figure was hidden for being small (primary) or to protect another (secondary) is kept in
  :attr:`Cell.reason` for audit and tests, never rendered: telling them apart would tell a reader that a
  primary figure is below the threshold and a secondary one is not, narrowing what they can work out.
  A figure shown on its own, with no total beside it (:func:`protect_count`), may be worded
  "fewer than 10" (:meth:`Cell.text`), because there it can only be a primary suppression.
- **Percentages** are computed only from figures that are shown: a percentage whose numerator or
  denominator is hidden is hidden.
- **Linked tables.** Protection is per table. Figures that appear in two published tables (a one-way
  table of age bands beside a locality-by-age table, whose column totals are the same counts) must come
  from one protected table, or a figure one table hides may be shown by the other.
- **Across queries.** Protection per table does not stop a reader subtracting two queries (a date window
  one day longer). ``insights.dashboard.aggregates`` therefore counts every figure over whole release units (a
  consultation's channel in a calendar month) of at least ``threshold`` responses, so any two queries differ
  by nobody or by at least ``threshold`` young people (docs/security.md, "Disclosure control").
- **Quotes** are shown only where the group behind them has at least ``threshold`` people
  (:func:`quote_publishable`); the text must already be de-identified (the voices app stores nothing else).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from scipy.optimize import linprog

DEFAULT_THRESHOLD = 10
SUPPRESSED_SYMBOL = "[c]"
# Where a table uses the symbol, this sentence goes beside it as the key.
SUPPRESSION_NOTE = (
    "[c] means the figure is not shown to protect young people's identities: it is fewer than {threshold}, "
    "or it could be used to work out a figure fewer than {threshold}."
)


class Reason(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


@dataclass(frozen=True, slots=True)
class Cell:
    """One published count: its value, or ``None`` with the reason it is hidden."""

    value: int | None
    reason: Reason | None = None
    threshold: int = DEFAULT_THRESHOLD

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        return SUPPRESSED_SYMBOL if self.value is None else f"{self.value:,}"

    def text(self) -> str:
        """Words for a figure shown on its own (no total beside it), e.g. in a sentence or a chart label."""
        if self.value is not None:
            return f"{self.value:,}"
        if self.reason is Reason.PRIMARY:
            return f"fewer than {self.threshold}"
        return "not shown"


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage computed from published counts, or hidden (``value is None``)."""

    value: float | None
    places: int = 0

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        return SUPPRESSED_SYMBOL if self.value is None else f"{self.value:.{self.places}f}%"


@dataclass(frozen=True, slots=True)
class OneWayTable:
    labels: tuple[str, ...]
    cells: tuple[Cell, ...]
    total: Cell
    threshold: int

    def percentages(self, *, places: int = 0) -> tuple[Percent, ...]:
        return tuple(percentage(numerator=cell, denominator=self.total, places=places) for cell in self.cells)

    def rows(self) -> list[tuple[str, Cell]]:
        return list(zip(self.labels, self.cells, strict=True))

    @property
    def note(self) -> str:
        return SUPPRESSION_NOTE.format(threshold=self.threshold)


@dataclass(frozen=True, slots=True)
class TwoWayTable:
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    grand_total: Cell
    threshold: int

    def row_percentages(self, *, places: int = 0) -> tuple[tuple[Percent, ...], ...]:
        """Each cell as a percentage of its row total."""
        return tuple(
            tuple(percentage(numerator=cell, denominator=total, places=places) for cell in row)
            for row, total in zip(self.cells, self.row_totals, strict=True)
        )

    def column_percentages(self, *, places: int = 0) -> tuple[tuple[Percent, ...], ...]:
        """Each cell as a percentage of its column total."""
        return tuple(
            tuple(
                percentage(numerator=cell, denominator=total, places=places)
                for cell, total in zip(row, self.column_totals, strict=True)
            )
            for row in self.cells
        )

    def rows(self) -> list[tuple[str, tuple[Cell, ...], Cell]]:
        return list(zip(self.row_labels, self.cells, self.row_totals, strict=True))

    @property
    def note(self) -> str:
        return SUPPRESSION_NOTE.format(threshold=self.threshold)


class DisclosureError(ValueError):
    """A table that cannot be protected as given (negative counts, totals that do not add up)."""


def _check_threshold(threshold: int) -> None:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise DisclosureError(
            f"The disclosure threshold must be a whole number of 1 or more, not {threshold!r}."
        )


def _check_counts(counts: Sequence[int]) -> None:
    for count in counts:
        if isinstance(count, bool) or not isinstance(count, int | np.integer) or count < 0:
            raise DisclosureError(f"Counts must be whole numbers of 0 or more, not {count!r}.")


def is_primary(value: int, *, threshold: int) -> bool:
    return 0 < value < threshold


def protect_count(value: int, *, threshold: int = DEFAULT_THRESHOLD) -> Cell:
    """A single count shown on its own (no total or other figure beside it can reveal it)."""
    _check_threshold(threshold)
    _check_counts([value])
    if is_primary(value, threshold=threshold):
        return Cell(None, Reason.PRIMARY, threshold)
    return Cell(int(value), None, threshold)


def quote_publishable(*, group_size: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Whether a de-identified quote may be shown for a group (e.g. the answers behind a theme in a filter).

    Only where at least ``threshold`` young people are in the group, so that a quote cannot be tied to one
    of a handful of people.
    """
    _check_threshold(threshold)
    return group_size >= threshold


def percentage(*, numerator: Cell, denominator: Cell, places: int = 0) -> Percent:
    """``numerator`` as a percentage of ``denominator``, only when both are shown (and the base is not 0)."""
    if numerator.value is None or denominator.value is None or denominator.value == 0:
        return Percent(None, places)
    # Part and total are perturbed independently (insights.cellkey), so a part can come out a little larger
    # than its total: a share is never shown above 100%.
    return Percent(min(100, round(100 * numerator.value / denominator.value, places)), places)


def protect_one_way(
    counts: Sequence[int], *, labels: Sequence[str] | None = None, threshold: int = DEFAULT_THRESHOLD
) -> OneWayTable:
    """Protect a list of counts published with their total (e.g. answers by locality)."""
    _check_threshold(threshold)
    _check_counts(counts)
    labels = tuple(labels) if labels is not None else tuple(str(i + 1) for i in range(len(counts)))
    if len(labels) != len(counts):
        raise DisclosureError("There must be one label for each count.")
    values = [int(count) for count in counts] + [sum(int(count) for count in counts)]
    total_index = len(counts)
    relations = [(total_index, tuple(range(len(counts))))]
    reasons = suppress(values, relations, threshold=threshold)
    cells = [_cell(values[i], reasons[i], threshold) for i in range(len(values))]
    return OneWayTable(labels, tuple(cells[:-1]), cells[-1], threshold)


def protect_two_way(
    counts: Sequence[Sequence[int]],
    *,
    row_labels: Sequence[str] | None = None,
    column_labels: Sequence[str] | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> TwoWayTable:
    """Protect a cross-tabulation published with row totals, column totals and the grand total."""
    _check_threshold(threshold)
    n_rows = len(counts)
    n_columns = len(counts[0]) if n_rows else 0
    if any(len(row) != n_columns for row in counts):
        raise DisclosureError("Every row of the table must have the same number of cells.")
    for row in counts:
        _check_counts(row)
    row_labels = tuple(row_labels) if row_labels is not None else tuple(str(i + 1) for i in range(n_rows))
    column_labels = (
        tuple(column_labels) if column_labels is not None else tuple(str(j + 1) for j in range(n_columns))
    )
    if len(row_labels) != n_rows or len(column_labels) != n_columns:
        raise DisclosureError("There must be one label for each row and each column.")
    values, relations, layout = _two_way_layout(counts)
    reasons = primary_suppression(values, threshold=threshold)
    _hide_rectangles(values, reasons, layout, n_rows, n_columns)
    complete_suppression(values, relations, reasons)
    cell = [_cell(values[i], reasons[i], threshold) for i in range(len(values))]
    interior, row_total, column_total, grand = layout
    return TwoWayTable(
        row_labels,
        column_labels,
        tuple(tuple(cell[interior(i, j)] for j in range(n_columns)) for i in range(n_rows)),
        tuple(cell[row_total(i)] for i in range(n_rows)),
        tuple(cell[column_total(j)] for j in range(n_columns)),
        cell[grand],
        threshold,
    )


def _cell(value: int, reason: Reason | None, threshold: int) -> Cell:
    return Cell(None if reason else value, reason, threshold)


def _two_way_layout(counts: Sequence[Sequence[int]]):
    """Flatten a table and its margins into values and the sums that tie them together."""
    n_rows = len(counts)
    n_columns = len(counts[0]) if n_rows else 0

    def interior(i: int, j: int) -> int:
        return i * n_columns + j

    def row_total(i: int) -> int:
        return n_rows * n_columns + i

    def column_total(j: int) -> int:
        return n_rows * n_columns + n_rows + j

    grand = n_rows * n_columns + n_rows + n_columns
    values = [int(v) for row in counts for v in row]
    values += [sum(int(v) for v in row) for row in counts]
    values += [sum(int(counts[i][j]) for i in range(n_rows)) for j in range(n_columns)]
    values.append(sum(values[: n_rows * n_columns]))
    relations = [(row_total(i), tuple(interior(i, j) for j in range(n_columns))) for i in range(n_rows)]
    relations += [(column_total(j), tuple(interior(i, j) for i in range(n_rows))) for j in range(n_columns)]
    relations.append((grand, tuple(row_total(i) for i in range(n_rows))))
    relations.append((grand, tuple(column_total(j) for j in range(n_columns))))
    return values, relations, (interior, row_total, column_total, grand)


Relation = tuple[int, tuple[int, ...]]  # (index of the total, indices of the parts that add up to it)


def suppress(values: Sequence[int], relations: Sequence[Relation], *, threshold: int) -> list[Reason | None]:
    """Decide which figures to hide. Each relation says ``values[total] == sum(values[p] for p in parts)``.

    Returns, for each value, ``None`` (shown) or why it is hidden. General over any set of additive
    relations, so that the one- and two-way tables (and any later three-way table) share one engine.
    """
    _check_threshold(threshold)
    _check_counts(values)
    for total, parts in relations:
        if values[total] != sum(values[p] for p in parts):
            raise DisclosureError("The totals do not add up to their parts.")
    reasons = primary_suppression(values, threshold=threshold)
    complete_suppression(values, relations, reasons)
    return reasons


def primary_suppression(values: Sequence[int], *, threshold: int) -> list[Reason | None]:
    return [Reason.PRIMARY if is_primary(v, threshold=threshold) else None for v in values]


def complete_suppression(
    values: Sequence[int], relations: Sequence[Relation], reasons: list[Reason | None]
) -> None:
    """Add secondary suppressions to ``reasons`` (in place) until no hidden figure can be worked out."""
    while True:
        _apply_line_rule(values, relations, reasons)
        pinned = _first_pinned(values, relations, reasons)
        if pinned is None:
            return
        _protect_pinned(pinned, values, relations, reasons)


def _hide_rectangles(values, reasons, layout, n_rows: int, n_columns: int) -> None:
    """In a two-way table, protect a cell alone in its row or column with the cheapest rectangle of cells.

    Hiding the corners of a rectangle (this cell, one in its row, one in its column, and the one opposite)
    lets a reader move any amount round the rectangle without changing a total, so none of them can be
    worked out. Cells already hidden cost nothing; otherwise the cost is the figures hidden, so the
    smallest are chosen. Margins and anything left over are handled by :func:`complete_suppression`.
    """
    interior, row_total, column_total, _ = layout

    def hidden(i: int, j: int) -> bool:
        return reasons[interior(i, j)] is not None

    def usable(i: int, j: int) -> bool:
        return hidden(i, j) or values[interior(i, j)] > 0

    def alone(i: int, j: int) -> bool:
        in_row = sum(hidden(i, col) for col in range(n_columns))
        in_column = sum(hidden(row, j) for row in range(n_rows))
        return (in_row == 1 and reasons[row_total(i)] is None) or (
            in_column == 1 and reasons[column_total(j)] is None
        )

    tried: set[tuple[int, int]] = set()
    while True:
        lone = [(i, j) for i in range(n_rows) for j in range(n_columns) if hidden(i, j) and alone(i, j)]
        lone = [cell for cell in lone if cell not in tried]
        if not lone:
            return
        i, j = lone[0]
        tried.add((i, j))
        best = None
        for k in range(n_rows):
            for col in range(n_columns):
                if k == i or col == j:
                    continue
                corners = [(i, col), (k, j), (k, col)]
                if not all(usable(*corner) for corner in corners):
                    continue
                new = [corner for corner in corners if not hidden(*corner)]
                key = (sum(values[interior(*corner)] for corner in new), len(new), k, col)
                if best is None or key < best[0]:
                    best = (key, new)
        if best is not None:
            for corner in best[1]:
                reasons[interior(*corner)] = Reason.SECONDARY


def _apply_line_rule(values, relations, reasons) -> None:
    """The classic rule: a shown sum with hidden parts has at least two, and they are not all 1."""
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            hidden = [p for p in parts if reasons[p] is not None]
            if reasons[total] is None:
                weak = len(hidden) == 1 or (hidden and sum(values[p] for p in hidden) == len(hidden))
            else:
                weak = not hidden  # a hidden total whose parts are all shown is their sum
            if not weak:
                continue
            candidates = [p for p in parts if reasons[p] is None and values[p] > 0]
            if candidates:
                choice = min(candidates, key=lambda p: (values[p], p))
            elif reasons[total] is None:
                choice = total
            else:
                continue
            reasons[choice] = Reason.SECONDARY
            changed = True


class _ReaderView:
    """What a reader knows: shown figures, every sum, and that each hidden figure is at least 1."""

    def __init__(self, values: Sequence[int], relations: Sequence[Relation], hidden: Sequence[bool]):
        self.variables = [i for i, is_hidden in enumerate(hidden) if is_hidden]
        position = {i: k for k, i in enumerate(self.variables)}
        self.position = position
        rows, rhs = [], []
        for total, parts in relations:
            coefficients = np.zeros(len(self.variables))
            constant = 0.0
            for p in parts:
                if hidden[p]:
                    coefficients[position[p]] += 1
                else:
                    constant += values[p]
            if hidden[total]:
                coefficients[position[total]] -= 1
            else:
                constant -= values[total]
            if coefficients.any():
                rows.append(coefficients)
                rhs.append(-constant)
        self.a_eq = np.array(rows) if rows else None
        self.b_eq = np.array(rhs) if rows else None

    def solve(self, index: int, sense: int) -> np.ndarray | None:
        """A table the reader cannot rule out with hidden figure ``index`` least (sense 1) or greatest (-1).

        ``None`` where it has no greatest value.
        """
        if self.a_eq is None:
            return None if sense < 0 else np.ones(len(self.variables))
        target = np.zeros(len(self.variables))
        target[self.position[index]] = sense
        result = linprog(
            target, A_eq=self.a_eq, b_eq=self.b_eq, bounds=[(1, None)] * len(self.variables), method="highs"
        )
        if result.status == 3:
            return None
        if result.status != 0:
            raise DisclosureError("The published figures are inconsistent.")  # cannot happen for true tables
        return result.x


def feasible_range(
    index: int, values: Sequence[int], relations: Sequence[Relation], hidden: Sequence[bool]
) -> tuple[float, float]:
    """The least and greatest value a reader could give hidden figure ``index`` from what is shown.

    The reader knows every shown figure, every sum, and that a hidden figure is at least 1 (zeros are
    shown). The greatest may be ``inf``.
    """
    view = _ReaderView(values, relations, hidden)
    low, high = view.solve(index, 1), view.solve(index, -1)
    k = view.position[index]
    return float(low[k]), (float("inf") if high is None else float(high[k]))


def _first_pinned(values, relations, reasons) -> int | None:
    """The first hidden figure a reader could work out exactly, or ``None``.

    Every solution found is a table the reader cannot rule out, so each hidden figure that differs there
    from the truth is already shown to be free, and needs no programme of its own.
    """
    view = _ReaderView(values, relations, [r is not None for r in reasons])
    free: set[int] = set()
    for index in view.variables:
        for sense in (1, -1):
            if index in free:
                break
            solution = view.solve(index, sense)
            if solution is None:
                free.add(index)
                break
            free.update(v for v, x in zip(view.variables, solution, strict=True) if abs(x - values[v]) > 0.5)
        if index not in free:
            return index
    return None


def _is_pinned(index, values, relations, reasons) -> bool:
    low, high = feasible_range(index, values, relations, [r is not None for r in reasons])
    return high - low < 0.5


def _protect_pinned(index, values, relations, reasons) -> None:
    """Hide one more figure beside a hidden figure that can be worked out: the smallest that frees it."""
    neighbours = sorted(
        {
            p
            for total, parts in relations
            if index == total or index in parts
            for p in (total, *parts)
            if reasons[p] is None and values[p] > 0
        },
        key=lambda p: (values[p], p),
    )
    for candidate in neighbours:
        reasons[candidate] = Reason.SECONDARY
        if not _is_pinned(index, values, relations, reasons):
            return
        reasons[candidate] = None
    others = neighbours or sorted(
        (p for p, reason in enumerate(reasons) if reason is None and values[p] > 0),
        key=lambda p: (values[p], p),
    )
    if not others:
        raise DisclosureError("No figure is left to hide.")  # unreachable: with all hidden, none is pinned
    for candidate in neighbours or others[:1]:
        reasons[candidate] = Reason.SECONDARY
