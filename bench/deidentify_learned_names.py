"""Would a learned name finder, run after youthvoice's de-identifier, catch the names its rules miss?

A measurement prototype for issue 20; nothing in src/ uses it. Prints figures only (no sentence is printed).

The finder is a logistic regression over word tokens (scikit-learn). Each token is described by: its
lower-cased form, shape, capital, place in the sentence, prefix and suffix, membership of the product's
name lists (first names, surnames) and dictionary, its word frequency (wordfreq, as the product has it),
and the same for the words within two tokens either side, plus which of its neighbours the product already
took out (and as what). It is a second opinion that can only add removals: it is applied after the
product's de-identifier, to the tokens the product left that could be a name by their look (a capital, or a
word no dictionary has and rare in English; ``--wide``: every word), and marks those it thinks belong to a
NAME.

Measured leave-one-set-out over the eleven development sets (evaluation/deidentify/set_{a,b,c}.jsonl and
evaluation/heldout/deidentify/set_{d,f..l}): for each set, train on the other ten, choose the threshold
inside them (out-of-fold predictions over five groups of sets: the lowest threshold at which the ten sets'
clean lines unchanged drop by at most ``--clean-budget``), then score the left-out set with the product's
conventions (youthvoice.deidentify.quality.score_independent, wordfreq's 3,000 commonest words, as in
bench/deidentify.py).

    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_learned_names.py
    # a set none of the eleven is: train on all eleven, score product alone and product + learned
    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_learned_names.py --score PATH
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from youthvoice.deidentify.engine import deidentify  # noqa: E402
from youthvoice.deidentify.names import _lexicon, _zipf  # noqa: E402
from youthvoice.deidentify.quality import (  # noqa: E402
    IndependentLine,
    IndependentScore,
    Span,
    load_independent,
    score_independent,
)

# The eleven development sets, by name: a tree that still holds unread held-out sets beside them (in
# evaluation/heldout/deidentify/) must never train on those.
_HELDOUT = ROOT / "evaluation" / "heldout" / "deidentify"
DEVELOPMENT_SETS = [ROOT / "evaluation" / "deidentify" / f"set_{x}.jsonl" for x in "abc"] + [
    _HELDOUT / "set_d.jsonl",
    *(_HELDOUT / f"set_{x}" / f"set_{x}.jsonl" for x in "fghijkl"),
]
THRESHOLDS = np.round(np.concatenate([np.arange(0.05, 0.96, 0.05), [0.97, 0.98, 0.99]]), 2)

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+|[^\w\s]")
_SENTENCE_END = frozenset('.!?:;"“”(')


@dataclass
class Token:
    start: int
    end: int
    text: str
    taken: str  # what the product took it out as ("" when the product left it)


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return re.sub(r"(.)\1{2,}", r"\1\1", shape)


def tokens(text: str, product_spans: list[Span]) -> list[Token]:
    out = []
    for match in _TOKEN.finditer(text):
        taken = ""
        for span in product_spans:
            if span.start < match.end() and match.start() < span.end:
                taken = span.kind
                break
        out.append(Token(match.start(), match.end(), match.group(0), taken))
    return out


def _word_features(token: Token | None, prefix: str, lexicon, taken: bool) -> list[str]:
    if token is None:
        return [f"{prefix}pad"]
    first, surnames, dictionary, frequencies = lexicon
    if taken and token.taken:
        return [f"{prefix}taken={token.taken}"]
    lower = token.text.lower()
    base = re.sub(r"['’]s$", "", lower)
    zipf = _zipf(frequencies, base)
    features = [
        f"{prefix}w={lower}",
        f"{prefix}shape={_shape(token.text)}",
        f"{prefix}zipf={min(int(zipf), 7)}",
    ]
    if base in first:
        features.append(f"{prefix}first")
    if base in surnames:
        features.append(f"{prefix}surname")
    if base in dictionary:
        features.append(f"{prefix}dict")
    return features


def features(toks: list[Token], index: int, lexicon, *, taken: bool, tags=None) -> list[str]:
    """The token's features; ``taken``: say which neighbours the product took out (else the text alone)."""
    token = toks[index]
    first, surnames, dictionary, frequencies = lexicon
    lower = token.text.lower()
    base = re.sub(r"['’]s$", "", lower)
    capital = token.text[:1].isupper()
    sentence_start = index == 0 or toks[index - 1].text in _SENTENCE_END
    zipf = _zipf(frequencies, base)
    listed = base in first or base in surnames
    everyday = base in dictionary or zipf >= 3.5
    out = [
        "bias",
        f"suffix={lower[-3:]}",
        f"prefix={lower[:2]}",
        f"len={min(len(token.text), 10)}",
        f"start={sentence_start}",
        f"cap={capital}",
        f"cap_start={capital}_{sentence_start}",
        f"cap_listed_everyday={capital}_{listed}_{everyday}",
        f"upper={token.text.isupper() and len(token.text) > 1}",
        f"possessive={lower != base}",
    ]
    out += _word_features(token, "", lexicon, False)  # what the product did to the token itself: never
    for offset in (-2, -1, 1, 2):
        j = index + offset
        neighbour = toks[j] if 0 <= j < len(toks) else None
        out += _word_features(neighbour, f"{offset}:", lexicon, taken)
    if tags is not None:  # spaCy's entity type and part of speech, of the token and its neighbours (--spacy)
        for offset in (-1, 0, 1):
            j = index + offset
            if 0 <= j < len(toks):
                entity, pos = tags[j]
                out += [f"{offset}:ner={entity}", f"{offset}:pos={pos}"]
        out.append(f"ner_cap={tags[index][0]}|{capital}|{sentence_start}")
    if index > 0:
        out.append(f"pair-1={toks[index - 1].text.lower()}|{capital}")
    if index + 1 < len(toks):
        out.append(f"pair+1={toks[index + 1].text.lower()}|{capital}")
    return out


