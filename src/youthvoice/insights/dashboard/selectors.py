"""The leaders' dashboard: every aggregate, protected by ``insights.disclosure``, as tables with charts.

Each figure a page, chart or export shows is built here and nowhere else, so the pages, the CSV/XLSX files
and the briefing PDF cannot disagree or publish a figure differently. Tables on the page that share figures
come from one protected table (see ``insights.disclosure``, "Linked tables"):

- places by setting and places by locality are one table (place x locality, with setting subtotals);
- the representation counts of a grouping are the column totals of its channel x group table.

Every count is protected in two steps: per-table suppression (``insights.disclosure``) decides on the true
counts what is hidden, then every shown count is perturbed by its cell key (``insights.cellkey``). Suppression
runs first because its audit (no hidden figure can be worked out from the table's sums) needs tables that
add up, which only true counts do; a perturbed figure then only widens what a reader can work out. The
perturbation's floor is the threshold, so a shown figure is never below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from youthvoice.consultations.models import Audience, Consultation, Question
from youthvoice.insights.cellkey import (
    PERTURBATION_NOTE,
    cell_key,
    perturb,
    perturbed,
    perturbed_one_way,
    perturbed_two_way,
)
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.aggregates import DashboardFilters, Tally
from youthvoice.insights.dashboard.config import SETTING_LABELS, load_dashboard_config
from youthvoice.insights.disclosure import (
    SUPPRESSED_SYMBOL,
    SUPPRESSION_NOTE,
    Cell,
    OneWayTable,
    Reason,
    TwoWayTable,
    percentage,
    protect_count,
    protect_one_way,
    protect_two_way,
    suppress,
)
from youthvoice.insights.models import BASELINE_AGE_BANDS, BASELINE_ETHNIC_GROUPS, BASELINE_GENDERS
from youthvoice.insights.population.selectors import (
    SHARE_FIELDS,
    population_baseline_active,
    population_counts_by,
    population_counts_yes_no,
)
from youthvoice.insights.statistics import UNDER_REPRESENTED_BELOW, perception_gap, representation_ratio
from youthvoice.partnership.models import Locality, Partnership

GROUPINGS = {
    "age_band": ("Age band", BASELINE_AGE_BANDS),
    "gender": ("Gender", BASELINE_GENDERS),
    "ethnic_group": ("Ethnic group", BASELINE_ETHNIC_GROUPS),
    "locality": ("Locality", None),  # the partnership's localities
    # Compared with the share of young people the partnership gives on its population baseline.
    "send": ("SEND", [("yes", "Has SEND"), ("no", "No SEND")]),
    "care_experienced": ("Care experience", [("yes", "Care experienced"), ("no", "Not care experienced")]),
}
CHANNEL_LABELS = dict(Consultation.Channel.choices)
NOT_AVAILABLE = "not available"


@dataclass(frozen=True, slots=True)
class Figure:
    """A published number that is not a count (a mean, a ratio, a gap): hidden, or not available."""

    value: float | None
    places: int = 2
    hidden: bool = True  # when value is None: hidden by disclosure control, or simply not available

    def __str__(self) -> str:
        if self.value is None:
            return SUPPRESSED_SYMBOL if self.hidden else NOT_AVAILABLE
        return f"{self.value:.{self.places}f}"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart: the value is ``None`` where the figure is hidden."""

    label: str
    value: float | None
    text: str
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True, slots=True)
class Share:
    """A share a table publishes: a count out of a base, both published (protected, perturbed) figures.

    What the comparison of two periods compares (``insights.dashboard.comparison``): never a true count.
    """

    label: str
    count: Cell
    base: Cell


