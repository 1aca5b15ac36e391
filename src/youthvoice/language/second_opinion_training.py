"""Building the second opinion's model (``second_opinion.py``) from labelled sentences, repeatably.

``scripts/build-second-opinion`` runs ``main``. It trains on two kinds of labelled sentence:

- the project's own, ``data/second_opinion_sentences.yaml`` (validated here: known groups and labels, no
  sentence twice);
- the development sets, ``DEVELOPMENT_SETS``: independently written sets in ``evaluation/``, read there at
  build time and never copied into the package. Only these paths are read; the held-out sets kept apart for
  scoring are not named here and must not be.

Each sentence becomes its sentence embedding beside its hashed words (``second_opinion.hashed_words``), and
a logistic regression learns harmful against ok. The threshold is chosen inside the development sets: they
are split into ``THRESHOLD_FOLDS`` groups of whole sets, each group scored by a model fitted without it (the
project's own sentences are always in the fit), and the threshold is the lowest at which "rules + second
opinion" (a sentence counts as flagged if the rules find anything in it or, where they find nothing, the
model reaches the threshold) reaches ``TARGET_PRECISION`` over those out-of-fold scores. The model file
holds the coefficients, the threshold, the out-of-fold figures, the training sets' paths and SHA-256.

Deterministic: fixed folds, vectors rounded before fitting and coefficients rounded after, so float noise
between machines barely moves the file (``same_model``).
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
# Development sets: independently written, labelled, already read while writing the rules. The held-out
# sets scored after a change are not here, and the build reads no other file under evaluation/.
DEVELOPMENT_SETS = (
    "evaluation/language/set_a.jsonl",
    "evaluation/language/set_b.jsonl",
    "evaluation/language/set_c.jsonl",
    "evaluation/heldout/language/set_d.jsonl",
    "evaluation/heldout/language/set_e.jsonl",
    "evaluation/heldout/language/set_f/set_f.jsonl",
    "evaluation/heldout/language/set_g/set_g.jsonl",
    "evaluation/heldout/language/set_h/set_h.jsonl",
    "evaluation/heldout/language/set_i/set_i.jsonl",
    "evaluation/heldout/language/set_j/set_j.jsonl",
    "evaluation/heldout/language/set_k/set_k.jsonl",
    "evaluation/heldout/language/set_l/set_l.jsonl",
    "evaluation/heldout/language/set_o/set_o.jsonl",
)
OWN = "own"  # the origin of the project's own sentences among the training rows
# Rules + second opinion, out of fold on the development sets. 0.96 rather than 0.95: leave-one-set-out,
# thresholds chosen at 0.95 left 4 of 13 sets below 0.95 (bench/README.md, session 12).
TARGET_PRECISION = 0.96
REGULARISATION = 1.0  # the C of the logistic regression; 0.25-4 gave the same leave-one-set-out figures
THRESHOLD_FOLDS = 4
ROUND_VECTORS, ROUND_COEFFICIENTS = 4, 5
THRESHOLDS = [round(0.3 + step / 100, 2) for step in range(70)]  # 0.30 ... 0.99


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    origin: str

    @property
    def harmful(self) -> bool:
        return self.label != "ok"


def repository_root() -> Path:
    return Path(__file__).resolve().parents[3]


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


@dataclass(frozen=True)
class Training:
    """Every training sentence with what the fit and the threshold need, in one order."""

    texts: list[str]
    origins: np.ndarray  # the development set's path, or OWN
    harmful: np.ndarray
    rules: np.ndarray  # the rules find something in it
    readable: np.ndarray  # no rule finding and enough words: what the second opinion reads
    vectors: np.ndarray

    def subset(self, keep: np.ndarray) -> Training:
        return Training(
            texts=[t for t, k in zip(self.texts, keep, strict=True) if k],
            origins=self.origins[keep],
            harmful=self.harmful[keep],
            rules=self.rules[keep],
            readable=self.readable[keep],
            vectors=self.vectors[keep],
        )


def development_examples(path: Path) -> list[Example]:
    """A development set's sentences (JSONL with ``text`` and ``label`` flag or ok), labelled by its path."""
    from youthvoice.language.quality import evaluation_examples

    records = evaluation_examples(path.read_text(encoding="utf-8").splitlines(), source=str(path))
    return [
        Example(text=r["text"], label="flag" if r["label"] == "flag" else "ok", origin="") for r in records
    ]


def training_rows(own_text: str, development: dict[str, list[Example]], *, encoder=None) -> Training:
    """Own sentences then each development set's, encoded and read by the rules once."""
    from youthvoice.core.embeddings import sentence_encoder
    from youthvoice.language.engine import check
    from youthvoice.language.second_opinion import MIN_WORDS, WORD

    rows = [(e, OWN) for e in examples_from_text(own_text)]
    rows += [(e, name) for name, examples in development.items() for e in examples]
    texts = [e.text for e, _origin in rows]
    encoder = encoder or sentence_encoder()
    rules = np.array([bool(check(text)) for text in texts])
    return Training(
        texts=texts,
        origins=np.array([origin for _e, origin in rows]),
        harmful=np.array([e.harmful for e, _origin in rows]),
        rules=rules,
        readable=~rules & np.array([len(WORD.findall(text)) >= MIN_WORDS for text in texts]),
        vectors=np.round(encoder.encode(texts).astype(np.float64), ROUND_VECTORS),
    )


