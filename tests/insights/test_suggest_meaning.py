"""Suggestions from meaning find the themes planted in answers, label and quote them, and allow "no theme"."""

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from youthvoice.insights.suggestions import suggest_meaning
from youthvoice.insights.suggestions.suggest import SuggestionError
from youthvoice.insights.suggestions.suggest_meaning import (
    MAX_EMBEDDED,
    class_tfidf_words,
    embedded_at_most,
    suggest_themes_by_meaning,
    themes_for,
)
from youthvoice.insights.suggestions.synthetic import PLANTED_THEMES, planted_answers


@pytest.fixture(scope="module")
def planted():
    return planted_answers(themes=4, per_theme=30, noise=0.3, seed=5)


@pytest.fixture(scope="module")
def found(planted):
    answers, _ = planted
    return suggest_themes_by_meaning(answers, n_themes=4)


def test_the_planted_themes_are_found(found, planted):
    _, truth = planted
    assert adjusted_rand_score(truth, [a.theme for a in found.assignments]) > 0.8
    assert sorted(s.size for s in found.suggestions) == [30, 30, 30, 30]


def test_labels_come_from_the_words_that_set_each_theme_apart(found, planted):
    answers, truth = planted
    for suggestion in found.suggestions:
        members = [t for a, t in zip(found.assignments, truth, strict=True) if a.theme == suggestion.index]
        planted_words = set(PLANTED_THEMES[max(set(members), key=members.count)])
        assert sum(w in planted_words for w in suggestion.top_words[:4]) >= 3


def test_quotes_are_members_nearest_the_centre_and_weights_are_between_0_and_1(found):
    for suggestion in found.suggestions:
        members = {a.answer_id: a.weight for a in found.answers_for(suggestion.index)}
        weights = [members[answer_id] for answer_id, _ in suggestion.quotes]
        assert len(weights) == 3 and weights == sorted(weights, reverse=True)
        assert max(weights) == max(members.values())
        assert 0 < suggestion.confidence <= 1
    assert all(0 <= a.weight <= 1 for a in found.assignments)


def test_young_peoples_words_reach_the_model_with_their_meanings():
    seen = []

    def encode(texts, progress=None):
        seen.extend(texts)
        return np.random.default_rng(0).normal(size=(len(texts), 8)).astype(np.float32)

    answers = [(k, "the feds stopped me" if k % 2 else "nothing for us here") for k in range(12)]
    suggest_themes_by_meaning(answers, n_themes=2, encode=encode)
    assert "the feds (police) stopped me" in seen
    suggest_themes_by_meaning(answers, n_themes=2, encode=encode, meanings={"feds": "officers"})
    assert "the feds (officers) stopped me" in seen


def test_answers_far_from_every_theme_get_no_theme(planted):
    answers, _ = planted
    strict = suggest_themes_by_meaning(answers, n_themes=4, outlier_similarity=0.95)
    unthemed = [a for a in strict.assignments if a.theme is None]
    assert unthemed and strict.parameters["without_theme"] == len(unthemed)
    assert sum(s.size for s in strict.suggestions) == len(answers) - len(unthemed)


def test_beyond_the_embedding_limit_the_rest_are_placed_from_the_sample(planted):
    answers, truth = planted
    found = suggest_themes_by_meaning(answers, n_themes=4, max_embedded=60)
    assert found.parameters["embedded"] == 60 and len(found.assignments) == len(answers)
    assert adjusted_rand_score(truth, [a.theme for a in found.assignments]) > 0.6


def test_the_number_of_themes_is_chosen_when_not_given_and_progress_runs_start_to_finish(planted):
    answers, _ = planted
    seen = []
    found = suggest_themes_by_meaning(answers, max_themes=8, progress=lambda f, m: seen.append(f))
    assert found.parameters["chosen_automatically"] and 2 <= found.parameters["n_themes"] <= 8
    assert seen[0] == 0 and seen[-1] == 1 and seen == sorted(seen)


def test_without_a_number_the_themes_grow_with_the_square_root_of_the_answers_within_the_bounds():
    assert themes_for(120, min_themes=2, max_themes=15) == 8
    assert themes_for(440, min_themes=2, max_themes=15) == 15
    assert themes_for(100_000, min_themes=2, max_themes=15) == 15
    assert themes_for(8, min_themes=3, max_themes=15) == 3


def test_beyond_the_graph_sample_the_other_answers_join_the_nearest_theme(planted, monkeypatch):
    answers, truth = planted
    monkeypatch.setattr(suggest_meaning, "SPECTRAL_SAMPLE", 60)
    found = suggest_themes_by_meaning(answers, n_themes=4)
    assert all(a.theme is not None for a in found.assignments)
    assert adjusted_rand_score(truth, [a.theme for a in found.assignments]) > 0.6


def test_class_tfidf_prefers_a_themes_own_words_over_words_every_theme_uses():
    texts = ["bus fares cost too much", "bus is late again", "teachers shout at us", "teachers never listen"]
    words = class_tfidf_words(texts * 2, np.array([0, 0, 1, 1] * 2), 2, top=1)
    assert words == [["bus"], ["teachers"]]


@pytest.mark.parametrize(
    ("answers", "kwargs", "message"),
    [
        ([(1, "a"), (2, "b"), (3, "c")], {}, "too few answers"),
        ([(k, "x") for k in range(10)], {"n_themes": 0}, "at least one theme"),
        ([(k, "x") for k in range(10)], {"min_themes": 5, "max_themes": 3}, "min_themes"),
    ],
)
def test_unusable_input_gives_a_clear_error(answers, kwargs, message):
    with pytest.raises(SuggestionError, match=message):
        suggest_themes_by_meaning(answers, **kwargs)


class NamedEncoder:
    """Random vectors under a sentence model's name: what matters here is which model it says it is."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    def encode(self, texts, progress=None):
        return np.random.default_rng(len(texts)).normal(size=(len(texts), 8)).astype(np.float32)


def test_the_larger_sentence_model_embeds_fewer_answers_before_sampling(planted, monkeypatch):
    from youthvoice.core import embeddings, mpnet

    assert embedded_at_most(NamedEncoder(mpnet.MODEL_NAME).encode) == 2_000
    assert embedded_at_most(NamedEncoder(embeddings.MODEL_NAME).encode) == MAX_EMBEDDED == 12_000
    assert embedded_at_most(lambda texts, progress=None: None) == MAX_EMBEDDED  # a bare function: as before
    answers, _ = planted
    monkeypatch.setitem(suggest_meaning.MAX_EMBEDDED_BY_MODEL, mpnet.MODEL_NAME, 50)
    larger = suggest_themes_by_meaning(answers, n_themes=4, encode=NamedEncoder(mpnet.MODEL_NAME).encode)
    minilm = NamedEncoder(embeddings.MODEL_NAME).encode
    smaller = suggest_themes_by_meaning(answers, n_themes=4, encode=minilm)
    assert larger.parameters["embedded"] == 50 and smaller.parameters["embedded"] == len(answers) == 120
    assert all(a.theme is not None for a in larger.assignments)  # the rest placed from the sample
