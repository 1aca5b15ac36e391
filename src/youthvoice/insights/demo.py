"""Synthetic demo: a made-up population baseline, a starter codebook and two young people's panels. No real
figures and no real people."""

import datetime
import re

import numpy as np
from django.contrib.auth import get_user_model
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.insights.coding.demo import FIRST_CODER, build_second_coding
from youthvoice.insights.coding.services import codings_create
from youthvoice.insights.landscape.demo import build_landscape
from youthvoice.insights.models import (
    BASELINE_AGE_BANDS,
    BASELINE_ETHNIC_GROUPS,
    BASELINE_GENDERS,
    Codebook,
    Coding,
    PopulationBaseline,
    Theme,
)
from youthvoice.insights.panel.models import YoungPeoplesPanel
from youthvoice.insights.panel.services import (
    PlacingInput,
    panel_create,
    panel_end_by_staff,
    panel_round_record,
    panel_start,
)
from youthvoice.insights.population.baseline_csv import HEADER
from youthvoice.insights.population.services import population_baseline_upload
from youthvoice.voices.models import Answer

BASELINE_NAME = "Demo population estimates (synthetic)"
GENDER_SHARE = {"girl": 0.48, "boy": 0.49, "non_binary": 0.007, "self_described": 0.003}
ETHNIC_SHARE = {"asian": 0.1, "black": 0.05, "mixed": 0.04, "white": 0.78, "other": 0.03}
THEMES = [
    ("Feeling unsafe in public places", "Parks, underpasses, bus stops and town centres, often after dark."),
    ("Online pressure and grooming", "Messages, requests for images, being added to groups by strangers."),
    ("Experiences of the police", "Being stopped, searched or not believed; what helped."),
    ("Money and debt", "Being offered money or things, then being told you owe a debt."),
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
    coder = get_user_model().objects.filter(username=FIRST_CODER).first()
    codings = [
        Coding(answer=answer, theme=themes[name], coded_by=coder)
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
    build_landscape(
        partnership=partnership,
        agencies=context.get("agencies", []),
        localities=[loc.name for loc in context["localities"]],
        today=timezone.localdate(),
    )
    if not YoungPeoplesPanel.objects.filter(partnership=partnership).exists():
        _demo_panels(partnership, codebook)
    context["youth_panel"] = (
        YoungPeoplesPanel.objects.filter(partnership=partnership, consultation__isnull=False)
        .order_by("held_on")
        .first()
    )
    notes = ["Young people's panels: /staff/insights/panels/ (beside the themes in the codebook)"]
    coded = _code_demo_answers(codebook)
    if coded:
        notes.append(
            f"Answers coded to themes: {coded}. Every theme, place and type on /staff/insights/dashboard/ "
            "opens its quotes (“Read what they said”)."
        )
    notes.extend(build_second_coding(partnership=partnership, codebook=codebook))
    return notes


# Each group's order of the themes (by name), and the words they gave a theme where they changed it.
PANEL_GROUPS = [
    (
        ["Trusted adults", "Feeling unsafe in public places", "Online pressure and grooming",
         "Experiences of the police", "Money and debt"],
        {"Trusted adults": "An adult you can tell anything, who will not judge you or tell everyone."},
    ),
    (
        ["Feeling unsafe in public places", "Trusted adults", "Online pressure and grooming",
         "Money and debt", "Experiences of the police"],
        {},
    ),
    (
        ["Trusted adults", "Online pressure and grooming", "Feeling unsafe in public places",
         "Experiences of the police", "Money and debt"],
        {"Money and debt": "Someone gives you stuff for free, then says you owe them."},
    ),
]  # fmt: skip


def _demo_panels(partnership, codebook) -> None:
    """Two ended panels with the youth worker: one on the closed consultation (three groups), one on the
    partnership's themes (a small group, so its numbers are not shown)."""
    worker = get_user_model().objects.filter(username="practitioner").first()
    themes = {theme.name: theme for theme in codebook.themes.all()}
    today = timezone.localdate()
    consultation = Consultation.objects.filter(
        partnership=partnership, slug="getting-help-when-you-need-it"
    ).first()
    small_groups = [(order[:3], {}) for order, _words in PANEL_GROUPS[1:]]
    plans = [
        (consultation, today - datetime.timedelta(days=40), 14, {"14-15": 6, "16-17": 5}, PANEL_GROUPS),
        (None, today - datetime.timedelta(days=12), 7, {}, small_groups),
    ]
    for about, held_on, participants, ages, groups in plans:
        names = groups[0][0]
        panel = panel_create(
            partnership=partnership,
            user=worker,
            themes=[themes[name] for name in names],
            consultation=about,
            held_on=held_on,
            participants=participants,
            age_band_counts=ages,
        )
        panel_start(panel=panel, user=worker, pin="13579")
        by_name = {pt.label: pt.pk for pt in panel.panel_themes.all()}
        for order, words in groups:
            panel_round_record(
                panel=panel,
                placings=[
                    PlacingInput(by_name[name], place, words.get(name))
                    for place, name in enumerate(order, start=1)
                ],
            )
        panel_end_by_staff(panel=panel)
