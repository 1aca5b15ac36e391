"""How well does the language checker do on sentences written by someone who never saw its rules?

Prints figures only, never the sentences (they are a frozen test, read by kind). Run:

    .venv/bin/python bench/language_quality.py [SET.jsonl ...]

Default: every evaluation/language/*.jsonl. A sentence counts as flagged when ``check`` returns any finding
in it; for each category, recall over its "flag" sentences and precision counting the "ok" sentences of that
category that were flagged; for each negative kind (adult_action, quoted_policy, correct_usage,
explained_acronym, neutral), the share of its "ok" sentences that were flagged.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(paths: list[Path]) -> int:
    from youthvoice.language import check
    from youthvoice.language.quality import evaluation_examples, sentence_scores, sentence_scores_text

    if not paths:
        paths = sorted((ROOT / "evaluation" / "language").glob("*.jsonl"))
    if not paths:
        print("no evaluation set found under evaluation/language/", file=sys.stderr)
        return 2
    for path in paths:
        examples = evaluation_examples(path.read_text(encoding="utf-8").splitlines(), source=str(path))
        started = time.perf_counter()
        scores = sentence_scores(examples, flagged=lambda text: bool(check(text)))
        elapsed = time.perf_counter() - started
        print(f"== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({elapsed:.1f} s) ==")
        print(sentence_scores_text(scores))
        print("rules behind the false flags (rule id: sentences), to see which general reading is missing:")
        false_flags = Counter(
            finding.rule_id
            for example in examples
            if example["label"] == "ok"
            for finding in {f.rule_id: f for f in check(example["text"])}.values()
        )
        print("  " + ", ".join(f"{rule_id}: {count}" for rule_id, count in false_flags.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(arg) for arg in sys.argv[1:]]))
