"""Cell-key perturbation: the same cell always gives the same figure, and differences carry noise.

The method of the Office for National Statistics' Census 2021 flexible tables and the Australian Bureau of
Statistics' TableBuilder. Every response has a permanent random *record key* from 0 to 255
(``Response.record_key``, copied onto its answers and codings). A published count's *cell key* is the sum
of the keys of the records it counts, mod 256, summed by the same SQL query that counts them
(``insights.dashboard.aggregates``). The count is shown as ``count + noise``, where the noise is read from a
fixed
*perturbation table* (``data/ptable.yaml``) by how far the count is above its floor and by the cell key.

- The same records always give the same cell key, so asking again, or through another surface, gives the
  same figure: noise cannot be averaged away by repeating a query.
- Two queries that differ by a few records have unrelated cell keys, so their difference is the true
  difference plus the difference of two independent noises: it is right only about a quarter of the time
  (:func:`exact_difference_chance`), and the reader cannot tell when.
- The noise averages exactly 0 in every row and never takes a count below its floor: a shown count
  (at least the threshold, since per-table suppression runs first on the true counts) stays at least the
  threshold, a count that is not 0 never becomes 0 or negative, and a true 0 stays 0.
- Totals are perturbed independently, with their own cell key (the sum of their parts' keys), as the ONS
  does: a published total is not the sum of the published parts it is shown beside.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

import yaml

from youthvoice.insights.disclosure import Cell, OneWayTable, TwoWayTable

KEYS = 256
# Keys are dealt to a row's noises in a shuffled order (an odd multiplier is a bijection of 0..255), so
# that neighbouring keys carry unrelated noises; the deal starts in the middle of the row's zeros, so key 0
# carries no noise in any row (tests give their records key 0 to check the figures before perturbation).
_SHUFFLE = 109


class PerturbationTableError(ValueError):
    pass


@dataclass(frozen=True)
class PerturbationTable:
    """``rows[r - 1][key]`` is the noise for a count ``r`` above its floor (the last row for any further)."""

    rows: tuple[tuple[int, ...], ...]
    shares: tuple[dict[int, int], ...]  # per row: noise -> how many keys carry it

    def row_index(self, *, above_floor: int) -> int:
        """The row a count ``above_floor`` above its floor reads: the one row choice ``noise`` and
        ``noises`` (and so :func:`perturb` and :func:`lowest_count_behind`) share."""
        return min(above_floor, len(self.rows)) - 1

    def noise(self, *, above_floor: int, key: int) -> int:
        return self.rows[self.row_index(above_floor=above_floor)][key % KEYS]

    def noises(self, *, above_floor: int) -> dict[int, int]:
        """Every noise a count ``above_floor`` above its floor may carry -> how many keys carry it."""
        return self.shares[self.row_index(above_floor=above_floor)]


def ptable_from_data(data, *, file: str = "ptable.yaml") -> PerturbationTable:
    """The table from its parsed YAML; raises ``PerturbationTableError`` naming what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("rows"), list) or not data["rows"]:
        raise PerturbationTableError(f"{file}: must have 'rows', a list")
    rows, shares = [], []
    for index, entry in enumerate(data["rows"], start=1):
        if not isinstance(entry, dict) or entry.get("above_floor") != index:
            raise PerturbationTableError(f"{file}: row #{index} must have above_floor: {index}")
        noise = entry.get("noise")
        if not isinstance(noise, dict) or not all(
            isinstance(k, int) and isinstance(v, int) and v > 0 for k, v in noise.items()
        ):
            raise PerturbationTableError(f"{file}: row #{index}: noise must map whole numbers to key counts")
        if sum(noise.values()) != KEYS:
            raise PerturbationTableError(f"{file}: row #{index}: the key counts must add up to {KEYS}")
        if sum(value * keys for value, keys in noise.items()) != 0:
            raise PerturbationTableError(f"{file}: row #{index}: the noise must average exactly 0")
        if min(noise) < 1 - index:
            raise PerturbationTableError(f"{file}: row #{index}: a noise would take a count below its floor")
        if 0 not in noise:
            raise PerturbationTableError(f"{file}: row #{index}: some keys must carry no noise")
        dealt = [value for value in sorted(noise) for _ in range(noise[value])]
        start = dealt.index(0) + noise[0] // 2
        column = [dealt[(key * _SHUFFLE + start) % KEYS] for key in range(KEYS)]
        rows.append(tuple(column))
        shares.append(dict(noise))
    return PerturbationTable(tuple(rows), tuple(shares))