@dataclass(frozen=True)
class FigureTable:
    """One published table: what the page shows beside a chart and what the exports write."""

    slug: str
    title: str
    header: tuple[str, ...]  # the first is the heading of the row labels
    rows: tuple[tuple[str, tuple[Any, ...]], ...]  # cells: Cell, Percent, Figure or str
    summary: str
    bars: tuple[Bar, ...] = ()
    scale: str = "count"  # "count", "ratio" (reference line at 0.8 and 1) or "gap" (either side of 0)
    note: str = ""
    # Per row, the group whose quotes the row opens (``insights.dashboard.quotes``: kind and value), or None.
    # Only rows whose figure is shown have one; the pages link them, the exports leave them out.
    quote_groups: tuple[tuple[str, str] | None, ...] = ()

    def rows_with_quotes(self) -> list[tuple[str, tuple[Any, ...], tuple[str, str] | None]]:
        groups = self.quote_groups or (None,) * len(self.rows)
        return [(label, cells, group) for (label, cells), group in zip(self.rows, groups, strict=True)]

    shares: tuple[Share, ...] = ()  # what a comparison of two periods compares, for a table of counts
    share_of: str = ""  # the shares' base, in words: "of themed answers"


@dataclass
class Dashboard:
    partnership: Partnership
    filters: DashboardFilters
    threshold: int
    responses: Cell
    audience: str = Audience.YOUNG_PEOPLE  # whose figures these are: said on the page and in every export
    message: str = ""  # set when there is nothing to show, and why
    left_out: Cell | None = None  # responses in units smaller than the threshold, not counted (perturbed)
    themes: FigureTable | None = None
    places: list[FigureTable] = field(default_factory=list)
    exploitation: FigureTable | None = None
    perception: FigureTable | None = None
    representation: list[FigureTable] = field(default_factory=list)
    reach: list[FigureTable] = field(default_factory=list)
    baseline: Any = None

    @property
    def shown(self) -> bool:
        return not self.message

    @property
    def note(self) -> str:
        return SUPPRESSION_NOTE.format(threshold=self.threshold)

    @property
    def audience_label(self) -> str:
        return Audience(self.audience).label

    @property
    def coverage(self) -> str:
        """What the figures leave out, and that they are perturbed: said wherever they are published."""
        return coverage_text(left_out=self.left_out, threshold=self.threshold)

    def tables(self) -> list[FigureTable]:
        found = [self.themes, *self.places, self.exploitation, self.perception, *self.representation]
        return [table for table in [*found, *self.reach] if table is not None]

    def table(self, slug: str) -> FigureTable | None:
        return next((table for table in self.tables() if table.slug == slug), None)


def coverage_text(*, left_out: Cell | None, threshold: int) -> str:
    text = (
        "Figures count only months that have ended; this month's responses are counted once it ends. "
        + PERTURBATION_NOTE
    )
    if left_out is not None and (left_out.value is None or left_out.value > 0):
        text += (
            f" Not counted: {left_out.text()} responses that came in groups of fewer than {threshold} (one "
            "consultation, one channel, one month), so the figures are lower than the true totals."
        )
    return text


def left_out_count(*, counted: Tally, requested: Tally, threshold: int) -> Cell:
    """The responses in small release units, not counted: a count like any other, protected and perturbed."""
    cell = protect_count(requested.n - counted.n, threshold=threshold)
    return perturbed(cell, key=cell_key(requested.key, -counted.key))


def withheld_message(
    *,
    count: int,
    threshold: int,
    filters: DashboardFilters,
    requested: int = 0,
    people: str = "young people",
    person: str = "a young person",
) -> str:
    """Why no figure at all may be shown for these filters (too few responses), or "" when they may.

    ``count`` is what the figures would count (whole release units, see ``insights.dashboard.aggregates``);
    ``requested`` the responses in the filters' date bands, small units included. ``people`` and ``person``
    name the audience (young people unless said).
    """
    if count == 0 and requested >= threshold:
        return (
            f"The responses that match these filters come in groups of fewer than {threshold} (one "
            "channel in one month), so no figures are shown: with so few, comparing figures could identify "
            f"{person}. Try a wider date range or fewer filters."
        )
    if count == 0 and requested:
        count = requested
    if count == 0:
        return (
            "No responses match these filters. Try a wider date range, another channel or all consultations."
            if filters.any
            else f"There are no responses from {people} yet."
        )
    if count < threshold:
        return (
            f"Fewer than {threshold} responses match these filters, so no figures are shown: with so few, "
            f"a figure could identify {person}. Try a wider date range or fewer filters."
        )
    return ""


