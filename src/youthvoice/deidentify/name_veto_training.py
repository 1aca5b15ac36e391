"""Building the name veto's weights (``name_veto.py``, ``data/name_veto.json``) from labelled sets.

``scripts/build-name-veto`` runs ``main``. It trains on:

- the development sets, ``DEVELOPMENT_SETS``: independently written sets the rules were read against;
- every ``*.jsonl`` under ``TRAINING_FOLDER`` (``evaluation/training/deidentify/``): sets written by new
  writers only for learned layers to train on, which nobody reads and no rule is fitted to. Adding a set
  there is only a rebuild.

The held-out sets kept apart for scoring are not named here and must not be. The sets are read at build
time and never copied into the package: the weights file holds hashed buckets, the sets' paths and SHA-256.

Each set's lines go through the engine with the veto off; every NAME removal is a training row, labelled an
identifier when it overlaps a labelled value of any type. A logistic regression (classes weighted to
balance: few removals are wrong) learns from the rows' hashed features. The steps the veto may judge are
chosen from the same counts: only those with at least ``MIN_WRONG_REMOVALS`` wrong removals that are at
least ``MIN_WRONG_SHARE`` of their removals (a step that is near-always right is never second-guessed).

Deterministic: the sets in sorted order, liblinear with a fixed seed, weights rounded (``ROUND_WEIGHTS``);
float noise between machines can move a last decimal, so ``--check`` compares within a tolerance.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from youthvoice.deidentify.name_veto import FEATURE_BUCKETS, KIND, NameVeto, bucket, removal_features

# Development sets: independently written, labelled, read while writing the rules.
DEVELOPMENT_SETS = (
    "evaluation/deidentify/set_a.jsonl",
    "evaluation/deidentify/set_b.jsonl",
    "evaluation/deidentify/set_c.jsonl",
    "evaluation/heldout/deidentify/set_d.jsonl",
    *(f"evaluation/heldout/deidentify/set_{x}/set_{x}.jsonl" for x in "fghijkl"),
)
TRAINING_FOLDER = "evaluation/training/deidentify"
# Below this probability of being an identifier a removal is put back: the prototype's setting (session
# 13, bench/README.md), which put back clean lines on unread sets at 0.1 point of names.
THRESHOLD = 0.10
REGULARISATION = 1.0  # the C of the logistic regression, as the prototype measured
MIN_WRONG_REMOVALS = 10
MIN_WRONG_SHARE = 0.01
ROUND_WEIGHTS = 4


def repository_root() -> Path:
    return Path(__file__).resolve().parents[3]


def weights_path() -> Path:
    from youthvoice.deidentify.name_veto import weights_path as packaged

    return Path(str(packaged()))


def training_sets(root: Path) -> list[str]:
    """The development sets and every training-only set, as paths relative to ``root``."""
    extra = sorted(str(path.relative_to(root)) for path in (root / TRAINING_FOLDER).glob("**/*.jsonl"))
    return [*DEVELOPMENT_SETS, *extra]


@dataclass
class Removals:
    """Every NAME removal the engine makes in one set, with its features, label and step."""

    name: str
    rows: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)  # 1: the removal overlaps a labelled value
    steps: list[str] = field(default_factory=list)


def removals_in(path: Path, name: str | None = None) -> Removals:
    from youthvoice.deidentify.engine import deidentify
    from youthvoice.deidentify.names import _lexicon
    from youthvoice.deidentify.quality import load_independent

    lexicon = _lexicon()
    out = Removals(name or path.stem)
    for line in load_independent(path):
        result = deidentify(line.text, name_veto=False)
        for index, (start, end, kind) in enumerate(result.spans):
            if kind != KIND:
                continue
            out.rows.append(removal_features(line.text, result.spans, result.steps, index, lexicon))
            out.labels.append(int(any(g.start < end and start < g.end for g in line.spans)))
            out.steps.append(result.steps[index])
    return out


def step_counts(sets: list[Removals]) -> dict[str, dict[str, int]]:
    removals, wrong = Counter(), Counter()
    for removals_of_set in sets:
        for step, label in zip(removals_of_set.steps, removals_of_set.labels, strict=True):
            removals[step] += 1
            wrong[step] += 1 - label
    return {step: {"removals": removals[step], "wrong": wrong[step]} for step in sorted(removals)}


def vetoable(counts: dict[str, dict[str, int]]) -> list[str]:
    """The steps wrong often enough, in the training data, for the veto to judge them."""
    return sorted(
        step
        for step, c in counts.items()
        if c["wrong"] >= MIN_WRONG_REMOVALS and c["wrong"] >= MIN_WRONG_SHARE * c["removals"]
    )


def hashed(rows: list[list[str]]):
    from scipy.sparse import csr_matrix

    data, columns, starts = [], [], [0]
    for row in rows:
        counts = Counter(bucket(feature) for feature in row)
        columns.extend(counts)
        data.extend(float(count) for count in counts.values())
        starts.append(len(columns))
    return csr_matrix((data, columns, starts), shape=(len(rows), FEATURE_BUCKETS))


def fitted(sets: list[Removals]) -> tuple[dict[int, float], float]:
    """Weights by bucket (rounded, nought dropped) and the intercept, fitted on every row of ``sets``."""
    from sklearn.linear_model import LogisticRegression

    rows = [row for s in sets for row in s.rows]
    labels = [label for s in sets for label in s.labels]
    if len(set(labels)) < 2:
        raise ValueError("the training sets need both right and wrong name removals")
    model = LogisticRegression(
        C=REGULARISATION, solver="liblinear", class_weight="balanced", max_iter=300, random_state=0
    )
    model.fit(hashed(rows), labels)
    weights = {
        int(b): round(float(w), ROUND_WEIGHTS)
        for b, w in enumerate(model.coef_[0])
        if round(float(w), ROUND_WEIGHTS)
    }
    return weights, round(float(model.intercept_[0]), ROUND_WEIGHTS)


def model_of(sets: list[Removals]) -> NameVeto:
    """The veto as the build would make it from ``sets`` (for measuring it out of fold)."""
    weights, intercept = fitted(sets)
    return NameVeto(
        weights=weights,
        intercept=intercept,
        threshold=THRESHOLD,
        vetoable_steps=frozenset(vetoable(step_counts(sets))),
        trained_on=tuple(s.name for s in sets),
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(*, root: Path | None = None, sets: list[str] | None = None) -> str:
    """The weights file's text, trained on ``sets`` (default: ``training_sets(root)``) under ``root``."""
    root = root or repository_root()
    names = sets if sets is not None else training_sets(root)
    for name in names:
        if not (root / name).is_file():
            raise ValueError(f"the set {name} is missing; the veto is trained on all of them")
    removals = [removals_in(root / name, name) for name in names]
    counts = step_counts(removals)
    weights, intercept = fitted(removals)
    model = {
        "about": "youthvoice's name veto: logistic regression on hashed features of each NAME removal "
        "(youthvoice/deidentify/name_veto.py); rebuild with scripts/build-name-veto",
        "feature_buckets": FEATURE_BUCKETS,
        "regularisation": REGULARISATION,
        "threshold": THRESHOLD,
        "trained_on": names,
        "sets_sha256": {name: sha256(root / name) for name in names},
        "removals": {
            "all": sum(len(s.labels) for s in removals),
            "wrong": sum(len(s.labels) - sum(s.labels) for s in removals),
            "by_step": counts,
        },
        "vetoable_steps": vetoable(counts),
        "intercept": intercept,
        "weights": {str(b): w for b, w in sorted(weights.items())},
    }
    return json.dumps(model, indent=0, sort_keys=True) + "\n"


