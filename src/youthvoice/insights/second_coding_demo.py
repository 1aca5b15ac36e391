"""The demo's second coder: a sample of the analyst's coded answers, coded blind by a second analyst.

The second coder reads most answers as the first did; where two themes are genuinely close they sometimes
read them differently ("treated like criminals" is about the police for one, about adults in general for the
other; "somewhere warm to go" is a place to feel safe for one and no theme for the other). So the agreement
page shows kappas below 1 on those themes, the reconcile page has answers waiting, and one difference is
already settled. A few answers are left for the second coder, to try coding blind. All invented.
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model

from youthvoice.consultations.models import Consultation
from youthvoice.insights.models import Codebook, SecondCodingSample
from youthvoice.insights.second_coding import (
    sample_disagreements,
    sample_draw,
    sample_reconcile,
    second_coding_set,
)

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


def build_second_coding(*, partnership, codebook: Codebook) -> list[str]:
    if SecondCodingSample.objects.filter(partnership=partnership).exists():
        return []
    users = (
        get_user_model()
        .objects.filter(username__in=[FIRST_CODER, SECOND_CODER])
        .in_bulk(field_name="username")
    )
    consultation = Consultation.objects.filter(partnership=partnership, slug=CONSULTATION).first()
    question = consultation and consultation.items.filter(question__key=QUESTION).first()
    if len(users) < 2 or question is None:
        return []
    sample = sample_draw(
        consultation=consultation,
        question=question.question,
        drawn_by=users[FIRST_CODER],
        second_coder=users[SECOND_CODER],
        size=SIZE,
        seed=SEED,
    )
    themes = {theme.name: theme for theme in codebook.themes.all()}
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
        second_coding_set(item=item, themes=chosen, user=users[SECOND_CODER])
    names, note = SETTLED
    for disagreement in sample_disagreements(sample=sample):
        if re.search(CLOSE_READINGS[0][0], disagreement.item.answer.text, re.IGNORECASE):
            sample_reconcile(
                item=disagreement.item,
                themes=[themes[name] for name in names if name in themes],
                note=note,
                user=users[FIRST_CODER],
            )
            break
    return [
        f"A second coder's sample: /staff/insights/coding/samples/{sample.pk}/ (agreement; {FIRST_CODER} "
        f"settles differences, {SECOND_CODER} codes the rest blind)"
    ]
