"""Disclosure control: nothing a published table shows lets a reader work out a hidden figure.

The attack checked here is the one a reader can make with the published table alone: every shown figure,
every total, and the knowledge that each hidden figure is a whole number of at least 1 (zeros are shown).
The checks rebuild that view from the rendered strings, independently of the module's own audit.
"""

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from youthvoice.insights.disclosure import (
    SUPPRESSED_SYMBOL,
    Cell,
    DisclosureError,
    Reason,
    percentage,
    protect_count,
    protect_one_way,
    protect_two_way,
    quote_publishable,
)

counts = st.one_of(st.integers(0, 12), st.integers(0, 80))
thresholds = st.integers(3, 10)


def published(cell) -> int | None:
    text = str(cell)
    return None if text == SUPPRESSED_SYMBOL else int(text.replace(",", ""))


def reader_ranges(figures: list[int | None], sums: list[tuple[int, list[int]]]) -> dict[int, tuple]:
    """For each hidden figure, the least and greatest value consistent with what is shown (by LP)."""
    hidden = [i for i, figure in enumerate(figures) if figure is None]
    column = {i: k for k, i in enumerate(hidden)}
    a_eq, b_eq = [], []
    for total, parts in sums:
        row, constant = np.zeros(len(hidden)), 0
        for index, sign in [(total, -1)] + [(part, 1) for part in parts]:
            if figures[index] is None:
                row[column[index]] += sign
            else:
                constant += sign * figures[index]
        if row.any():
            a_eq.append(row)
            b_eq.append(-constant)
        else:
            assert constant == 0, "the published figures do not add up"
    ranges = {}
    for index in hidden:
        if not a_eq:
            ranges[index] = (1, float("inf"))
            continue
        objective = np.zeros(len(hidden))
        objective[column[index]] = 1
        kwargs = {
            "A_eq": np.array(a_eq),
            "b_eq": b_eq,
            "bounds": [(1, None)] * len(hidden),
            "method": "highs",
        }
        low = linprog(objective, **kwargs)
        high = linprog(-objective, **kwargs)
        assert low.status == 0
        ranges[index] = (low.fun, float("inf") if high.status == 3 else -high.fun)
    return ranges


def two_way_view(table):
    rows, columns = len(table.row_totals), len(table.column_totals)
    figures = [published(c) for row in table.cells for c in row]
    figures += [published(c) for c in table.row_totals] + [published(c) for c in table.column_totals]
    figures.append(published(table.grand_total))
    grand = len(figures) - 1
    sums = [(rows * columns + i, [i * columns + j for j in range(columns)]) for i in range(rows)]
    sums += [(rows * columns + rows + j, [i * columns + j for i in range(rows)]) for j in range(columns)]
    sums.append((grand, [rows * columns + i for i in range(rows)]))
    sums.append((grand, [rows * columns + rows + j for j in range(columns)]))
    return figures, sums


@settings(max_examples=300, deadline=None)
@given(values=st.lists(counts, min_size=1, max_size=7), threshold=thresholds)
def test_one_way_hidden_counts_cannot_be_worked_out(values, threshold):
    table = protect_one_way(values, threshold=threshold)
    figures = [published(c) for c in table.cells] + [published(table.total)]
    shown_total = figures[-1]
    hidden = [i for i, figure in enumerate(figures[:-1]) if figure is None]
    if shown_total is not None and hidden:
        # the classic rule, and beyond it: the hidden counts must not all be forced to 1
        assert len(hidden) >= 2
        remainder = shown_total - sum(f for f in figures[:-1] if f is not None)
        assert remainder > len(hidden)
    # exhaustively: every hidden count has at least two values among the tables a reader cannot rule out
    if shown_total is not None and hidden:
        remainder = shown_total - sum(f for f in figures[:-1] if f is not None)
        possible = {i: set() for i in hidden}
        if remainder ** (len(hidden) - 1) <= 50_000:  # brute force where it is quick
            for guess in itertools.product(range(1, remainder + 1), repeat=len(hidden) - 1):
                last = remainder - sum(guess)
                if last >= 1:
                    for i, value in zip(hidden, (*guess, last), strict=True):
                        possible[i].add(value)
        else:  # the others are each at least 1, so a hidden count is anything from 1 to R - (k - 1)
            possible = {i: set(range(1, remainder - len(hidden) + 2)) for i in hidden}
        assert all(len(values_) >= 2 for values_ in possible.values())


