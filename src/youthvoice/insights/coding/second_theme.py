"""When assisted coding suggests a second theme for an answer: a rule learnt from the analysts' own coding.

Young people's answers often touch two themes, and analysts code both. The model's first theme is the
advice; its second likeliest theme is suggested beside it when the model gives it a probability of at
least the rule's ``threshold``. Never more than two.

The threshold is learnt by the same cross-validation that tells the analyst what to expect (a model that
never saw an answer gives its probabilities): among the coded answers, the lowest threshold at which the
second suggestions made are one of the answer's coded themes at least ``SECOND_THEME_BAR`` of the time.
A second suggestion is extra reading for the analyst, so it has to be right more often than not; and a
suggestion right that often cannot lower a theme's F1 while the F1 is below twice that (bench/README.md,
"Session 14"). With too little two-theme coding to learn from, or no threshold that clears the bar, there
is no rule and no second theme is suggested.

Pure: probabilities and coded themes in, a rule out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SECOND_THEME_BAR = 0.5  # share of second suggestions that must be one of the answer's themes
MIN_TWO_THEME_ANSWERS = 5  # coded answers with two themes, fewer and nothing is learnt
MIN_SECOND_SUGGESTIONS = 5  # held-out second suggestions the bar is checked on, fewer and it is not


@dataclass(frozen=True, slots=True)
class SecondThemeRule:
    threshold: float  # a second theme is suggested where the model gives it at least this probability
    # From cross-validation on the coded answers: the share of second suggestions that were one of the
    # answer's themes, and the share of answers that got one.
    expected_right: float
    expected_share: float


def top_two(probabilities: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the columns of the likeliest and the second likeliest theme."""
    order = np.argsort(-probabilities, axis=1, kind="stable")
    return order[:, 0], order[:, 1]


def second_theme_rule(
    probabilities: np.ndarray, given: Sequence[set[int]], themes: Sequence[int]
) -> SecondThemeRule | None:
    """The rule learnt from held-out ``probabilities`` (one row per coded answer, columns in ``themes``
    order) and each answer's coded themes; None where the coding cannot teach one."""
    if sum(len(mine) > 1 for mine in given) < MIN_TWO_THEME_ANSWERS or len(themes) < 2:
        return None
    _, second = top_two(probabilities)
    rows = np.arange(len(given))
    second_probability = probabilities[rows, second]
    right = np.array([themes[column] in mine for column, mine in zip(second, given, strict=True)])
    order = np.argsort(-second_probability, kind="stable")
    made = np.arange(1, len(order) + 1)
    precision = np.cumsum(right[order]) / made
    # A threshold must take every answer with the same probability, so only the last of a run of ties counts.
    last_of_ties = np.append(np.diff(second_probability[order]) != 0, True)
    clears = (precision >= SECOND_THEME_BAR) & (made >= MIN_SECOND_SUGGESTIONS) & last_of_ties
    if not clears.any():
        return None
    at = int(np.flatnonzero(clears)[-1])
    return SecondThemeRule(
        threshold=float(second_probability[order[at]]),
        expected_right=round(float(precision[at]), 3),
        expected_share=round(float(made[at] / len(given)), 3),
    )
