"""When assisted coding suggests a second theme for an answer: a rule learnt from the analysts' own coding.

Young people's answers often touch two themes, and analysts code both. Beside the advice (the likeliest
theme) the next likeliest theme is suggested when the model learnt from the analysts' coding gives it a
probability of at least the rule's ``threshold``. Never more than two.

The threshold is learnt by the same cross-validation that tells the analyst what to expect (a model that
never saw an answer gives its probabilities): among the coded answers, the lowest threshold at which the
second suggestions made are one of the answer's coded themes at least ``SECOND_THEME_BAR`` of the time.
A second suggestion is extra reading for the analyst, so it has to be right about as often as not; and a
suggestion right that often cannot lower a theme's F1 while the F1 is below twice that (bench/README.md,
"Session 14"). With too little two-theme coding to learn from, or no threshold that clears the bar, there
is no rule and no second theme is suggested.

What the analyst is told to expect of the rule is checked apart from where it was learnt: per fold of the
cross-validation, the threshold is learnt on the other folds' answers and applied to the fold's own. A
threshold chosen where the bar is just cleared would otherwise promise the bar itself (it came out 3 to 9
points above what the rule then got on the development sets). The check only informs: dropping a rule it
found right less than 0.35 of the time made the second suggestions worse, not better (too few coded
answers at 10 a theme to judge one draw's rule by).

Pure: probabilities and coded themes in, a rule out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SECOND_THEME_BAR = 0.5  # share of second suggestions that must be one of the answer's themes
MIN_TWO_THEME_ANSWERS = 5  # coded answers with two themes, fewer and nothing is learnt
MIN_SECOND_SUGGESTIONS = 5  # second suggestions the bar is judged on, fewer and it is not


@dataclass(frozen=True, slots=True)
class SecondThemeRule:
    threshold: float  # a second theme is suggested where the model gives it at least this probability
    # Checked on answers the threshold was not learnt on: the share of second suggestions that were one of
    # the answer's themes, and the share of answers that got one.
    expected_right: float
    expected_share: float


def top_two(probabilities: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the columns of the likeliest and the second likeliest theme."""
    order = np.argsort(-probabilities, axis=1, kind="stable")
    return order[:, 0], order[:, 1]


def _lowest_threshold(second_probability: np.ndarray, right: np.ndarray) -> float | None:
    """The lowest probability at which the second suggestions made clear the bar, if any does."""
    order = np.argsort(-second_probability, kind="stable")
    made = np.arange(1, len(order) + 1)
    precision = np.cumsum(right[order]) / made
    # A threshold must take every answer with the same probability, so only the last of a run of ties counts.
    last_of_ties = np.append(np.diff(second_probability[order]) != 0, True)
    clears = (precision >= SECOND_THEME_BAR) & (made >= MIN_SECOND_SUGGESTIONS) & last_of_ties
    if not clears.any():
        return None
    return float(second_probability[order[np.flatnonzero(clears)[-1]]])


def second_theme_rule(
    probabilities: np.ndarray,
    given: Sequence[set[int]],
    themes: Sequence[int],
    folds: Sequence[int] | None = None,
) -> SecondThemeRule | None:
    """The rule learnt from held-out ``probabilities`` (one row per coded answer, columns in ``themes``
    order) and each answer's coded themes; None where the coding cannot teach one.

    ``folds`` (each answer's fold of the cross-validation) checks the rule on answers it was not learnt on;
    without them the rule is judged on the answers it was learnt on (as the threshold is chosen).
    """
    two_themes = np.array([len(mine) > 1 for mine in given])
    if two_themes.sum() < MIN_TWO_THEME_ANSWERS or len(themes) < 2:
        return None
    _, second = top_two(probabilities)
    second_probability = probabilities[np.arange(len(given)), second]
    right = np.array([themes[column] in mine for column, mine in zip(second, given, strict=True)])
    threshold = _lowest_threshold(second_probability, right)
    if threshold is None:
        return None
    taken = second_probability >= threshold
    if folds is not None:
        folds = np.asarray(folds)
        taken = np.zeros(len(given), bool)
        for fold in np.unique(folds):
            learn = folds != fold
            if two_themes[learn].sum() < MIN_TWO_THEME_ANSWERS:
                continue
            fold_threshold = _lowest_threshold(second_probability[learn], right[learn])
            if fold_threshold is not None:
                taken |= ~learn & (second_probability >= fold_threshold)
        if taken.sum() < MIN_SECOND_SUGGESTIONS:
            return None  # too little two-theme coding to check the rule on
    return SecondThemeRule(
        threshold=threshold,
        expected_right=round(float(right[taken].mean()), 3),
        expected_share=round(float(taken.mean()), 3),
    )
