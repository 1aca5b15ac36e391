"""The local landscape: agencies' monthly counts by area beside young people's voices from that area.

Every figure goes through the dashboard's two steps (see ``insights.dashboard.selectors``): per-table
suppression on the true counts (``disclosure.suppress``), then cell-key perturbation of every shown count
(``insights.cellkey``). Each area is one protected table over every sum that ties its figures together:

- each series (a measure, young people's voices, ...) adds up over the months to its period total;
- each month's voices are those through consultations plus those relayed by professionals, and also those
  that named feeling unsafe or a kind of exploitation plus those that did not.

Figures are not added across areas or agencies' figures across measures: a sum nobody protected could give a
hidden figure away. Young people's voices are counted as on the dashboard, over whole release units and
months that have ended (``insights.dashboard.aggregates``); voices whose area is not known are not in any
area. Agencies' counts have no records behind them, so each stored count carries its own record key.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, OuterRef, Q, Sum, Value
from django.db.models.functions import TruncMonth
from django.utils import timezone

from youthvoice.consultations.models import Question
from youthvoice.core.spreadsheet import csv_safe
from youthvoice.insights.cellkey import PERTURBATION_NOTE, cell_key, perturbed
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.aggregates import DashboardFilters, JSONArrayHas, month_end
from youthvoice.insights.dashboard.config import load_dashboard_config
from youthvoice.insights.dashboard.exports import export_value
from youthvoice.insights.dashboard.selectors import Bar, FigureTable
from youthvoice.insights.disclosure import SUPPRESSION_NOTE, Cell, Percent, percentage, suppress
from youthvoice.insights.landscape.counts_csv import last_ended_month
from youthvoice.insights.landscape.models import AgencyMonthlyCount, Measure
from youthvoice.partnership.models import Agency, Locality, Partnership
from youthvoice.voices.models import Answer

MEASURES = [value for value, _ in Measure.choices]
MEASURE_LABELS = dict(Measure.choices)
NO_FIGURES = "no figures"
NO_VOICES = "no voices"  # a share of nobody
# Choices of the exploitation question that name no kind of exploitation.
NOT_A_KIND = {"none", "not_sure", "prefer_not"}
# The series protected for each area: published ones, and the parts that tie them together (never shown).
VOICES, RELAYED, CONSULTED, NAMED, NOT_NAMED = "voices", "relayed", "consulted", "named", "not_named"


@dataclass(frozen=True)
class LandscapeFilters:
    last_month: datetime.date  # the first day of the last month shown
    months: int = 12
    locality: Locality | None = None
    agency: Agency | None = None

    @property
    def month_list(self) -> list[datetime.date]:
        found, month = [], self.last_month
        for _ in range(self.months):
            found.append(month)
            month = (month - datetime.timedelta(days=1)).replace(day=1)
        return found[::-1]

    def describe(self) -> str:
        first = self.month_list[0]
        text = f"{first:%B %Y} to {self.last_month:%B %Y}"
        text += f", {self.locality.name}" if self.locality else ", every area"
        text += f", figures from {self.agency.name}" if self.agency else ", figures from every agency"
        return text


def landscape_filters_default() -> LandscapeFilters:
    return LandscapeFilters(last_month=last_ended_month(timezone.localdate()))


# --- Raw counts (true figures: never published as they are) ---------------------------------------------


def _month(value) -> datetime.date:
    return (value.date() if isinstance(value, datetime.datetime) else value).replace(day=1)


def agency_counts(
    *, partnership: Partnership, filters: LandscapeFilters
) -> tuple[dict[tuple, int], dict[tuple, int], set[tuple]]:
    """Agencies' counts summed per (area, month, measure), their cell keys, and which have any figure."""
    months = filters.month_list
    rows = AgencyMonthlyCount.objects.filter(
        partnership=partnership, month__gte=months[0], month__lte=months[-1]
    )
    if filters.agency is not None:
        rows = rows.filter(agency=filters.agency)
    counts, keys, present = {}, {}, set()
    for row in (
        rows.values("locality", "month", "measure").annotate(n=Sum("count"), k=Sum("record_key")).order_by()
    ):
        key = (row["locality"], _month(row["month"]), row["measure"])
        counts[key], keys[key] = row["n"], cell_key(row["k"])
        present.add(key)
    return counts, keys, present


