"""Representation ratios and the perception gap, against values worked out by hand."""

import math

import numpy as np
import pytest

from youthvoice.insights.statistics import (
    fisher_exact_p,
    gap_change,
    perception_gap,
    proportion_change,
    representation,
    representation_ratio,
    two_proportion_z_test,
)


def test_representation_ratio_matches_the_katz_log_interval_worked_by_hand():
    # 20 of 200 respondents (0.10) from a group that is 2,000 of 10,000 people (0.20): ratio 0.5.
    # se = sqrt(0.9/20 + 0.8/2000) = sqrt(0.0454) = 0.213073; ln 0.5 = -0.693147; 1.959964 * se = 0.417615
    estimate = representation_ratio(
        group_respondents=20, all_respondents=200, group_population=2000, all_population=10000
    )
    assert estimate.ratio == pytest.approx(0.5)
    assert estimate.low == pytest.approx(math.exp(-0.693147 - 0.417615), abs=1e-5)  # 0.32931
    assert estimate.high == pytest.approx(math.exp(-0.693147 + 0.417615), abs=1e-5)  # 0.75917


def test_a_group_with_no_respondents_has_ratio_zero_and_a_finite_upper_limit():
    # Haldane: x1 = 0.5 of 200.5; se = sqrt((1 - 0.5/200.5)/0.5 + 0.8/2000) = 1.412590
    estimate = representation_ratio(
        group_respondents=0, all_respondents=200, group_population=2000, all_population=10000
    )
    assert estimate.ratio == 0 and estimate.low == 0
    assert estimate.high == pytest.approx(
        math.exp(math.log(0.5 / 200.5 / 0.2) + 1.959964 * 1.412590), abs=1e-4
    )


def test_ratio_is_undefined_without_respondents_or_population():
    assert (
        representation_ratio(group_respondents=0, all_respondents=0, group_population=5, all_population=9)
        is None
    )
    assert (
        representation_ratio(group_respondents=0, all_respondents=5, group_population=0, all_population=9)
        is None
    )


def test_a_wider_confidence_gives_a_wider_interval():
    kwargs = {
        "group_respondents": 30,
        "all_respondents": 300,
        "group_population": 100,
        "all_population": 1000,
    }
    narrow = representation_ratio(confidence=0.8, **kwargs)
    wide = representation_ratio(confidence=0.99, **kwargs)
    assert wide.low < narrow.low < 1 < narrow.high < wide.high


def test_impossible_counts_are_refused():
    with pytest.raises(ValueError):
        representation_ratio(group_respondents=5, all_respondents=4, group_population=1, all_population=2)
    with pytest.raises(ValueError):
        representation_ratio(group_respondents=-1, all_respondents=4, group_population=1, all_population=2)


def test_representation_flags_groups_below_point_eight_and_hides_small_ones():
    rows = representation(
        respondents={"girls": 60, "boys": 130, "non-binary": 4, "another way": 12},
        population={"girls": 4800, "boys": 5000, "non-binary": 200, "another way": 300},
        threshold=10,
    )
    by_group = {row.group: row for row in rows}
    girls, boys, non_binary = by_group["girls"], by_group["boys"], by_group["non-binary"]
    # girls: (60/206) / (4800/10300) = 0.625; boys: (130/206) / (5000/10300) = 1.300
    assert girls.estimate.ratio == pytest.approx(0.625)
    assert boys.estimate.ratio == pytest.approx(1.3)
    assert girls.under_represented is True and girls.clearly_under_represented is True
    assert boys.under_represented is False
    # 4 young people: the count is hidden, and so are the ratio and flag that would give it away
    assert str(non_binary.respondents) == "[c]"
    assert non_binary.estimate is None and non_binary.under_represented is None
    # the complementary suppression (the next smallest, 12) hides that group's count and ratio too
    assert str(by_group["another way"].respondents) == "[c]" and by_group["another way"].estimate is None


def test_representation_refuses_groups_missing_from_the_population():
    with pytest.raises(ValueError, match="missing from the population"):
        representation(respondents={"elsewhere": 3}, population={"here": 10})


def test_perception_gap_is_young_peoples_mean_minus_professionals():
    gap = perception_gap(young_people=[1, 2, 3, 4, 5] * 4, professionals=[4, 4, 5, 5] * 5, seed=1)
    assert gap.young_people_mean == 3 and gap.professionals_mean == 4.5
    assert gap.gap == -1.5
    # normal approximation by hand: se = sqrt(2/20 + 0.25/20) = 0.33541; 1.96 * se = 0.6574
    assert gap.low == pytest.approx(-1.5 - 0.6574, abs=0.06)
    assert gap.high == pytest.approx(-1.5 + 0.6574, abs=0.06)


