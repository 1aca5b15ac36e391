"""A learned two-way judge after youthvoice's de-identifier: restore removals it is confident are not
identifiers (the veto), add [NAME]s the rules missed (the adder), or both. Measured, not landed (issue 20).

Prints figures only (no sentence is printed). Nothing in src/ uses it.

- **Veto**: for each NAME the product removes (``--veto-kinds``: also SCHOOL, ADDRESS), a logistic
  regression gives the probability that it is really an identifier (it overlaps a labelled value of any
  type); under the veto threshold the words are put back. Its features: the removed words (lower-cased form,
  shape, membership of the product's name lists and dictionary, wordfreq's Zipf frequency), their capital
  and place in the sentence, how many words, the two words either side (and what the product took out among
  them), the other names in the line, and the step of the de-identifier that put the placeholder in (read
  by the engine since session 14, ``Deidentified.steps``). The product is run with its own name veto off.
- **Adder**: as bench/deidentify_learned_names.py (tokens the product left that could be a name by their
  look, with what it took beside them); ``--adder all``: learn from every word token, the product's own
  decision about the token (and the step that made it) among the features, and apply to the tokens left.

Measured leave-one-set-out over the eleven development sets (bench/deidentify_learned_names.py names them):
for each set, train on the other ten, choose the thresholds inside them (out-of-fold scores over five groups
of the ten sets, by ``--choose``), score the left-out set with the product's conventions
(``quality.score_independent``, wordfreq's 3,000 commonest words, as bench/deidentify.py).

    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_learned_judge.py --mode veto
    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_learned_judge.py --mode both
    # a set none of the eleven is: train on all eleven, score product alone and product + judge
    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/deidentify_learned_judge.py --mode veto \\
        --score PATH [--score PATH ...]
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import math  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import deidentify_learned_names as learned  # noqa: E402

from youthvoice.deidentify import engine  # noqa: E402
from youthvoice.deidentify.names import _lexicon, _zipf  # noqa: E402
from youthvoice.deidentify.quality import (  # noqa: E402
    IndependentLine,
    IndependentScore,
    Span,
    load_independent,
    score_independent,
)

DEVELOPMENT_SETS = learned.DEVELOPMENT_SETS
ADD_THRESHOLDS = [*learned.THRESHOLDS.tolist(), 2.0]  # 2.0: never add
VETO_THRESHOLDS = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7]  # 0.0: never

# --- which step of the de-identifier made each placeholder ---------------------------------------------


def deidentify_with_steps(text: str) -> tuple[engine.Deidentified, list[str]]:
    """The product's result without its own name veto, and the step that made each of its spans (the
    engine records it: ``Deidentified.steps``)."""
    result = engine.deidentify(text, name_veto=False)
    return result, list(result.steps)


# --- the veto's features ------------------------------------------------------------------------------


def veto_features(toks: list[learned.Token], span: Span, step: str, spans: list[Span], lexicon) -> list[str]:
    first, surnames, dictionary, frequencies = lexicon
    inside = [i for i, t in enumerate(toks) if t.start < span.end and span.start < t.end]
    out = ["bias", f"kind={span.kind}", f"step={step}", f"kind_step={span.kind}|{step}"]
    if not inside:
        return [*out, "no_tokens"]
    head = inside[0]
    token = toks[head]
    sentence_start = head == 0 or toks[head - 1].text in learned._SENTENCE_END
    capital = token.text[:1].isupper()
    words = [toks[i] for i in inside if toks[i].text[:1].isalnum()]
    out += [
        f"n={min(len(words), 4)}",
        f"start={sentence_start}",
        f"cap={capital}",
        f"cap_start={capital}_{sentence_start}",
        f"step_cap_start={step}|{capital}|{sentence_start}",
        f"others={min(sum(1 for s in spans if s.kind == 'NAME' and s != span), 2)}",
        f"upper={token.text.isupper() and len(token.text) > 1}",
    ]
    for position, word in enumerate(words[:3]):
        lower = word.text.lower()
        base = re.sub(r"['’]s$", "", lower)
        zipf = _zipf(frequencies, base)
        listed = base in first or base in surnames
        everyday = base in dictionary or zipf >= 3.5
        tag = "h" if position == 0 else "t"
        out += [
            f"{tag}:w={lower}",
            f"{tag}:shape={learned._shape(word.text)}",
            f"{tag}:zipf={min(int(zipf), 7)}",
            f"{tag}:suffix={lower[-3:]}",
            f"{tag}:first={base in first}",
            f"{tag}:surname={base in surnames}",
            f"{tag}:dict={base in dictionary}",
            f"{tag}:cap_listed_everyday={word.text[:1].isupper()}_{listed}_{everyday}",
            f"{tag}:step_listed_everyday={step}|{listed}|{everyday}",
        ]
    for offset in (-2, -1):
        j = head + offset
        out += learned._word_features(toks[j] if j >= 0 else None, f"{offset}:", lexicon, True)
    tail = inside[-1]
    for offset in (1, 2):
        j = tail + offset
        out += learned._word_features(toks[j] if j < len(toks) else None, f"+{offset}:", lexicon, True)
    if head > 0:
        out.append(f"pair-1={toks[head - 1].text.lower()}|{capital}")
    if tail + 1 < len(toks):
        out.append(f"pair+1={toks[tail + 1].text.lower()}")
    return out


def _self_features(token: learned.Token, step: str) -> list[str]:
    """The product's own decision about a token, for the adder that learns from every word token."""
    return [f"self={token.taken or 'left'}", f"self_step={step if token.taken else 'left'}"]