@cache
def ptable() -> PerturbationTable:
    text = (files("youthvoice.insights") / "data" / "ptable.yaml").read_text(encoding="utf-8")
    return ptable_from_data(yaml.safe_load(text))


def cell_key(*key_sums: int | None) -> int:
    """The cell key of the records behind one or more summed parts (an empty SQL sum is ``None``)."""
    return sum(k or 0 for k in key_sums) % KEYS


def perturb(value: int, *, key: int, floor: int = 1) -> int:
    """``value`` with its noise; 0 and anything below ``floor`` are returned unchanged."""
    if value <= 0 or value < floor:
        return value
    return value + ptable().noise(above_floor=value - floor + 1, key=key)


def perturbed(cell: Cell, *, key: int) -> Cell:
    """A protected cell as published: a shown count moved by its noise (its floor is the threshold)."""
    if cell.value is None:
        return cell
    return Cell(perturb(cell.value, key=key, floor=cell.threshold), cell.reason, cell.threshold)


def lowest_count_behind(published: int, *, floor: int = 1) -> int:
    """The smallest true count that :func:`perturb` (with the same ``floor``) could publish as ``published``.

    Anyone can work it out from the figure, since the perturbation table is public: so a number of things
    shown beside a figure (its quotes, say) that never exceeds it says nothing about the true count the figure
    does not already say."""
    table = ptable()
    widest = max(abs(noise) for shares in table.shares for noise in shares)
    for count in range(max(0, published - widest), published + 1):
        if count <= 0 or count < floor:
            if count == published:
                return count
            continue
        if published - count in table.noises(above_floor=count - floor + 1):
            return count
    return published


def exact_difference_chance() -> float:
    """How often the difference of two counts well above their floors is exactly the true difference."""
    shares = ptable().shares[-1]
    return sum((keys / KEYS) ** 2 for keys in shares.values())


PERTURBATION_NOTE = (
    "Figures are changed slightly (by at most 2) to protect young people's identities, the same figure "
    "always in the same way, so totals may not be exactly the sum of their parts."
)


def perturbed_one_way(table: OneWayTable, *, keys: Sequence[int]) -> OneWayTable:
    """A protected one-way table as published: each cell by its key, the total by the sum of them."""
    cells = tuple(perturbed(cell, key=key) for cell, key in zip(table.cells, keys, strict=True))
    return replace(table, cells=cells, total=perturbed(table.total, key=cell_key(*keys)))


def perturbed_two_way(table: TwoWayTable, *, keys: Sequence[Sequence[int]]) -> TwoWayTable:
    """A protected two-way table as published: every cell and total by the sum of its records' keys."""
    n_columns = len(table.column_labels)
    return replace(
        table,
        cells=tuple(
            tuple(perturbed(cell, key=key) for cell, key in zip(row, row_keys, strict=True))
            for row, row_keys in zip(table.cells, keys, strict=True)
        ),
        row_totals=tuple(
            perturbed(total, key=cell_key(*row_keys))
            for total, row_keys in zip(table.row_totals, keys, strict=True)
        ),
        column_totals=tuple(
            perturbed(total, key=cell_key(*(row[j] for row in keys)))
            for j, total in enumerate(table.column_totals[:n_columns])
        ),
        grand_total=perturbed(table.grand_total, key=cell_key(*(k for row in keys for k in row))),
    )