def withheld_count(*, requested: int, threshold: int) -> Cell:
    """The response count shown beside a withheld message: 0, or hidden (never the small units' sum)."""
    if requested == 0:
        return protect_count(0, threshold=threshold)
    return Cell(None, Reason.PRIMARY if requested < threshold else Reason.SECONDARY, threshold)


def dashboard_build(*, partnership: Partnership, filters: DashboardFilters) -> Dashboard:
    """Everything the dashboard shows for these filters, every figure disclosure-controlled."""
    threshold = partnership.disclosure_threshold
    filters = filters.banded()
    counted = aggregates.response_count(partnership=partnership, filters=filters)
    responses = perturbed(protect_count(counted.n, threshold=threshold), key=counted.key)
    board = Dashboard(partnership, filters, threshold, responses)
    requested = aggregates.response_count_requested(partnership=partnership, filters=filters)
    board.left_out = left_out_count(counted=counted, requested=requested, threshold=threshold)
    board.message = withheld_message(
        count=counted.n, threshold=threshold, filters=filters, requested=requested.n
    )
    if board.message:
        board.responses = withheld_count(requested=requested.n, threshold=threshold)
    if board.message:
        return board
    config = load_dashboard_config()
    board.themes = _themes(partnership, filters, threshold)
    board.places = _places(partnership, filters, threshold, config)
    board.exploitation = _exploitation(partnership, filters, threshold, config.exploitation_question)
    board.perception = _perception(partnership, filters, threshold)
    board.baseline = population_baseline_active(partnership=partnership)
    for field_name in GROUPINGS:
        represented, reach = _representation(partnership, filters, threshold, field_name, board.baseline)
        if represented is not None:
            board.representation.append(represented)
        if reach is not None:
            board.reach.append(reach)
    return board


def _bar(label: str, cell: Cell) -> Bar:
    return Bar(label, cell.value, str(cell))


def _shown(rows: list[tuple[str, Cell]]) -> list[tuple[str, int]]:
    return [(label, cell.value) for label, cell in rows if cell.value is not None]


def _hidden_sentence(count: int, noun: str) -> str:
    if not count:
        return ""
    return f" {count} {noun}{'' if count == 1 else 's'} not shown ([c]) to protect identities."


def themes_protected(*, partnership, filters, threshold) -> OneWayTable | None:
    """Accepted codings per theme, protected: the one table the page, the exports and the API publish."""
    counts = aggregates.theme_counts(partnership=partnership, filters=filters)
    if not counts:
        return None
    table = protect_one_way(
        [n for _, (n, _) in counts], labels=[label for label, _ in counts], threshold=threshold
    )
    return perturbed_one_way(table, keys=[key for _, (_, key) in counts])


def _themes(partnership, filters, threshold) -> FigureTable | None:
    table = themes_protected(partnership=partnership, filters=filters, threshold=threshold)
    if table is None:
        return None
    shares = table.percentages() if table.total.value else ("",) * len(table.cells)
    rows = [(label, (cell, share)) for (label, cell), share in zip(table.rows(), shares, strict=True)]
    rows.append(("All themed answers", (table.total, "")))
    ids = [pk for pk, _, _ in aggregates.themes_listed(partnership=partnership)]
    groups = [_quote_group("theme", str(pk), cell) for pk, cell in zip(ids, table.cells, strict=True)]
    shown = sorted(_shown(table.rows()), key=lambda item: -item[1])
    if shown and shown[0][1] > 0:
        summary = f"The theme most often given to answers was {shown[0][0]} ({shown[0][1]:,} answers)."
        if len(shown) > 1 and shown[1][1] > 0:
            summary += f" Next was {shown[1][0]} ({shown[1][1]:,})."
    else:
        summary = "No answers have an accepted theme for these filters yet."
    summary += _hidden_sentence(sum(cell.suppressed for cell in table.cells), "theme")
    return FigureTable(
        "themes",
        "Themes in what young people said",
        ("Theme", "Answers", "Share of themed answers"),
        tuple(rows),
        summary,
        tuple(_bar(label, cell) for label, cell in table.rows()),
        note=table.note,
        quote_groups=(*groups, None),
        shares=tuple(Share(label, cell, table.total) for label, cell in table.rows()),
        share_of="Share of themed answers",
    )