# --- one set, run through the product once ------------------------------------------------------------


@dataclass
class Prepared:
    name: str
    lines: list[IndependentLine]
    outputs: list[str]
    spans: list[list[Span]]
    # veto: one row for each span the product made of a veto kind
    veto_rows: list[list[str]] = field(default_factory=list)
    veto_where: list[tuple[int, int]] = field(default_factory=list)  # (line, index of the span)
    veto_labels: list[int] = field(default_factory=list)
    # adder (narrow, as deidentify_learned_names): the tokens the product left that could be a name
    add_rows: list[list[str]] = field(default_factory=list)
    add_where: list[tuple[int, int, int]] = field(default_factory=list)
    add_labels: list[int] = field(default_factory=list)
    # adder learning from every word token, with the product's decision about the token
    every_rows: list[list[str]] = field(default_factory=list)
    every_labels: list[int] = field(default_factory=list)
    every_candidate: list[bool] = field(default_factory=list)  # a narrow candidate (same order as add_*)
    # veto by a token model from the text alone (``--veto-model token``): every word token, labelled when it
    # lies in a labelled value of any type; each removal's tokens among them
    text_rows: list[list[str]] = field(default_factory=list)
    text_labels: list[int] = field(default_factory=list)
    veto_tokens: list[list[int]] = field(default_factory=list)
    product_seconds: float = 0.0
    veto_seconds: float = 0.0
    add_seconds: float = 0.0
    base: list[IndependentScore] = field(default_factory=list)  # each line's score, product alone


def _overlaps(line: IndependentLine, start: int, end: int, kind: str | None = None) -> int:
    return int(any((kind is None or g.kind == kind) and g.start < end and start < g.end for g in line.spans))


