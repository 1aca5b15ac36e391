"""A second opinion beside the rules: sentences that read like victim-blaming though no rule matched them.

The rules find wording they know; a new way of saying the same thing slips past them. The second opinion reads
each sentence the rules left alone with a logistic regression over two things: its sentence embedding
(``core.embeddings``: all-MiniLM-L6-v2, run with NumPy, no download), which says what the sentence is about,
and its words and word pairs hashed into ``WORD_BUCKETS`` buckets, which carry more of who it holds
responsible. It is trained on the project's own sentences (``data/second_opinion_sentences.yaml``) and on the
labelled development sets read from ``evaluation/`` at build time (``second_opinion_training.py``; no text of
theirs is committed, only the weights, and the model file names the sets). Where the probability reaches the
threshold chosen inside the training sets, the sentence is marked "may be victim-blaming, please read".

It is advice for a person to read, never a finding: its marks are kept apart from the rules' findings on the
checker page, in the API and on the command line, and they never block the publishing gate. It costs the
encoder's load (about a second and 100 MB, once a process) and a few milliseconds a sentence, so the command
line runs it only when asked (``--second-opinion``), and the page and API only when
``YOUTHVOICE_LANGUAGE_SECOND_OPINION`` is on (bench/README.md has the figures that chose its default).

Where it runs it also reads each sentence that has a rule finding (``second_opinion_read``). A finding whose
sentence it scores below ``CLEARING_THRESHOLD`` is marked ``CLEARED`` ("likely fine in context: check before
you change it"); the finding is still shown, with its why and better wording. Only where a partnership has
chosen it (``Partnership.second_opinion_clears_findings``) does a cleared finding stop blocking publication
(``publishing.py``).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

import numpy as np

from youthvoice.language.engine import SENTENCE_END, Finding, LineCounter

KIND = "may be victim-blaming, please read"
SOURCE = "second opinion"
MIN_WORDS = 4  # shorter pieces (headings, "Noted.") carry too little meaning to read
# A rule finding whose sentence the model gives less than this is probably a false flag. bench/README.md,
# session 13 ("the precision of rules + second opinion"; "the six unread sets with clearing"): leave one
# development set out, it cleared 15 of the rules' false flags for 2 true findings; on the six unread sets,
# 12 of 72 false flags and none of 1,128 true findings. Above 0.15 it starts clearing real blame.
CLEARING_THRESHOLD = 0.10
CLEARED = "the second opinion reads this as likely fine in context: check before you change it"
# Sentences encoded together. The encoder pads each batch to its longest sentence, and the sentences with
# findings that clearing adds are the longer ones: in batches of 64 they made a 2,000-word note's second
# opinion 24 % dearer, in batches of 8 it is cheaper than before (bench/README.md, session 14).
ENCODER_BATCH = 8
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


def finding_sentences(text: str, findings: Iterable[Finding]) -> dict[Finding, list[tuple[int, int]]]:
    """Each finding's sentences (usually one) when every one has enough words to read; a finding in a
    shorter piece (a heading, a list item) is left out, so it is never cleared."""
    spans = sentence_spans(text)
    chosen = {}
    for finding in findings:
        overlapping = [(start, end) for start, end in spans if start < finding.end and end > finding.start]
        readable = all(len(WORD.findall(text, start, end)) >= MIN_WORDS for start, end in overlapping)
        if overlapping and readable:
            chosen[finding] = overlapping
    return chosen


@dataclass(frozen=True, slots=True)
class FindingReading:
    """The second opinion's reading of the sentence a rule finding is in: cleared when it reads as sound."""

    finding: Finding
    probability: float

    @property
    def cleared(self) -> bool:
        return self.probability < CLEARING_THRESHOLD

    @property
    def note(self) -> str | None:
        return CLEARED if self.cleared else None

    def as_dict(self) -> dict:
        return {"probability": round(self.probability, 3), "cleared": self.cleared, "note": self.note}