def features(training: Training):
    """The embedding beside the hashed words, as one sparse matrix."""
    from scipy.sparse import csr_matrix, hstack

    from youthvoice.language.second_opinion import WORD_BUCKETS, hashed_words

    data, columns, starts = [], [], [0]
    for text in training.texts:
        words = hashed_words(text)
        columns.extend(words)
        data.extend(words.values())
        starts.append(len(columns))
    words = csr_matrix((data, columns, starts), shape=(len(training.texts), WORD_BUCKETS))
    return hstack([csr_matrix(training.vectors), words]).tocsr()


def fitted(training: Training):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000)
    return model.fit(features(training), training.harmful)


def precision_recall(flagged: np.ndarray, harmful: np.ndarray) -> tuple[float, float]:
    true_positives = int((flagged & harmful).sum())
    found, expected = int(flagged.sum()), int(harmful.sum())
    return (true_positives / found if found else 1.0), (true_positives / expected if expected else 1.0)


def out_of_fold(training: Training) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities for the development sets' sentences, each from a model fitted without its set's group."""
    names = sorted(set(training.origins) - {OWN})
    scored = np.isin(training.origins, names)
    probabilities = np.zeros(len(training.texts))
    for fold in range(THRESHOLD_FOLDS):
        held = np.isin(training.origins, names[fold::THRESHOLD_FOLDS])
        if held.any():
            model = fitted(training.subset(~held))
            probabilities[held] = model.predict_proba(features(training.subset(held)))[:, 1]
    return scored, probabilities


def chosen_threshold(training: Training, scored: np.ndarray, probabilities: np.ndarray) -> float:
    """The lowest threshold at which rules + second opinion reach the target precision out of fold."""
    for threshold in THRESHOLDS:
        flagged = training.rules | (training.readable & (probabilities >= threshold))
        precision, _recall = precision_recall(flagged[scored], training.harmful[scored])
        if precision >= TARGET_PRECISION:
            return threshold
    return THRESHOLDS[-1]


def model_for(training: Training) -> dict:
    """The model's fields (coefficients, threshold and its out-of-fold figures) fitted on ``training``."""
    scored, probabilities = out_of_fold(training)
    threshold = chosen_threshold(training, scored, probabilities)
    second = training.readable & (probabilities >= threshold)
    harmful = training.harmful[scored]
    rules_precision, rules_recall = precision_recall(training.rules[scored], harmful)
    precision, recall = precision_recall((training.rules | second)[scored], harmful)
    model = fitted(training)
    coefficients = model.coef_[0]
    dimensions = training.vectors.shape[1]
    return {
        "regularisation": REGULARISATION,
        "threshold": threshold,
        "out_of_fold": {
            "folds": THRESHOLD_FOLDS,
            "target_precision": TARGET_PRECISION,
            "rules": {"precision": round(rules_precision, 3), "recall": round(rules_recall, 3)},
            "rules_and_second": {"precision": round(precision, 3), "recall": round(recall, 3)},
        },
        "intercept": round(float(model.intercept_[0]), ROUND_COEFFICIENTS),
        "coefficients": [round(float(c), ROUND_COEFFICIENTS) for c in coefficients[:dimensions]],
        "word_coefficients": [round(float(c), ROUND_COEFFICIENTS) for c in coefficients[dimensions:]],
    }


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(text: str, *, root: Path | None = None, encoder=None) -> str:
    """The model file's text for the own sentences' text and the development sets under ``root``."""
    from youthvoice.core.embeddings import MODEL_CHECKSUMS, MODEL_NAME

    root = root or repository_root()
    development, digests = {}, {}
    for name in DEVELOPMENT_SETS:
        path = root / name
        if not path.is_file():
            raise ValueError(f"the development set {name} is missing; the model is trained on all of them")
        digests[name] = sha256(path.read_text(encoding="utf-8"))
        development[name] = development_examples(path)
    training = training_rows(text, development, encoder=encoder)
    model = {
        "about": "youthvoice's language second opinion: logistic regression on sentence embeddings and "
        "hashed words (youthvoice/language/second_opinion.py); rebuild with scripts/build-second-opinion",
        "encoder": MODEL_NAME,
        "encoder_sha256": MODEL_CHECKSUMS["model.safetensors"],
        "training_sha256": sha256(text),
        "trained_on": {"own_sentences": str(sentences_path().relative_to(root / "src")), "sets": digests},
        "sentences": {"harmful": int(training.harmful.sum()), "ok": int((~training.harmful).sum())},
        **model_for(training),
    }
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


# Matrix sums run in a different order on different CPUs (BLAS picks its kernels by processor), so a
# rebuild on another machine moves the 4th or 5th decimal of a coefficient, and a sentence on the threshold
# may fall the other side out of fold (a recall of 0.419 against 0.422): still the same model.
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
        f"threshold {figures['threshold']}; out of fold {json.dumps(figures['out_of_fold'])}", file=sys.stderr
    )
    if argv == ["--check"]:
        same = same_model(model_path().read_text(encoding="utf-8"), built)
        print("the committed model is up to date" if same else "the committed model differs", file=sys.stderr)
        return 0 if same else 1
    model_path().write_text(built, encoding="utf-8")
    print(f"wrote {model_path()}", file=sys.stderr)
    return 0
