"""Can the second opinion raise the precision of "rules + second opinion"? Measured, never landed blind.

Prints figures only, never the sentences. Run (about 5 minutes of CPU):

    .venv/bin/python bench/language_second_opinion_stacking.py [--features base names doers tests pairs]
                                                              [--no-as-they-came] [--speed-kb 50]

Every figure is leave-one-set-out over the 13 development sets (``DEVELOPMENT_SETS``; nothing else under
``evaluation/`` is read): for each set in turn a model is fitted, as ``scripts/build-second-opinion`` fits
it, on the project's own sentences and the other 12 sets, and scores the set left out. Its threshold is
chosen inside those 12 (4 groups of whole sets held out in turn), never on the set left out.

The decision measured has two knobs:

- ``target``: the precision "rules + second opinion" must reach out of fold in the training sets (the
  build's ``TARGET_PRECISION``, 0.96); the lowest threshold that reaches it is used;
- ``clear``: a rule finding whose sentence the model gives a probability below ``clear`` is cleared (it
  would be shown as a softer "please read" note, so it counts as not flagged here). 0 is the product today.

Two readings of the rules:

- the rules as they are: written while reading all 13 sets, so their false flags here are few (62) and
  their misses fewer than on any set nobody read;
- the rules **as they came** (``--no-as-they-came`` skips it): each set scored by the rules of the commit
  that added it to the repository, before anyone had read it (``git archive COMMIT src``, run in a
  subprocess), the nearest thing the development sets give to a new writer's sentences meeting rules that
  never saw them. Set A is left out of that pooled figure (its commit holds the checker's first rules).

Features of the model (``--features``, each on its own, against ``base``, the product's):

- ``names``: the sentence with names replaced by one name and ages by 15 or 30 (the parse's proper nouns),
  for both the embedding and the hashed words;
- ``doers``: ``base`` plus hashed "who does what" from the parse the rules make (each subject's kind from
  ``meaning.person_kind``: child, adult, service, unknown, with its verb, active or passive, main clause);
- ``tests``: ``base`` trained also on the labelled sentences of the checker's own tests
  (``tests/language``: the FOUND and LEFT lists), always in the fit, never scored;
- ``pairs``: ``base`` trained also on each own harmful sentence with its one rule finding replaced by that
  rule's first better wording (a protective rewrite, labelled ok) where the rules then find nothing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

TARGETS = (0.96, 0.965, 0.97)
CLEARS = (0.0, 0.05, 0.1, 0.12, 0.15, 0.2)
BEFORE, AFTER = (0.96, 0.0), (0.97, 0.1)  # the product today; the best-looking candidate, for the tables
TEST_MODULES = (
    "test_readings_by_kind",
    "test_readings_said_another_way",
    "test_readings_session_eight",
    "test_readings_session_nine",
    "test_readings_session_ten",
    "test_readings_session_eleven",
    "test_readings_session_twelve",
    "test_general_readings",
    "test_responsibility",
)
HARMFUL_LIST = re.compile(r"FOUND|STILL|PARTNER_OF_ADULT_AGE$|SAID_ANOTHER_WAY$|^CAUSE$")
SOUND_LIST = re.compile(r"LEFT|NEGATIVES|PROTECTIVE|NOT_SAID|QUOTED_TO_REJECT")
PLACEHOLDER = re.compile(r"<[^>]+>")
FILLED = {"<age>": "30", "<what>": "the abuse", "<reason>": "the threats", "<where>": "the flat"}


# --- the sets, and the rules as they came -------------------------------------------------------------------


def development_records() -> dict[str, list[dict]]:
    """Each development set's records, read from its path in ``DEVELOPMENT_SETS`` and nowhere else."""
    from youthvoice.language.second_opinion_training import DEVELOPMENT_SETS

    return {
        name: [json.loads(line) for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line]
        for name in DEVELOPMENT_SETS
    }


def commit_that_added(name: str) -> str:
    """The commit that added a development set: its rules had not read it."""
    added = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", name],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not added:
        raise ValueError(f"{name} is not in the repository's history")
    return added[-1]


def archive_command(commit: str) -> list[str]:
    """Only the code and its rules at that commit: never evaluation/, so no other set is taken out."""
    return ["git", "archive", commit, "src"]


