"""Assisted coding suggests a second theme where an answer reads as two, by a rule learnt from the coding."""

import numpy as np
import pytest

from youthvoice.insights.coding import second_theme
from youthvoice.insights.coding.assist import suggest_codings
from youthvoice.insights.coding.second_theme import second_theme_rule

FILLER = ["red", "green", "blue", "grey", "pink", "gold", "teal", "plum", "navy", "lime", "mint", "ochre"]


def keyword_encoder(texts, progress=None):
    """A stand-in sentence model: each of three words is one direction, and a text is the sum of its words.

    "alpha beta" lies halfway between "alpha" and "beta", as an answer about two themes does.
    """
    directions = {"alpha": 0, "beta": 1, "gamma": 2}
    vectors = np.zeros((len(texts), 4), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            if word in directions:
                vectors[row, directions[word]] += 1
        if not vectors[row].any():
            vectors[row, 3] = 1
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def coding(*, two_themes_coded: bool):
    """Eight answers of each theme (0 alpha, 1 beta, 2 gamma) and six about alpha and beta at once, coded
    with both themes or, where ``two_themes_coded`` is False, with alpha alone."""
    coded, answer_id = [], 0
    for theme, word in enumerate(["alpha", "beta", "gamma"]):
        for filler in FILLER[:8]:
            answer_id += 1
            coded.append((answer_id, f"{word} {filler}", theme))
    for filler in FILLER[:6]:
        answer_id += 1
        coded.append((answer_id, f"alpha beta {filler}", 0))
        if two_themes_coded:
            coded.append((answer_id, f"alpha beta {filler}", 1))
    return coded


UNCODED = [(100, "alpha beta mint"), (101, "gamma mint"), (102, "beta ochre")]


def advise(coded):
    return suggest_codings(coded, UNCODED, encode=keyword_encoder, meanings={})


def test_an_answer_that_reads_as_two_themes_gets_a_second_and_one_that_reads_as_one_does_not():
    result = advise(coding(two_themes_coded=True))
    first = {a.answer_id: a.theme_id for a in result.advice}
    second = {a.answer_id: a for a in result.second_advice}
    assert first == {100: first[100], 101: 2, 102: 1} and first[100] in {0, 1}
    assert set(second) == {100}  # never the answers about one theme
    assert {first[100], second[100].theme_id} == {0, 1}  # the answer's two themes, each suggested once
    # Each suggestion keeps its own confidence, the second's below the first's.
    confidence = {a.answer_id: a.confidence for a in result.advice}
    assert 0 < second[100].confidence <= confidence[100] < 1
    rule = result.second_theme_rule
    assert rule is not None and 0 < rule.expected_right <= 1 and 0 < rule.expected_share < 1
    assert second[100].confidence >= rule.threshold


def test_without_two_theme_coding_no_second_theme_is_suggested():
    result = advise(coding(two_themes_coded=False))
    assert result.second_theme_rule is None and result.second_advice == ()
    assert len(result.advice) == len(UNCODED)  # the one-theme advice goes on as before


def test_too_few_answers_coded_with_two_themes_teach_no_rule(monkeypatch):
    monkeypatch.setattr(second_theme, "MIN_TWO_THEME_ANSWERS", 7)  # one more than the coding has
    result = advise(coding(two_themes_coded=True))
    assert result.second_theme_rule is None and result.second_advice == ()


def held_out(second_probabilities):
    """Three themes; each answer's first theme 0 and second theme 1 at the given probability."""
    rows = [[1 - p - 0.01, p, 0.01] for p in second_probabilities]
    return np.array(rows)


def test_the_threshold_is_the_lowest_second_probability_whose_suggestions_clear_the_bar():
    p = [0.45, 0.40, 0.35, 0.30, 0.25, 0.20, 0.15, 0.10, 0.05, 0.02]
    # Theme 1 is really in the answers with the 1st, 2nd, 4th, 5th and 7th highest second probability.
    given = [{0, 1}, {0, 1}, {0}, {0, 1}, {0, 1}, {0}, {0, 1}, {0}, {0}, {0}]
    rule = second_theme_rule(held_out(p), given, (0, 1, 2))
    # From the top: 1/1, 2/2, 2/3, 3/4, 4/5, 4/6, 5/7 (0.71), 5/8 (0.63), 5/9 (0.56), 5/10 (0.5).
    assert rule.threshold == pytest.approx(0.02) and rule.expected_right == 0.5 and rule.expected_share == 1.0
    # The same probabilities with coding in which theme 1 is the second theme less often: a higher threshold.
    given = [{0, 1}, {0, 1}, {0, 2}, {0, 2}, {0, 2}, {0, 1}, {0}, {0}, {0}, {0}]
    stricter = second_theme_rule(held_out(p), given, (0, 1, 2))
    # From the top: 1/1, 2/2, 2/3, 2/4 (too few to judge), 2/5, 3/6 (0.5), then below 0.5.
    assert stricter.threshold == pytest.approx(0.20)
    assert stricter.expected_right == 0.5 and stricter.expected_share == 0.6


def test_no_rule_where_no_threshold_clears_the_bar():
    p = [0.45, 0.40, 0.35, 0.30, 0.25, 0.20, 0.15, 0.10, 0.05, 0.02]
    given = [{0}] * 4 + [{0, 1}] * 2 + [{0, 2}] * 4  # two-theme answers, but never the model's second theme
    assert second_theme_rule(held_out(p), given, (0, 1, 2)) is None


def test_answers_tied_at_the_threshold_are_taken_or_left_together():
    p = [0.4] * 5 + [0.3] * 5
    given = [{0, 1}, {0, 1}, {0}, {0, 1}, {0}, {0, 1}, {0, 2}, {0, 2}, {0}, {0}]
    rule = second_theme_rule(held_out(p), given, (0, 1, 2))
    # Taking one answer at 0.3 would clear the bar (4/6), but a threshold of 0.3 takes all five (4/10).
    assert rule.threshold == pytest.approx(0.4) and rule.expected_right == 0.6 and rule.expected_share == 0.5


def test_what_the_analyst_is_told_is_checked_on_answers_the_threshold_was_not_learnt_on():
    p = [0.45, 0.40, 0.35, 0.30, 0.25, 0.20, 0.15, 0.10, 0.05, 0.02]
    often = [{0, 1}, {0, 1}, {0}, {0, 1}, {0, 1}, {0}, {0, 1}, {0}, {0}, {0}]  # alone: threshold 0.02
    seldom = [{0, 1}, {0, 1}, {0, 2}, {0, 2}, {0, 2}, {0, 1}, {0}, {0}, {0}, {0}]  # alone: threshold 0.20
    probabilities, given = held_out(p + p), often + seldom
    learnt_on_all = second_theme_rule(probabilities, given, (0, 1, 2))
    # Both folds together clear the bar down to 0.10: 8 right of the 16 answers at or above it.
    assert learnt_on_all.threshold == pytest.approx(0.10) and learnt_on_all.expected_right == 0.5
    checked = second_theme_rule(probabilities, given, (0, 1, 2), folds=[0] * 10 + [1] * 10)
    # The same threshold; but the first fold judged at 0.20 (learnt on the second) gets 4 of 6 right, and
    # the second judged at 0.02 (learnt on the first) 3 of 10: 7 of 16.
    assert checked.threshold == learnt_on_all.threshold
    assert checked.expected_right == 0.438 and checked.expected_share == 0.8
