"""Cohen's kappa per theme (insights.coding.agreement), against a hand-worked example and scikit-learn."""

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

from youthvoice.insights.coding.agreement import (
    AgreementTable,
    agreement_by_theme,
    agreement_table,
    mean_kappa,
)


def test_kappa_matches_a_hand_worked_example():
    """Ten answers, one theme:

                    second: applied   second: not applied   total
    first: applied          4                 1               5
    first: not applied      2                 3               5
    total                   6                 4              10

    p_o = (4 + 3) / 10 = 0.7
    p_e = (5 × 6 + 5 × 4) / 10² = (30 + 20) / 100 = 0.5
    κ   = (0.7 − 0.5) / (1 − 0.5) = 0.2 / 0.5 = 0.4
    percent agreement = 70%
    """
    first = [True] * 4 + [True] * 1 + [False] * 2 + [False] * 3
    second = [True] * 4 + [False] * 1 + [True] * 2 + [False] * 3
    table = agreement_table(applied_by_first=first, applied_by_second=second)
    assert table == AgreementTable(both=4, first_only=1, second_only=2, neither=3)
    assert table.n == 10
    assert table.kappa == pytest.approx(0.4)
    assert table.percent_agreement == pytest.approx(70.0)


def test_kappa_below_chance_is_negative_and_the_mean_is_over_themes():
    """Theme 2: a=1, b=2, c=3, d=4; p_o = 0.5; p_e = (3 × 4 + 7 × 6) / 100 = 0.54;
    κ = (0.5 − 0.54) / 0.46 = −0.0870 (to 4 places). Theme 1 is the table above (κ = 0.4).
    Mean κ = (0.4 − 0.0870) / 2 = 0.1565."""
    first_codes, second_codes = {}, {}
    theme_one = [(True, True)] * 4 + [(True, False)] + [(False, True)] * 2 + [(False, False)] * 3
    theme_two = [(True, True)] + [(True, False)] * 2 + [(False, True)] * 3 + [(False, False)] * 4
    for answer_id, ((f1, s1), (f2, s2)) in enumerate(zip(theme_one, theme_two, strict=True)):
        first_codes[answer_id] = {theme for theme, on in ((1, f1), (2, f2)) if on}
        second_codes[answer_id] = {theme for theme, on in ((1, s1), (2, s2)) if on}
    second_codes[99] = {1}  # not coded by the first coder: left out
    agreements = agreement_by_theme(theme_ids=[1, 2], first_codes=first_codes, second_codes=second_codes)
    assert [item.table.n for item in agreements] == [10, 10]
    assert agreements[0].table.kappa == pytest.approx(0.4)
    assert agreements[1].table.kappa == pytest.approx(-0.04 / 0.46)
    assert mean_kappa(agreements) == pytest.approx((0.4 - 0.04 / 0.46) / 2)


def test_total_agreement_on_one_column_is_one_and_no_answers_is_none():
    assert agreement_table(applied_by_first=[False] * 5, applied_by_second=[False] * 5).kappa == 1.0
    assert agreement_table(applied_by_first=[], applied_by_second=[]).kappa is None
    assert mean_kappa([]) is None


def test_sequences_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        agreement_table(applied_by_first=[True], applied_by_second=[True, False])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=60))
def test_kappa_agrees_with_scikit_learn(pairs):
    first = [f for f, _ in pairs]
    second = [s for _, s in pairs]
    table = agreement_table(applied_by_first=first, applied_by_second=second)
    if len(set(first) | set(second)) == 1:  # scikit-learn gives nan (0/0) here; we give 1, as NVivo does
        assert table.kappa == 1.0
        return
    assert table.kappa == pytest.approx(cohen_kappa_score(first, second), abs=1e-9)


def test_kappa_agrees_with_scikit_learn_on_seeded_random_data():
    rng = random.Random(18)
    for _ in range(100):
        size = rng.randint(2, 200)
        first = [rng.random() < 0.3 for _ in range(size)]
        second = [f if rng.random() < 0.8 else not f for f in first]
        if len(set(first) | set(second)) == 1:
            continue
        expected = cohen_kappa_score(first, second)
        assert not math.isnan(expected)
        assert agreement_table(applied_by_first=first, applied_by_second=second).kappa == pytest.approx(
            expected
        )