def prepare(path: Path, lexicon, *, veto_kinds: tuple[str, ...], common: frozenset[str]) -> Prepared:
    lines = load_independent(path)
    prepared = Prepared(path.stem, lines, [], [])
    for number, line in enumerate(lines):
        started = time.process_time()
        result = engine.deidentify(line.text, name_veto=False)
        prepared.product_seconds += time.process_time() - started
        _, steps = deidentify_with_steps(line.text)
        steps = steps + ["?"] * (len(result.spans) - len(steps))
        spans = [Span(*span) for span in result.spans]
        prepared.outputs.append(result.text)
        prepared.spans.append(spans)
        started = time.process_time()
        toks = learned.tokens(line.text, spans) if spans else None
        for index, (span, step) in enumerate(zip(spans, steps, strict=True)):
            if span.kind not in veto_kinds:
                continue
            prepared.veto_rows.append(veto_features(toks, span, step, spans, lexicon))
            prepared.veto_where.append((number, index))
            prepared.veto_labels.append(_overlaps(line, span.start, span.end))
        prepared.veto_seconds += time.process_time() - started
        started = time.process_time()
        toks = learned.tokens(line.text, spans)
        for index, token in enumerate(toks):
            if learned.candidate(token, lexicon):
                prepared.add_rows.append(learned.features(toks, index, lexicon, taken=True))
                prepared.add_where.append((number, token.start, token.end))
                prepared.add_labels.append(_overlaps(line, token.start, token.end, "NAME"))
        prepared.add_seconds += time.process_time() - started
        step_of = {}
        for span, step in zip(spans, steps, strict=True):
            step_of[(span.start, span.end)] = step
        first_row = len(prepared.text_rows)
        row_of = {}
        for index, token in enumerate(toks):
            if not token.text[:1].isalpha():
                continue
            row_of[index] = len(prepared.text_rows)
            prepared.text_rows.append(learned.features(toks, index, lexicon, taken=False))
            prepared.text_labels.append(_overlaps(line, token.start, token.end))
        for _, index in prepared.veto_where[len(prepared.veto_tokens) :]:
            span = spans[index]
            inside = [r for i, r in row_of.items() if toks[i].start < span.end and span.start < toks[i].end]
            prepared.veto_tokens.append(inside or [first_row])
        for index, token in enumerate(toks):
            if not token.text[:1].isalpha():
                continue
            step = next((s for (a, b), s in step_of.items() if a < token.end and token.start < b), "")
            prepared.every_rows.append(
                learned.features(toks, index, lexicon, taken=True) + _self_features(token, step)
            )
            prepared.every_labels.append(_overlaps(line, token.start, token.end, "NAME"))
            prepared.every_candidate.append(learned.candidate(token, lexicon))
        prepared.base.append(
            score_independent([line], run=lambda _t, r=result, s=spans: (r.text, s), common_words=common)
        )
    return prepared


# --- models -------------------------------------------------------------------------------------------

C_VETO = 1.0
C_ADD = 2.0
ADDER = "narrow"  # "narrow": the tokens the product left; "all": every word token, with its decision
VETO_MODEL = "span"  # "span": each removal, labelled by the product's removals; "token": every word token
BALANCED = False  # the veto's classes weighted to balance (few removals are wrong)


def _fit(rows, labels, c, balanced=False):
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    hasher = FeatureHasher(n_features=2**20, input_type="string", alternate_sign=False)
    labels = np.asarray(labels)
    if labels.min() == labels.max():
        return hasher, None
    model = LogisticRegression(
        C=c, solver="liblinear", max_iter=300, class_weight="balanced" if balanced else None
    )
    model.fit(hasher.transform(rows), labels)
    return hasher, model


def fit(sets: list[Prepared]):
    if VETO_MODEL == "token":
        veto = _fit([r for s in sets for r in s.text_rows], [y for s in sets for y in s.text_labels], C_VETO)
    else:
        veto = _fit(
            [r for s in sets for r in s.veto_rows], [y for s in sets for y in s.veto_labels], C_VETO, BALANCED
        )
    if ADDER == "all":
        add = _fit([r for s in sets for r in s.every_rows], [y for s in sets for y in s.every_labels], C_ADD)
    else:
        add = _fit([r for s in sets for r in s.add_rows], [y for s in sets for y in s.add_labels], C_ADD)
    return veto, add


def _predict(model, rows) -> np.ndarray:
    hasher, classifier = model
    if not rows:
        return np.zeros(0)
    if classifier is None:
        return np.ones(len(rows))
    return classifier.predict_proba(hasher.transform(rows))[:, 1]