OLD_CHECK = """
import json, sys
sys.path.insert(0, sys.argv[1])
from youthvoice.language.engine import check
import youthvoice.language.engine as engine
assert engine.__file__.startswith(sys.argv[1]), engine.__file__
texts = json.load(sys.stdin)
json.dump([bool(check(text)) for text in texts], sys.stdout)
"""


def rules_as_they_came(records: dict[str, list[dict]]) -> dict[str, np.ndarray]:
    """For each set, whether the rules of the commit that added it find anything in each sentence."""
    flags = {}
    for name, examples in records.items():
        commit = commit_that_added(name)
        with tempfile.TemporaryDirectory() as directory:
            archive = subprocess.run(archive_command(commit), cwd=ROOT, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", directory], input=archive.stdout, check=True)
            source = str(Path(directory) / "src")
            done = subprocess.run(
                [sys.executable, "-c", OLD_CHECK, source],
                input=json.dumps([e["text"] for e in examples]),
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONPATH": source, "OPENBLAS_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"},
            )
        flags[name] = np.array(json.loads(done.stdout), dtype=bool)
    return flags


# --- features -----------------------------------------------------------------------------------------------


def sparse_rows(rows: list[dict[int, float]], width: int):
    from scipy.sparse import csr_matrix

    data, columns, starts = [], [], [0]
    for row in rows:
        columns.extend(row)
        data.extend(row.values())
        starts.append(len(columns))
    return csr_matrix((data, columns, starts), shape=(len(rows), width))


def hashed_grams(grams: list[str]) -> dict[int, float]:
    """Grams in the second opinion's buckets, weighted as its hashed words are."""
    from youthvoice.language.second_opinion import _bucket

    counts: dict[int, int] = {}
    for gram in grams:
        counts[_bucket(gram)] = counts.get(_bucket(gram), 0) + 1
    weights = {bucket: 1.0 + np.log(count) for bucket, count in counts.items()}
    length = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
    return {bucket: weight / length for bucket, weight in weights.items()}


def words_and_vectors(vectors: np.ndarray, texts: list[str]):
    from scipy.sparse import csr_matrix, hstack

    from youthvoice.language.second_opinion import WORD_BUCKETS, hashed_words

    return hstack([csr_matrix(vectors), sparse_rows([hashed_words(t) for t in texts], WORD_BUCKETS)]).tocsr()


@dataclass
class Parsed:
    doers: list[list[str]]  # hashed "who does what" grams a sentence
    named: list[str]  # the sentence with names and ages made the same


def parsed(texts: list[str]) -> Parsed:
    from youthvoice.core.nlp import english
    from youthvoice.language.meaning import default_words, person_kind

    nlp, words = english(), default_words()
    doers, named = [], []
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n == "ner"]):
        for doc in nlp.pipe(texts, batch_size=64):
            grams = []
            for token in doc:
                if token.dep_ in ("nsubj", "nsubjpass"):
                    kind, verb = person_kind(token, words), token.head.lemma_.lower()
                    voice = "passive" if token.dep_ == "nsubjpass" else "active"
                    grams += [f"doer:{kind}", f"doer:{kind}:{verb}", f"doer:{kind}:{voice}"]
                    if token.head.dep_ == "ROOT":
                        grams += [f"main:{kind}", f"main:{kind}:{verb}"]
            doers.append(grams)
            pieces = []
            for token in doc:
                text = token.text
                if token.pos_ == "PROPN" and text[:1].isupper() and not text.isupper() and len(text) > 1:
                    text = "Sam"
                elif text.isdigit() and len(text) <= 2:
                    text = "15" if int(text) < 18 else "30"
                pieces.append(text + token.whitespace_)
            named.append("".join(pieces))
    return Parsed(doers=doers, named=named)


def test_sentences() -> list[tuple[str, bool]]:
    """The checker's own tests' labelled sentences (FOUND harmful, LEFT sound), not already in training."""
    from youthvoice.language.second_opinion_training import examples_from_text, normalised, sentences_path

    seen = {normalised(e.text) for e in examples_from_text(sentences_path().read_text(encoding="utf-8"))}
    rows = []
    for module_name in TEST_MODULES:
        module = importlib.import_module(f"tests.language.{module_name}")
        for name, value in vars(module).items():
            harmful = bool(HARMFUL_LIST.search(name)) and not SOUND_LIST.search(name)
            if not name.isupper() or not (harmful or SOUND_LIST.search(name)):
                continue
            for text in strings(value):
                key = normalised(text)
                if len(text.split()) >= 3 and key not in seen:
                    seen.add(key)
                    rows.append((text, harmful))
    return rows


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, tuple) and value and isinstance(value[0], str):
        yield value[0]  # (sentence, rule id)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def protective_rewrites(harmful: list[str]) -> list[str]:
    """Each sentence with one rule finding, that finding replaced by its rule's first better wording."""
    from youthvoice.language.engine import check

    rewrites = []
    for text in harmful:
        findings = check(text)
        if len(findings) != 1 or not findings[0].suggestions:
            continue
        finding = findings[0]
        better = PLACEHOLDER.sub(lambda m: FILLED.get(m.group(0), "the adults"), finding.suggestions[0])
        rewrite = text[: finding.start] + better + text[finding.end :]
        if not check(rewrite):
            rewrites.append(rewrite)
    return rewrites


