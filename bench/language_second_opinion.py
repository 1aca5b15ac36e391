"""Does the second opinion help? Rules alone, then rules + second opinion, on labelled sets; its cost.

Prints figures only, never the sentences. Run:

    .venv/bin/python bench/language_second_opinion.py SET.jsonl [...] [--speed-kb 100]
                                                      [--clear P] [--threshold T] [--product]
    .venv/bin/python bench/language_second_opinion.py --leave-one-set-out [--speed-kb 0]
    .venv/bin/python bench/language_second_opinion.py --clearing-cost 30 [--batch 64]

With paths: each set (and pooled) scored with the committed model, through ``check`` then
``second_opinion`` as the product runs them: for a held-out set, one the model never trained on (the
development sets it trained on are listed in second_opinion_training.DEVELOPMENT_SETS and in the model
file's ``trained_on``; scoring one of them this way is not a measurement). ``--clear P`` also counts a rule
finding as cleared (not flagged) where the model gives its sentence a probability below P, and says how many
sound and harmful sentences were cleared; ``--threshold T`` marks at T instead of the model's threshold: the
two knobs bench/language_second_opinion_stacking.py measures leave-one-set-out. ``--product`` also scores each
set through the product's own path (``second_opinion_report``, as the check page and the API run it, clearing
at ``CLEARING_THRESHOLD``): a sentence is flagged when the second opinion marks it or a rule finding in it is
not cleared. It prints rules + second opinion without clearing beside the product's, and how many sentences
the product's path and this bench's ``--clear`` decide differently.

``--leave-one-set-out``: for each development set in turn, a model is built exactly as the build script
builds it (threshold chosen inside the other sets) from the project's own sentences and every other
development set, and scored on the one left out (each set's sentence encoded whole). A sentence counts as
flagged by the rules when ``check`` finds anything in it; by rules + second opinion when, as well, the second
opinion marks it (it reads only sentences with no rule finding and at least four words).

Speed: CPU of ``check`` alone and of ``check`` then ``second_opinion`` on a synthetic corpus of case-note
sentences (bench/language_check.py's), after the encoder has loaded, also per sentence the model reads; the
load itself is timed apart. ``--clearing-cost N``: the CPU the second opinion takes on N 2,000-word notes
(bench/language_endpoint.py's, every sentence new) reading only the sentences without a finding (as before
clearing) and also those with one (with clearing), in turn on each note, at the product's encoder batch or
``--batch``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))


def counts(row) -> str:
    return f"{row.true_positives}/{row.false_positives}/{row.false_negatives}"


def compare(name: str, examples, rules: dict, both: dict, labels=("rules", "rules + second")) -> None:
    from youthvoice.language.quality import sentence_scores

    alone = sentence_scores(examples, flagged=lambda text: rules[text])
    joined = sentence_scores(examples, flagged=lambda text: both[text])
    print(f"== {name}: {alone.count} sentences ==")
    print(
        f"{'':<18} {labels[0]:>15} {labels[1]:>15}\n"
        f"{'precision':<18} {alone.overall.precision:>15.3f} {joined.overall.precision:>15.3f}\n"
        f"{'recall':<18} {alone.overall.recall:>15.3f} {joined.overall.recall:>15.3f}\n"
        f"{'TP / FP / FN':<18} {counts(alone.overall):>15} {counts(joined.overall):>15}"
    )
    short = [label.replace("rules + second", "+ second") for label in labels]
    print(f"{'category recall':<18} {short[0]:>7} {short[1]:>9} {'of':>4}")
    for category in sorted(joined.by_category):
        before, after = alone.by_category.get(category), joined.by_category[category]
        expected = after.true_positives + after.false_negatives
        if not expected:
            continue
        print(f"{category:<18} {before.recall:>7.3f} {after.recall:>9.3f} {expected:>4}")
    print(f"{'false flags':<18} {short[0]:>7} {short[1]:>9} {'of':>4}")
    for kind, (after, total) in sorted(joined.false_flags_by_kind.items()):
        before = alone.false_flags_by_kind.get(kind, [0, total])[0]
        print(f"{kind:<18} {before:>7} {after:>9} {total:>4}")


def leave_one_set_out() -> None:
    import json

    from youthvoice.language.second_opinion import model_from_text
    from youthvoice.language.second_opinion_training import (
        DEVELOPMENT_SETS,
        development_examples,
        model_for,
        sentences_path,
        training_rows,
    )

    own = sentences_path().read_text(encoding="utf-8")
    development = {name: development_examples(ROOT / name) for name in DEVELOPMENT_SETS}
    started = time.process_time()
    training = training_rows(own, development)
    spent = time.process_time() - started
    print(f"encoded and read by the rules: {len(training.texts)} sentences, {spent:.0f} s CPU")
    records = {
        name: [json.loads(line) for line in (ROOT / name).read_text().splitlines() if line.strip()]
        for name in DEVELOPMENT_SETS
    }
    pooled, rules, both = [], {}, {}
    alone_found = alone_marked = alone_right = 0
    for name in DEVELOPMENT_SETS:
        left_out = training.origins == name
        fields = model_for(training.subset(~left_out))
        model = model_from_text(json.dumps({**fields, "encoder": "minilm"}))
        part = training.subset(left_out)
        probabilities = model.probabilities(part.vectors, part.texts)
        marked = part.readable & (probabilities >= model.threshold)
        # The model alone, on every sentence of the left-out set: how well it reads new writers by itself.
        alone = probabilities >= model.threshold
        alone_found += int(part.harmful.sum())
        alone_marked += int(alone.sum())
        alone_right += int((alone & part.harmful).sum())
        examples = records[name]
        keys = [f"{name}:{number}" for number in range(len(examples))]
        for key, example, found, mark in zip(keys, examples, part.rules, marked, strict=True):
            example["text"] = key
            rules[key], both[key] = bool(found), bool(found or mark)
        print(
            f"threshold {model.threshold} (chosen inside the other sets); marks {int(marked.sum())}, "
            f"of them harmful {int((marked & part.harmful).sum())}"
        )
        compare(Path(name).name + ", left out", examples, rules, both)
        pooled.extend(examples)
    compare("pooled, each set left out in turn", pooled, rules, both)
    print(
        "the model alone on every sentence of the left-out sets: "
        f"precision {alone_right / alone_marked:.3f}, recall {alone_right / alone_found:.3f}"
    )


def speed(kilobytes: int) -> None:
    from bench.language_check import synthetic_text
    from youthvoice.core.embeddings import sentence_encoder
    from youthvoice.language.engine import check
    from youthvoice.language.second_opinion import default_model, second_opinion, unread_sentences

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
    read = len(unread_sentences(corpus, findings))
    print(f"== speed, {megabytes:.2f} MB synthetic case notes (CPU) ==")
    print(f"encoder + model load: {loaded:.2f} s (once a process)")
    print(f"rules alone: {megabytes / rules_only:.2f} MB/s ({len(findings)} findings)")
    print(f"rules + second opinion: {megabytes / both:.3f} MB/s ({len(opinions)} sentences marked)")
    print(f"second opinion: {1000 * (both - rules_only) / read:.2f} ms CPU a sentence read ({read} read)")


@lru_cache(maxsize=4)
def product_report(text: str, findings: tuple):
    """The second opinion as the check page and the API ask it (``second_opinion_report``)."""
    from youthvoice.language.second_opinion import second_opinion_report

    return second_opinion_report(text, findings, asked=True)


def product_finding_stands(text: str, findings) -> list[bool]:
    """For each rule finding: True unless the product's second opinion clears it."""
    report = product_report(text, tuple(findings))
    return [not ((reading := report.reading(finding)) and reading.cleared) for finding in findings]


