"""Does the second opinion help? Rules alone, then rules + second opinion, on the evaluation sets; its cost.

Prints figures only, never the sentences. The evaluation sets are measured here, never trained on and never
used to choose the threshold (that is chosen on the project's own sentences: second_opinion_training.py).
Run:

    .venv/bin/python bench/language_second_opinion.py [SET.jsonl ...] [--speed-kb 100]

Default: evaluation/language/set_a.jsonl, set_b.jsonl and set_c.jsonl, each and pooled. A sentence counts as
flagged by the rules when ``check`` finds anything in it; by rules + second opinion when, as well, the second
opinion marks it (it reads only sentences with no rule finding). Speed: MB/s (CPU) of ``check`` alone and of
``check`` then ``second_opinion`` on a synthetic corpus of case-note sentences (bench/language_check.py's),
after the encoder has loaded; the load itself is timed apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

SETS = ("set_a", "set_b", "set_c")


def counts(row) -> str:
    return f"{row.true_positives}/{row.false_positives}/{row.false_negatives}"


def compare(name: str, examples, rules: dict, both: dict) -> None:
    from youthvoice.language.quality import sentence_scores

    alone = sentence_scores(examples, flagged=lambda text: rules[text])
    joined = sentence_scores(examples, flagged=lambda text: both[text])
    print(f"== {name}: {alone.count} sentences ==")
    print(
        f"{'':<18} {'rules':>15} {'rules + second':>15}\n"
        f"{'precision':<18} {alone.overall.precision:>15.3f} {joined.overall.precision:>15.3f}\n"
        f"{'recall':<18} {alone.overall.recall:>15.3f} {joined.overall.recall:>15.3f}\n"
        f"{'TP / FP / FN':<18} {counts(alone.overall):>15} {counts(joined.overall):>15}"
    )
    print(f"{'category recall':<18} {'rules':>7} {'+ second':>9} {'of':>4}")
    for category in sorted(joined.by_category):
        before, after = alone.by_category.get(category), joined.by_category[category]
        expected = after.true_positives + after.false_negatives
        if not expected:
            continue
        print(f"{category:<18} {before.recall:>7.3f} {after.recall:>9.3f} {expected:>4}")
    print(f"{'false flags':<18} {'rules':>7} {'+ second':>9} {'of':>4}")
    for kind, (after, total) in sorted(joined.false_flags_by_kind.items()):
        before = alone.false_flags_by_kind.get(kind, [0, total])[0]
        print(f"{kind:<18} {before:>7} {after:>9} {total:>4}")


def speed(kilobytes: int) -> None:
    from bench.language_check import synthetic_text
    from youthvoice.core.embeddings import sentence_encoder
    from youthvoice.language.engine import check
    from youthvoice.language.second_opinion import default_model, second_opinion

    corpus = synthetic_text(kilobytes * 1000, seed=50)
    sentence_encoder.cache_clear()
    default_model.cache_clear()
    started = time.process_time()
    sentence_encoder(), default_model()
    loaded = time.process_time() - started
    check(corpus)  # rules compiled and sentences remembered, as in a running process
    started = time.process_time()
    findings = check(corpus)
    rules_only = time.process_time() - started
    started = time.process_time()
    findings = check(corpus)
    opinions = second_opinion(corpus, findings)
    both = time.process_time() - started
    megabytes = len(corpus.encode("utf-8")) / 1e6
    print(f"== speed, {megabytes:.2f} MB synthetic case notes (CPU) ==")
    print(f"encoder + model load: {loaded:.2f} s (once a process)")
    print(f"rules alone: {megabytes / rules_only:.2f} MB/s ({len(findings)} findings)")
    print(f"rules + second opinion: {megabytes / both:.3f} MB/s ({len(opinions)} sentences marked)")


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument("sets", nargs="*", type=Path)
    options.add_argument("--speed-kb", type=int, default=100, help="size of the speed corpus; 0 skips it")
    args = options.parse_args()

    from youthvoice.language.engine import check
    from youthvoice.language.quality import evaluation_examples
    from youthvoice.language.second_opinion import second_opinion

    paths = args.sets or [ROOT / "evaluation" / "language" / f"{name}.jsonl" for name in SETS]
    pooled = []
    rules, both = {}, {}
    for path in paths:
        examples = evaluation_examples(path.read_text(encoding="utf-8").splitlines(), source=str(path))
        for example in examples:
            text = example["text"]
            findings = check(text)
            rules[text] = bool(findings)
            both[text] = rules[text] or bool(second_opinion(text, findings))
        compare(path.name, examples, rules, both)
        pooled.extend(examples)
    if len(paths) > 1:
        compare("pooled", pooled, rules, both)
    if args.speed_kb:
        speed(args.speed_kb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
