"""Assisted coding learns the analysts' themes from their coding and suggests one for each uncoded answer."""

import pytest

from youthvoice.insights.assist import AssistError, suggest_codings
from youthvoice.insights.synthetic import planted_answers


@pytest.fixture(scope="module")
def planted():
    answers, truth = planted_answers(themes=3, per_theme=30, noise=0.4, seed=9)
    names = sorted(set(truth))
    return answers, [names.index(t) for t in truth]


def coded_and_uncoded(planted, per_theme):
    answers, truth = planted
    coded, counts, uncoded = [], {}, []
    for (answer_id, text), theme in zip(answers, truth, strict=True):
        if counts.get(theme, 0) < per_theme:
            counts[theme] = counts.get(theme, 0) + 1
            coded.append((answer_id, text, theme))
        else:
            uncoded.append((answer_id, text))
    return coded, uncoded


def test_each_uncoded_answer_gets_the_theme_the_analysts_would_give_with_a_confidence(planted):
    coded, uncoded = coded_and_uncoded(planted, 8)
    result = suggest_codings(coded, uncoded)
    truth = dict(zip((a for a, _ in planted[0]), planted[1], strict=True))
    assert [a.answer_id for a in result.advice] == [a for a, _ in uncoded]
    right = sum(truth[a.answer_id] == a.theme_id for a in result.advice)
    assert right / len(result.advice) > 0.9
    assert all(0 < a.confidence <= 1 for a in result.advice)
    assert result.expected_accuracy is not None and result.expected_accuracy > 0.8
    assert result.coded_answers == 24 and result.themes == (0, 1, 2)


def test_themes_with_too_few_coded_answers_are_left_out(planted):
    coded, uncoded = coded_and_uncoded(planted, 8)
    coded = [row for row in coded if row[2] != 2][:14] + [row for row in coded if row[2] == 2][:2]
    result = suggest_codings(coded, uncoded)
    assert result.themes_left_out == (2,) and {a.theme_id for a in result.advice} <= {0, 1}


def test_an_answer_coded_with_two_themes_trains_both_and_is_not_advised(planted):
    coded, uncoded = coded_and_uncoded(planted, 5)
    answer_id, text = uncoded[0]
    coded += [(answer_id, text, 0), (answer_id, text, 1)]
    result = suggest_codings(coded, uncoded)
    assert answer_id not in {a.answer_id for a in result.advice}
    assert result.coded_answers == 16


def test_with_too_little_coding_the_analyst_is_told_what_is_needed(planted):
    coded, uncoded = coded_and_uncoded(planted, 2)
    with pytest.raises(AssistError, match="at least 3 answers with each of at least two themes"):
        suggest_codings(coded, uncoded)


def test_the_codebooks_names_and_descriptions_reach_the_model_with_meanings(planted):
    import numpy as np

    seen = []

    def encode(texts, progress=None):
        seen.extend(texts)
        return np.random.default_rng(len(seen)).normal(size=(len(texts), 8)).astype(np.float32)

    coded, uncoded = coded_and_uncoded(planted, 4)
    words = {0: "Money: feds took it", 1: "Online", 2: "Places"}
    result = suggest_codings(coded, uncoded, encode=encode, theme_words=words)
    assert "Money: feds (police) took it" in seen and len(result.advice) == len(uncoded)