@dataclass
class Scores:
    veto: np.ndarray  # probability that each removal is an identifier
    add: np.ndarray  # probability that each narrow candidate is a name
    seconds: float = 0.0


def predict(models, prepared: Prepared) -> Scores:
    veto_model, add_model = models
    started = time.process_time()
    if VETO_MODEL == "token":
        wanted = sorted({i for rows in prepared.veto_tokens for i in rows})
        position = {i: k for k, i in enumerate(wanted)}
        token_p = _predict(veto_model, [prepared.text_rows[i] for i in wanted])
        veto = np.array([max(token_p[position[i]] for i in rows) for rows in prepared.veto_tokens])
    else:
        veto = _predict(veto_model, prepared.veto_rows)
    if ADDER == "all":
        rows = [r for r, c in zip(prepared.every_rows, prepared.every_candidate, strict=True) if c]
        add = _predict(add_model, rows)
    else:
        add = _predict(add_model, prepared.add_rows)
    return Scores(veto, add, time.process_time() - started)


# --- scoring ------------------------------------------------------------------------------------------


def _marked(text: str, spans: list[Span]) -> str:
    out, last = [], 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < last:
            continue
        out += [text[last : span.start], f"[{span.kind}]"]
        last = span.end
    return "".join([*out, text[last:]])


def judged(prepared: Prepared, scores: Scores, add_at: float, veto_at: float) -> dict[int, list[Span]]:
    """The lines the judge changes, with their spans after it."""
    vetoed: dict[int, set[int]] = {}
    for (number, index), p in zip(prepared.veto_where, scores.veto, strict=True):
        if p < veto_at:
            vetoed.setdefault(number, set()).add(index)
    added: dict[int, list[Span]] = {}
    for (number, start, end), p in zip(prepared.add_where, scores.add, strict=True):
        if p >= add_at:
            added.setdefault(number, []).append(learned._name_span(prepared.lines[number].text, start, end))
    changed = {}
    for number in set(vetoed) | set(added):
        kept = [s for i, s in enumerate(prepared.spans[number]) if i not in vetoed.get(number, ())]
        changed[number] = sorted(kept + added.get(number, []), key=lambda s: (s.start, s.end))
    return changed


def score_set(prepared: Prepared, changed: dict[int, list[Span]], common) -> IndependentScore:
    parts = []
    for number, line in enumerate(prepared.lines):
        if number not in changed:
            parts.append(prepared.base[number])
            continue
        spans = changed[number]
        output = _marked(line.text, spans) if spans else line.text
        parts.append(score_independent([line], run=lambda _t, o=output, s=spans: (o, s), common_words=common))
    return learned._pooled(parts)


def product_score(prepared: Prepared) -> IndependentScore:
    return learned._pooled(prepared.base)


NEVER_ADD, NEVER_VETO = 2.0, 0.0


def threshold_grid(mode: str) -> list[tuple[float, float]]:
    adds = ADD_THRESHOLDS if mode in ("add", "both") else [NEVER_ADD]
    vetoes = VETO_THRESHOLDS if mode in ("veto", "both") else [NEVER_VETO]
    return [(a, v) for a in adds for v in vetoes]


def choose(pooled_base: IndependentScore, table: dict, rule: str, budget: float) -> tuple[float, float]:
    """Thresholds from the out-of-fold pooled scores of each (add, veto) pair.

    names: the most names gone with clean lines unchanged at most ``budget`` below the product's (ties: the
    cleanest); clean: the most clean lines unchanged with names gone at most ``budget`` below the product's
    (ties: the most names)."""
    base_names, base_clean = pooled_base.share("NAME"), pooled_base.clean_share
    best, best_key = (NEVER_ADD, NEVER_VETO), None
    for pair, pooled in table.items():
        names, clean = pooled.share("NAME"), pooled.clean_share
        if rule == "names":
            if base_clean - clean > budget + 1e-9:
                continue
            key = (round(names, 6), round(clean, 6))
        else:
            if base_names - names > budget + 1e-9:
                continue
            key = (round(clean, 6), round(names, 6))
        if best_key is None or key > best_key:
            best, best_key = pair, key
    return best


