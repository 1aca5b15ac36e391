"""Precision and recall of the checker against labelled sentences, per category and overall."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from youthvoice.language.rules import RuleSet


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def score(examples: Iterable[tuple[str, set[str]]], *, check: Callable, ruleset: RuleSet) -> dict[str, Score]:
    """A rule found where the label expects it is a true positive; anywhere else a false positive."""
    category_of = {rule.id: rule.category for rule in ruleset.rules}
    table = {category: Score() for category in ruleset.categories}
    table["overall"] = Score()
    for text, expected in examples:
        found = {finding.rule_id for finding in check(text)}
        for rule_id in found | expected:
            kind = (
                "true_positives"
                if rule_id in found and rule_id in expected
                else "false_positives"
                if rule_id in found
                else "false_negatives"
            )
            for row in (table[category_of[rule_id]], table["overall"]):
                setattr(row, kind, getattr(row, kind) + 1)
    return table


def table_text(table: dict[str, Score]) -> str:
    lines = [f"{'category':<16} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}"]
    for category, row in table.items():
        lines.append(
            f"{category:<16} {row.true_positives:>4} {row.false_positives:>4} {row.false_negatives:>4}"
            f" {row.precision:>9.3f} {row.recall:>7.3f}"
        )
    return "\n".join(lines)