# --- leave one set out --------------------------------------------------------------------------------------


def fitted(features, harmful, weight=None):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000)
    return model.fit(features, harmful, sample_weight=weight)


def leave_one_set_out(training, features, extra=None) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """For each set: out-of-fold probabilities inside its training sets, and its own from the full fit."""
    from scipy.sparse import vstack

    from youthvoice.language.second_opinion_training import OWN, THRESHOLD_FOLDS

    count = len(training.texts)
    probabilities = {}
    for name in sorted(set(training.origins) - {OWN}):
        left_out = training.origins == name
        inner = sorted(set(training.origins[~left_out]) - {OWN})

        def fit(rows):
            if extra is None:
                return fitted(features[rows], training.harmful[rows])
            extra_features, extra_harmful = extra
            return fitted(
                vstack([features[rows], extra_features]).tocsr(),
                np.concatenate([training.harmful[rows], extra_harmful]),
            )

        out_of_fold = np.full(count, np.nan)
        for fold in range(THRESHOLD_FOLDS):
            held = np.isin(training.origins, inner[fold::THRESHOLD_FOLDS])
            out_of_fold[held] = fit(~left_out & ~held).predict_proba(features[held])[:, 1]
        own = np.full(count, np.nan)
        own[left_out] = fit(~left_out).predict_proba(features[left_out])[:, 1]
        probabilities[name] = (out_of_fold, own)
    return probabilities


@dataclass
class Decision:
    flagged: np.ndarray  # on every development sentence, each set by its own left-out model
    thresholds: dict[str, float]
    cleared: np.ndarray  # rule findings cleared


def inside_threshold(training, out_of_fold, *, target: float, clear: float) -> tuple[float, float]:
    """The lowest threshold at which the training sets reach ``target`` out of fold, with the recall there."""
    from youthvoice.language.second_opinion_training import THRESHOLDS, precision_recall

    # Chosen with the rules as they are on the training sets, as the build chooses it.
    scored = ~np.isnan(out_of_fold)
    kept = training.rules & ~(out_of_fold < clear)
    for candidate in THRESHOLDS:
        inside = kept | (training.readable & (out_of_fold >= candidate))
        precision, recall = precision_recall(inside[scored], training.harmful[scored])
        if precision >= target:
            return candidate, recall
    return THRESHOLDS[-1], 0.0


def decided(training, probabilities, *, target: float, clear, rules=None, readable=None) -> Decision:
    """Each set flagged by its own left-out model. ``clear=None`` chooses it inside the training sets too:
    the value of CLEARS keeping the most recall out of fold at the target (the first, of equals)."""
    rules = training.rules if rules is None else rules
    readable = training.readable if readable is None else readable
    flagged = np.zeros(len(training.texts), dtype=bool)
    cleared = np.zeros(len(training.texts), dtype=bool)
    thresholds = {}
    for name, (out_of_fold, own) in probabilities.items():
        if clear is None:
            choices = [(inside_threshold(training, out_of_fold, target=target, clear=c), c) for c in CLEARS]
            (threshold, _recall), chosen = max(choices, key=lambda choice: (choice[0][1], -choice[1]))
        else:
            chosen = clear
            threshold, _recall = inside_threshold(training, out_of_fold, target=target, clear=clear)
        thresholds[name] = threshold
        part = training.origins == name
        flagged[part] = ((rules & ~(own < chosen)) | (readable & (own >= threshold)))[part]
        cleared[part] = (rules & (own < chosen))[part]
    return Decision(flagged=flagged, thresholds=thresholds, cleared=cleared)