def named_condition(*, partnership: Partnership):
    """Responses that named a place where they feel unsafe or a kind of exploitation (the dashboard's two
    questions), as a filter; ``None`` when the partnership asks neither question."""
    config = load_dashboard_config()
    condition = None
    for key, left_out in ((config.places_question, set()), (config.exploitation_question, NOT_A_KIND)):
        question = Question.objects.filter(partnership=partnership, key=key).first()
        if question is None:
            continue
        chose = Q(pk__in=[])
        for choice in question.choices:
            if choice["value"] not in left_out:
                chose |= Q(JSONArrayHas("values", Value(choice["value"])))
        answered = Exists(Answer.objects.filter(chose, response=OuterRef("pk"), question=question))
        condition = answered if condition is None else condition | answered
    return condition


def voice_counts(*, partnership: Partnership, filters: LandscapeFilters) -> tuple[dict, dict, bool]:
    """Young people's voices per (area, month, series), their cell keys, and whether "named" is counted."""
    months = filters.month_list
    dashboard_filters = DashboardFilters(date_from=months[0], date_to=month_end(months[-1]))
    responses = aggregates.responses_young_people(partnership=partnership, filters=dashboard_filters).filter(
        locality__isnull=False
    )
    condition = named_condition(partnership=partnership)
    if condition is not None:
        responses = responses.annotate(named_any=ExpressionWrapper(condition, output_field=BooleanField()))
    relayed = Q(channel="relayed")
    named = Q(named_any=True)
    aggregate = {
        "n": Count("pk"),
        "k": Sum("record_key"),
        "relayed": Count("pk", filter=relayed),
        "relayed_k": Sum("record_key", filter=relayed),
    }
    if condition is not None:
        aggregate |= {"named": Count("pk", filter=named), "named_k": Sum("record_key", filter=named)}
    rows = (
        responses.annotate(month=TruncMonth("submitted_on"))
        .values("locality", "month")
        .annotate(**aggregate)
        .order_by()
    )
    counts: dict[tuple, int] = {}
    keys: dict[tuple, int] = {}
    for row in rows:
        place = (row["locality"], _month(row["month"]))
        counts[(*place, VOICES)], keys[(*place, VOICES)] = row["n"], cell_key(row["k"])
        counts[(*place, RELAYED)], keys[(*place, RELAYED)] = row["relayed"], cell_key(row["relayed_k"])
        counts[(*place, CONSULTED)] = row["n"] - row["relayed"]
        if condition is not None:
            counts[(*place, NAMED)], keys[(*place, NAMED)] = row["named"], cell_key(row["named_k"])
            counts[(*place, NOT_NAMED)] = row["n"] - row["named"]
    return counts, keys, condition is not None


# --- Protection ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProtectedSeries:
    cells: list[Cell]  # one per month
    total: Cell


def protect_area(
    counts: dict[str, list[int]], *, keys: dict[str, list[int]], threshold: int
) -> dict[str, ProtectedSeries]:
    """Protect one area's series (each a list of monthly counts) as one table, then perturb what is shown.

    Every series adds up to its total over the months; where ``voices`` is given with its parts, each month
    (and the totals) ties ``voices`` to ``consulted`` + ``relayed`` and to ``named`` + ``not_named``.
    """
    values: list[int] = []
    at: dict[str, list[int]] = {}
    total_at: dict[str, int] = {}
    for name, series in counts.items():
        at[name] = list(range(len(values), len(values) + len(series)))
        values += [int(v) for v in series]
        total_at[name] = len(values)
        values.append(sum(int(v) for v in series))
    relations = [(total_at[name], tuple(at[name])) for name in counts]
    for whole, parts in ((VOICES, (CONSULTED, RELAYED)), (VOICES, (NAMED, NOT_NAMED))):
        if whole in counts and all(part in counts for part in parts):
            relations += [
                (at[whole][m], tuple(at[part][m] for part in parts)) for m in range(len(counts[whole]))
            ]
            relations.append((total_at[whole], tuple(total_at[part] for part in parts)))
    reasons = suppress(values, relations, threshold=threshold)

    def cell(index: int, key: int) -> Cell:
        return perturbed(Cell(None if reasons[index] else values[index], reasons[index], threshold), key=key)

    protected = {}
    for name in counts:
        series_keys = keys.get(name, [0] * len(counts[name]))
        protected[name] = ProtectedSeries(
            [cell(index, key) for index, key in zip(at[name], series_keys, strict=True)],
            cell(total_at[name], cell_key(*series_keys)),
        )
    return protected


