"""The demo's second coder: a sample of the analyst's coded answers, coded blind by a second analyst.

The second coder reads most answers as the first did; where two themes are genuinely close they sometimes
read them differently ("treated like criminals" is about the police for one, about adults in general for the
other; "somewhere warm to go" is a place to feel safe for one and no theme for the other). So the agreement
page shows kappas below 1 on those themes, the reconcile page has answers waiting, and one difference is
already settled. A few answers are left for the second coder, to try coding blind. Settling that difference
led the analyst to sharpen "Trusted adults" (version 2 in the codebook, version 1 kept). All invented.
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model

from youthvoice.consultations.models import Consultation
from youthvoice.insights.coding.second_coding import (
    sample_disagreements,
    sample_draw,
    sample_reconcile,
    second_coding_set,
)
from youthvoice.insights.coding.services import theme_definition_set
from youthvoice.insights.models import Codebook, SecondCodingSample, ThemeVersion

CONSULTATION = "feeling-safe-in-brackenford"
QUESTION = "help-what-would"
FIRST_CODER, SECOND_CODER = "analyst", "second-analyst"
SIZE, SEED, LEFT_TO_CODE = 24, 20261204, 4
# Where the second coder reads an answer differently: the words, their themes instead of the first coder's,
# and how often (every n-th such answer in the sample), so most answers still agree.
CLOSE_READINGS = [
    (r"criminals", ["Trusted adults"], 2),
    (r"somewhere warm", [], 3),
]
SETTLED = (
    ["Experiences of the police", "Trusted adults"],
    "Both: it is about the police and about adults who do not listen.",
)
# The codebook after that: examples for the themes the coders read differently, and a sharper definition.
EXAMPLES = {
    "Experiences of the police": "Stopped and searched on the way home.\nThe police did not believe me.",
    "Feeling unsafe in public places": "The underpass after dark.\nWaiting for the last bus in town.",
}
SHARPER = (
    "Trusted adults",
    "Who young people would tell, and why; and adults who did not listen, believe them or treat them as a "
    "child at risk (the police too: code both themes).",
    "Teachers who actually listen and don't judge.\nAdults treat us like criminals when we're being used.",
)


def build_second_coding(*, partnership, codebook: Codebook) -> list[str]:
    users = (
        get_user_model()
        .objects.filter(username__in=[FIRST_CODER, SECOND_CODER])
        .in_bulk(field_name="username")
    )
    if len(users) < 2:
        return []
    themes = {theme.name: theme for theme in codebook.themes.all()}
    notes = []
    if not SecondCodingSample.objects.filter(partnership=partnership).exists():
        sample = _sample(partnership, themes, drawn_by=users[FIRST_CODER], second_coder=users[SECOND_CODER])
        if sample is not None:
            notes.append(
                f"A second coder's sample: /staff/insights/coding/samples/{sample.pk}/ (agreement; "
                f"{FIRST_CODER} settles differences, {SECOND_CODER} codes the rest blind)"
            )
    _codebook_versions(themes, users[FIRST_CODER])
    return notes


def _sample(partnership, themes: dict, *, drawn_by, second_coder) -> SecondCodingSample | None:
    consultation = Consultation.objects.filter(partnership=partnership, slug=CONSULTATION).first()
    question = consultation and consultation.items.filter(question__key=QUESTION).first()
    if question is None:
        return None
    sample = sample_draw(
        consultation=consultation,
        question=question.question,
        drawn_by=drawn_by,
        second_coder=second_coder,
        size=SIZE,
        seed=SEED,
    )
    by_pk = {theme.pk: theme for theme in themes.values()}
    seen = {pattern: 0 for pattern, _, _ in CLOSE_READINGS}
    items = list(sample.items.select_related("answer").order_by("pk"))
    for item in items[: len(items) - LEFT_TO_CODE]:
        chosen = [by_pk[pk] for pk in item.first_theme_ids if pk in by_pk]
        for pattern, instead, every in CLOSE_READINGS:
            if re.search(pattern, item.answer.text, re.IGNORECASE):
                if seen[pattern] % every == 0:
                    chosen = [themes[name] for name in instead if name in themes]
                seen[pattern] += 1
        second_coding_set(item=item, themes=chosen, user=second_coder)
    names, note = SETTLED
    for disagreement in sample_disagreements(sample=sample):
        if re.search(CLOSE_READINGS[0][0], disagreement.item.answer.text, re.IGNORECASE):
            sample_reconcile(
                item=disagreement.item,
                themes=[themes[name] for name in names if name in themes],
                note=note,
                user=drawn_by,
            )
            break
    return sample


def _codebook_versions(themes: dict, user) -> None:
    if ThemeVersion.objects.filter(theme__in=themes.values()).exists():
        return
    for name, examples in EXAMPLES.items():
        if name in themes:
            theme_definition_set(
                theme=themes[name], description=themes[name].description, examples=examples, user=user
            )
    name, description, examples = SHARPER
    if name in themes:
        theme_definition_set(theme=themes[name], description=description, examples=examples, user=user)