SPACY = False  # --spacy: add spaCy's entity type and part of speech (en_core_web_sm, as the product loads it)


def spacy_tags(text: str, toks: list[Token]) -> list[tuple[str, str]]:
    """(entity type, part of speech) of the spaCy token where each of ``toks`` starts."""
    from youthvoice.core.nlp import english

    doc = english()(text)
    at = {}
    for word in doc:
        for position in range(word.idx, word.idx + len(word.text)):
            at[position] = (word.ent_type_ or "O", word.pos_)
    return [at.get(token.start, ("O", "X")) for token in toks]


# Read only the tokens that could be a name by their look: a capital, or a word no dictionary has and rare in
# English (fewer tokens to describe: a quarter of the CPU, the same trade of names for clean lines); --wide
# reads every word the product left.
NARROW = True


def candidate(token: Token, lexicon) -> bool:
    if token.taken or not token.text[:1].isalpha():
        return False
    if not NARROW or token.text[:1].isupper():
        return True
    _, _, dictionary, frequencies = lexicon
    base = re.sub(r"['’]s$", "", token.text.lower())
    return base not in dictionary and _zipf(frequencies, base) < 4.0


@dataclass
class Prepared:
    """One set, run through the product once: each line's output, spans and candidate tokens."""

    name: str
    lines: list[IndependentLine]
    outputs: list[str]
    spans: list[list[Span]]
    rows: list[list[str]]  # features of each token the product left (with what it took beside them)
    where: list[tuple[int, int, int]]  # (line, start, end) of each of them
    labels: np.ndarray  # 1 when the token overlaps a labelled NAME
    all_rows: list[list[str]]  # features of every word token, from the text alone (--train-on all)
    context_rows: list[list[str]]  # the same, with what the product took beside it (--train-on all-context)
    all_labels: np.ndarray
    all_left: np.ndarray  # True for the tokens the product left (the same order as ``rows``)
    product_seconds: float
    feature_seconds: float


