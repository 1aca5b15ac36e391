"""Building the second opinion's model (``second_opinion.py``) from its training sentences, repeatably.

``scripts/build-second-opinion`` runs ``main``: it reads ``data/second_opinion_sentences.yaml`` (validated
here: known groups and labels, no sentence twice), encodes every sentence with the sentence model, fits a
logistic regression (harmful against ok) and chooses the threshold by cross-validation: the lowest
probability at which the out-of-fold precision on these sentences reaches ``TARGET_PRECISION``. The file it
writes holds the coefficients, the threshold, the cross-validated figures and the training file's SHA-256
(a test checks the model was rebuilt after the sentences changed).

Deterministic: fixed folds and seed, vectors rounded before fitting and coefficients rounded after, so float
noise between machines does not change the file. No evaluation set is read here.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np
import yaml

ORIGINS = ("labelled", "tests", "rules", "written")
HARMFUL_LABELS = ("victim-blaming", "consent", "criminalising", "minimising", "adultifying")
LABELS = (*HARMFUL_LABELS, "ok")
TARGET_PRECISION = 0.9
REGULARISATION = 8.0  # the C of the logistic regression, chosen by cross-validation on these sentences
FOLDS, SEED = 5, 13
ROUND_VECTORS, ROUND_COEFFICIENTS = 4, 5
THRESHOLDS = [round(0.5 + step / 100, 2) for step in range(50)]  # 0.50 ... 0.99


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    origin: str

    @property
    def harmful(self) -> bool:
        return self.label != "ok"


def sentences_path() -> Path:
    return Path(str(files("youthvoice.language") / "data" / "second_opinion_sentences.yaml"))


def model_path() -> Path:
    return Path(str(files("youthvoice.language") / "data" / "second_opinion.json"))


def normalised(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def examples_from_text(text: str) -> list[Example]:
    """The training sentences, each checked: a known group and label, text, and no sentence twice."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or set(data) - set(ORIGINS):
        raise ValueError(f"the training file must be a mapping with the groups {list(ORIGINS)}")
    examples, seen = [], {}
    for origin in ORIGINS:
        for label, texts in (data.get(origin) or {}).items():
            if label not in LABELS:
                raise ValueError(f"{origin}: unknown label {label!r}; use one of {list(LABELS)}")
            if not isinstance(texts, list):
                raise ValueError(f"{origin}.{label}: must be a list of sentences")
            for sentence in texts:
                if not isinstance(sentence, str) or not sentence.strip():
                    raise ValueError(f"{origin}.{label}: every entry must be a sentence")
                key = normalised(sentence)
                if key in seen:
                    raise ValueError(f"{origin}.{label}: {sentence!r} is already in {seen[key]}")
                seen[key] = f"{origin}.{label}"
                examples.append(Example(text=sentence, label=label, origin=origin))
    if not any(e.harmful for e in examples) or all(e.harmful for e in examples):
        raise ValueError("the training file needs both harmful and ok sentences")
    return examples


def out_of_fold_probabilities(vectors: np.ndarray, harmful: np.ndarray) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros(len(harmful))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in folds.split(vectors, harmful):
        fitted = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000)
        fitted.fit(vectors[train], harmful[train])
        probabilities[test] = fitted.predict_proba(vectors[test])[:, 1]
    return probabilities


def precision_recall(flagged: np.ndarray, harmful: np.ndarray) -> tuple[float, float]:
    true_positives = int((flagged & harmful).sum())
    found, expected = int(flagged.sum()), int(harmful.sum())
    return (true_positives / found if found else 1.0), (true_positives / expected if expected else 1.0)


def chosen_threshold(probabilities: np.ndarray, harmful: np.ndarray) -> float:
    """The lowest threshold whose out-of-fold precision reaches the target (the most recall it allows)."""
    for threshold in THRESHOLDS:
        precision, _recall = precision_recall(probabilities >= threshold, harmful)
        if precision >= TARGET_PRECISION:
            return threshold
    return THRESHOLDS[-1]


