"""Precision and recall of the checker on a labelled set of sentences written for youthvoice."""

from pathlib import Path

import yaml

from youthvoice.language import check
from youthvoice.language.quality import score
from youthvoice.language.rules import default_rules

LABELLED = Path(__file__).parents[1] / "data" / "language_labelled.yaml"


def labelled():
    return [(text, set(expected)) for text, expected in yaml.safe_load(LABELLED.read_text(encoding="utf-8"))]


def test_the_labelled_set_is_large_and_names_real_rules():
    examples = labelled()
    rule_ids = set(default_rules().by_id())
    assert len(examples) >= 300
    assert sum(1 for _text, expected in examples if not expected) >= 100  # negatives, hard ones included
    assert {rule_id for _text, expected in examples for rule_id in expected} <= rule_ids


def test_precision_and_recall_are_at_least_095_per_category_and_overall():
    table = score(labelled(), check=check, ruleset=default_rules())
    for category, row in table.items():
        assert row.precision >= 0.95, f"{category}: precision {row.precision:.3f}"
        assert row.recall >= 0.95, f"{category}: recall {row.recall:.3f}"
    assert set(table) == set(default_rules().categories) | {"overall"}


def test_sentence_scores_count_a_sentence_with_any_finding_as_flagged():
    from youthvoice.language.quality import evaluation_examples, sentence_scores

    lines = [
        '{"text": "bad one", "label": "flag", "category": "minimising"}',
        '{"text": "bad two", "label": "flag", "category": "minimising"}',
        '{"text": "fine bad", "label": "ok", "category": "minimising", "negative_kind": "adult_action"}',
        '{"text": "fine", "label": "ok", "category": "jargon", "negative_kind": "neutral"}',
    ]
    scores = sentence_scores(
        evaluation_examples(lines), flagged=lambda text: text.endswith("bad one") or "fine bad" in text
    )
    assert (scores.overall.true_positives, scores.overall.false_negatives) == (1, 1)
    assert scores.overall.false_positives == 1
    assert scores.by_category["minimising"].precision == 0.5
    assert scores.false_flags_by_kind == {"adult_action": [1, 1], "neutral": [0, 1]}


def test_an_evaluation_line_without_a_known_label_is_refused_with_its_line_number():
    import pytest

    from youthvoice.language.quality import evaluation_examples

    with pytest.raises(ValueError, match="set:2: 'label'"):
        evaluation_examples(['{"text": "a", "label": "ok"}', '{"text": "b", "label": "maybe"}'], source="set")
