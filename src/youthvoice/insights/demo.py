"""Synthetic demo: a made-up population baseline and a starter codebook. No real figures."""

import numpy as np
from django.utils import timezone

from youthvoice.insights.baseline_csv import HEADER
from youthvoice.insights.landscape_demo import build_landscape
from youthvoice.insights.models import (
    BASELINE_AGE_BANDS,
    BASELINE_ETHNIC_GROUPS,
    BASELINE_GENDERS,
    Codebook,
    PopulationBaseline,
    Theme,
)
from youthvoice.insights.services import population_baseline_upload

BASELINE_NAME = "Demo population estimates (synthetic)"
GENDER_SHARE = {"girl": 0.48, "boy": 0.49, "non_binary": 0.007, "self_described": 0.003}
ETHNIC_SHARE = {"asian": 0.1, "black": 0.05, "mixed": 0.04, "white": 0.78, "other": 0.03}
THEMES = [
    ("Feeling unsafe in public places", "Parks, underpasses, bus stops and town centres, often after dark."),
    ("Online pressure and grooming", "Messages, requests for images, being added to groups by strangers."),
    ("Experiences of the police", "Being stopped, searched or not believed; what helped."),
    ("Money and debt", "Being offered money or things, then owing a debt."),
    ("Trusted adults", "Who young people would tell, and why."),
]


def demo_population_csv(*, localities: list[str], seed: int = 5) -> bytes:
    rng = np.random.default_rng(seed)
    lines = [",".join(HEADER)]
    for locality in localities:
        size = int(rng.integers(3000, 9000))  # young people aged 11 to 25 in the locality
        for age, _ in BASELINE_AGE_BANDS:
            for gender, _ in BASELINE_GENDERS:
                for ethnic, _ in BASELINE_ETHNIC_GROUPS:
                    expected = size / len(BASELINE_AGE_BANDS) * GENDER_SHARE[gender] * ETHNIC_SHARE[ethnic]
                    lines.append(f"{age},{gender},{ethnic},{locality},{int(rng.poisson(expected))}")
    return ("\n".join(lines) + "\n").encode()


def build(*, context: dict) -> list[str]:
    partnership = context["partnership"]
    if not PopulationBaseline.objects.filter(partnership=partnership, name=BASELINE_NAME).exists():
        population_baseline_upload(
            partnership=partnership,
            uploaded_by=None,
            name=BASELINE_NAME,
            source="Invented for the demo",
            year=2024,
            data=demo_population_csv(localities=[loc.name for loc in context["localities"]]),
            # Invented too, of the order of England's (school census SEND; children looked after and
            # care leavers), so the demo shows whether these young people are heard.
            send_percent=17.5,
            care_experienced_percent=2.0,
        )
    codebook, _ = Codebook.objects.get_or_create(
        partnership=partnership,
        name="Child exploitation themes",
        defaults={"description": "A starter codebook for the demo."},
    )
    for name, description in THEMES:
        Theme.objects.get_or_create(codebook=codebook, name=name, defaults={"description": description})
    context["codebook"] = codebook
    build_landscape(
        partnership=partnership,
        agencies=context.get("agencies", []),
        localities=[loc.name for loc in context["localities"]],
        today=timezone.localdate(),
    )
    return []
