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


# --- sentence-level scores on an independent evaluation set ------------------------------------------

EVALUATION_LABELS = ("flag", "ok")


@dataclass
class SentenceScores:
    """A sentence counts as flagged when the checker returns any finding in it."""

    overall: Score
    by_category: dict[str, Score]
    # Per negative kind: [false flags, sentences of that kind].
    false_flags_by_kind: dict[str, list[int]]
    count: int


def evaluation_examples(lines: Iterable[str], *, source: str = "set") -> list[dict]:
    """The records of a JSONL evaluation set, each checked for the fields the scores need."""
    import json

    examples = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{source}:{number}: not JSON: {error}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValueError(f"{source}:{number}: each line must be an object with a 'text'")
        if record.get("label") not in EVALUATION_LABELS:
            raise ValueError(f"{source}:{number}: 'label' must be one of {EVALUATION_LABELS}")
        examples.append(record)
    return examples


def sentence_scores(examples: Iterable[dict], *, flagged: Callable[[str], bool]) -> SentenceScores:
    overall, by_category, by_kind, count = Score(), {}, {}, 0
    for example in examples:
        count += 1
        found = flagged(example["text"])
        category = example.get("category") or "(none)"
        if example["label"] == "flag":
            row = by_category.setdefault(category, Score())
            kind = "true_positives" if found else "false_negatives"
            setattr(row, kind, getattr(row, kind) + 1)
            setattr(overall, kind, getattr(overall, kind) + 1)
        else:
            kind_row = by_kind.setdefault(example.get("negative_kind") or "(none)", [0, 0])
            kind_row[1] += 1
            if found:
                kind_row[0] += 1
                overall.false_positives += 1
                row = by_category.setdefault(category, Score())
                row.false_positives += 1
    return SentenceScores(overall=overall, by_category=by_category, false_flags_by_kind=by_kind, count=count)


def sentence_scores_text(scores: SentenceScores) -> str:
    """Figures only: never the sentences (an evaluation set is read by kind, not line by line)."""
    row = scores.overall
    lines = [
        f"{scores.count} sentences; overall precision {row.precision:.3f}, recall {row.recall:.3f} "
        f"(TP {row.true_positives}, FP {row.false_positives}, FN {row.false_negatives})",
        f"{'category':<18} {'flag':>5} {'found':>6} {'recall':>7} {'false flags':>12} {'precision':>10}",
    ]
    for category, cat in sorted(scores.by_category.items()):
        if category == "(none)" and not cat.true_positives + cat.false_negatives:
            continue  # false flags on "ok" sentences that name no category: counted by negative kind below
        expected = cat.true_positives + cat.false_negatives
        lines.append(
            f"{category:<18} {expected:>5} {cat.true_positives:>6} {cat.recall:>7.3f}"
            f" {cat.false_positives:>12} {cat.precision:>10.3f}"
        )
    lines.append(f"{'negative kind':<18} {'ok':>5} {'flagged':>8} {'false-flag rate':>16}")
    for kind, (false_flags, total) in sorted(scores.false_flags_by_kind.items()):
        lines.append(f"{kind:<18} {total:>5} {false_flags:>8} {false_flags / total:>16.3f}")
    return "\n".join(lines)