def figures(flagged, harmful) -> tuple[float, float, int, int, int]:
    true_positives = int((flagged & harmful).sum())
    false_positives, false_negatives = int((flagged & ~harmful).sum()), int((~flagged & harmful).sum())
    precision = true_positives / max(1, true_positives + false_positives)
    recall = true_positives / max(1, true_positives + false_negatives)
    return precision, recall, true_positives, false_positives, false_negatives


def letter(name: str) -> str:
    return Path(name).stem.removeprefix("set_").upper()


def report(training, records, probabilities, label, rules=None, readable=None, sets=None) -> None:
    sets = sorted(sets or probabilities, key=letter)
    scored = np.isin(training.origins, sets)
    rules_now = training.rules if rules is None else rules
    print(f"\n== {label} ==")
    print(
        f"{'target':>7} {'clear':>6} {'P':>7} {'R':>7} {'TP/FP/FN':>13} {'sets P>=.95':>11} {'lowest P':>8} "
        f"{'cleared TP/FP':>13}"
    )
    for target in TARGETS:
        for clear in (*CLEARS, None):
            decision = decided(
                training, probabilities, target=target, clear=clear, rules=rules, readable=readable
            )
            precision, recall, tp, fp, fn = figures(decision.flagged[scored], training.harmful[scored])

            def cleared(decision, harmful):
                return int((decision.cleared & scored & (training.harmful == harmful)).sum())

            per_set = [
                figures(decision.flagged[training.origins == n], training.harmful[training.origins == n])[0]
                for n in sets
            ]
            print(
                f"{target:>7} {'inside' if clear is None else clear:>6} {precision:>7.4f} {recall:>7.4f} "
                f"{f'{tp}/{fp}/{fn}':>13} "
                f"{sum(p >= 0.95 for p in per_set):>11} {min(per_set):>8.3f} "
                f"{f'{cleared(decision, True)}/{cleared(decision, False)}':>13}"
            )
    before = decided(
        training, probabilities, target=BEFORE[0], clear=BEFORE[1], rules=rules, readable=readable
    )
    after = decided(training, probabilities, target=AFTER[0], clear=AFTER[1], rules=rules, readable=readable)
    print(f"\nper set: rules, then target/clear {BEFORE} -> {AFTER} (threshold chosen inside the other sets)")
    print(
        f"{'set':<4} {'n':>4} {'rules P/R':>13} {'before P/R':>13} {'after P/R':>13} {'thr':>9} "
        f"{'cleared TP/FP':>13}"
    )
    for name in sets:
        part = training.origins == name
        rule_p, rule_r, *_ = figures(rules_now[part], training.harmful[part])
        p0, r0, *_ = figures(before.flagged[part], training.harmful[part])
        p1, r1, *_ = figures(after.flagged[part], training.harmful[part])
        cleared_tp = int((after.cleared & part & training.harmful).sum())
        cleared_fp = int((after.cleared & part & ~training.harmful).sum())
        print(
            f"{letter(name):<4} {int(part.sum()):>4} {rule_p:>6.3f}/{rule_r:.3f} {p0:>6.3f}/{r0:.3f} "
            f"{p1:>6.3f}/{r1:.3f} {before.thresholds[name]:>4}/{after.thresholds[name]:<4} "
            f"{f'{cleared_tp}/{cleared_fp}':>13}"
        )
    category = np.array([None] * len(training.texts), dtype=object)
    kind = np.array([None] * len(training.texts), dtype=object)
    for name in sets:
        category[training.origins == name] = [r["category"] for r in records[name]]
        kind[training.origins == name] = [r["negative_kind"] for r in records[name]]
    print(f"\n{'category recall':<18} {'rules':>6} {'before':>7} {'after':>7} {'of':>4}")
    for value in sorted({c for c in category[scored] if c}):
        rows = scored & (category == value)
        print(
            f"{value:<18} {rules_now[rows].mean():>6.3f} {before.flagged[rows].mean():>7.3f} "
            f"{after.flagged[rows].mean():>7.3f} {int(rows.sum()):>4}"
        )
    print(f"{'false flags':<18} {'rules':>6} {'before':>7} {'after':>7} {'of':>4}")
    for value in sorted({k for k in kind[scored] if k}):
        rows = scored & (kind == value)
        print(
            f"{value:<18} {int(rules_now[rows].sum()):>6} {int(before.flagged[rows].sum()):>7} "
            f"{int(after.flagged[rows].sum()):>7} {int(rows.sum()):>4}"
        )