def build(text: str, *, encoder=None) -> str:
    """The model file's text for the training file's text."""
    from sklearn.linear_model import LogisticRegression

    from youthvoice.core.embeddings import MODEL_CHECKSUMS, MODEL_NAME, sentence_encoder
    from youthvoice.language.engine import check

    examples = examples_from_text(text)
    encoder = encoder or sentence_encoder()
    vectors = np.round(encoder.encode([e.text for e in examples]).astype(np.float64), ROUND_VECTORS)
    harmful = np.array([e.harmful for e in examples])
    probabilities = out_of_fold_probabilities(vectors, harmful)
    threshold = chosen_threshold(probabilities, harmful)
    flagged = probabilities >= threshold
    # Where it will run: sentences the rules leave alone.
    unread = np.array([not check(e.text) for e in examples])
    precision, recall = precision_recall(flagged, harmful)
    unread_precision, unread_recall = precision_recall(flagged[unread], harmful[unread])
    fitted = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000)
    fitted.fit(vectors, harmful)
    model = {
        "about": "youthvoice's language second opinion: logistic regression on sentence embeddings "
        "(youthvoice/language/second_opinion.py); rebuild with scripts/build-second-opinion",
        "encoder": MODEL_NAME,
        "encoder_sha256": MODEL_CHECKSUMS["model.safetensors"],
        "training_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "sentences": {"harmful": int(harmful.sum()), "ok": int((~harmful).sum())},
        "regularisation": REGULARISATION,
        "threshold": threshold,
        "cross_validation": {
            "folds": FOLDS,
            "seed": SEED,
            "target_precision": TARGET_PRECISION,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "sentences_without_rule_finding": {
                "harmful": int(harmful[unread].sum()),
                "ok": int((~harmful[unread]).sum()),
                "precision": round(unread_precision, 3),
                "recall": round(unread_recall, 3),
            },
        },
        "intercept": round(float(fitted.intercept_[0]), ROUND_COEFFICIENTS),
        "coefficients": [round(float(c), ROUND_COEFFICIENTS) for c in fitted.coef_[0]],
    }
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


# Matrix sums run in a different order on different CPUs (BLAS picks its kernels by processor), so a
# rebuild on another machine moves the 4th or 5th decimal of a coefficient, and a sentence on the threshold
# may fall the other side out of fold (cross-validated recall 0.419 against 0.422): still the same model.
SAME_MODEL_TOLERANCE = 0.005


def same_model(committed: str, built: str) -> bool:
    """Whether two model files hold the same model: equal, numbers within SAME_MODEL_TOLERANCE."""

    def same(a, b) -> bool:
        if isinstance(a, dict) and isinstance(b, dict):
            return a.keys() == b.keys() and all(same(a[key], b[key]) for key in a)
        if isinstance(a, list) and isinstance(b, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
        if isinstance(a, float) or isinstance(b, float):
            both_numbers = all(isinstance(x, int | float) and not isinstance(x, bool) for x in (a, b))
            return both_numbers and abs(a - b) <= SAME_MODEL_TOLERANCE
        return a == b

    return same(json.loads(committed), json.loads(built))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv not in ([], ["--check"]):
        print("usage: build-second-opinion [--check]", file=sys.stderr)
        return 2
    try:
        built = build(sentences_path().read_text(encoding="utf-8"))
    except ValueError as error:
        print(f"build-second-opinion: {error}", file=sys.stderr)
        return 2
    figures = json.loads(built)
    print(
        f"threshold {figures['threshold']}; cross-validated {json.dumps(figures['cross_validation'])}",
        file=sys.stderr,
    )
    if argv == ["--check"]:
        same = same_model(model_path().read_text(encoding="utf-8"), built)
        print("the committed model is up to date" if same else "the committed model differs", file=sys.stderr)
        return 0 if same else 1
    model_path().write_text(built, encoding="utf-8")
    print(f"wrote {model_path()}", file=sys.stderr)
    return 0