def flagged_by_product(text: str, findings) -> bool:
    """Flagged as the product shows it: a mark, or a rule finding the second opinion does not clear."""
    report = product_report(text, tuple(findings))
    if report.unavailable:
        raise SystemExit(f"the second opinion could not run: {report.unavailable}")
    return bool(report.opinions) or any(product_finding_stands(text, findings))


def clearing_cost(notes: int, batch: int | None) -> None:
    import statistics

    from language_check import note_with_new_words

    from youthvoice.language import second_opinion as module
    from youthvoice.language.engine import check

    if batch:
        module.ENCODER_BATCH = batch
    module.second_opinion_read("One sentence to load the encoder and the model.", [])
    times: dict[bool, list[float]] = {False: [], True: []}
    read: dict[bool, int] = {False: 0, True: 0}
    for seed in range(30_000, 30_000 + notes):
        note = note_with_new_words(seed)
        findings = check(note)
        for clear in (False, True) if seed % 2 else (True, False):
            started = time.process_time()
            module.second_opinion_read(note, findings, clear=clear)
            times[clear].append((time.process_time() - started) * 1000)
        read[False] += len(module.unread_sentences(note, findings))
        spans = {span for found in module.finding_sentences(note, findings).values() for span in found}
        read[True] += len(spans | set(module.unread_sentences(note, findings)))
    print(f"== second opinion CPU a 2,000-word note, encoder batch {module.ENCODER_BATCH}, {notes} notes ==")
    for clear, name in ((False, "marks only (before clearing)"), (True, "marks + clearing")):
        print(
            f"{name:<30} p50 {statistics.median(times[clear]):7.0f} ms  mean "
            f"{statistics.mean(times[clear]):7.0f} ms  ({read[clear] / notes:.1f} sentences read)"
        )
    added = statistics.mean(after - before for before, after in zip(times[False], times[True], strict=True))
    print(f"added by clearing: {added:.0f} ms a note (mean of the differences on the same notes)")


