"""Synthetic demo: a made-up population baseline and a starter codebook. No real figures."""

import re

import numpy as np

from youthvoice.insights.baseline_csv import HEADER
from youthvoice.insights.coding import codings_create
from youthvoice.insights.models import (
    BASELINE_AGE_BANDS,
    BASELINE_ETHNIC_GROUPS,
    BASELINE_GENDERS,
    Codebook,
    Coding,
    PopulationBaseline,
    Theme,
)
from youthvoice.insights.services import population_baseline_upload
from youthvoice.voices.models import Answer

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


# The demo's words coded by their plain words, as an analyst might, so that every theme on the dashboard
# opens its quotes (the demo's answers are invented, see voices/demo.py).
DEMO_CODING = {
    "Feeling unsafe in public places": r"park|buses|town centre|youth clubs|somewhere warm",
    "Online pressure and grooming": r"snap|online|message",
    "Experiences of the police": r"police|criminals",
    "Money and debt": r"money|owe|pay it back",
    "Trusted adults": r"teachers|adults|listen|believe",
}


def _code_demo_answers(codebook: Codebook) -> int:
    if Coding.objects.filter(theme__codebook=codebook).exists():
        return 0
    themes = {theme.name: theme for theme in codebook.themes.all()}
    answers = Answer.objects.filter(response__partnership=codebook.partnership).exclude(text="")
    codings = [
        Coding(answer=answer, theme=themes[name])
        for answer in answers
        for name, pattern in DEMO_CODING.items()
        if name in themes and re.search(pattern, answer.text, re.IGNORECASE)
    ]
    return len(codings_create(codings=codings))


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
    coded = _code_demo_answers(codebook)
    if not coded:
        return []
    return [
        f"Answers coded to themes: {coded}. Every theme, place and type on /staff/insights/dashboard/ opens "
        "its quotes (“Read what they said”)."
    ]