def prepare(path: Path, lexicon) -> Prepared:
    lines = load_independent(path)
    outputs, spans, rows, where, labels = [], [], [], [], []
    all_rows, context_rows, all_labels, all_left = [], [], [], []
    product_seconds = feature_seconds = 0.0
    for number, line in enumerate(lines):
        started = time.process_time()
        result = deidentify(line.text)
        product_seconds += time.process_time() - started
        predicted = [Span(*span) for span in result.spans]
        outputs.append(result.text)
        spans.append(predicted)
        started = time.process_time()
        toks = tokens(line.text, predicted)
        tags = spacy_tags(line.text, toks) if SPACY else None
        for index, token in enumerate(toks):
            if not candidate(token, lexicon):
                continue
            rows.append(features(toks, index, lexicon, taken=True, tags=tags))
            where.append((number, token.start, token.end))
        feature_seconds += time.process_time() - started
        for index, token in enumerate(toks):
            if token.text[:1].isalpha():
                all_rows.append(features(toks, index, lexicon, taken=False, tags=tags))
                context_rows.append(features(toks, index, lexicon, taken=True, tags=tags))
                all_left.append(not token.taken)
                all_labels.append(
                    int(
                        any(
                            g.kind == "NAME" and g.start < token.end and token.start < g.end
                            for g in line.spans
                        )
                    )
                )
        for _, start, end in where[len(labels) :]:
            labels.append(int(any(g.kind == "NAME" and g.start < end and start < g.end for g in line.spans)))
    name = path.stem
    return Prepared(
        name,
        lines,
        outputs,
        spans,
        rows,
        where,
        np.array(labels),
        all_rows,
        context_rows,
        np.array(all_labels),
        np.array(all_left, dtype=bool),
        product_seconds,
        feature_seconds,
    )


# "left": the tokens the product left, with what it took beside them; "all": every word token, from the text
# alone; "all-context": every word token, with what the product took beside it
TRAIN_ON = "left"
C = 2.0


def _all_rows(prepared: Prepared) -> list[list[str]]:
    return prepared.context_rows if TRAIN_ON == "all-context" else prepared.all_rows


def fit(sets: list[Prepared]):
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    hasher = FeatureHasher(n_features=2**20, input_type="string", alternate_sign=False)
    if TRAIN_ON.startswith("all"):
        rows = [row for prepared in sets for row in _all_rows(prepared)]
        labels = np.concatenate([prepared.all_labels for prepared in sets])
    else:
        rows = [row for prepared in sets for row in prepared.rows]
        labels = np.concatenate([prepared.labels for prepared in sets])
    model = LogisticRegression(C=C, solver="liblinear", max_iter=200)
    model.fit(hasher.transform(rows), labels)
    return hasher, model


def probabilities(model, prepared: Prepared) -> np.ndarray:
    """The probability of a NAME for each token the product left."""
    hasher, classifier = model
    if not prepared.rows:
        return np.zeros(0)
    if TRAIN_ON.startswith("all"):
        left = [row for row, kept in zip(_all_rows(prepared), prepared.all_left, strict=True) if kept]
        return classifier.predict_proba(hasher.transform(left))[:, 1]
    return classifier.predict_proba(hasher.transform(prepared.rows))[:, 1]


def _name_span(text: str, start: int, end: int) -> Span:
    value = text[start:end]
    stripped = re.sub(r"['’]s$", "", value)
    return Span(start, start + len(stripped), "NAME")


def combined_run(prepared: Prepared, scores: np.ndarray, threshold: float):
    """``run`` for score_independent: the product's output, plus a [NAME] for each token over
    ``threshold``."""
    added: dict[int, list[Span]] = {}
    for (number, start, end), p in zip(prepared.where, scores, strict=True):
        if p >= threshold:
            added.setdefault(number, []).append(_name_span(prepared.lines[number].text, start, end))
    index = {line.text: number for number, line in enumerate(prepared.lines)}

    def run(text: str) -> tuple[str, list[Span]]:
        number = index[text]
        product = prepared.spans[number]
        extra = added.get(number)
        if not extra:
            return prepared.outputs[number], product
        every = sorted(product + extra, key=lambda s: (s.start, s.end))
        out, last = [], 0
        for span in every:
            if span.start < last:
                continue
            out += [text[last : span.start], f"[{span.kind}]"]
            last = span.end
        return "".join([*out, text[last:]]), every

    return run