# --- What the page and the export show ----------------------------------------------------------------------


@dataclass
class Landscape:
    partnership: Partnership
    filters: LandscapeFilters
    threshold: int
    areas: list[FigureTable]
    overview: FigureTable | None
    named_counted: bool
    agencies: list[str]  # the agencies whose figures are in the period
    has_agency_figures: bool

    @property
    def note(self) -> str:
        return SUPPRESSION_NOTE.format(threshold=self.threshold)

    @property
    def coverage(self) -> str:
        return (
            "Young people's voices are counted as on the dashboard: only months that have ended, and only "
            f"groups of at least {self.threshold} responses (one consultation, one channel, one month); "
            "voices that did not say their area are in no area. Agencies' figures are added up across the "
            "agencies that sent them. " + PERTURBATION_NOTE
        )

    def tables(self) -> list[FigureTable]:
        return [table for table in [self.overview, *self.areas] if table is not None]


def _header(named_counted: bool) -> tuple[str, ...]:
    header = ["Month", *(MEASURE_LABELS[m] for m in MEASURES), "Young people's voices", "Of them, relayed"]
    if named_counted:
        header += ["Named feeling unsafe or exploitation", "Share naming feeling unsafe or exploitation"]
    return tuple(header)


def _row(protected, index, present: dict[str, bool], named_counted: bool) -> tuple:
    def pick(name):
        series = protected[name]
        return series.total if index is None else series.cells[index]

    cells: list = [pick(m) if present[m] else NO_FIGURES for m in MEASURES]
    cells += [pick(VOICES), pick(RELAYED)]
    if named_counted:
        voices = pick(VOICES)
        share = NO_VOICES if voices.value == 0 else percentage(numerator=pick(NAMED), denominator=voices)
        cells += [pick(NAMED), share]
    return tuple(cells)


def _sentence(locality: Locality, months, protected, present, named_counted) -> str:
    parts = []
    referrals = protected[Measure.EXPLOITATION_REFERRALS]
    shown = [(m, c.value) for m, c in zip(months, referrals.cells, strict=True) if c.value]
    if shown and present[Measure.EXPLOITATION_REFERRALS]:
        month, value = max(shown, key=lambda item: item[1])
        parts.append(f"Agencies recorded the most exploitation referrals in {month:%B %Y} ({value:,}).")
    elif not any(present.values()):
        parts.append("No agency has sent figures for this area and period.")
    voices = protected[VOICES].total
    parts.append(f"Young people's voices over the period: {voices.text()}.")
    if named_counted:
        share = percentage(numerator=protected[NAMED].total, denominator=voices)
        if not share.suppressed:
            parts.append(f"{share} of them named feeling unsafe or a kind of exploitation.")
    hidden = sum(
        1
        for name in (*MEASURES, VOICES, RELAYED, NAMED)
        if name in protected
        for cell in protected[name].cells
        if cell.suppressed
    )
    if hidden:
        parts.append(f"{hidden} figure{'' if hidden == 1 else 's'} not shown ([c]) to protect identities.")
    return " ".join(parts)


