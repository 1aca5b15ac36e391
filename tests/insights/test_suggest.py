"""Theme suggestion finds themes planted in synthetic answers, and explains each one."""

from collections import Counter

import numpy as np
import pytest

from youthvoice.insights.suggestions.suggest import SuggestionError, suggest_themes
from youthvoice.insights.suggestions.synthetic import PLANTED_THEMES, planted_answers


def purity_by_suggestion(result, truth_by_id):
    purities = {}
    for suggestion in result.suggestions:
        planted = Counter(truth_by_id[a.answer_id] for a in result.answers_for(suggestion.index))
        theme, count = planted.most_common(1)[0]
        purities[suggestion.index] = (theme, count / sum(planted.values()))
    return purities


@pytest.fixture(scope="module")
def planted():
    answers, truth = planted_answers(themes=5, per_theme=200, noise=0.3, seed=11)
    return answers, dict(zip([answer_id for answer_id, _ in answers], truth, strict=True))


@pytest.fixture(scope="module")
def found(planted):
    answers, _ = planted
    return suggest_themes(answers, seed=0)


def test_finds_each_planted_theme_as_one_pure_suggestion(found, planted):
    _, truth_by_id = planted
    purities = purity_by_suggestion(found, truth_by_id)
    matched = [theme for theme, purity in purities.values() if purity >= 0.8]
    assert sorted(matched) == sorted(set(truth_by_id.values())), purities
    assert found.parameters["n_themes"] == 5 and found.parameters["chosen_automatically"]


def test_top_words_come_from_the_planted_vocabulary(found, planted):
    _, truth_by_id = planted
    for suggestion in found.suggestions:
        theme = purity_by_suggestion(found, truth_by_id)[suggestion.index][0]
        assert set(suggestion.top_words[:5]) <= set(PLANTED_THEMES[theme])


def test_quotes_are_the_answers_nearest_the_theme(found, planted):
    answers, truth_by_id = planted
    text_by_id = dict(answers)
    for suggestion in found.suggestions:
        assert len(suggestion.quotes) == 3
        theme = purity_by_suggestion(found, truth_by_id)[suggestion.index][0]
        for answer_id, text in suggestion.quotes:
            assert text_by_id[answer_id] == text
            assert truth_by_id[answer_id] == theme
        weights = {a.answer_id: a.weight for a in found.answers_for(suggestion.index)}
        assert weights[suggestion.quotes[0][0]] >= sorted(weights.values())[len(weights) // 2]


def test_every_answer_has_an_assignment_with_a_weight_and_confidence_is_high_for_clear_themes(found, planted):
    answers, _ = planted
    assert [a.answer_id for a in found.assignments] == [answer_id for answer_id, _ in answers]
    assert all(0 < a.weight <= 1 for a in found.assignments)
    assert sum(s.size for s in found.suggestions) == len(answers)
    assert all(s.confidence > 0.6 for s in found.suggestions)


def test_a_fixed_number_of_themes_is_respected_and_the_run_is_reproducible(planted):
    answers, _ = planted
    first = suggest_themes(answers[:400], n_themes=3, seed=4)
    assert len(first.suggestions) == 3 and not first.parameters["chosen_automatically"]
    assert first == suggest_themes(answers[:400], n_themes=3, seed=4)


def test_noisier_answers_are_found_with_lower_confidence():
    clear, _ = planted_answers(themes=4, per_theme=150, noise=0.2, seed=1)
    noisy, _ = planted_answers(themes=4, per_theme=150, noise=0.6, seed=1)
    mean = lambda result: sum(s.confidence for s in result.suggestions) / len(result.suggestions)  # noqa: E731
    assert mean(suggest_themes(noisy, n_themes=4)) < mean(suggest_themes(clear, n_themes=4))


def test_answers_without_usable_words_get_no_theme(planted):
    answers, _ = planted
    result = suggest_themes([*answers[:300], (9001, ""), (9002, "the and of")], n_themes=5)
    by_id = {a.answer_id: a for a in result.assignments}
    assert by_id[9001].theme is None and by_id[9002].weight == 0


def test_progress_is_reported_from_start_to_finish(planted):
    answers, _ = planted
    seen = []
    suggest_themes(answers[:300], max_themes=4, progress=lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0 and seen[-1] == 1 and seen == sorted(seen)


@pytest.mark.parametrize(
    ("answers", "kwargs"),
    [
        ([(1, "park")], {}),
        ([(i, "the and of") for i in range(20)], {}),
        ([(i, "x y") for i in range(20)], {"n_themes": 0}),
        ([(i, "x y") for i in range(20)], {"min_themes": 5, "max_themes": 2}),
    ],
)
def test_unusable_input_gives_a_clear_error(answers, kwargs):
    with pytest.raises(SuggestionError):
        suggest_themes(answers, **kwargs)


def test_the_shared_search_keeps_the_number_whose_grouping_is_clearest():
    from sklearn.cluster import KMeans

    from youthvoice.insights.suggestions.suggest import best_scoring_n_themes

    rng = np.random.default_rng(0)
    corners = np.eye(3) * 10
    sample = np.vstack([corner + rng.normal(size=(20, 3)) * 0.1 for corner in corners])
    seen = []
    chosen = best_scoring_n_themes(
        sample,
        [2, 3, 4, 5],
        lambda rows, n: KMeans(n_clusters=n, n_init=4, random_state=0).fit(rows).labels_,
        seed=0,
        progress=lambda fraction, message: seen.append(fraction),
        span=(0.2, 0.6),
    )
    assert chosen == 3 and seen == pytest.approx([0.3, 0.4, 0.5, 0.6])
