"""The statistics behind representation and the perception gap. Pure functions over counts and answers.

**Representation ratio** for a group = (the group's share of respondents) / (its share of the population
baseline). 1 means the group answered in proportion to its size; below 0.8 it is flagged as
under-represented (the partnership's working rule). The confidence interval is the Katz log method for a
ratio of two independent proportions (Katz et al., 1978, the method used for risk ratios):

    ln(R) ± z * sqrt((1 - p1) / x1 + (1 - p2) / x2)

with p1 = x1 / n1 the respondent share and p2 = x2 / n2 the population share. A census-sized population
makes the second term tiny, so the width comes almost entirely from the number of respondents. Where a
group has no respondents (x1 = 0) the ratio is 0 and the interval uses 0.5 in place of 0 (Haldane's
correction), giving a finite upper limit; the lower limit is then 0.

A ratio is a count in disguise (respondents = ratio x population share x all respondents), so a group whose
respondent count disclosure control hides has its ratio, interval and flag hidden too.

**Perception gap** for a mirrored scale item = mean of young people's answers - mean of professionals'
answers. The interval is a percentile bootstrap (resampling each group with replacement, independently).
Scale answers take a handful of values, so a resample of a group is drawn exactly as multinomial counts of
those values with the observed proportions: the same distribution as resampling the answers one by one,
but vectorised over all resamples at once in memory proportional to resamples x scale points, not
resamples x answers. ``seed`` makes the interval reproducible.

**Change between two periods** (``proportion_change``) for a share (x1 of n1 in the earlier period, x2 of
n2 in the later one): the change is p2 - p1 in percentage points, and whether it is more than chance is a
two-sided test of p1 = p2 at the 5% level. With every expected count of the 2 x 2 table at least 5
(Cochran's rule) it is the pooled two-proportion z-test:

    p = (x1 + x2) / (n1 + n2),  z = (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2))

otherwise Fisher's exact test (``scipy.stats.fisher_exact``), which needs no large-sample approximation.
The counts given are the published (protected, perturbed) ones, never the true ones.

**Change in a perception gap** (``gap_change``): the difference of two gaps, with a z-test whose standard
error comes from each gap's bootstrap interval (width / (2 x 1.96)), the two periods being independent.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
from scipy.stats import fisher_exact

from youthvoice.insights.disclosure import DEFAULT_THRESHOLD, Cell, protect_one_way

UNDER_REPRESENTED_BELOW = 0.8


def _z(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, not {confidence!r}")
    return NormalDist().inv_cdf(0.5 + confidence / 2)


@dataclass(frozen=True, slots=True)
class RatioEstimate:
    ratio: float
    low: float
    high: float


def representation_ratio(
    *,
    group_respondents: int,
    all_respondents: int,
    group_population: int,
    all_population: int,
    confidence: float = 0.95,
) -> RatioEstimate | None:
    """The representation ratio with its Katz log interval, or ``None`` where it is undefined.

    Undefined when there are no respondents at all or the group has no population.
    """
    if min(group_respondents, all_respondents, group_population, all_population) < 0:
        raise ValueError("Counts cannot be negative.")
    if group_respondents > all_respondents or group_population > all_population:
        raise ValueError("A group cannot be larger than the whole.")
    if all_respondents == 0 or group_population == 0:
        return None
    p1 = group_respondents / all_respondents
    p2 = group_population / all_population
    ratio = p1 / p2
    z = _z(confidence)
    x1 = group_respondents or 0.5  # Haldane's correction for an empty group
    n1 = all_respondents if group_respondents else all_respondents + 0.5
    q1 = x1 / n1
    se = math.sqrt((1 - q1) / x1 + (1 - p2) / group_population)
    centre = math.log(q1 / p2)
    low = 0.0 if group_respondents == 0 else math.exp(centre - z * se)
    return RatioEstimate(ratio=ratio, low=low, high=math.exp(centre + z * se))


@dataclass(frozen=True, slots=True)
class GroupRepresentation:
    group: str
    respondents: Cell  # disclosure-controlled
    population: int
    population_share: float
    estimate: RatioEstimate | None  # None where hidden or undefined

    @property
    def under_represented(self) -> bool | None:
        """Whether the ratio is below 0.8; ``None`` where the ratio is hidden or undefined."""
        return None if self.estimate is None else self.estimate.ratio < UNDER_REPRESENTED_BELOW

    @property
    def clearly_under_represented(self) -> bool | None:
        """Whether even the top of the interval is below 0.8."""
        return None if self.estimate is None else self.estimate.high < UNDER_REPRESENTED_BELOW


def representation(
    *,
    respondents: Mapping[str, int],
    population: Mapping[str, int],
    threshold: int = DEFAULT_THRESHOLD,
    confidence: float = 0.95,
) -> list[GroupRepresentation]:
    """Each population group's representation among respondents, disclosure-controlled.

    ``respondents`` counts respondents who told us their group (those who preferred not to say are left
    out of both sides); a group missing from it had none. Groups are in the population's order.
    """
    groups = list(population)
    unknown = set(respondents) - set(groups)
    if unknown:
        raise ValueError(f"Respondent groups missing from the population: {sorted(unknown)}")
    counts = [int(respondents.get(group, 0)) for group in groups]
    protected = protect_one_way(counts, labels=groups, threshold=threshold)
    all_respondents = sum(counts)
    all_population = sum(population.values())
    rows = []
    for group, count, cell in zip(groups, counts, protected.cells, strict=True):
        estimate = None
        if not cell.suppressed and not protected.total.suppressed:
            estimate = representation_ratio(
                group_respondents=count,
                all_respondents=all_respondents,
                group_population=population[group],
                all_population=all_population,
                confidence=confidence,
            )
        share = population[group] / all_population if all_population else 0.0
        rows.append(GroupRepresentation(group, cell, population[group], share, estimate))
    return rows


@dataclass(frozen=True, slots=True)
class PerceptionGap:
    young_people_mean: float | None
    professionals_mean: float | None
    gap: float | None  # young people's mean minus professionals' mean
    low: float | None
    high: float | None
    young_people: int
    professionals: int

    @property
    def shown(self) -> bool:
        return self.gap is not None


def _resampled_means(answers: np.ndarray, resamples: int, rng: np.random.Generator) -> np.ndarray:
    levels, counts = np.unique(answers, return_counts=True)
    draws = rng.multinomial(len(answers), counts / counts.sum(), size=resamples)
    return draws @ levels.astype(float) / len(answers)


def perception_gap(
    *,
    young_people: Sequence[float],
    professionals: Sequence[float],
    threshold: int = DEFAULT_THRESHOLD,
    confidence: float = 0.95,
    resamples: int = 10_000,
    seed: int = 0,
) -> PerceptionGap:
    """The gap between young people's and professionals' mean answers to one mirrored scale item.

    Nothing but the group sizes is shown where either group has fewer than ``threshold`` answers: a mean
    of a few answers on a five-point scale can give away what one person said.
    """
    _z(confidence)  # validates
    yp = np.asarray(young_people, dtype=float)
    pro = np.asarray(professionals, dtype=float)
    if min(len(yp), len(pro)) < max(threshold, 1):
        return PerceptionGap(None, None, None, None, None, len(yp), len(pro))
    rng = np.random.default_rng(seed)
    differences = _resampled_means(yp, resamples, rng) - _resampled_means(pro, resamples, rng)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(differences, [tail, 100 - tail])
    yp_mean, pro_mean = float(yp.mean()), float(pro.mean())
    return PerceptionGap(yp_mean, pro_mean, yp_mean - pro_mean, float(low), float(high), len(yp), len(pro))


SIGNIFICANCE_LEVEL = 0.05
SMALL_EXPECTED_COUNT = 5  # below this in any cell of the 2 x 2 table, Fisher's exact test is used


@dataclass(frozen=True, slots=True)
class Change:
    """How a figure moved from an earlier period to a later one, and whether that is more than chance."""

    earlier: float  # a share from 0 to 1, or a gap in scale points
    later: float
    change: float  # later minus earlier: percentage points for a share, scale points for a gap
    p_value: float
    test: str  # "z-test", "Fisher's exact test" or "z-test of two gaps"

    @property
    def significant(self) -> bool:
        return self.p_value < SIGNIFICANCE_LEVEL


def _two_sided_p(z: float) -> float:
    return 2 * (1 - NormalDist().cdf(abs(z)))


def two_proportion_z_test(*, x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    """The pooled two-proportion z statistic of p2 - p1 and its two-sided p-value."""
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:  # both shares are 0 or both are 1: no difference at all
        return 0.0, 1.0
    z = (x2 / n2 - x1 / n1) / se
    return z, _two_sided_p(z)


def fisher_exact_p(*, x1: int, n1: int, x2: int, n2: int) -> float:
    """The two-sided p-value of Fisher's exact test on the 2 x 2 table of the two periods."""
    return float(fisher_exact([[x1, n1 - x1], [x2, n2 - x2]], alternative="two-sided").pvalue)


