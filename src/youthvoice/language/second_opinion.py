"""A second opinion beside the rules: sentences that read like victim-blaming though no rule matched them.

The rules find wording they know; a new way of saying the same thing slips past them. The second opinion reads
each sentence the rules left alone with a logistic regression over two things: its sentence embedding
(``core.embeddings``: all-MiniLM-L6-v2, run with NumPy, no download), which says what the sentence is about,
and its words and word pairs hashed into ``WORD_BUCKETS`` buckets, which carry more of who it holds
responsible. It is trained on the project's own sentences (``data/second_opinion_sentences.yaml``) and on the
labelled development sets read from ``evaluation/`` at build time (``second_opinion_training.py``; no text of
theirs is committed, only the weights, and the model file names the sets). Where the probability reaches the
threshold chosen inside the training sets, the sentence is marked "may be victim-blaming, please read".

It is advice for a person to read, never a finding: it is kept apart from the rules' findings on the checker
page, in the API and on the command line, it never blocks the publishing gate, and it only ever reads a
sentence with no rule finding. It costs the encoder's load (about a second and 100 MB, once a process) and
a few milliseconds a sentence, so the command line runs it only when asked (``--second-opinion``), and the
page and API only when ``YOUTHVOICE_LANGUAGE_SECOND_OPINION`` is on (bench/README.md has the figures that
chose its default).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

import numpy as np

from youthvoice.language.engine import SENTENCE_END, Finding, LineCounter

KIND = "may be victim-blaming, please read"
SOURCE = "second opinion"
MIN_WORDS = 4  # shorter pieces (headings, "Noted.") carry too little meaning to read
WORD = re.compile(r"[\w'\u2019-]+")
WORD_BUCKETS = 2**14
HASHED_TOKEN = re.compile(r"[a-z0-9']+")


@lru_cache(maxsize=100_000)
def _bucket(gram: str) -> int:
    # blake2b, not hash(): the same bucket in every process and on every machine.
    return (
        int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little") % WORD_BUCKETS
    )


def hashed_words(text: str) -> dict[int, float]:
    """The sentence's words and word pairs as {bucket: weight}: 1 + log(count), scaled to unit length."""
    tokens = HASHED_TOKEN.findall(text.lower().replace("\u2019", "'"))
    counts: dict[int, int] = {}
    for gram in [*tokens, *(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))]:
        bucket = _bucket(gram)
        counts[bucket] = counts.get(bucket, 0) + 1
    weights = {bucket: 1.0 + math.log(count) for bucket, count in counts.items()}
    length = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {bucket: weight / length for bucket, weight in weights.items()}


class SecondOpinionError(ValueError):
    """The model file is missing a field or does not fit the encoder."""


@dataclass(frozen=True, slots=True)
class SecondOpinion:
    """A sentence the model reads as possibly victim-blaming, with its probability."""

    start: int
    end: int
    line: int
    column: int
    text: str
    probability: float
    kind: str = KIND
    source: str = SOURCE

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "probability": round(self.probability, 3),
        }


@dataclass(frozen=True)
class Model:
    coefficients: np.ndarray
    intercept: float
    threshold: float
    encoder: str
    word_coefficients: np.ndarray | None = None  # one weight a bucket of hashed_words, when trained with them

    def probabilities(self, vectors: np.ndarray, texts: Sequence[str] = ()) -> np.ndarray:
        scores = vectors @ self.coefficients + self.intercept
        if self.word_coefficients is not None:
            words = self.word_coefficients
            scores = scores + np.array(
                [sum(words[b] * w for b, w in hashed_words(text).items()) for text in texts], dtype=np.float64
            )
        return 1.0 / (1.0 + np.exp(-scores))