def probability(model, text: str) -> float:
    """The model's probability for a whole text (a labelled set's sentence), findings or not."""
    from youthvoice.core.embeddings import sentence_encoder

    return float(model.probabilities(sentence_encoder().encode([text]), [text])[0])


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument("sets", nargs="*", type=Path)
    options.add_argument(
        "--leave-one-set-out", action="store_true", help="the development sets, each left out"
    )
    options.add_argument("--speed-kb", type=int, default=100, help="size of the speed corpus; 0 skips it")
    options.add_argument(
        "--clear",
        type=float,
        default=0.0,
        help="with sets: also count a rule finding as cleared where the model gives its sentence less than "
        "this (bench/language_second_opinion_stacking.py measures it leave-one-set-out; 0.1 to 0.15 there)",
    )
    options.add_argument("--threshold", type=float, help="with sets: mark at this instead of the model's")
    options.add_argument("--clearing-cost", type=int, metavar="N", help="CPU of clearing on N notes, alone")
    options.add_argument("--batch", type=int, help="with --clearing-cost: the encoder batch to time")
    options.add_argument(
        "--product",
        action="store_true",
        help="with sets: also score through the product's path (second_opinion_report, clearing at "
        "CLEARING_THRESHOLD), beside rules + second opinion without clearing",
    )
    args = options.parse_args()

    from youthvoice.language.engine import check
    from youthvoice.language.quality import evaluation_examples
    from youthvoice.language.second_opinion import CLEARING_THRESHOLD, default_model, second_opinion

    if args.clearing_cost:
        sys.path.insert(0, str(ROOT / "bench"))
        clearing_cost(args.clearing_cost, args.batch)
        return 0
    if args.leave_one_set_out:
        leave_one_set_out()
        if args.speed_kb:
            speed(args.speed_kb)
        return 0
    if not args.sets:
        options.error("give the sets to score, or --leave-one-set-out")
    if args.product and args.threshold is not None:
        options.error("--product scores with the committed model's threshold: leave out --threshold")
    paths = args.sets
    model = default_model()
    if args.threshold is not None:
        model = dataclasses.replace(model, threshold=args.threshold)
    pooled = []
    rules, both, unclear, product = {}, {}, {}, {}
    differ = 0
    for path in paths:
        examples = evaluation_examples(path.read_text(encoding="utf-8").splitlines(), source=str(path))
        cleared = {True: 0, False: 0}
        product_cleared = {True: 0, False: 0}
        for example in examples:
            text = example["text"]
            findings = check(text)
            rules[text] = bool(findings)
            both[text] = unclear[text] = rules[text] or bool(second_opinion(text, findings, model=model))
            if findings and args.clear and probability(model, text) < args.clear:
                both[text] = False  # cleared: shown as a softer note, counted as not flagged
                cleared[example["label"] == "flag"] += 1
            if args.product:
                product[text] = flagged_by_product(text, findings)
                if findings and not any(product_finding_stands(text, findings)):
                    product_cleared[example["label"] == "flag"] += 1
                differ += product[text] != both[text]
        compare(path.name, examples, rules, both)
        if args.clear:
            print(
                f"rule findings cleared below {args.clear}: {cleared[False]} sound, {cleared[True]} harmful"
            )
        if args.product:
            labels = ("+ second", "product")
            compare(f"{path.name}, through the product's path", examples, unclear, product, labels=labels)
            print(
                f"sentences whose every rule finding the product clears (below {CLEARING_THRESHOLD}): "
                f"{product_cleared[False]} sound, {product_cleared[True]} harmful"
            )
        pooled.extend(examples)
    if len(paths) > 1:
        compare("pooled", pooled, rules, both)
        if args.product:
            labels = ("+ second", "product")
            compare("pooled, through the product's path", pooled, unclear, product, labels=labels)
    if args.product:
        print(f"sentences the product's path and this bench's --clear {args.clear} decide apart: {differ}")
    if args.speed_kb:
        speed(args.speed_kb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