def landscape_build(*, partnership: Partnership, filters: LandscapeFilters) -> Landscape:
    """Every figure the local landscape page and its export show, disclosure-controlled."""
    threshold = partnership.disclosure_threshold
    months = filters.month_list
    agency_n, agency_k, present_keys = agency_counts(partnership=partnership, filters=filters)
    voice_n, voice_k, named_counted = voice_counts(partnership=partnership, filters=filters)
    localities = list(Locality.objects.filter(partnership=partnership))
    if filters.locality is not None:
        localities = [loc for loc in localities if loc.pk == filters.locality.pk]
    series = [*MEASURES, VOICES, RELAYED, CONSULTED] + ([NAMED, NOT_NAMED] if named_counted else [])
    areas, overview_rows, bars = [], [], []
    for locality in localities:
        source_n = {**agency_n, **voice_n}
        source_k = {**agency_k, **voice_k}
        counts = {name: [source_n.get((locality.pk, m, name), 0) for m in months] for name in series}
        keys = {name: [source_k.get((locality.pk, m, name), 0) for m in months] for name in series}
        protected = protect_area(counts, keys=keys, threshold=threshold)
        present_month = {m: [(locality.pk, month, m) in present_keys for month in months] for m in MEASURES}
        present = {m: any(flags) for m, flags in present_month.items()}
        rows = []
        for index, month in enumerate(months):
            row = list(_row(protected, index, present, named_counted))
            for position, m in enumerate(MEASURES):
                if not present_month[m][index]:
                    row[position] = NO_FIGURES
            rows.append((f"{month:%B %Y}", tuple(row)))
        total = _row(protected, None, present, named_counted)
        rows.append((f"All {len(months)} months", total))
        areas.append(
            FigureTable(
                f"landscape-area-{locality.pk}",
                f"{locality.name}: agencies' figures and young people's voices, by month",
                _header(named_counted),
                tuple(rows),
                _sentence(locality, months, protected, present, named_counted),
                note=SUPPRESSION_NOTE.format(threshold=threshold),
            )
        )
        overview_rows.append((locality.name, total))
        if named_counted:
            share = total[-1]
            value = share.value if isinstance(share, Percent) else None
            bars.append(Bar(locality.name, value, str(share)))
    overview = None
    if localities:
        header = ("Area", *_header(named_counted)[1:])
        if named_counted:
            shown = sorted((b for b in bars if b.value is not None), key=lambda b: -b.value)
            summary = (
                f"Over the period, voices from {shown[0].label} most often named feeling unsafe or a kind of "
                f"exploitation ({shown[0].text})."
                if shown
                else "No area has enough voices to show the share that named feeling unsafe or exploitation."
            )
        else:
            summary = "Agencies' figures and young people's voices over the period, by area."
        overview = FigureTable(
            "landscape-areas",
            f"Every area, {months[0]:%B %Y} to {months[-1]:%B %Y}",
            header,
            tuple(overview_rows),
            summary,
            tuple(bars),
            note=SUPPRESSION_NOTE.format(threshold=threshold),
        )
    agencies_with_figures = AgencyMonthlyCount.objects.filter(
        partnership=partnership, month__gte=months[0], month__lte=months[-1]
    )
    if filters.agency is not None:
        agencies_with_figures = agencies_with_figures.filter(agency=filters.agency)
    agency_names = sorted(set(agencies_with_figures.values_list("agency__name", flat=True)))
    return Landscape(
        partnership=partnership,
        filters=filters,
        threshold=threshold,
        areas=areas,
        overview=overview,
        named_counted=named_counted,
        agencies=agency_names,
        has_agency_figures=bool(present_keys),
    )


def landscape_csv(*, landscape: Landscape) -> str:
    """Every area's table as one CSV, a line per area and month: only the published (protected) figures."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([csv_safe("Area"), *(csv_safe(h) for h in _header(landscape.named_counted))])
    for table in landscape.areas:
        area = table.title.rsplit(": agencies'", 1)[0]
        for label, cells in table.rows:
            writer.writerow([csv_safe(area), csv_safe(label), *(_value(cell) for cell in cells)])
    writer.writerows(
        [
            [],
            [csv_safe(landscape.note)],
            [csv_safe(landscape.coverage)],
            [csv_safe(f"Figures: {landscape.filters.describe()}")],
            [csv_safe(f"{landscape.partnership.name}, exported {timezone.localdate():%-d %B %Y}")],
        ]
    )
    return buffer.getvalue()


def _value(cell):
    return "" if cell in (NO_FIGURES, NO_VOICES) else export_value(cell)


def agency_count_months(*, partnership: Partnership) -> dict[str, list[str]]:
    """For each agency, the months it has sent figures for (newest first), for the upload page."""
    found: dict[str, list[str]] = defaultdict(list)
    rows = (
        AgencyMonthlyCount.objects.filter(partnership=partnership)
        .values_list("agency__name", "month")
        .distinct()
        .order_by("agency__name", "-month")
    )
    for name, month in rows:
        found[name].append(f"{month:%B %Y}")
    return dict(found)
