from dataclasses import dataclass

from django.db.models import Sum

from youthvoice.insights.disclosure import OneWayTable, TwoWayTable, protect_one_way, protect_two_way
from youthvoice.insights.models import (
    BASELINE_AGE_BANDS,
    BASELINE_ETHNIC_GROUPS,
    BASELINE_GENDERS,
    PopulationBaseline,
    PopulationCell,
)
from youthvoice.partnership.models import Locality, Partnership

GROUPINGS = {
    "age_band": ("Age band", BASELINE_AGE_BANDS),
    "gender": ("Gender", BASELINE_GENDERS),
    "ethnic_group": ("Ethnic group", BASELINE_ETHNIC_GROUPS),
}


def population_baseline_active(*, partnership: Partnership) -> PopulationBaseline | None:
    return PopulationBaseline.objects.filter(partnership=partnership, active=True).first()


def population_counts_by(*, baseline: PopulationBaseline, field: str) -> dict[str, int]:
    """Raw population counts per value of ``field`` (a database aggregate); publish them protected."""
    if field not in (*GROUPINGS, "locality"):
        raise ValueError(f"Cannot group the population by {field!r}.")
    rows = PopulationCell.objects.filter(baseline=baseline).values(field).annotate(total=Sum("count"))
    return {row[field]: row["total"] for row in rows}


@dataclass(frozen=True)
class PopulationSummary:
    baseline: PopulationBaseline
    by_group: list[tuple[str, OneWayTable]]  # ("Age band", table), ...
    locality_by_age: TwoWayTable


def population_summary(*, baseline: PopulationBaseline, threshold: int) -> PopulationSummary:
    """The baseline's counts by each group and by locality and age band, disclosure-controlled."""
    by_group = []
    for field, (title, choices) in GROUPINGS.items():
        counts = population_counts_by(baseline=baseline, field=field)
        by_group.append(
            (
                title,
                protect_one_way(
                    [counts.get(value, 0) for value, _ in choices],
                    labels=[label for _, label in choices],
                    threshold=threshold,
                ),
            )
        )
    localities = list(Locality.objects.filter(partnership=baseline.partnership))
    by_locality_age = {
        (row["locality"], row["age_band"]): row["total"]
        for row in PopulationCell.objects.filter(baseline=baseline)
        .values("locality", "age_band")
        .annotate(total=Sum("count"))
    }
    locality_by_age = protect_two_way(
        [[by_locality_age.get((loc.pk, value), 0) for value, _ in BASELINE_AGE_BANDS] for loc in localities],
        row_labels=[loc.name for loc in localities],
        column_labels=[label for _, label in BASELINE_AGE_BANDS],
        threshold=threshold,
    )
    return PopulationSummary(baseline, by_group, locality_by_age)