@dataclass(frozen=True)
class SecondOpinionReport:
    """What the page and API show: whether it was asked for, its marks, or why it could not read."""

    asked: bool
    opinions: tuple[SecondOpinion, ...] = ()
    unavailable: str | None = None
    readings: dict[Finding, FindingReading] = field(default_factory=dict)  # by finding, those it read

    def reading(self, finding: Finding) -> FindingReading | None:
        return self.readings.get(finding)

    @property
    def cleared(self) -> tuple[FindingReading, ...]:
        return tuple(reading for reading in self.readings.values() if reading.cleared)

    def as_dict(self) -> dict:
        return {
            "asked": self.asked,
            "kind": KIND,
            "blocks_publishing": False,
            "unavailable": self.unavailable,
            "sentences": [opinion.as_dict() for opinion in self.opinions],
            "clearing_threshold": CLEARING_THRESHOLD,
            "cleared_findings": len(self.cleared),
        }

    def finding_as_dict(self, finding: Finding) -> dict:
        """A finding as the API gives it, with ``second_opinion``: its sentence's reading, or None where the
        second opinion did not read it (not asked, could not run, or too few words)."""
        reading = self.reading(finding)
        return {**finding.as_dict(), "second_opinion": reading.as_dict() if reading else None}


def second_opinion_report(text: str, findings: Sequence[Finding], *, asked: bool) -> SecondOpinionReport:
    """The second opinion for the page or the API: never raises for a missing model, says so instead."""
    if not asked:
        return SecondOpinionReport(asked=False)
    from youthvoice.core.embeddings import EmbeddingIntegrityError, EmbeddingUnavailable

    try:
        opinions, readings = second_opinion_read(text, findings)
    except (EmbeddingUnavailable, EmbeddingIntegrityError, SecondOpinionError) as error:
        return SecondOpinionReport(asked=True, unavailable=str(error))
    return SecondOpinionReport(asked=True, opinions=tuple(opinions), readings=readings)


def second_opinion(
    text: str, findings: Sequence[Finding], *, model: Model | None = None, encoder=None
) -> list[SecondOpinion]:
    """Sentences without a rule finding that the model reads as possibly victim-blaming, in order.

    Raises ``core.embeddings.EmbeddingUnavailable`` when the sentence model is not installed."""
    opinions, _ = second_opinion_read(text, findings, clear=False, model=model, encoder=encoder)
    return opinions


def finding_readings(
    text: str, findings: Sequence[Finding], *, model: Model | None = None, encoder=None
) -> dict[Finding, FindingReading]:
    """The second opinion's reading of each finding's sentence, without looking for new sentences to mark:
    what the publishing gate needs. Raises as ``second_opinion`` does."""
    _, readings = second_opinion_read(text, findings, mark=False, model=model, encoder=encoder)
    return readings


def second_opinion_read(
    text: str,
    findings: Sequence[Finding],
    *,
    mark: bool = True,
    clear: bool = True,
    model: Model | None = None,
    encoder=None,
) -> tuple[list[SecondOpinion], dict[Finding, FindingReading]]:
    """One encoding of the sentences it needs: those without a finding (``mark``: the ones it reads as
    possibly victim-blaming) and those with one (``clear``: each finding's reading; a finding over two
    sentences takes the higher probability, so it is cleared only when both read as sound)."""
    unread = unread_sentences(text, findings) if mark else []
    with_findings = finding_sentences(text, findings) if clear else {}
    spans = list(dict.fromkeys([*unread, *(span for spans in with_findings.values() for span in spans)]))
    if not spans:
        return [], {}
    model = model or default_model()
    if encoder is None:
        from youthvoice.core.embeddings import sentence_encoder

        encoder = sentence_encoder()
    sentences = [text[start:end] for start, end in spans]
    vectors = encoder.encode(sentences, batch_size=ENCODER_BATCH)
    if vectors.shape[1] != model.coefficients.shape[0]:
        raise SecondOpinionError("The second opinion's model does not fit the sentence encoder.")
    probabilities = (float(probability) for probability in model.probabilities(vectors, sentences))
    probability_of = dict(zip(spans, probabilities, strict=True))
    readings = {
        finding: FindingReading(finding=finding, probability=max(probability_of[span] for span in spans))
        for finding, spans in with_findings.items()
    }
    return _marks(text, unread, probability_of, model.threshold), readings


def _marks(
    text: str, spans: list[tuple[int, int]], probability_of: dict[tuple[int, int], float], threshold: float
) -> list[SecondOpinion]:
    lines = LineCounter(text)
    opinions = []
    for start, end in spans:
        probability = probability_of[(start, end)]
        line, column = lines.position(start)
        if probability >= threshold:
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
