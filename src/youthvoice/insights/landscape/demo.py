"""Synthetic monthly figures for the local landscape: invented, but with a shape a reader can see.

Missing episodes rise in the summer holidays and around Christmas; return home interviews follow them (most
episodes get one); referrals dip in August, when schools are closed, and rise in the autumn term; some areas
see far more than others. Counts are drawn around those rates, so no two months are the same.
"""

from __future__ import annotations

import datetime

import numpy as np

from youthvoice.insights.landscape.counts_csv import HEADER, last_ended_month
from youthvoice.insights.landscape.models import AgencyMonthlyCount, Measure
from youthvoice.insights.landscape.services import agency_counts_upload
from youthvoice.partnership.models import Agency

MONTHS = 18
# How much each area sees, against the partnership's average (by the demo's locality names).
AREA_RATE = {
    "Eastmoor": 1.8,
    "Brackenford Central": 1.4,
    "Riverside": 1.0,
    "Northgate": 0.7,
    "Holloway Vale": 0.4,
}
# By calendar month (January first): missing episodes peak in the summer and in December ...
MISSING_SEASON = [0.9, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.5, 1.0, 0.9, 0.9, 1.2]
# ... and referrals follow the school year: few in August, most in the autumn term.
REFERRAL_SEASON = [1.0, 1.0, 1.1, 0.9, 1.0, 1.0, 0.8, 0.5, 1.1, 1.3, 1.3, 0.9]
# Which measures each kind of agency reports, and its average per area per month before the area's rate.
REPORTS = {
    Agency.Kind.POLICE: {
        Measure.MISSING_EPISODES: 22,
        Measure.NRM_REFERRALS: 2,
        Measure.EXPLOITATION_REFERRALS: 6,
    },
    Agency.Kind.LOCAL_AUTHORITY: {Measure.EXPLOITATION_REFERRALS: 14, Measure.NRM_REFERRALS: 3},
    Agency.Kind.HEALTH: {Measure.EXPLOITATION_REFERRALS: 4},
    Agency.Kind.EDUCATION: {Measure.EXPLOITATION_REFERRALS: 9},
    Agency.Kind.YOUTH_SERVICE: {Measure.EXPLOITATION_REFERRALS: 5},
    Agency.Kind.VCS: {Measure.EXPLOITATION_REFERRALS: 3},
}


def _months(last: datetime.date, count: int) -> list[datetime.date]:
    months, month = [], last
    for _ in range(count):
        months.append(month)
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    return months[::-1]


def demo_figures(*, localities: list[str], last_month: datetime.date, seed: int = 11) -> dict[str, bytes]:
    """A CSV of figures for each kind of agency that reports some, drawn together so that they agree."""
    rng = np.random.default_rng(seed)
    lines = {kind: [",".join(HEADER)] for kind in REPORTS}
    for month in _months(last_month, MONTHS):
        for name in localities:
            rate = AREA_RATE.get(name, 1.0)
            for kind, reports in REPORTS.items():
                for measure, average in reports.items():
                    season = MISSING_SEASON if measure == Measure.MISSING_EPISODES else REFERRAL_SEASON
                    count = int(rng.poisson(average * rate * season[month.month - 1]))
                    lines[kind].append(f"{name},{month:%Y-%m},{measure},{count}")
                    if measure == Measure.MISSING_EPISODES:
                        # Children's social care holds the return home interviews offered after the police's
                        # missing episodes; most episodes get one.
                        interviews = int(rng.binomial(count, 0.8))
                        lines[Agency.Kind.LOCAL_AUTHORITY].append(
                            f"{name},{month:%Y-%m},{Measure.RETURN_HOME_INTERVIEWS},{interviews}"
                        )
    return {kind: ("\n".join(found) + "\n").encode() for kind, found in lines.items()}


def build_landscape(
    *, partnership, agencies: list[Agency], localities: list[str], today: datetime.date
) -> int:
    """Each demo agency's figures for the last ``MONTHS`` months, once (an agency with figures is left)."""
    made = 0
    figures = demo_figures(localities=localities, last_month=last_ended_month(today))
    for agency in agencies:
        if agency.kind not in figures:
            continue
        if AgencyMonthlyCount.objects.filter(partnership=partnership, agency=agency).exists():
            continue
        upload = agency_counts_upload(
            partnership=partnership, agency=agency, uploaded_by=None, data=figures[agency.kind]
        )
        made += len(upload.rows)
    return made
