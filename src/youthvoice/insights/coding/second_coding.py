"""A second coder, blind: a lead analyst draws a random sample of coded answers, a second analyst codes them
without seeing the first codes, the two are compared theme by theme (``insights.coding.agreement``), and the
lead reconciles each answer where they differ.

Second codings are kept in ``SecondCoding``, never in ``Coding``, so they count in no figure until the lead
reconciles an answer; then the chosen themes become the answer's accepted codings (``coding_set``).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from youthvoice.consultations.models import Consultation, Question
from youthvoice.insights.coding.agreement import ThemeAgreement, agreement_by_theme, mean_kappa
from youthvoice.insights.coding.services import CodingError, codebook_themes, coding_answers, coding_set
from youthvoice.insights.models import Coding, SecondCoding, SecondCodingSample, Theme
from youthvoice.partnership.models import Membership

CODER_ROLES = (Membership.Role.ANALYST, Membership.Role.ADMIN)
MAX_SEED = 2**31 - 1


def second_coders(*, partnership) -> QuerySet:
    """The partnership's analysts and admins, who may be asked to code a sample."""
    return (
        get_user_model()
        .objects.filter(memberships__agency__partnership=partnership, memberships__role__in=CODER_ROLES)
        .distinct()
        .order_by("username")
    )


def sample_eligible_answers(*, consultation: Consultation, question: Question, second_coder) -> QuerySet:
    """Answers to ``question`` already coded (an accepted theme) by someone other than ``second_coder``."""
    accepted = Coding.objects.filter(answer=OuterRef("pk"), status=Coding.Status.ACCEPTED)
    by_second = accepted.filter(coded_by=second_coder)
    return coding_answers(consultation=consultation, question=question).filter(
        Exists(accepted), ~Exists(by_second)
    )


@transaction.atomic
def sample_draw(
    *,
    consultation: Consultation,
    question: Question,
    drawn_by,
    second_coder,
    size: int | None = None,
    percent: int | None = None,
    seed: int | None = None,
) -> SecondCodingSample:
    """Draw a reproducible random sample (``size`` answers, or ``percent`` of the eligible ones)."""
    partnership = consultation.partnership
    if (size is None) == (percent is None):
        raise CodingError("Give either a number of answers or a share, not both.")
    if size is not None and size < 1:
        raise CodingError("The sample needs at least one answer.")
    if percent is not None and not 1 <= percent <= 100:
        raise CodingError("The share must be between 1% and 100%.")
    if seed is not None and not 0 <= seed <= MAX_SEED:
        raise CodingError(f"The seed must be a whole number from 0 to {MAX_SEED}.")
    if not second_coders(partnership=partnership).filter(pk=second_coder.pk).exists():
        raise CodingError("Choose an analyst of your partnership as the second coder.")
    eligible = sorted(
        sample_eligible_answers(
            consultation=consultation, question=question, second_coder=second_coder
        ).values_list("pk", flat=True)
    )
    if not eligible:
        raise CodingError("No answers to this question have been coded by another analyst yet.")
    wanted = size if size is not None else math.ceil(len(eligible) * percent / 100)
    if wanted > len(eligible):
        raise CodingError(
            f"Only {len(eligible)} answers have been coded by another analyst; "
            f"ask for {len(eligible)} or fewer."
        )
    if seed is None:
        seed = random.SystemRandom().randrange(MAX_SEED + 1)
    chosen = sorted(random.Random(seed).sample(eligible, wanted))  # noqa: S311 - reproducible, not secret
    sample = SecondCodingSample.objects.create(
        partnership=partnership,
        consultation=consultation,
        question=question,
        drawn_by=drawn_by,
        second_coder=second_coder,
        seed=seed,
        requested_size=size,
        requested_percent=percent,
    )
    first = _accepted_codes(chosen)
    SecondCoding.objects.bulk_create(
        SecondCoding(sample=sample, answer_id=pk, first_theme_ids=sorted(first[pk])) for pk in chosen
    )
    return sample


def sample_items(*, sample: SecondCodingSample) -> QuerySet:
    return sample.items.select_related("answer").order_by("pk")


