"""A second opinion beside the rules: sentences that read like victim-blaming though no rule matched them.

The rules find wording they know; a new way of saying the same thing slips past them. The second opinion reads
each sentence the rules left alone with a sentence-embedding model (``core.embeddings``: all-MiniLM-L6-v2,
run with NumPy, no download) and a logistic regression trained on sentences written inside this project for
the checker (``data/second_opinion_sentences.yaml``; rebuilt by ``scripts/build-second-opinion`` into
``data/second_opinion.json``). Where the model's probability reaches the threshold chosen by cross-validation
on those sentences, the sentence is marked "may be victim-blaming, please read".

It is advice for a person to read, never a finding: it is kept apart from the rules' findings on the checker
page, in the API and on the command line, it never blocks the publishing gate, and it only ever reads a
sentence with no rule finding. It costs the encoder's load (about a second and 100 MB, once a process) and
a few milliseconds a sentence, so the command line runs it only when asked (``--second-opinion``), and the
page and API only when ``YOUTHVOICE_LANGUAGE_SECOND_OPINION`` is on (bench/README.md has the figures that
chose its default).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

from youthvoice.language.engine import SENTENCE_END, Finding, LineCounter

KIND = "may be victim-blaming, please read"
SOURCE = "second opinion"
MIN_WORDS = 4  # shorter pieces (headings, "Noted.") carry too little meaning to read
WORD = re.compile(r"[\w'\u2019-]+")


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

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(vectors @ self.coefficients + self.intercept)))


def model_from_text(text: str) -> Model:
    try:
        data = json.loads(text)
        coefficients = np.asarray(data["coefficients"], dtype=np.float32)
        model = Model(
            coefficients=coefficients,
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            encoder=str(data["encoder"]),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise SecondOpinionError(f"The second opinion's model file cannot be read: {error}") from None
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
    vectors = encoder.encode([text[start:end] for start, end in spans])
    if vectors.shape[1] != model.coefficients.shape[0]:
        raise SecondOpinionError("The second opinion's model does not fit the sentence encoder.")
    probabilities = model.probabilities(vectors)
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