def product_run(prepared: Prepared):
    index = {line.text: number for number, line in enumerate(prepared.lines)}

    def run(text: str) -> tuple[str, list[Span]]:
        number = index[text]
        return prepared.outputs[number], prepared.spans[number]

    return run


def choose_threshold(sets: list[Prepared], common: frozenset[str], budget: float) -> float:
    """The lowest threshold at which, on out-of-fold predictions over the training sets (five groups of
    sets), clean lines unchanged fall by at most ``budget`` from the product alone."""
    groups = [sets[i::5] for i in range(5)]
    out_of_fold = {}
    for group in groups:
        model = fit([s for s in sets if s not in group])
        for prepared in group:
            out_of_fold[prepared.name] = probabilities(model, prepared)
    base = _pooled([score_independent(s.lines, run=product_run(s), common_words=common) for s in sets])
    for threshold in THRESHOLDS:
        scored = scored_at(sets, out_of_fold, threshold, common)
        pooled = _pooled(scored)
        if base.clean_share - pooled.clean_share <= budget:
            return float(threshold)
    return float(THRESHOLDS[-1])


def _pooled(scores: list[IndependentScore]) -> IndependentScore:
    total = IndependentScore()
    for s in scores:
        total.expected.update(s.expected)
        total.gone.update(s.gone)
        total.typed.update(s.typed)
        total.clean_lines += s.clean_lines
        total.clean_unchanged += s.clean_unchanged
        total.common_words += s.common_words
        total.common_kept += s.common_kept
        total.redactions += s.redactions
        total.redactions_on_labels += s.redactions_on_labels
    return total


def common_english_words() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 3000))


HEADER = (
    f"{'set':<8} {'names':>5} {'names gone':>15} {'clean':>5} {'clean unchanged':>15} "
    f"{'common words kept':>17} {'any gone':>13} {'thr':>5}"
)


def row(name: str, before: IndependentScore, after: IndependentScore, threshold: str) -> str:
    return (
        f"{name:<8} {before.expected['NAME']:>5} {before.share('NAME'):>6.3f} -> {after.share('NAME'):.3f} "
        f"{before.clean_lines:>5} {before.clean_share:>6.3f} -> {after.clean_share:.3f} "
        f"{before.common_share:>8.4f} -> {after.common_share:.4f} "
        f"{before.any_gone:>5.3f}->{after.any_gone:.3f} {threshold:>5}"
    )


def scored_at(sets: list[Prepared], scores: dict, threshold: float, common) -> list:
    """Each set scored with the product + finder at ``threshold``, from each set's ``scores`` by name."""
    return [
        score_independent(s.lines, run=combined_run(s, scores[s.name], threshold), common_words=common)
        for s in sets
    ]