def choose_thresholds(sets: list[Prepared], common, mode: str, rule: str, budget: float):
    groups = [sets[i::5] for i in range(5)]
    out_of_fold: dict[str, Scores] = {}
    for group in groups:
        models = fit([s for s in sets if s not in group])
        for prepared in group:
            out_of_fold[prepared.name] = predict(models, prepared)
    base = learned._pooled([product_score(s) for s in sets])
    table = {
        pair: learned._pooled([score_set(s, judged(s, out_of_fold[s.name], *pair), common) for s in sets])
        for pair in threshold_grid(mode)
    }
    return choose(base, table, rule, budget)


# --- cost: the judge as a product would run it (pure Python, one answer at a time) -----------------------


def _weights(model) -> tuple[dict[int, float], float]:
    hasher, classifier = model
    if classifier is None:
        return {}, 10.0
    coefficients = classifier.coef_[0]
    nonzero = np.flatnonzero(coefficients)
    return dict(zip(nonzero.tolist(), coefficients[nonzero].tolist(), strict=True)), float(
        classifier.intercept_[0]
    )


def per_answer_ms(models, prepared: Prepared, lexicon) -> float:
    """CPU ms an answer for the judge's own work, answer by answer: tokens, features, hashed weights summed
    (sklearn's murmurhash, as FeatureHasher), for the veto on each removal and the adder on each narrow
    candidate; the product's run is not counted."""
    from sklearn.utils import murmurhash3_32

    (veto_w, veto_b), (add_w, add_b) = _weights(models[0]), _weights(models[1])
    size = 2**20

    def probability(rows, weights, bias):
        out = []
        for row in rows:
            z = bias + sum(weights.get(abs(murmurhash3_32(f, positive=False)) % size, 0.0) for f in row)
            out.append(1 / (1 + math.exp(-z)))
        return out

    started = time.process_time()
    for number, line in enumerate(prepared.lines):
        spans = prepared.spans[number]
        toks = learned.tokens(line.text, spans)
        rows = [veto_features(toks, s, "find_names", spans, lexicon) for s in spans if s.kind == "NAME"]
        probability(rows, veto_w, veto_b)
        rows = [
            learned.features(toks, i, lexicon, taken=True)
            for i, t in enumerate(toks)
            if learned.candidate(t, lexicon)
        ]
        probability(rows, add_w, add_b)
    return 1000 * (time.process_time() - started) / len(prepared.lines)


# --- printing -----------------------------------------------------------------------------------------

HEADER = (
    f"{'set':<7} {'names':>5} {'names gone':>14} {'clean':>5} {'clean unchanged':>15} "
    f"{'any type gone':>14} {'common kept':>16} {'add':>4} {'veto':>4}"
)