def _quote_group(kind: str, value: str, cell: Cell) -> tuple[str, str] | None:
    """The quotes a row opens: only where its figure is shown and not 0 (``insights.dashboard.quotes`` checks
    again)."""
    return (kind, value) if cell.value else None


def protect_places(
    counts: list[list[int]], *, settings: list[str], threshold: int, keys: list[list[int]] | None = None
) -> tuple[list[list[Cell]], list[Cell], list[Cell], dict[str, Cell], Cell]:
    """Protect a place x locality table published with place, locality and setting (online/offline) totals.

    One engine (``disclosure.suppress``) over every sum that ties the published figures together, so the
    setting subtotals cannot reveal a hidden place. With the cells' ``keys``, every shown figure is then
    perturbed, each total by the sum of its parts' keys.
    """
    n_rows, n_columns = len(counts), len(counts[0]) if counts else 0
    values = [int(v) for row in counts for v in row]
    row_index = [len(values) + i for i in range(n_rows)]
    values += [sum(row) for row in counts]
    column_index = [len(values) + j for j in range(n_columns)]
    values += [sum(counts[i][j] for i in range(n_rows)) for j in range(n_columns)]
    groups = sorted(set(settings), key=lambda s: (s == "", s != "online", s))  # online, offline, other
    setting_index = {s: len(values) + k for k, s in enumerate(groups)}
    values += [sum(values[row_index[i]] for i in range(n_rows) if settings[i] == s) for s in groups]
    grand = len(values)
    values.append(sum(values[i] for i in row_index))
    relations = [(row_index[i], tuple(i * n_columns + j for j in range(n_columns))) for i in range(n_rows)]
    relations += [
        (column_index[j], tuple(i * n_columns + j for i in range(n_rows))) for j in range(n_columns)
    ]
    relations += [
        (setting_index[s], tuple(row_index[i] for i in range(n_rows) if settings[i] == s)) for s in groups
    ]
    relations += [
        (grand, tuple(row_index)),
        (grand, tuple(column_index)),
        (grand, tuple(setting_index.values())),
    ]
    reasons = suppress(values, relations, threshold=threshold)
    # Each total's cell key is the sum of its parts' (the same records), laid out like ``values``.
    flat = [k for row in keys for k in row] if keys is not None else [0] * (n_rows * n_columns)
    row_keys = [cell_key(*flat[i * n_columns : (i + 1) * n_columns]) for i in range(n_rows)]
    column_keys = [cell_key(*(flat[i * n_columns + j] for i in range(n_rows))) for j in range(n_columns)]
    setting_keys = [cell_key(*(row_keys[i] for i in range(n_rows) if settings[i] == s)) for s in groups]
    cell_keys = [*flat, *row_keys, *column_keys, *setting_keys, cell_key(*row_keys)]

    def cell(index: int) -> Cell:
        shown = Cell(None if reasons[index] else values[index], reasons[index], threshold)
        return shown if keys is None else perturbed(shown, key=cell_keys[index])

    return (
        [[cell(i * n_columns + j) for j in range(n_columns)] for i in range(n_rows)],
        [cell(index) for index in row_index],
        [cell(index) for index in column_index],
        {s: cell(index) for s, index in setting_index.items()},
        cell(grand),
    )


@dataclass(frozen=True)
class ProtectedPlaces:
    """The place x locality table, protected with its place, locality, setting and grand totals."""

    question: Question
    places: list[tuple[str, str, str]]  # (value, label, setting: "online", "offline" or "")
    columns: list[str]  # locality names, then "Area not given" where some did not say
    cells: list[list[Cell]]
    place_totals: list[Cell]
    column_totals: list[Cell]
    setting_totals: dict[str, Cell]
    grand: Cell