def proportion_change(*, earlier: tuple[int, int], later: tuple[int, int]) -> Change | None:
    """The change in a share (count, base) from an earlier period to a later one; ``None`` with no base.

    Counts and bases are perturbed independently (``insights.cellkey``), so a count can come out a little
    above its base: it is taken as the base, as a published share never shows more than 100%.
    """
    (x1, n1), (x2, n2) = earlier, later
    if min(x1, n1, x2, n2) < 0:
        raise ValueError("Counts cannot be negative.")
    if n1 == 0 or n2 == 0:
        return None
    x1, x2 = min(x1, n1), min(x2, n2)
    total = n1 + n2
    with_it, without = x1 + x2, total - x1 - x2
    expected = [n * k / total for n in (n1, n2) for k in (with_it, without)]
    if min(expected) < SMALL_EXPECTED_COUNT:
        p_value, test = fisher_exact_p(x1=x1, n1=n1, x2=x2, n2=n2), "Fisher's exact test"
    else:
        _, p_value = two_proportion_z_test(x1=x1, n1=n1, x2=x2, n2=n2)
        test = "z-test"
    p1, p2 = x1 / n1, x2 / n2
    return Change(p1, p2, 100 * (p2 - p1), p_value, test)


def gap_change(
    *, earlier: tuple[float, float, float], later: tuple[float, float, float], confidence: float = 0.95
) -> Change:
    """The change in a perception gap, each given as (gap, low, high) with its ``confidence`` interval."""
    z_interval = _z(confidence)
    (gap1, low1, high1), (gap2, low2, high2) = earlier, later
    se = math.hypot((high1 - low1) / (2 * z_interval), (high2 - low2) / (2 * z_interval))
    difference = gap2 - gap1
    if se == 0:  # both intervals of zero width: only equal gaps are no change
        return Change(gap1, gap2, difference, 1.0 if difference == 0 else 0.0, "z-test of two gaps")
    p_value = _two_sided_p(difference / se)
    return Change(gap1, gap2, difference, p_value, "z-test of two gaps")