def row(name: str, before: IndependentScore, after: IndependentScore, pair=None) -> str:
    thresholds = f"{pair[0]:>4.2f} {pair[1]:>4.2f}" if pair else ""
    return (
        f"{name:<7} {before.expected['NAME']:>5} {before.share('NAME'):.3f}->{after.share('NAME'):.3f} "
        f"{before.clean_lines:>5} {before.clean_share:>6.3f}->{after.clean_share:.3f} "
        f"{before.any_gone:>6.3f}->{after.any_gone:.3f} "
        f"{before.common_share:.4f}->{after.common_share:.4f} {thresholds}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("veto", "add", "both"), default="both")
    parser.add_argument(
        "--choose",
        choices=("names", "clean"),
        default="clean",
        help="names: most names with clean lines at most --budget below the product's; clean: most clean "
        "lines with names at most --budget below the product's (out of fold, inside the training sets)",
    )
    parser.add_argument("--budget", type=float, default=0.0)
    parser.add_argument("--veto-kinds", default="NAME", help="comma-separated: NAME,SCHOOL,ADDRESS")
    parser.add_argument("--adder", choices=("narrow", "all"), default="narrow")
    parser.add_argument("--veto-model", choices=("span", "token"), default="span")
    parser.add_argument("--balanced", action="store_true", help="the span veto's classes weighted to balance")
    parser.add_argument("--C-veto", type=float, default=1.0)
    parser.add_argument("--C-add", type=float, default=2.0)
    parser.add_argument("--add-at", type=float, help="fixed adder threshold (else chosen inside)")
    parser.add_argument("--veto-at", type=float, help="fixed veto threshold (else chosen inside)")
    parser.add_argument("--sweep", action="store_true", help="pooled leave-one-set-out at fixed thresholds")
    parser.add_argument("--score", action="append", type=Path, metavar="PATH")
    parser.add_argument("--cache", help="keep the eleven prepared sets in this file between runs (scratch)")
    parser.add_argument(
        "--train-extra",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="with --score: also train on this labelled set (evaluation/training/, which nobody reads)",
    )
    args = parser.parse_args()
    global C_VETO, C_ADD, ADDER, VETO_MODEL, BALANCED
    C_VETO, C_ADD, ADDER = args.C_veto, args.C_add, args.adder
    VETO_MODEL, BALANCED = args.veto_model, args.balanced
    lexicon = _lexicon()
    from deidentify_learned_names import common_english_words

    common = common_english_words()
    engine.deidentify("warm up: me and Jay went to Leeds and Crewe")
    kinds = tuple(args.veto_kinds.split(","))
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        import pickle

        development = pickle.loads(cache.read_bytes())  # noqa: S301 (written by this script)
    else:
        development = [prepare(p, lexicon, veto_kinds=kinds, common=common) for p in DEVELOPMENT_SETS]
        if cache is not None:
            import pickle

            cache.write_bytes(pickle.dumps(development))
    removals = sum(len(s.veto_rows) for s in development)
    wrong = removals - sum(sum(s.veto_labels) for s in development)
    print(
        f"learned judge ({args.mode}, adder {args.adder}, veto model {args.veto_model}"
        f"{' balanced' if args.balanced else ''}, veto on {'/'.join(kinds)}, choose by {args.choose}, "
        f"budget {args.budget}); {len(development)} development sets, "
        f"{sum(len(s.lines) for s in development)} lines; {removals} removals to judge "
        f"({wrong} on no label); "
        f"{sum(len(s.add_rows) for s in development)} adder candidates "
        f"({sum(sum(s.add_labels) for s in development)} in a NAME)",
        flush=True,
    )

    def thresholds(training):
        if args.add_at is not None or args.veto_at is not None:
            grid = threshold_grid(args.mode)
            add = args.add_at if args.add_at is not None else grid[0][0]
            veto = args.veto_at if args.veto_at is not None else grid[0][1]
            return add, veto
        return choose_thresholds(training, common, args.mode, args.choose, args.budget)

    if args.score:
        extra = [prepare(p, lexicon, veto_kinds=kinds, common=common) for p in args.train_extra]
        for target in extra:
            wrong = len(target.veto_rows) - sum(target.veto_labels)
            print(
                f"training set {target.name}: {len(target.lines)} lines, {len(target.veto_rows)} removals to "
                f"judge ({wrong} on no label), {sum(target.add_labels)} of {len(target.add_rows)} adder "
                "candidates in a NAME"
            )
            print("  product alone (as a fresh set, before anything trains on it):")
            print("  " + row(target.name, product_score(target), product_score(target)))
        training = development + extra
        pair = thresholds(training)
        models = fit(training)
        print(
            f"trained on all eleven{' and ' + str(len(extra)) + ' more' if extra else ''}; "
            f"thresholds add {pair[0]:.2f}, veto {pair[1]:.2f}"
        )
        print(HEADER)
        befores, afters, targets = [], [], []
        for path in args.score:
            target = prepare(path, lexicon, veto_kinds=kinds, common=common)
            scores = predict(models, target)
            before, after = product_score(target), score_set(target, judged(target, scores, *pair), common)
            befores.append(before)
            afters.append(after)
            targets.append(target)
            print(row(target.name, before, after, pair), flush=True)
            if path.resolve() in [p.resolve() for p in DEVELOPMENT_SETS]:
                print(f"  ({target.name} is a development set the judge was trained on: not a fair measure)")
        if len(befores) > 1:
            print(row("pooled", learned._pooled(befores), learned._pooled(afters)))
        if args.sweep:
            print("\nfixed thresholds (trained on all eleven), pooled over the sets scored (add, veto):")
            all_scores = [predict(models, t) for t in targets]
            for fixed in threshold_grid(args.mode):
                scored = [
                    score_set(t, judged(t, sc, *fixed), common)
                    for t, sc in zip(targets, all_scores, strict=True)
                ]
                pooled = learned._pooled(scored)
                print(
                    f"{fixed[0]:.2f} {fixed[1]:.2f}  names {pooled.share('NAME'):.3f}  "
                    f"clean {pooled.clean_share:.3f}  any {pooled.any_gone:.3f}  "
                    f"worst clean {min(s.clean_share for s in scored):.3f}"
                )
        answers = sum(len(t.lines) for t in targets)
        product = sum(t.product_seconds for t in targets)
        judge = sum(per_answer_ms(models, t, lexicon) * len(t.lines) for t in targets)
        print(f"CPU per answer: product {1000 * product / answers:.2f} ms, judge +{judge / answers:.2f} ms")
        return

    print("leave-one-set-out, product alone -> product + judge; thresholds chosen inside the ten other sets")
    print(HEADER)
    befores, afters, held_scores, cost = [], [], {}, []
    for held in development:
        training = [s for s in development if s is not held]
        pair = thresholds(training)
        models = fit(training)
        scores = predict(models, held)
        held_scores[held.name] = scores
        before, after = product_score(held), score_set(held, judged(held, scores, *pair), common)
        befores.append(before)
        afters.append(after)
        print(row(held.name, before, after, pair), flush=True)
        if len(cost) < 2:
            cost.append((per_answer_ms(models, held, lexicon), len(held.lines)))
    before, after = learned._pooled(befores), learned._pooled(afters)
    print(row("pooled", before, after))
    print(
        f"  names missed {before.expected['NAME'] - before.gone['NAME']} -> "
        f"{after.expected['NAME'] - after.gone['NAME']}; clean lines changed "
        f"{before.clean_lines - before.clean_unchanged} -> {after.clean_lines - after.clean_unchanged}; "
        f"worst set clean {min(b.clean_share for b in befores):.3f} -> "
        f"{min(a.clean_share for a in afters):.3f}; largest clean drop "
        f"{max(b.clean_share - a.clean_share for b, a in zip(befores, afters, strict=True)):+.3f}"
    )
    answers = sum(len(s.lines) for s in development)
    product = sum(s.product_seconds for s in development)
    judge = sum(ms * n for ms, n in cost) / sum(n for _, n in cost)
    print(f"CPU per answer: product {1000 * product / answers:.2f} ms, judge +{judge:.2f} ms (pure Python)")
    if args.sweep:
        print("\nfixed thresholds, leave-one-set-out, pooled (add, veto):")
        for pair in threshold_grid(args.mode):
            scored = [score_set(s, judged(s, held_scores[s.name], *pair), common) for s in development]
            pooled = learned._pooled(scored)
            print(
                f"{pair[0]:.2f} {pair[1]:.2f}  names {pooled.share('NAME'):.3f}  "
                f"clean {pooled.clean_share:.3f}  any {pooled.any_gone:.3f}  "
                f"worst clean {min(s.clean_share for s in scored):.3f}"
            )


if __name__ == "__main__":
    main()
