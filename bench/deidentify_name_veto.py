"""The de-identifier's name veto (``youthvoice.deidentify.name_veto``), measured as the product runs it.

Prints figures only (no sentence is printed).

- ``loso`` (default): leave-one-set-out over the sets the build trains on (``name_veto_training
  .training_sets``: the eleven development sets and every training-only set): for each set, the veto is built
  from the others exactly as ``scripts/build-name-veto`` builds it (``name_veto_training.model_of``: the
  same features, fit, threshold and vetoable steps), and the set is run through ``engine.deidentify`` with the
  veto off (product) and on (product + veto), scored with the product's conventions
  (``quality.score_independent``, wordfreq's 3,000 commonest words, as bench/deidentify.py).
  ``--threshold`` (repeatable) scores other thresholds with the same folds; ``--open`` also scores the veto
  without its guardrails (every step, listed names too), to show what they cost.
- ``outputs``: over bench/deidentify_outputs.py's texts, the outputs the committed veto changes, each
  checked to differ only by NAME removals put back.
- ``speed``: bench/deidentify.py's answers per CPU second on one core, veto off and on in the same run
  (one-sentence and five-sentence answers, the same texts as bench/deidentify.py), the CPU the veto adds an
  answer, and the weights' load time.

    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_name_veto.py loso [--open]
    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_name_veto.py speed [--quick]
    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_name_veto.py outputs
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from deidentify_learned_names import _pooled as pooled  # noqa: E402

from youthvoice.deidentify import name_veto  # noqa: E402
from youthvoice.deidentify.engine import PLACEHOLDERS as PLACEHOLDER_KINDS  # noqa: E402
from youthvoice.deidentify.engine import deidentify  # noqa: E402
from youthvoice.deidentify.name_veto_training import (  # noqa: E402
    TRAINING_FOLDER,
    Removals,
    model_of,
    removals_in,
    training_sets,
)
from youthvoice.deidentify.quality import (  # noqa: E402
    IndependentScore,
    Span,
    load_independent,
    score_independent,
)


def run_with(model: name_veto.NameVeto | None, *, guardrails: bool = True):
    """The product as ``score_independent`` runs it: veto off (``model`` None) or on with ``model``."""

    def run(text: str) -> tuple[str, list[Span]]:
        if model is None:
            result = deidentify(text, name_veto=False)
        else:
            saved = name_veto.default_model, name_veto._listed_as_name, name_veto._everyday_words
            name_veto.default_model = lambda: model
            if not guardrails:
                name_veto._listed_as_name = lambda *_: False
                name_veto._everyday_words = lambda *_: True
            try:
                result = deidentify(text, name_veto=True)
            finally:
                name_veto.default_model, name_veto._listed_as_name, name_veto._everyday_words = saved
        return result.text, [Span(*span) for span in result.spans]

    return run


HEADER = (
    f"{'set':<13} {'names':>5} {'names gone':>14} {'clean':>5} {'clean unchanged':>15} {'any type gone':>14} "
    f"{'common kept':>16} {'put back':>8} {'of names':>8}"
)


def row(name: str, before: IndependentScore, after: IndependentScore, put_back="", real="") -> str:
    return (
        f"{name:<13} {before.expected['NAME']:>5} {before.share('NAME'):.3f}->{after.share('NAME'):.3f} "
        f"{before.clean_lines:>5} {before.clean_share:>6.3f}->{after.clean_share:.3f} "
        f"{before.any_gone:>6.3f}->{after.any_gone:.3f} "
        f"{before.common_share:.4f}->{after.common_share:.4f} {put_back:>8} {real:>8}"
    )


def put_back_counts(lines, model, guardrails: bool) -> tuple[int, int]:
    """(removals put back, of them on a labelled value): what the veto did, line by line."""
    put_back = real = 0
    for line in lines:
        before = deidentify(line.text, name_veto=False)
        _, after = run_with(model, guardrails=guardrails)(line.text)
        kept = {(s.start, s.end, s.kind) for s in after}
        for start, end, kind in before.spans:
            if (start, end, kind) not in kept:
                put_back += 1
                real += any(g.start < end and start < g.end for g in line.spans)
    return put_back, real


def loso(args) -> None:
    from deidentify_learned_names import common_english_words

    common = common_english_words()
    names = training_sets(ROOT)
    started = time.process_time()
    sets: list[Removals] = [removals_in(ROOT / name, name) for name in names]
    lines = {name: load_independent(ROOT / name) for name in names}
    removals = sum(len(s.labels) for s in sets)
    wrong = removals - sum(sum(s.labels) for s in sets)
    print(
        f"name veto, leave-one-set-out over {len(sets)} sets ({sum(len(v) for v in lines.values())} lines, "
        f"{removals} name removals, {wrong} wrong); {time.process_time() - started:.0f} CPU s",
        flush=True,
    )
    variants = [(t, True) for t in args.threshold] + ([(args.threshold[0], False)] if args.open else [])
    results = {variant: ([], [], [0, 0]) for variant in variants}
    befores = {}
    for held in sets:
        model = model_of([s for s in sets if s is not held])
        short = ("train:" if TRAINING_FOLDER in held.name else "") + Path(held.name).stem
        before = score_independent(lines[held.name], run=run_with(None), common_words=common)
        befores[short] = before
        for threshold, guardrails in variants:
            variant = dataclasses.replace(model, threshold=threshold)
            if not guardrails:
                every_step = frozenset(step for s in sets for step in s.steps)
                variant = dataclasses.replace(variant, vetoable_steps=every_step)
            after = score_independent(
                lines[held.name], run=run_with(variant, guardrails=guardrails), common_words=common
            )
            put_back, real = put_back_counts(lines[held.name], variant, guardrails)
            scores_before, scores_after, counts = results[(threshold, guardrails)]
            scores_before.append((short, before))
            scores_after.append((short, after))
            counts[0] += put_back
            counts[1] += real
            if (threshold, guardrails) == variants[0]:
                steps = ",".join(sorted(model.vetoable_steps))
                print(row(short, before, after, put_back, real) + f"  [{steps}]", flush=True)
    for (threshold, guardrails), (scores_before, scores_after, counts) in results.items():
        label = f"threshold {threshold:.2f}{'' if guardrails else ', no guardrails'}"
        print(f"\n{label}: pooled")
        print(HEADER)
        groups = {
            "dev": [n for n, _ in scores_before if not n.startswith("train:")],
            "train": [n for n, _ in scores_before if n.startswith("train:")],
        }
        if not guardrails or threshold != variants[0][0]:
            for (name, before), (_, after) in zip(scores_before, scores_after, strict=True):
                print(row(name, before, after))
        for group, members in [*groups.items(), ("all", [n for n, _ in scores_before])]:
            b = pooled([s for n, s in scores_before if n in members])
            a = pooled([s for n, s in scores_after if n in members])
            print(row(group, b, a))
        print(f"  removals put back {counts[0]}, of them on a labelled value {counts[1]}")


def speed(args) -> None:
    import deidentify as bench  # bench/deidentify.py

    from tests.deid_corpus import corpus
    from youthvoice.deidentify.quality import labelled_from_pairs, load_labelled

    print(f"name veto speed; {bench.pin_to_one_core()}; load average {os.getloadavg()[0]:.1f}")
    name_veto.default_model.cache_clear()
    started = time.perf_counter()
    model = name_veto.default_model()
    print(f"weights loaded in {1000 * (time.perf_counter() - started):.1f} ms ({len(model.weights)} weights)")
    template = labelled_from_pairs(corpus())
    handwritten, school_names = load_labelled(ROOT / "tests/data/deid_handwritten.yaml")
    texts = [item.text for item in template + handwritten]
    for path in bench.INDEPENDENT_SETS:
        texts += [line.text for line in load_independent(path)]
    long_texts = [" ".join(texts[i : i + 5]) for i in range(0, len(texts) - 4, 5)]
    seconds = 1.0 if args.quick else 3.0
    schools = tuple(school_names)

    def off(text: str) -> str:
        return deidentify(text, school_names=schools, name_veto=False).text

    def on(text: str) -> str:
        return deidentify(text, school_names=schools, name_veto=True).text

    on(texts[0])
    off(texts[0])
    print(f"{len(texts)} one-sentence answers, {len(long_texts)} five-sentence answers; best of 3, CPU time")
    print(f"{'':<10} {'1 sentence':>24} {'5 sentences':>24}")
    rates = {}
    for rounds in range(2):  # off, on, off, on: both see the machine's load alike
        for name, function in (("veto off", off), ("veto on", on)):
            got = [bench.answers_per_second(function, t, min_seconds=seconds) for t in (texts, long_texts)]
            rates.setdefault(name, []).append(got)
            cells = " ".join(f"{cpu:>12,.0f} ({wall:>7,.0f})" for cpu, wall in got)
            print(f"{name:<10} {cells}  (round {rounds + 1})", flush=True)
    for index, label in enumerate(("1 sentence", "5 sentences")):
        best_off = max(r[index][0] for r in rates["veto off"])
        best_on = max(r[index][0] for r in rates["veto on"])
        print(
            f"{label}: best {best_off:,.0f} -> {best_on:,.0f} answers per CPU second; the veto adds "
            f"{1000 * (1 / best_on - 1 / best_off):+.3f} ms of CPU an answer"
        )


def outputs(args) -> None:
    """Over bench/deidentify_outputs.py's texts: how many outputs the committed veto changes, and that each
    change is only NAME removals put back (the rest of the output and its spans as they were)."""
    from deidentify_outputs import texts

    all_texts, school_names = texts()
    changed = only_put_back = put_back = 0
    for text in all_texts:
        before = deidentify(text, school_names=school_names, name_veto=False)
        after = deidentify(text, school_names=school_names, name_veto=True)
        if after == before:
            continue
        changed += 1
        gone = [span for span in before.spans if span not in after.spans]
        put_back += len(gone)
        expected = before.text
        for start, end, kind in sorted(gone, reverse=True):
            index = before.spans.index((start, end, kind))
            # the index-th placeholder of the output is this span's: put its words back there
            at = -1
            for _ in range(index + 1):
                at = expected.index("[", at + 1)
                while not expected.startswith(tuple(f"[{k}]" for k in PLACEHOLDER_KINDS), at):
                    at = expected.index("[", at + 1)
            expected = expected[:at] + text[start:end] + expected[at + len(f"[{kind}]") :]
        if (
            all(kind == "NAME" for _, _, kind in gone)
            and set(after.spans) <= set(before.spans)
            and (after.text == expected or (not after.spans and after.text == text))
        ):
            only_put_back += 1
    print(
        f"{len(all_texts)} texts (bench/deidentify_outputs.py: every development set, each line alone, five "
        f"lines joined): the committed veto changes {changed} outputs, {put_back} NAME removals put back; "
        f"{only_put_back} of the {changed} differ only by those words put back"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", nargs="?", choices=("loso", "speed", "outputs"), default="loso")
    parser.add_argument("--threshold", type=float, action="append", help="default: the build's (0.10)")
    parser.add_argument("--open", action="store_true", help="also the veto without its guardrails")
    parser.add_argument("--quick", action="store_true", help="shorter timings")
    args = parser.parse_args()
    if args.action == "speed":
        speed(args)
        return
    if args.action == "outputs":
        outputs(args)
        return
    from youthvoice.deidentify.name_veto_training import THRESHOLD

    args.threshold = args.threshold or [THRESHOLD]
    loso(args)


if __name__ == "__main__":
    main()