def places_protected(*, partnership, filters, threshold, config=None) -> ProtectedPlaces | None:
    """Where young people feel unsafe, by locality: the one table the page, exports and API publish."""
    config = config or load_dashboard_config()
    found = aggregates.place_counts_by_locality(
        partnership=partnership, key=config.places_question, filters=filters
    )
    if found is None:
        return None
    localities = list(Locality.objects.filter(partnership=partnership))
    column_keys: list[int | None] = [loc.pk for loc in localities]
    columns = [loc.name for loc in localities]
    if None in found.by_locality:
        column_keys.append(None)
        columns.append("Area not given")
    # Online places first, then offline, then any not classified.
    order = {"online": 0, "offline": 1, "": 2}
    places = sorted(
        ((value, label, config.setting_of(value)) for value, label in found.choices),
        key=lambda place: order[place[2]],
    )
    counts = [[found.by_locality.get(key, {}).get(value, 0) for key in column_keys] for value, _, _ in places]
    keys = [
        [found.keys_by_locality.get(key, {}).get(value, 0) for key in column_keys] for value, _, _ in places
    ]
    settings = [setting for _, _, setting in places]
    protected = protect_places(counts, settings=settings, threshold=threshold, keys=keys)
    return ProtectedPlaces(found.question, places, columns, *protected)


def _places(partnership, filters, threshold, config) -> list[FigureTable]:
    found = places_protected(partnership=partnership, filters=filters, threshold=threshold, config=config)
    if found is None:
        return []
    places, columns = found.places, found.columns
    cells, place_totals, column_totals = found.cells, found.place_totals, found.column_totals
    setting_totals, grand = found.setting_totals, found.grand
    note = SUPPRESSION_NOTE.format(threshold=threshold)
    by_type_rows = [
        (label, (SETTING_LABELS[setting], total))
        for (_, label, setting), total in zip(places, place_totals, strict=True)
    ]
    by_type_rows += [
        (f"All {SETTING_LABELS[setting].lower()} places", (SETTING_LABELS[setting], total))
        for setting, total in setting_totals.items()
    ]
    by_type_rows.append(("All places", ("", grand)))
    shown = sorted(
        (
            (label, total.value)
            for (_, label, _), total in zip(places, place_totals, strict=True)
            if total.value
        ),
        key=lambda item: -item[1],
    )
    online, offline = setting_totals.get("online"), setting_totals.get("offline")
    question = found.question.text
    summary = f'Answers to "{question}". '
    if shown:
        summary += f"The place named most often was {shown[0][0].lower()} ({shown[0][1]:,} times)."
    else:
        summary += "No place is shown for these filters."
    if online is not None and offline is not None and online.value is not None and offline.value is not None:
        summary += (
            f" Online places were named {online.value:,} times and offline places {offline.value:,} times."
        )
    summary += _hidden_sentence(sum(total.suppressed for total in place_totals), "place")
    by_type = FigureTable(
        "places",
        "Places and spaces where young people feel unsafe",
        ("Place", "Online or offline", "Times named"),
        tuple(by_type_rows),
        summary,
        tuple(_bar(label, total) for (_, label, _), total in zip(places, place_totals, strict=True)),
        note=note,
        quote_groups=(
            *(
                _quote_group("place", value, total)
                for (value, _, _), total in zip(places, place_totals, strict=True)
            ),
            *(None for _ in range(len(by_type_rows) - len(places))),
        ),
        shares=tuple(
            Share(label, total, grand) for (_, label, _), total in zip(places, place_totals, strict=True)
        ),
        share_of="Share of all places named",
    )
    locality_rows = [
        (label, (*row, total)) for (_, label, _), row, total in zip(places, cells, place_totals, strict=True)
    ]
    locality_rows.append(("All places", (*column_totals, grand)))
    shown_areas = sorted(
        ((name, total.value) for name, total in zip(columns, column_totals, strict=True) if total.value),
        key=lambda item: -item[1],
    )
    area_summary = (
        f"Young people in {shown_areas[0][0]} named the most unsafe places ({shown_areas[0][1]:,} times)."
        if shown_areas
        else "No area is shown for these filters."
    )
    by_locality = FigureTable(
        "places-by-locality",
        "Places where young people feel unsafe, by where they live",
        ("Place", *columns, "All areas"),
        tuple(locality_rows),
        area_summary
        + _hidden_sentence(sum(c.suppressed for row in cells for c in row), "figure")
        + " Each young person could name more than one place.",
        tuple(_bar(name, total) for name, total in zip(columns, column_totals, strict=True)),
        note=note,
        shares=tuple(
            Share(f"{label} ({name})", cells[i][j], column_totals[j])
            for j, name in enumerate(columns)
            for i, (_, label, _) in enumerate(places)
        ),
        share_of="Share of the places named by young people in that area",
    )
    return [by_type, by_locality]


