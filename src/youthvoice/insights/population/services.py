from django.db import transaction

from youthvoice.insights.models import PopulationBaseline, PopulationCell
from youthvoice.insights.population.baseline_csv import parse_population_csv
from youthvoice.partnership.models import Partnership


@transaction.atomic
def population_baseline_upload(
    *,
    partnership: Partnership,
    uploaded_by,
    name: str,
    source: str,
    year: int,
    data: bytes,
    send_percent=None,
    care_experienced_percent=None,
) -> PopulationBaseline:
    """Check a population CSV and, only if every line is right, make it the partnership's active baseline.

    Raises ``BaselineCSVError`` (with every problem and its line) before anything is written; any later
    failure rolls the whole upload back, so the earlier baseline stays active.
    """
    rows = parse_population_csv(data=data, partnership=partnership)
    # Lock the partnership's baselines so two uploads at once cannot both end up active.
    list(PopulationBaseline.objects.select_for_update().filter(partnership=partnership, active=True))
    PopulationBaseline.objects.filter(partnership=partnership, active=True).update(active=False)
    baseline = PopulationBaseline(
        partnership=partnership,
        uploaded_by=uploaded_by,
        name=name,
        source=source,
        year=year,
        active=True,
        send_percent=send_percent,
        care_experienced_percent=care_experienced_percent,
    )
    baseline.full_clean(exclude=["partnership", "uploaded_by"])  # the shares from 0 to 100, from any caller
    baseline.save()
    PopulationCell.objects.bulk_create(
        PopulationCell(
            baseline=baseline,
            age_band=row.age_band,
            gender=row.gender,
            ethnic_group=row.ethnic_group,
            locality=row.locality,
            count=row.count,
        )
        for row in rows
    )
    return baseline
