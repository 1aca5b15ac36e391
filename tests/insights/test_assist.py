"""Assisted coding learns the analysts' themes from their coding and suggests one for each uncoded answer."""

import pytest

from youthvoice.insights.coding.assist import AssistError, suggest_codings
from youthvoice.insights.suggestions.synthetic import planted_answers


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


def test_a_codebook_description_is_cut_into_phrases_each_under_the_themes_name():
    from youthvoice.insights.coding.assist import codebook_phrases

    assert codebook_phrases("Police: stop and search, slow to come; rude. Not trusted.") == [
        "Police",
        "Police: stop and search",
        "Police: slow to come",
        "Police: rude",
        "Police: Not trusted",
    ]
    assert codebook_phrases("Places") == ["Places"]


def keyword_encoder(texts, progress=None):
    """A stand-in sentence model: each of three words is one direction, and a text is the sum of its words."""
    import numpy as np

    directions = {"alpha": 0, "beta": 1, "gamma": 2}
    vectors = np.zeros((len(texts), 4), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().replace(",", " ").split():
            if word in directions:
                vectors[row, directions[word]] += 1
        if not vectors[row].any():
            vectors[row, 3] = 1
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_an_answer_like_one_phrase_of_a_themes_description_is_advised_that_theme():
    # Theme 0's description is mostly about "gamma" but names "alpha" in one phrase; theme 1's is about
    # "alpha" and "beta" together. As one vector, theme 0's description is far from "alpha" (cosine 0.32)
    # and theme 1's near (0.71); phrase by phrase, theme 0 holds "alpha" itself (1.0).
    coded = [(k, f"answer number {k}", k % 2) for k in range(1, 9)]
    uncoded = [(100, "alpha")]
    words = {0: "Zero: gamma gamma gamma, alpha", 1: "One: alpha beta"}
    result = suggest_codings(coded, uncoded, encode=keyword_encoder, theme_words=words, meanings={})
    assert [(a.answer_id, a.theme_id) for a in result.advice] == [(100, 0)]


def test_the_expected_accuracy_counts_one_of_two_themes_as_half_right_as_the_main_theme_is_unknown():
    from youthvoice.insights.coding.assist import _honest_scores

    checked = _honest_scores([0, 1, 0], [{0}, {0, 1}, {1}], (0, 1))
    assert checked.accuracy == 0.5 and checked.any_theme == 0.667
    # Theme 0: 1 right, 1 wrongly given, half missed (F1 0.571); theme 1: half right, half wrongly given,
    # one missed (F1 0.4).
    assert checked.macro_f1 == 0.486


def test_the_expected_accuracy_weighs_the_themes_as_they_are_expected_among_the_uncoded_answers():
    from youthvoice.insights.coding.assist import _honest_scores

    predicted, given = [0, 0, 1, 0], [{0}, {0}, {1}, {1}]
    assert _honest_scores(predicted, given, (0, 1)).accuracy == 0.75
    assert _honest_scores(predicted, given, (0, 1), {0: 0.9, 1: 0.1}).accuracy == 0.95


def test_advice_of_one_of_an_answers_two_themes_is_not_counted_as_fully_right(planted):
    coded, uncoded = coded_and_uncoded(planted, 8)
    # Every answer of theme 2 is also coded with theme 1: the advice can only give one of them.
    coded += [(answer_id, text, 1) for answer_id, text, theme in coded if theme == 2]
    result = suggest_codings(coded, uncoded)
    assert result.expected_accuracy is not None and result.expected_accuracy < 0.9
    assert result.expected_macro_f1 is not None and result.expected_macro_f1 < 0.9


def test_the_model_learns_again_from_the_uncoded_answers_it_is_surest_of(planted, monkeypatch):
    from youthvoice.insights.coding import assist

    fits = []
    make = assist._classifier

    def recording(seed):
        model = make(seed)
        fit = model.fit

        def recorded_fit(features, labels, sample_weight=None):
            fits.append((features.shape[0], None if sample_weight is None else sorted(set(sample_weight))))
            return fit(features, labels, sample_weight=sample_weight)

        model.fit = recorded_fit
        return model

    monkeypatch.setattr(assist, "_classifier", recording)
    coded, uncoded = coded_and_uncoded(planted, 8)
    result = suggest_codings(coded, uncoded)
    taken = round(assist.SELF_TRAINING_SHARE * 8) * 3
    assert taken > 0
    # after the cross-validation's fits: the analysts' 24 answers, then those and the surest uncoded ones,
    # weighed below an analyst's coding
    assert fits[-2] == (24, None)
    assert fits[-1] == (24 + taken, [assist.SELF_TRAINING_WEIGHT, 1.0])
    assert len(result.advice) == len(uncoded)  # every uncoded answer is still advised, the surest included


def test_without_uncoded_answers_nothing_is_learnt_again(planted, monkeypatch):
    from youthvoice.insights.coding import assist

    called = []
    monkeypatch.setattr(assist, "_self_trained", lambda *args: called.append(args))
    coded, _ = coded_and_uncoded(planted, 8)
    assert suggest_codings(coded, []).advice == ()
    assert not called