@dataclass(frozen=True)
class ProtectedChoices:
    """How many chose each choice of one question, protected, and how many answered it."""

    question: Question
    values: list[str]
    table: OneWayTable  # labels are the choices' labels; its total is published only as ``answered``
    answered: Cell


def choices_protected(
    *, partnership, filters, threshold, key: str, audience: str | None = None
) -> ProtectedChoices | None:
    """One choice or scale question's counts: the one table the page, the exports and the API publish.
    ``audience``: count only answers in that audience's consultations."""
    found = aggregates.choice_counts(partnership=partnership, key=key, filters=filters, audience=audience)
    if found is None:
        return None
    labels = [label for _, label in found.choices]
    table = protect_one_way(
        [found.counts[value] for value, _ in found.choices], labels=labels, threshold=threshold
    )
    table = perturbed_one_way(table, keys=[found.keys[value] for value, _ in found.choices])
    # For a single choice (or a scale) the answers add up to those who answered: that total is the table's
    # own. For a multiple choice it is not a sum of the cells, so it is protected on its own.
    answered = (
        table.total
        if found.question.kind in (Question.Kind.SINGLE, Question.Kind.SCALE)
        else perturbed(protect_count(found.answered, threshold=threshold), key=found.answered_key)
    )
    return ProtectedChoices(found.question, [value for value, _ in found.choices], table, answered)


def _exploitation(partnership, filters, threshold, key) -> FigureTable | None:
    protected = choices_protected(partnership=partnership, filters=filters, threshold=threshold, key=key)
    if protected is None:
        return None
    found, table, answered = protected, protected.table, protected.answered
    rows = [(label, (cell, percentage(numerator=cell, denominator=answered))) for label, cell in table.rows()]
    rows.append(("Young people who answered", (answered, "")))
    shown = sorted(_shown(table.rows()), key=lambda item: -item[1])
    summary = f'Answers to "{found.question.text}". '
    if shown and shown[0][1] and answered.value:
        top = percentage(numerator=protect_count(shown[0][1], threshold=threshold), denominator=answered)
        summary += f"The most often seen was {shown[0][0].lower()}: {shown[0][1]:,} young people ({top})."
    else:
        summary += "No type is shown for these filters."
    summary += _hidden_sentence(sum(cell.suppressed for cell in table.cells), "figure")
    return FigureTable(
        "exploitation",
        "Types of exploitation young people have seen or heard about",
        ("Type", "Young people", "Share of those who answered"),
        tuple(rows),
        summary,
        tuple(_bar(label, cell) for label, cell in table.rows()),
        note=table.note,
        quote_groups=(
            *(
                _quote_group("exploitation", value, cell)
                for value, cell in zip(found.values, table.cells, strict=True)
            ),
            None,
        ),
        shares=tuple(Share(label, cell, answered) for label, cell in table.rows()),
        share_of="Share of those who answered",
    )


def perception_table(
    partnership, filters, threshold, other: str = Audience.PROFESSIONALS
) -> FigureTable | None:
    """The perception gap between young people and another audience (professionals unless said)."""
    return _perception(partnership, filters, threshold, other)