# Float sums run in a different order with other thread counts and CPUs, so a rebuild can move a weight's
# last rounded decimal (0.0001 against nought): still the same veto.
SAME_WEIGHTS_TOLERANCE = 0.001


def same_weights(committed: str, built: str) -> bool:
    """Whether two weights files hold the same veto: the same fields, weights within the tolerance (a weight
    one file lacks counts as nought)."""
    a, b = json.loads(committed), json.loads(built)
    weights_a, weights_b = a.pop("weights"), b.pop("weights")
    if a.keys() != b.keys() or any(a[k] != b[k] for k in a if k != "intercept"):
        return False
    if abs(a["intercept"] - b["intercept"]) > SAME_WEIGHTS_TOLERANCE:
        return False
    return all(
        abs(weights_a.get(key, 0.0) - weights_b.get(key, 0.0)) <= SAME_WEIGHTS_TOLERANCE
        for key in weights_a.keys() | weights_b.keys()
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv not in ([], ["--check"]):
        print("usage: build-name-veto [--check]", file=sys.stderr)
        return 2
    try:
        built = build()
    except ValueError as error:
        print(f"build-name-veto: {error}", file=sys.stderr)
        return 2
    figures = json.loads(built)
    print(
        f"trained on {len(figures['trained_on'])} sets, {figures['removals']['all']} name removals "
        f"({figures['removals']['wrong']} wrong); the veto judges {', '.join(figures['vetoable_steps'])}",
        file=sys.stderr,
    )
    if argv == ["--check"]:
        same = same_weights(weights_path().read_text(encoding="utf-8"), built)
        print(
            "the committed weights are up to date" if same else "the committed weights differ",
            file=sys.stderr,
        )
        return 0 if same else 1
    weights_path().write_text(built, encoding="utf-8")
    print(f"wrote {weights_path()}", file=sys.stderr)
    return 0
