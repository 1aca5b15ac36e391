"""Precision and recall of the checker on a labelled set of sentences written for youthvoice."""

from pathlib import Path

import yaml

from youthvoice.language import check
from youthvoice.language.quality import score
from youthvoice.language.rules import default_rules

LABELLED = Path(__file__).parent / "data" / "language_labelled.yaml"


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
