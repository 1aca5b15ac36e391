"""The demo's import: a schools' survey exported as a messy CSV, as a partner agency would send it.

Ages in years, "F" and "M", areas in lower case, services spelt the school's way, a "Neutral" on the scale
and a comments column no question asks: recoded once and kept as the source's mapping, so the next file from
the schools needs none; the source agency is recorded. Every row is invented; the words go through the
de-identifier like any import (one names a teacher, who becomes [NAME]).
"""

from __future__ import annotations

import calendar
import csv
import datetime
import io
import random

from django.contrib.auth import get_user_model

from youthvoice.consultations.models import Consultation
from youthvoice.partnership.models import Agency, Locality
from youthvoice.voices.imports import COMMENTS, LOCALITY, SUBMITTED_ON, responses_import_csv
from youthvoice.voices.models import ImportSource, ResponseImport

SEED = 20261206
ROWS = 24
CONSULTATION = "getting-help-when-you-need-it"
AGENCY = "Brackenford Schools Partnership"
SOURCE = "Schools' wellbeing survey"
HEADER = ["Date", "Age", "Gender", "School area", "Services you know", "I felt listened to",
          "One thing you would change", "Any other comments"]  # fmt: skip
MAPPING = {
    "Date": SUBMITTED_ON,
    "Age": "age_band",
    "Gender": "gender",
    "School area": LOCALITY,
    "Services you know": "services-heard-of",
    "I felt listened to": "services-listened",
    "One thing you would change": "help-one-thing",
    "Any other comments": COMMENTS,
}
# What the file's own spellings mean: the mapping the analyst gives once, kept with the source.
RECODES = {
    "gender": {"F": "girl", "M": "boy", "Other": "self_described"},
    "services-heard-of": {"Nurse": "school_nurse", "Social services": "social_care"},
    "services-listened": {"Neutral": "3", "Not sure": ""},
}
GENDERS = {"F": 11, "M": 9, "Other": 1, "Prefer not to say": 1}
SERVICES = ["Childline", "Youth service", "Nurse", "Social services", "Police", "Fearless"]
LISTENED = {
    "Strongly agree": 2,
    "Agree": 5,
    "Neutral": 4,
    "Disagree": 3,
    "Strongly disagree": 1,
    "Not sure": 1,
}
CHANGE = [
    "More adults in school who listen when you say something is wrong.",
    "Somewhere to go after school that isn't the park.",
    "Teach us about grooming online before it happens, not after.",
    "Mr Hughes is the only teacher I would talk to. There should be more like him.",
    "Stop the older lads hanging round the bus station.",
    "",
]
COMMENTS_SAID = ["We did this in form time.", "", "", "Some questions were hard to understand.", ""]


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _month_inside(consultation: Consultation) -> tuple[datetime.date, datetime.date]:
    """The days of one calendar month while the consultation was open, so the rows are one release unit."""
    middle = consultation.opens_on + (consultation.closes_on - consultation.opens_on) / 2
    last_day = middle.replace(day=calendar.monthrange(middle.year, middle.month)[1])
    return max(consultation.opens_on, middle.replace(day=1)), min(consultation.closes_on, last_day)


def demo_survey_csv(*, consultation: Consultation, areas: list[str]) -> bytes:
    rng = random.Random(SEED)  # noqa: S311 - synthetic data, repeatable on purpose
    first, last = _month_inside(consultation)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for _ in range(ROWS):
        day = first + datetime.timedelta(days=rng.randint(0, (last - first).days))
        age = rng.choice(["12", "13", "14", "14", "15", "15 yrs", "16", "aged 13"])
        writer.writerow(
            [
                day.strftime("%d/%m/%Y"),
                age,
                _weighted(rng, GENDERS),
                rng.choice(areas).lower() if areas else "",
                "; ".join(rng.sample(SERVICES, k=rng.randint(1, 3))),
                _weighted(rng, LISTENED),
                rng.choice(CHANGE),
                rng.choice(COMMENTS_SAID),
            ]
        )
    return out.getvalue().encode()


def build_import(*, partnership) -> list[str]:
    consultation = Consultation.objects.filter(partnership=partnership, slug=CONSULTATION).first()
    agency = Agency.objects.filter(partnership=partnership, name=AGENCY).first()
    if consultation is None or agency is None:
        return []
    if ResponseImport.objects.filter(consultation=consultation).exists():
        return []
    source, _ = ImportSource.objects.get_or_create(
        partnership=partnership, name=SOURCE, defaults={"agency": agency}
    )
    areas = list(
        Locality.objects.filter(partnership=partnership).order_by("name").values_list("name", flat=True)
    )
    record = responses_import_csv(
        consultation=consultation,
        file_bytes=demo_survey_csv(consultation=consultation, areas=areas),
        mapping=MAPPING,
        user=get_user_model().objects.filter(username="analyst").first(),
        source=source,
        recodes=RECODES,
    )
    return [f"Imported from {AGENCY}'s survey: {record.row_count} responses, recoded (/staff/voices/import/)"]