def _perception(partnership, filters, threshold, other: str = Audience.PROFESSIONALS) -> FigureTable | None:
    # The other audience's name as its headings and sentences read it: "professionals", "parents and carers".
    others = Audience(other).label.lower()
    items = aggregates.mirrored_scale_counts(partnership=partnership, filters=filters, other=other)
    if not items:
        return None
    rows, bars, sentences, hidden = [], [], [], 0
    for item in items:
        true_gap = perception_gap(
            young_people=_answers_at(item.young_people),
            professionals=_answers_at(item.professionals),
            threshold=threshold,
        )
        gap = true_gap
        if true_gap.shown:
            # Shown or not is decided on the true counts; what is shown comes from perturbed counts of each
            # scale point (floor 1: parts used only inside the means), so a mean differenced between two
            # queries carries noise like any count.
            gap = perception_gap(
                young_people=_answers_at(item.young_people, keys=item.young_people_keys),
                professionals=_answers_at(item.professionals, keys=item.professionals_keys),
                threshold=1,
            )
            gap = replace(gap, young_people=true_gap.young_people, professionals=true_gap.professionals)
        yp_n = perturbed(
            protect_count(gap.young_people, threshold=threshold),
            key=cell_key(*item.young_people_keys.values()),
        )
        pro_n = perturbed(
            protect_count(gap.professionals, threshold=threshold),
            key=cell_key(*item.professionals_keys.values()),
        )
        interval = f"{gap.low:.2f} to {gap.high:.2f}" if gap.shown else SUPPRESSED_SYMBOL
        if not gap.shown and min(gap.young_people, gap.professionals) == 0:
            interval = NOT_AVAILABLE
        hidden_figure = gap.young_people > 0 and gap.professionals > 0
        rows.append(
            (
                item.text,
                (
                    yp_n,
                    Figure(gap.young_people_mean, hidden=hidden_figure and gap.young_people > 0),
                    pro_n,
                    Figure(gap.professionals_mean, hidden=hidden_figure),
                    Figure(gap.gap, hidden=hidden_figure),
                    interval,
                ),
            )
        )
        bars.append(Bar(item.text, gap.gap, str(Figure(gap.gap, hidden=hidden_figure)), gap.low, gap.high))
        if gap.shown:
            direction = "higher" if gap.gap > 0 else "lower"
            certain = gap.low > 0 or gap.high < 0
            sentences.append(
                f'"{item.text}": young people answered {abs(gap.gap):.2f} points {direction} than '
                f"{others} on average" + ("." if certain else ", but the interval includes no difference.")
            )
        else:
            hidden += 1
    summary = " ".join(sentences) or f"No item has enough answers from both young people and {others}."
    if hidden:
        plural = "s" if hidden > 1 else ""
        summary += f" {hidden} item{plural} not shown: each side needs at least {threshold} answers."
    return FigureTable(
        "perception-gap",
        f"Perception gap: young people and {others}",
        (
            "Item",
            "Young people (answers)",
            "Young people's average",
            f"{others.capitalize()} (answers)",
            f"{others.capitalize()}' average",
            f"Gap (young people minus {others})",
            "95% interval of the gap",
        ),
        tuple(rows),
        summary + " Scales run from 1 (lowest) to 5 (highest).",
        tuple(bars),
        scale="gap",
        note=SUPPRESSION_NOTE.format(threshold=threshold),
    )


def _answers_at(counts: dict[int, int], *, keys: dict[int, int] | None = None) -> np.ndarray:
    """The answers behind counts per scale point, each count perturbed by its key when keys are given."""
    if keys is not None:
        counts = {point: perturb(n, key=keys.get(point, 0)) for point, n in counts.items()}
    return np.repeat(list(counts), list(counts.values()))


def _group_labels(partnership, field_name) -> list[tuple[str | int, str]]:
    title, choices = GROUPINGS[field_name]
    if choices is None:
        return [(loc.pk, loc.name) for loc in Locality.objects.filter(partnership=partnership)]
    return list(choices)


def _in_a_sentence(title: str) -> str:
    """A grouping's title inside a sentence: "Age band" -> "age band", but "SEND" stays "SEND"."""
    return title if title.isupper() else title.lower()