def test_bootstrap_is_reproducible_with_a_seed_and_varies_without_one():
    answers = {"young_people": [1, 2, 2, 3, 5, 4] * 5, "professionals": [3, 4, 4, 2, 5] * 4}
    assert perception_gap(seed=7, **answers) == perception_gap(seed=7, **answers)
    assert perception_gap(seed=7, **answers).low != perception_gap(seed=8, **answers).low


def test_bootstrap_agrees_with_the_normal_approximation_on_large_groups():
    rng = np.random.default_rng(3)
    yp = rng.integers(1, 6, size=3000)
    pro = rng.integers(2, 6, size=2000)
    gap = perception_gap(young_people=yp, professionals=pro, seed=2)
    se = math.sqrt(yp.var() / len(yp) + pro.var() / len(pro))
    assert gap.low == pytest.approx(gap.gap - 1.959964 * se, abs=0.01)
    assert gap.high == pytest.approx(gap.gap + 1.959964 * se, abs=0.01)


def test_identical_answers_give_a_zero_gap_and_zero_width():
    gap = perception_gap(young_people=[3] * 12, professionals=[3] * 15)
    assert (gap.gap, gap.low, gap.high) == (0, 0, 0)


def test_small_groups_show_only_their_sizes():
    gap = perception_gap(young_people=[1, 5, 5], professionals=[3] * 40, threshold=10)
    assert not gap.shown and gap.young_people_mean is None and gap.low is None
    assert (gap.young_people, gap.professionals) == (3, 40)


def test_two_proportion_z_test_matches_a_hand_worked_example():
    # 30 of 100, then 45 of 100. Pooled p = 75/200 = 0.375; se = sqrt(0.375 * 0.625 * (1/100 + 1/100))
    # = sqrt(0.0046875) = 0.0684653; z = 0.15 / 0.0684653 = 2.19089; two-sided p = 2 * (1 - Phi(2.19089))
    # = 2 * 0.014230 = 0.02846.
    z, p = two_proportion_z_test(x1=30, n1=100, x2=45, n2=100)
    assert z == pytest.approx(2.19089, abs=1e-5)
    assert p == pytest.approx(0.02846, abs=1e-5)
    change = proportion_change(earlier=(30, 100), later=(45, 100))
    assert change.change == pytest.approx(15.0) and change.test == "z-test" and change.significant


def test_fisher_exact_test_matches_hand_worked_examples_and_is_used_for_small_expected_counts():
    # 1 of 12, then 9 of 12: P(x1) = C(10, x1) C(14, 12 - x1) / C(24, 12), C(24, 12) = 2,704,156. Tables as
    # likely as the one seen or less: x1 = 1 and 9 (3,640 each), 0 and 10 (91 each): p = 7,462 / 2,704,156.
    assert fisher_exact_p(x1=1, n1=12, x2=9, n2=12) == pytest.approx(7462 / 2704156)
    # 1 of 10, then 6 of 10: 7 of 20 in all, so an expected count is 3.5, under 5: Fisher's test, not z.
    # P(x1) = C(7, x1) C(13, 10 - x1) / 184,756: x1 = 1 and 6 (5,005 each), 0 and 7 (286 each).
    small = proportion_change(earlier=(1, 10), later=(6, 10))
    assert small.test == "Fisher's exact test"
    assert small.p_value == pytest.approx(10582 / 184756)  # 0.0573: could be chance
    assert not small.significant and small.change == pytest.approx(50.0)
    # Every expected count at least 5 (1 of 12 and 9 of 12: 10 of 24, expected 5): the z-test.
    assert proportion_change(earlier=(1, 12), later=(9, 12)).test == "z-test"


def test_a_change_needs_a_base_in_both_periods_and_a_part_never_counts_above_its_base():
    assert proportion_change(earlier=(0, 0), later=(5, 10)) is None
    capped = proportion_change(earlier=(52, 50), later=(25, 50))  # perturbation can lift a part past its base
    assert capped.earlier == 1.0 and capped.change == pytest.approx(-50.0)
    with pytest.raises(ValueError):
        proportion_change(earlier=(-1, 10), later=(5, 10))
    assert not proportion_change(earlier=(20, 40), later=(20, 40)).significant


def test_change_in_a_gap_uses_the_standard_errors_from_both_intervals():
    # Gaps 0.5 (0.1 to 0.9) and 1.5 (1.1 to 1.9): se of each = 0.8 / 3.919928 = 0.204086; se of the
    # difference = 0.288620; z = 1.0 / 0.288620 = 3.46476; p = 0.000531.
    change = gap_change(earlier=(0.5, 0.1, 0.9), later=(1.5, 1.1, 1.9))
    assert change.change == pytest.approx(1.0) and change.p_value == pytest.approx(0.000531, abs=1e-5)
    assert not gap_change(earlier=(0.5, 0.1, 0.9), later=(0.7, 0.3, 1.1)).significant
