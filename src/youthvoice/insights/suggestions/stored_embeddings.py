"""Answers' sentence vectors kept between runs, so a run embeds only what it has not embedded before.

Embedding is most of a run's time (all-mpnet-base-v2: about 40 ms of CPU an answer). Without a store, asking
for suggestions again with another number of themes, or for assisted coding again after coding twenty more
answers, embedded every answer again; and a run redelivered after its worker was lost (``jobs``) started
from nothing. ``StoredEncoder`` wraps the sentence model's ``encode``: a text that is one of the run's
answers (after young people's words are explained, as the analysis does) is read from ``AnswerEmbedding``
when its stored vector was made by the same model from the same text, and otherwise embedded and stored in
small batches, each committed as it is made, so a lost worker's successor carries on where it stopped.
Other texts (a codebook's theme descriptions) are embedded as before, and nothing is stored for them.

A vector belongs to its answer: it is deleted with it (retention, erasure), and made again when the text
changes. The analysis itself stays pure (``suggest_meaning``, ``coding.assist``): it is handed the wrapped
``encode`` and cannot tell the difference, except in time.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from youthvoice.insights.models import AnswerEmbedding
from youthvoice.insights.suggestions import suggest_meaning
from youthvoice.insights.suggestions.suggest import Progress
from youthvoice.insights.suggestions.vocabulary import MeaningWriter, young_peoples_words

STORE_EVERY = 128  # texts embedded between two writes: what a lost worker's successor may embed again
READ_BATCH = 5_000  # answers' vectors read in one query


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class StoredEncoder:
    """``encode`` as the wrapped sentence model's, reading and writing ``answers``' vectors.

    ``answers`` are the run's ``(answer id, text)`` pairs; ``writer`` explains young people's words as the
    analysis does (the shipped vocabulary unless given), so the texts it embeds can be known as answers.
    A model with no ``model_name`` (a test's) is used as it is, with nothing stored.
    """

    def __init__(
        self,
        encode: Callable[..., np.ndarray],
        answers: Sequence[tuple[int, str]],
        *,
        writer: MeaningWriter | None = None,
    ) -> None:
        self._encode = encode
        self.model_name = getattr(getattr(encode, "__self__", None), "model_name", None)
        self.embedded = 0  # texts this encoder had to embed (the rest were read)
        self._answers_of: dict[str, list[int]] = defaultdict(list)
        if self.model_name:
            writer = writer or MeaningWriter(young_peoples_words())
            texts = writer.many([text or "" for _, text in answers])
            seen: set[int] = set()
            for (answer_id, _), text in zip(answers, texts, strict=True):
                if answer_id not in seen:  # an answer coded with two themes comes twice
                    seen.add(answer_id)
                    self._answers_of[text].append(answer_id)

    def encode(self, texts: Sequence[str], *, progress: Progress | None = None, **options) -> np.ndarray:
        """Unit-length vectors, one row per text, in the order given (as the wrapped ``encode``)."""
        if not self.model_name:
            return self._encode(texts, progress=progress, **options)
        texts = list(texts)
        vectors: dict[str, np.ndarray] = self._stored({text for text in texts if text in self._answers_of})
        missing = sorted({text for text in texts if text not in vectors}, key=len)
        for start in range(0, len(missing), STORE_EVERY):
            batch = missing[start : start + STORE_EVERY]
            made = np.asarray(self._encode(batch, **options), dtype=np.float32)
            self._store(batch, made)
            vectors.update(zip(batch, made, strict=True))
            self.embedded += len(batch)
            if progress is not None:
                progress((start + len(batch)) / len(missing), "Reading the answers' meaning")
        if not texts:
            return np.asarray(self._encode([], **options), dtype=np.float32)
        return np.stack([vectors[text] for text in texts])

    def _stored(self, texts: set[str]) -> dict[str, np.ndarray]:
        """The stored vectors of ``texts`` made by this model from the same text."""
        wanted = {answer_id: text for text in texts for answer_id in self._answers_of[text]}
        digests = {text: _digest(text) for text in texts}
        found: dict[str, np.ndarray] = {}
        ids = sorted(wanted)
        for start in range(0, len(ids), READ_BATCH):
            rows = AnswerEmbedding.objects.filter(
                model=self.model_name, answer_id__in=ids[start : start + READ_BATCH]
            ).values_list("answer_id", "text_sha256", "vector")
            for answer_id, digest, vector in rows:
                text = wanted[answer_id]
                if digest == digests[text] and text not in found and len(vector) % 4 == 0 and len(vector):
                    found[text] = np.frombuffer(bytes(vector), dtype="<f4").astype(np.float32)
        return found

    def _store(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        rows = [
            AnswerEmbedding(
                answer_id=answer_id,
                model=self.model_name,
                text_sha256=_digest(text),
                vector=vector.astype("<f4").tobytes(),
            )
            for text, vector in zip(texts, vectors, strict=True)
            for answer_id in self._answers_of.get(text, ())
        ]
        if rows:
            AnswerEmbedding.objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=["answer", "model"],
                update_fields=["text_sha256", "vector"],
            )


def stored_themes_encoder(answers: Sequence[tuple[int, str]]) -> Callable[..., np.ndarray]:
    """The themes' sentence model's ``encode`` (as the analysis would load it) with ``answers``' vectors
    stored."""
    return StoredEncoder(suggest_meaning.themes_encode(), answers).encode