@settings(max_examples=300, deadline=None)
@given(values=st.lists(counts, min_size=1, max_size=7), threshold=thresholds)
def test_one_way_shows_every_safe_count_unchanged_and_hides_every_small_one(values, threshold):
    table = protect_one_way(values, threshold=threshold)
    for value, cell in zip(values, table.cells, strict=True):
        if 0 < value < threshold:
            assert cell.suppressed and cell.reason is Reason.PRIMARY
        elif not cell.suppressed:
            assert cell.value == value
        else:
            assert cell.reason is Reason.SECONDARY and value > 0
    assert table.total.suppressed == (0 < sum(values) < threshold) or table.total.reason is Reason.SECONDARY


tables = st.integers(1, 4).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda columns: st.lists(
            st.lists(counts, min_size=columns, max_size=columns), min_size=rows, max_size=rows
        )
    )
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=tables, threshold=thresholds)
def test_two_way_hidden_counts_cannot_be_worked_out_from_rows_columns_or_totals(values, threshold):
    table = protect_two_way(values, threshold=threshold)
    figures, sums = two_way_view(table)
    # the classic rule: a shown total never has exactly one hidden part
    for total, parts in sums:
        if figures[total] is not None:
            assert sum(figures[p] is None for p in parts) != 1
    # the strong property: every hidden figure has a range of possible values, not one
    for index, (low, high) in reader_ranges(figures, sums).items():
        assert high - low >= 1, f"figure {index} is exactly {low}"


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=tables, threshold=thresholds)
def test_two_way_hides_every_small_count_and_shows_the_rest_unchanged(values, threshold):
    table = protect_two_way(values, threshold=threshold)
    flat = [v for row in values for v in row]
    cells = [c for row in table.cells for c in row]
    for value, cell in zip(flat, cells, strict=True):
        assert cell.suppressed == (cell.reason is not None)
        if 0 < value < threshold:
            assert cell.reason is Reason.PRIMARY
        if not cell.suppressed:
            assert cell.value == value
        if value == 0:
            assert cell.value == 0, "a true zero is shown"
    for totals, sums in [
        (table.row_totals, [sum(r) for r in values]),
        (table.column_totals, list(map(sum, zip(*values, strict=True)))),
    ]:
        for cell, value in zip(totals, sums, strict=True):
            assert cell.value in (None, value)
            if 0 < value < threshold:
                assert cell.suppressed


def test_exhaustive_two_by_two_reader_finds_at_least_two_tables_for_each_hidden_cell():
    """A brute-force reader, for every 2 x 2 table with counts 0 to 7 and threshold 5."""
    grid = np.array(list(itertools.product(range(0, 16), repeat=4)), dtype=np.int64)  # candidate tables
    for values in itertools.product([0, 1, 2, 5, 7], repeat=4):
        table = protect_two_way([values[:2], values[2:]], threshold=5)
        shown = [published(c) for row in table.cells for c in row]
        margins = {
            "rows": [published(c) for c in table.row_totals],
            "columns": [published(c) for c in table.column_totals],
            "grand": published(table.grand_total),
        }
        keep = np.ones(len(grid), dtype=bool)
        for k, figure in enumerate(shown):
            keep &= grid[:, k] == figure if figure is not None else grid[:, k] >= 1
        row_sums = [grid[:, 0] + grid[:, 1], grid[:, 2] + grid[:, 3]]
        column_sums = [grid[:, 0] + grid[:, 2], grid[:, 1] + grid[:, 3]]
        for sums_, figures in [(row_sums, margins["rows"]), (column_sums, margins["columns"])]:
            for total, figure in zip(sums_, figures, strict=True):
                keep &= total == figure if figure is not None else total >= 1
        if margins["grand"] is not None:
            keep &= grid.sum(axis=1) == margins["grand"]
        candidates = grid[keep]
        assert any((candidates == values).all(axis=1)), "the true table must be among them"
        for k, figure in enumerate(shown):
            if figure is None:
                assert len(set(candidates[:, k])) >= 2, (values, k)