@transaction.atomic
def second_coding_set(*, item: SecondCoding, themes, user) -> None:
    """The second coder's themes for one answer of their sample (they replace any given before)."""
    if item.sample.second_coder_id != user.pk:
        raise CodingError("Only the second coder of this sample can code it.")
    themes = list(themes)
    if any(theme.codebook.partnership_id != item.sample.partnership_id for theme in themes):
        raise CodingError("Choose themes from your partnership's codebook.")
    item.themes.set(themes)
    item.coded_at = timezone.now()
    item.save(update_fields=["coded_at"])


def _accepted_codes(answer_ids) -> dict[int, set[int]]:
    codes: dict[int, set[int]] = {pk: set() for pk in answer_ids}
    for answer_id, theme_id in Coding.objects.filter(
        answer_id__in=answer_ids, status=Coding.Status.ACCEPTED
    ).values_list("answer_id", "theme_id"):
        codes[answer_id].add(theme_id)
    return codes


def _first_codes(items) -> dict[int, set[int]]:
    return {item.answer_id: set(item.first_theme_ids) for item in items}


def _second_codes(items) -> dict[int, set[int]]:
    return {item.answer_id: {theme.pk for theme in item.themes.all()} for item in items}


@dataclass(frozen=True)
class SampleAgreement:
    themes: list[tuple[Theme, ThemeAgreement]]
    mean_kappa: float | None
    coded: int
    total: int


def sample_agreement(*, sample: SecondCodingSample) -> SampleAgreement:
    """Per theme of the codebook, kappa, percent agreement and n over the answers both coders coded.

    The first codes are those the answers had when the sample was drawn, so settling disagreements later
    leaves the figure as it was.
    """
    items = list(sample.items.filter(coded_at__isnull=False).prefetch_related("themes"))
    second = _second_codes(items)
    first = _first_codes(items)
    themes = codebook_themes(partnership=sample.partnership)
    agreements = agreement_by_theme(theme_ids=[t.pk for t in themes], first_codes=first, second_codes=second)
    return SampleAgreement(
        themes=list(zip(themes, agreements, strict=True)),
        mean_kappa=mean_kappa(agreements),
        coded=len(items),
        total=sample.items.count(),
    )


@dataclass(frozen=True)
class Disagreement:
    item: SecondCoding
    first: set[int]
    second: set[int]


def sample_disagreements(*, sample: SecondCodingSample) -> list[Disagreement]:
    """Answers both coders coded, not yet reconciled, where their themes differ."""
    items = list(
        sample.items.filter(coded_at__isnull=False, reconciled_at__isnull=True)
        .select_related("answer")
        .prefetch_related("themes")
        .order_by("pk")
    )
    second = _second_codes(items)
    first = _first_codes(items)
    return [
        Disagreement(item=item, first=first[item.answer_id], second=second[item.answer_id])
        for item in items
        if first[item.answer_id] != second[item.answer_id]
    ]


@dataclass(frozen=True)
class Settled:
    item: SecondCoding
    final: set[int]


def sample_settled(*, sample: SecondCodingSample) -> list[Settled]:
    """Answers the lead has reconciled, latest first, with their themes now (what the figures count)."""
    items = list(
        sample.items.filter(reconciled_at__isnull=False)
        .select_related("answer", "reconciled_by")
        .order_by("-reconciled_at", "-pk")
    )
    final = _accepted_codes([item.answer_id for item in items])
    return [Settled(item=item, final=final[item.answer_id]) for item in items]


@transaction.atomic
def sample_reconcile(*, item: SecondCoding, themes, note: str, user) -> None:
    """The lead's final themes for an answer: they become its accepted codings; the decision is kept."""
    if item.reconciled_at is not None:
        raise CodingError("This answer has already been reconciled.")
    if item.coded_at is None:
        raise CodingError("The second coder has not coded this answer yet.")
    answer = item.answer
    coding_set(answer=answer, themes=themes, user=user)
    item.reconciled_at = timezone.now()
    item.reconciled_by = user
    item.reconcile_note = note.strip()
    item.save(update_fields=["reconciled_at", "reconciled_by", "reconcile_note"])