def speed(kilobytes: int) -> None:
    """CPU a sentence for the model reading every sentence (clearing reads the flagged ones too)."""
    from bench.language_check import synthetic_text
    from youthvoice.core.embeddings import sentence_encoder
    from youthvoice.language.engine import check
    from youthvoice.language.second_opinion import default_model, sentence_spans, unread_sentences

    corpus = synthetic_text(kilobytes * 1000, seed=50)
    encoder, model = sentence_encoder(), default_model()
    findings = check(corpus)
    for label, spans in (
        ("sentences without a finding (the product)", unread_sentences(corpus, findings)),
        ("every sentence (clearing)", sentence_spans(corpus)),
    ):
        sentences = [corpus[start:end] for start, end in spans]
        started = time.process_time()
        model.probabilities(encoder.encode(sentences), sentences)
        spent = time.process_time() - started
        print(f"{label}: {len(sentences)} read, {1000 * spent / len(sentences):.2f} ms CPU a sentence")


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument(
        "--features",
        nargs="+",
        default=["base", "names", "doers", "tests", "pairs"],
        choices=["base", "names", "doers", "tests", "pairs"],
    )
    options.add_argument("--no-as-they-came", action="store_true", help="skip the rules of each set's commit")
    options.add_argument("--speed-kb", type=int, default=50, help="size of the speed corpus; 0 skips it")
    args = options.parse_args()

    from youthvoice.core.embeddings import sentence_encoder
    from youthvoice.language.second_opinion import MIN_WORDS, WORD
    from youthvoice.language.second_opinion_training import (
        DEVELOPMENT_SETS,
        OWN,
        ROUND_VECTORS,
        development_examples,
        examples_from_text,
        features,
        sentences_path,
        training_rows,
    )

    own = sentences_path().read_text(encoding="utf-8")
    records = development_records()
    started = time.process_time()
    training = training_rows(own, {name: development_examples(ROOT / name) for name in DEVELOPMENT_SETS})
    spent = time.process_time() - started
    print(f"encoded and read by the rules: {len(training.texts)} sentences, {spent:.0f} s CPU")
    encoder = sentence_encoder()
    base = features(training)
    came = None if args.no_as_they_came else rules_as_they_came(records)
    for feature in args.features:
        started = time.process_time()
        extra = None
        if feature == "base":
            matrix = base
        elif feature in ("names", "doers"):
            parse = parsed(training.texts)
            if feature == "names":
                vectors = np.round(encoder.encode(parse.named).astype(np.float64), ROUND_VECTORS)
                matrix = words_and_vectors(vectors, parse.named)
            else:
                from scipy.sparse import hstack

                from youthvoice.language.second_opinion import WORD_BUCKETS

                doers = sparse_rows([hashed_grams(g) for g in parse.doers], WORD_BUCKETS)
                matrix = hstack([base, 0.5 * doers]).tocsr()
        else:
            matrix = base
            if feature == "tests":
                rows = test_sentences()
            else:
                harmful = [e.text for e in examples_from_text(own) if e.harmful]
                harmful += [text for text, flag in test_sentences() if flag]
                rows = [(text, False) for text in protective_rewrites(harmful)]
            texts = [text for text, _flag in rows]
            vectors = np.round(encoder.encode(texts).astype(np.float64), ROUND_VECTORS)
            extra = (words_and_vectors(vectors, texts), np.array([flag for _text, flag in rows]))
            print(f"{feature}: {len(rows)} more training sentences ({int(extra[1].sum())} harmful)")
        probabilities = leave_one_set_out(training, matrix, extra)
        print(f"\n######## features: {feature} ({time.process_time() - started:.0f} s CPU)")
        report(training, records, probabilities, f"{feature}, the rules as they are, leave one set out")
        if came is not None:
            rules = np.zeros(len(training.texts), dtype=bool)
            for name, flags in came.items():
                rules[training.origins == name] = flags
            long_enough = np.array([len(WORD.findall(t)) >= MIN_WORDS for t in training.texts])
            readable = ~rules & long_enough & (training.origins != OWN)
            sets = [n for n in DEVELOPMENT_SETS if not n.endswith("set_a.jsonl")]
            report(
                training,
                records,
                probabilities,
                f"{feature}, the rules as they came (A left out), leave one set out",
                rules=rules,
                readable=readable,
                sets=sets,
            )
    if args.speed_kb:
        speed(args.speed_kb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