def _representation(partnership, filters, threshold, field_name, baseline):
    title, _ = GROUPINGS[field_name]
    groups = _group_labels(partnership, field_name)
    if not groups:
        return None, None
    tallies = aggregates.channel_group_counts(partnership=partnership, filters=filters, field=field_name)
    channels = [value for value, _ in Consultation.Channel.choices if any(c == value for c, _ in tallies)]
    if not channels:
        return None, None
    nobody = Tally(0, 0)
    reach: TwoWayTable = protect_two_way(
        [[tallies.get((channel, key), nobody).n for key, _ in groups] for channel in channels],
        row_labels=[CHANNEL_LABELS[channel] for channel in channels],
        column_labels=[label for _, label in groups],
        threshold=threshold,
    )
    reach = perturbed_two_way(
        reach, keys=[[tallies.get((channel, key), nobody).key for key, _ in groups] for channel in channels]
    )
    # Row totals are not published here: the same channel's total in another grouping's table could be
    # protected differently. Publishing fewer figures than were protected is always safe.
    # The column totals were protected with the table, so the shares of a group by channel may use them.
    reach_table = FigureTable(
        f"reach-{field_name.replace('_', '-')}",
        f"Which channels reached which groups: {_in_a_sentence(title)}",
        ("Channel", *reach.column_labels),
        tuple((label, cells) for label, cells, _ in reach.rows()),
        f"Young people who told us their {_in_a_sentence(title)}, by how they took part.",
        note=reach.note,
        shares=tuple(
            Share(f"{group} ({channel})", reach.cells[i][j], reach.column_totals[j])
            for j, group in enumerate(reach.column_labels)
            for i, channel in enumerate(reach.row_labels)
        ),
        share_of="Share of the group who took part this way",
    )
    if baseline is None:
        return None, reach_table
    population = (
        population_counts_yes_no(baseline=baseline, field=field_name)
        if field_name in SHARE_FIELDS
        else population_counts_by(baseline=baseline, field=field_name)
    )
    all_population = sum(population.values())
    all_respondents = reach.grand_total.value  # published (perturbed); unused where it is hidden
    rows, bars, under, clearly = [], [], [], []
    for (key, label), cell in zip(groups, reach.column_totals, strict=True):
        group_population = population.get(key, 0)
        estimate = None
        if not cell.suppressed and not reach.grand_total.suppressed:
            estimate = representation_ratio(
                group_respondents=cell.value,
                all_respondents=all_respondents,
                group_population=group_population,
                all_population=all_population,
            )
        hidden = cell.suppressed or reach.grand_total.suppressed
        if estimate is None:
            words = "Not shown" if hidden else "No population figure"
        elif estimate.high < UNDER_REPRESENTED_BELOW:
            words = "Under-represented (the whole interval is below 0.8)"
            clearly.append(label)
        elif estimate.ratio < UNDER_REPRESENTED_BELOW:
            words = "Under-represented (below 0.8)"
            under.append(label)
        else:
            words = "Represented"
        population_share = (
            Figure(100 * group_population / all_population, places=0)
            if all_population
            else Figure(None, hidden=False)
        )
        rows.append(
            (
                label,
                (
                    cell,
                    percentage(numerator=cell, denominator=reach.grand_total),
                    f"{population_share}%" if population_share.value is not None else NOT_AVAILABLE,
                    Figure(estimate.ratio if estimate else None, hidden=hidden),
                    f"{estimate.low:.2f} to {estimate.high:.2f}"
                    if estimate
                    else str(Figure(None, hidden=hidden)),
                    words,
                ),
            )
        )
        bars.append(
            Bar(
                label,
                estimate.ratio if estimate else None,
                str(Figure(estimate.ratio if estimate else None, hidden=hidden)),
                estimate.low if estimate else None,
                estimate.high if estimate else None,
            )
        )
    rows.append(("All who told us", (reach.grand_total, "", "100%", "", "", "")))
    flagged = clearly + under
    if flagged:
        summary = (
            f"Under-represented by {_in_a_sentence(title)} (ratio below 0.8): "
            f"{', '.join(map(str, flagged))}. "
            "A ratio of 1 means a group took part in proportion to its share of the local population."
        )
    else:
        summary = f"No {_in_a_sentence(title)} group shown has a ratio below 0.8."
    summary += _hidden_sentence(sum(cell.suppressed for cell in reach.column_totals), "group")
    represented = FigureTable(
        f"representation-{field_name.replace('_', '-')}",
        f"Representation by {_in_a_sentence(title)}",
        (
            title,
            "Young people",
            "Share of young people",
            "Share of the population",
            "Representation ratio",
            "95% interval",
            "What it means",
        ),
        tuple(rows),
        summary,
        tuple(bars),
        scale="ratio",
        note=reach.note,
        shares=tuple(
            Share(label, cell, reach.grand_total)
            for (_, label), cell in zip(groups, reach.column_totals, strict=True)
        ),
        share_of="Share of young people",
    )
    return represented, reach_table