def test_classic_example_hides_a_second_cell_in_the_row_and_column():
    table = protect_two_way([[3, 20, 30], [25, 40, 50], [35, 45, 60]], threshold=10)
    hidden = {(i, j) for i, row in enumerate(table.cells) for j, c in enumerate(row) if c.suppressed}
    assert (0, 0) in hidden
    assert len(hidden) == 4, "the cheapest rectangle: the 3, the 20, the 25 and the 40"
    assert hidden == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert not any(c.suppressed for c in (*table.row_totals, *table.column_totals, table.grand_total))


def test_small_total_is_hidden_with_its_counts():
    table = protect_one_way([2, 3], threshold=10)
    assert table.total.suppressed and table.total.reason is Reason.PRIMARY
    assert all(c.suppressed for c in table.cells)


def test_two_hidden_ones_beside_a_total_get_a_third_complement():
    table = protect_one_way([1, 1, 50, 60], threshold=10)
    assert [str(c) for c in table.cells] == ["[c]", "[c]", "[c]", "60"]
    assert str(table.total) == "112"


def test_zero_is_shown_and_never_chosen_as_a_complement():
    table = protect_one_way([0, 4, 12, 30], labels=["a", "b", "c", "d"], threshold=10)
    assert [str(c) for c in table.cells] == ["0", "[c]", "[c]", "30"]
    assert table.cells[2].reason is Reason.SECONDARY


def test_percentages_only_from_shown_counts():
    table = protect_one_way([4, 12, 30, 54], threshold=10)
    assert [str(p) for p in table.percentages()] == ["[c]", "[c]", "30%", "54%"]
    assert str(percentage(numerator=Cell(5), denominator=Cell(None, Reason.PRIMARY))) == "[c]"
    assert str(percentage(numerator=Cell(0), denominator=Cell(0))) == "[c]"
    assert str(percentage(numerator=Cell(1), denominator=Cell(3), places=1)) == "33.3%"


def test_two_way_percentages_hide_what_the_counts_hide():
    table = protect_two_way([[3, 20, 30], [25, 40, 50]], threshold=10)
    by_row = table.row_percentages()
    assert str(by_row[0][0]) == "[c]" and str(by_row[0][2]) == "57%"  # 30 of 53
    assert str(table.column_percentages()[1][2]) == "62%"  # 50 of 80


def test_rendering_uses_one_marker_whatever_the_reason():
    assert str(Cell(None, Reason.PRIMARY)) == str(Cell(None, Reason.SECONDARY)) == "[c]"
    assert str(Cell(1234)) == "1,234"
    assert protect_count(4, threshold=10).text() == "fewer than 10"
    assert protect_count(0, threshold=10).text() == "0"
    assert protect_count(10, threshold=10).text() == "10"
    assert "fewer than 10" in protect_one_way([1, 20]).note


@pytest.mark.parametrize(("size", "allowed"), [(9, False), (10, True), (250, True), (0, False)])
def test_quotes_only_from_groups_of_at_least_the_threshold(size, allowed):
    assert quote_publishable(group_size=size, threshold=10) is allowed


def test_partnership_threshold_is_respected():
    assert protect_count(4, threshold=3).value == 4
    assert protect_count(4, threshold=5).suppressed


@pytest.mark.parametrize(
    "call",
    [
        lambda: protect_one_way([1, -2]),
        lambda: protect_one_way([1.5]),
        lambda: protect_two_way([[1, 2], [3]]),
        lambda: protect_count(3, threshold=0),
        lambda: protect_one_way([1, 2], labels=["only one"]),
    ],
)
def test_bad_tables_raise_a_clear_error(call):
    with pytest.raises(DisclosureError):
        call()


def test_empty_tables_are_fine():
    assert protect_one_way([]).total.value == 0
    assert protect_two_way([]).grand_total.value == 0


def test_a_share_is_never_shown_above_100_percent_though_part_and_total_carry_their_own_noise():
    from youthvoice.insights.disclosure import Cell, percentage

    assert percentage(numerator=Cell(12), denominator=Cell(11)).value == 100
    assert percentage(numerator=Cell(11), denominator=Cell(11)).value == 100
    assert percentage(numerator=Cell(5), denominator=Cell(10)).value == 50