def model_from_text(text: str) -> Model:
    try:
        data = json.loads(text)
        coefficients = np.asarray(data["coefficients"], dtype=np.float32)
        words = data.get("word_coefficients")
        model = Model(
            coefficients=coefficients,
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            encoder=str(data["encoder"]),
            word_coefficients=None if words is None else np.asarray(words, dtype=np.float64),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise SecondOpinionError(f"The second opinion's model file cannot be read: {error}") from None
    if model.word_coefficients is not None and model.word_coefficients.shape != (WORD_BUCKETS,):
        raise SecondOpinionError("The second opinion's model file has the wrong shape of word weights.")
    if coefficients.ndim != 1 or not 0.0 < model.threshold < 1.0:
        raise SecondOpinionError("The second opinion's model file has the wrong shape or threshold.")
    return model


@cache
def default_model() -> Model:
    """The committed model: a few kilobytes of coefficients, read from the package (no network)."""
    return model_from_text((files("youthvoice.language") / "data" / "second_opinion.json").read_text("utf-8"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, as the checker's engine cuts them, without surrounding space."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for start, end in spans:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            offset = start + len(piece) - len(piece.lstrip())
            trimmed.append((offset, offset + len(stripped)))
    return trimmed


def unread_sentences(text: str, findings: Iterable[Finding]) -> list[tuple[int, int]]:
    """The sentences with no rule finding and enough words to read: the only ones the model looks at."""
    covered = sorted((finding.start, finding.end) for finding in findings)
    chosen = []
    for start, end in sentence_spans(text):
        if any(f_start < end and f_end > start for f_start, f_end in covered):
            continue
        if len(WORD.findall(text, start, end)) >= MIN_WORDS:
            chosen.append((start, end))
    return chosen


@dataclass(frozen=True)
class SecondOpinionReport:
    """What the page and API show: whether it was asked for, its marks, or why it could not read."""

    asked: bool
    opinions: tuple[SecondOpinion, ...] = ()
    unavailable: str | None = None

    def as_dict(self) -> dict:
        return {
            "asked": self.asked,
            "kind": KIND,
            "blocks_publishing": False,
            "unavailable": self.unavailable,
            "sentences": [opinion.as_dict() for opinion in self.opinions],
        }


def second_opinion_report(text: str, findings: Sequence[Finding], *, asked: bool) -> SecondOpinionReport:
    """The second opinion for the page or the API: never raises for a missing model, says so instead."""
    if not asked:
        return SecondOpinionReport(asked=False)
    from youthvoice.core.embeddings import EmbeddingIntegrityError, EmbeddingUnavailable

    try:
        return SecondOpinionReport(asked=True, opinions=tuple(second_opinion(text, findings)))
    except (EmbeddingUnavailable, EmbeddingIntegrityError, SecondOpinionError) as error:
        return SecondOpinionReport(asked=True, unavailable=str(error))


def second_opinion(
    text: str, findings: Sequence[Finding], *, model: Model | None = None, encoder=None
) -> list[SecondOpinion]:
    """Sentences without a rule finding that the model reads as possibly victim-blaming, in order.

    Raises ``core.embeddings.EmbeddingUnavailable`` when the sentence model is not installed."""
    spans = unread_sentences(text, findings)
    if not spans:
        return []
    model = model or default_model()
    if encoder is None:
        from youthvoice.core.embeddings import sentence_encoder

        encoder = sentence_encoder()
    sentences = [text[start:end] for start, end in spans]
    vectors = encoder.encode(sentences)
    if vectors.shape[1] != model.coefficients.shape[0]:
        raise SecondOpinionError("The second opinion's model does not fit the sentence encoder.")
    probabilities = model.probabilities(vectors, sentences)
    lines = LineCounter(text)
    opinions = []
    for (start, end), probability in zip(spans, probabilities, strict=True):
        line, column = lines.position(start)
        if probability >= model.threshold:
            opinions.append(
                SecondOpinion(
                    start=start,
                    end=end,
                    line=line,
                    column=column,
                    text=text[start:end],
                    probability=float(probability),
                )
            )
    return opinions
