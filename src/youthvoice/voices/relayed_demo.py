"""The demo's relayed voices: what young people shared with the youth worker, recorded with their consent.

Invented sentences, written as a practitioner would note them, each passed through the de-identifier by
``relayed_voice_record`` like any real one. Some say the young person's age band, area, the kind of place
and the kinds of exploitation they talked about; some leave them "not known", as practitioners often must.
Enough in each of the last two months that have ended to count in the dashboard's figures (release units
of at least the threshold), channel "Relayed".
"""

from __future__ import annotations

import datetime
import random

from django.contrib.auth import get_user_model

from youthvoice.partnership.models import Locality
from youthvoice.voices.models import Response
from youthvoice.voices.services import (
    AnswerInput,
    relayed_kinds_question,
    relayed_question,
    relayed_voice_record,
)

SEED = 20261205
PER_MONTH = 14
RELAYER = "practitioner"
# What they shared, and the kinds of exploitation it is about (values of the bank's "harm-seen" question).
SHARED = [
    ("Older lads give them money and trainers, then say they owe it back.", ["gifts_for_favours"]),
    ("Gets messages on snap from men they have never met, asking for photos.", ["pressured_photos"]),
    ("Said the police stop them and search them but never ask if they are OK.", []),
    ("Was asked to take a bag on the bus to the town centre and was scared to say no.", ["carrying_drugs"]),
    ("Said the park behind the shops is where older ones wait for younger kids.", []),
    ("Would not tell teachers because adults do not believe you.", []),
    ("Their friend went missing for two days and came back with money.", ["going_missing"]),
    ("Said it starts online, someone being nice, then it is threats.", ["pressured_photos", "threats"]),
]
AGE_WEIGHTS = {"11-13": 3, "14-15": 6, "16-17": 5, "18-21": 1, "": 3}  # "" is not known
PLACE_WEIGHTS = {"youth_club": 5, "outreach": 4, "school": 2, "other": 1, "": 2}
CONSENT_WEIGHTS = {
    Response.ConsentBasis.YOUNG_PERSON_AGREED: 8,
    Response.ConsentBasis.INFORMATION_SHARING: 2,
}


def _weighted(rng: random.Random, weights: dict) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _last_two_ended_months(today: datetime.date) -> list[datetime.date]:
    this_month = today.replace(day=1)
    last = (this_month - datetime.timedelta(days=1)).replace(day=1)
    return [(last - datetime.timedelta(days=1)).replace(day=1), last]


def build_relayed_voices(*, partnership, today: datetime.date) -> list[str]:
    if Response.objects.filter(partnership=partnership, channel=Response.Channel.RELAYED).exists():
        return []
    relayer = get_user_model().objects.filter(username=RELAYER).first()
    question = relayed_question(partnership=partnership)
    kinds = relayed_kinds_question(partnership=partnership)
    if relayer is None or question is None:
        return []
    rng = random.Random(SEED)  # noqa: S311 - synthetic data, repeatable on purpose
    localities = list(Locality.objects.filter(partnership=partnership).order_by("name"))
    made = 0
    for month in _last_two_ended_months(today):
        for _ in range(PER_MONTH):
            text, harms = rng.choice(SHARED)
            answers = {question: AnswerInput(text=text)}
            if kinds is not None and harms and rng.random() < 0.8:
                answers[kinds] = AnswerInput(values=harms)
            locality = rng.choice(localities + [None, None]) if localities else None
            relayed_voice_record(
                relayed_by=relayer,
                partnership=partnership,
                shared_on=month + datetime.timedelta(days=rng.randint(0, 26)),
                consent_basis=_weighted(rng, CONSENT_WEIGHTS),
                answers=answers,
                about_you={
                    "age_band": _weighted(rng, AGE_WEIGHTS),
                    "locality": str(locality.pk) if locality else "",
                },
                place_type=_weighted(rng, PLACE_WEIGHTS),
            )
            made += 1
    return [f"Voices relayed by the youth worker: {made} (/staff/voices/relayed/)"]