def cost_line(sets: list[Prepared], model_seconds: float, answers: int) -> str:
    product = sum(s.product_seconds for s in sets)
    features_ = sum(s.feature_seconds for s in sets)
    return (
        f"CPU per answer (one sentence): product {1000 * product / answers:.2f} ms; learned finder "
        f"+{1000 * (features_ + model_seconds) / answers:.2f} ms "
        f"(features {1000 * features_ / answers:.2f}, model {1000 * model_seconds / answers:.2f}); "
        f"{answers} answers"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--score",
        action="append",
        type=Path,
        metavar="PATH",
        help="train on all eleven development sets and score this JSONL set (repeatable)",
    )
    parser.add_argument(
        "--threshold", type=float, help="use this threshold instead of choosing one inside the training sets"
    )
    parser.add_argument(
        "--clean-budget",
        type=float,
        default=0.01,
        help="how far the training sets' clean lines unchanged may fall when choosing the threshold",
    )
    parser.add_argument(
        "--train-on",
        choices=("left", "all", "all-context"),
        default="left",
        help="left: learn from the tokens the product left (and what it took beside them); all: from every "
        "word token, text alone",
    )
    parser.add_argument(
        "--wide",
        action="store_true",
        help="read every word the product left, not only capitalised or unknown ones",
    )
    parser.add_argument("--spacy", action="store_true", help="add spaCy's entity type and part of speech")
    parser.add_argument("--C", type=float, default=2.0, help="inverse regularisation of the regression")
    parser.add_argument(
        "--sweep", action="store_true", help="also show each fixed threshold, pooled, leave-one-set-out"
    )
    args = parser.parse_args()
    global TRAIN_ON, C, SPACY, NARROW
    TRAIN_ON, C, SPACY, NARROW = args.train_on, args.C, args.spacy, not args.wide
    lexicon = _lexicon()
    common = common_english_words()
    deidentify("warm up: me and Jay went to Leeds and Crewe")
    development = [prepare(path, lexicon) for path in DEVELOPMENT_SETS]
    print(
        f"learned name finder after youthvoice's de-identifier; {len(development)} development sets, "
        f"{sum(len(s.lines) for s in development)} lines, {sum(len(s.rows) for s in development)} "
        f"candidate tokens ({int(sum(s.labels.sum() for s in development))} in a NAME)"
    )
    if args.score:
        started = time.perf_counter()
        threshold = args.threshold or choose_threshold(development, common, args.clean_budget)
        model = fit(development)
        print(f"trained on all eleven in {time.perf_counter() - started:.0f} s; threshold {threshold:.2f}")
        print(HEADER)
        befores, afters, targets = [], [], []
        for path in args.score:
            target = prepare(path, lexicon)
            started = time.process_time()
            scores = probabilities(model, target)
            model_seconds = time.process_time() - started
            before = score_independent(target.lines, run=product_run(target), common_words=common)
            after = score_independent(
                target.lines, run=combined_run(target, scores, threshold), common_words=common
            )
            befores.append(before)
            afters.append(after)
            targets.append((target, model_seconds))
            print(row(target.name, before, after, f"{threshold:.2f}"))
            if path.resolve() in DEVELOPMENT_SETS:
                print(f"  ({target.name} is a development set the finder was trained on: not a fair measure)")
        if len(befores) > 1:
            print(row("pooled", _pooled(befores), _pooled(afters), ""))
        answers = sum(len(t.lines) for t, _ in targets)
        print(cost_line([t for t, _ in targets], sum(m for _, m in targets), answers))
        return

    print(
        f"leave-one-set-out: names gone, clean unchanged, common words kept and any type gone, "
        f"product alone -> product + learned; threshold chosen inside the ten training sets "
        f"(clean budget {args.clean_budget})"
    )
    print(HEADER)
    befores, afters, model_seconds = [], [], 0.0
    held_scores = {}
    for held in development:
        training = [s for s in development if s is not held]
        threshold = args.threshold or choose_threshold(training, common, args.clean_budget)
        model = fit(training)
        started = time.process_time()
        scores = probabilities(model, held)
        model_seconds += time.process_time() - started
        held_scores[held.name] = scores
        before = score_independent(held.lines, run=product_run(held), common_words=common)
        after = score_independent(held.lines, run=combined_run(held, scores, threshold), common_words=common)
        befores.append(before)
        afters.append(after)
        print(row(held.name, before, after, f"{threshold:.2f}"), flush=True)
    print(row("pooled", _pooled(befores), _pooled(afters), ""))
    answers = sum(len(s.lines) for s in development)
    print(cost_line(development, model_seconds, answers))
    if args.sweep:
        print("\nfixed thresholds, leave-one-set-out, pooled over the eleven sets (product alone first):")
        base = _pooled(befores)
        print(
            f"{'product':<8} names gone {base.share('NAME'):.3f}  clean unchanged {base.clean_share:.3f}  "
            f"common kept {base.common_share:.4f}  worst set names gone "
            f"{min(b.share('NAME') for b in befores):.3f}"
        )
        for threshold in THRESHOLDS:
            scored = scored_at(development, held_scores, threshold, common)
            pooled = _pooled(scored)
            print(
                f"{threshold:<8.2f} names gone {pooled.share('NAME'):.3f}  clean unchanged "
                f"{pooled.clean_share:.3f}  common kept {pooled.common_share:.4f}  worst set names gone "
                f"{min(s.share('NAME') for s in scored):.3f}  worst set clean "
                f"{min(s.clean_share for s in scored):.3f}"
            )


if __name__ == "__main__":
    main()
