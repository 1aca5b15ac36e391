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
# Published as one-way tables on the summary. Age band is not: its counts are the column totals of the
# locality-by-age table, and a second, separately protected copy could reveal what that table hides.
ONE_WAY_GROUPINGS = ("gender", "ethnic_group")


# The baseline's shares for the yes-or-no groupings (``PopulationBaseline.send_percent`` and so on).
SHARE_FIELDS = {"send": "send_percent", "care_experienced": "care_experienced_percent"}


def population_counts_yes_no(*, baseline: PopulationBaseline, field: str) -> dict[str, int]:
    """The population split into "yes" and "no" for ``field`` by the baseline's share of it, in young
    people of the baseline's whole population (so a ratio's interval is as wide as the population is
    small); {} when the partnership gave no share."""
    share = getattr(baseline, SHARE_FIELDS[field])
    if share is None:
        return {}
    total = PopulationCell.objects.filter(baseline=baseline).aggregate(total=Sum("count"))["total"] or 0
    yes = round(total * float(share) / 100)
    return {"yes": yes, "no": total - yes}


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
    """The baseline's counts by gender, ethnic group, and locality by age band, disclosure-controlled.

    Tables on one page that share a figure must not protect it differently. These share only the grand
    total, which a one-way table hides only when it is below the threshold; if the two-way table had to
    hide it for another reason, the one-way tables are left out.
    """
    by_group = []
    for field in ONE_WAY_GROUPINGS:
        title, choices = GROUPINGS[field]
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
    if locality_by_age.grand_total.suppressed and any(not t.total.suppressed for _, t in by_group):
        by_group = []
    return PopulationSummary(baseline, by_group, locality_by_age)
