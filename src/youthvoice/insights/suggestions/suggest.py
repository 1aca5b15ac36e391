"""Suggested themes from free-text answers: TF-IDF and non-negative matrix factorisation (scikit-learn).

Pure: it takes ``(answer_id, de-identified text)`` pairs and returns suggestions; it reads and writes nothing.
An analyst accepts, renames, merges or rejects each suggestion; nothing here codes an answer by itself.

How it works:

1. TF-IDF over words (English stop words removed, sublinear term frequency, words in fewer than 2 answers
   or in more than 60% of them dropped, at most 20,000 words), rows scaled to unit length.
2. NMF factorises answers x words into answers x themes (W) and themes x words (H), with the
   NNDSVDa start, so the result depends only on ``seed``.
3. The number of themes, unless given, is the one from ``min_themes`` to ``max_themes`` whose grouping of a
   sample of up to 2,000 answers (each answer to its strongest theme) has the highest mean silhouette
   (cosine distance): the most themes that still keep answers clearly apart.
4. For each theme: its top words (the heaviest in H), its answers (those whose strongest theme it is), a
   weight per answer (the theme's share of that answer's total weight in W, 0 to 1), representative quotes
   (its answers with the greatest weight on it), and a confidence: the mean weight of its answers, i.e. how
   clearly the answers it gathers belong to it rather than to several themes.

Answers with no word in the vocabulary (empty, or only stop words) get no theme.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score

SELECTION_SAMPLE = 2_000
WORD_PATTERN = r"(?u)\b[^\W\d_][^\W\d_]+\b"  # words of 2+ letters, no digits
Progress = Callable[[float, str], None]


class SuggestionError(ValueError):
    """The answers cannot give suggestions (too few, or no shared words)."""


@dataclass(frozen=True, slots=True)
class Assignment:
    answer_id: int
    theme: int | None  # index into ``SuggestionResult.suggestions``; None where the answer has no theme
    weight: float


@dataclass(frozen=True, slots=True)
class Suggestion:
    index: int
    top_words: tuple[str, ...]
    quotes: tuple[tuple[int, str], ...]  # (answer id, de-identified text), most representative first
    confidence: float
    size: int  # answers whose strongest theme this is

    @property
    def label(self) -> str:
        return ", ".join(self.top_words[:3])


@dataclass(frozen=True, slots=True)
class SuggestionResult:
    suggestions: tuple[Suggestion, ...]
    assignments: tuple[Assignment, ...]
    parameters: dict = field(default_factory=dict)

    def answers_for(self, theme: int) -> list[Assignment]:
        return [a for a in self.assignments if a.theme == theme]


def _vectorise(texts: Sequence[str]):
    vectoriser = TfidfVectorizer(
        stop_words="english",
        sublinear_tf=True,
        min_df=2,
        max_df=0.6,
        max_features=20_000,
        token_pattern=WORD_PATTERN,
        dtype=np.float32,
    )
    try:
        matrix = vectoriser.fit_transform(texts)
    except ValueError as error:  # empty vocabulary
        raise SuggestionError("The answers share too few words to suggest themes.") from error
    return vectoriser, matrix


def _factorise(matrix, n_themes: int, seed: int, max_iter: int = 300):
    model = NMF(n_components=n_themes, init="nndsvda", random_state=seed, max_iter=max_iter, tol=1e-3)
    weights = model.fit_transform(matrix)
    return model, weights


def best_scoring_n_themes(
    sample,
    candidates: Sequence[int],
    cluster: Callable[[object, int], np.ndarray],
    *,
    seed: int,
    progress: Progress,
    span: tuple[float, float] = (0.1, 0.5),
) -> int:
    """The candidate number of themes whose grouping of ``sample`` has the highest mean silhouette (cosine).

    ``cluster(sample, n_themes)`` gives one label per row; ``span`` is the share of the progress bar the
    search fills. The first candidate wins if none splits the sample.
    """
    best, best_score = candidates[0], -np.inf
    for step, n_themes in enumerate(candidates):
        labels = cluster(sample, n_themes)
        if len(set(labels.tolist())) > 1:
            score = silhouette_score(sample, labels, metric="cosine", random_state=seed)
            if score > best_score:
                best, best_score = n_themes, score
        progress(span[0] + (span[1] - span[0]) * (step + 1) / len(candidates), f"Tried {n_themes} themes")
    return best


def _choose_n_themes(matrix, *, min_themes: int, max_themes: int, seed: int, progress: Progress) -> int:
    rng = np.random.default_rng(seed)
    rows = np.flatnonzero(matrix.getnnz(axis=1))
    if len(rows) > SELECTION_SAMPLE:
        rows = np.sort(rng.choice(rows, SELECTION_SAMPLE, replace=False))
    sample = matrix[rows]
    candidates = list(range(min_themes, min(max_themes, sample.shape[0] - 1, sample.shape[1]) + 1))
    if not candidates:
        return min_themes

    def strongest_theme(rows, n_themes: int) -> np.ndarray:
        return _factorise(rows, n_themes, seed, max_iter=200)[1].argmax(axis=1)

    return best_scoring_n_themes(sample, candidates, strongest_theme, seed=seed, progress=progress)


def suggest_themes(
    answers: Sequence[tuple[int, str]],
    *,
    n_themes: int | None = None,
    min_themes: int = 2,
    max_themes: int = 12,
    top_words: int = 8,
    quotes: int = 3,
    seed: int = 0,
    progress: Progress | None = None,
) -> SuggestionResult:
    """Suggest themes in ``answers`` (``(answer_id, de-identified text)`` pairs).

    ``n_themes`` fixes the number of themes; otherwise it is chosen from ``min_themes``..``max_themes``.
    ``progress(fraction, message)`` is called as the work goes on (for a background job's progress bar).
    """
    report = progress or (lambda fraction, message: None)
    if n_themes is not None and n_themes < 1:
        raise SuggestionError("Ask for at least one theme.")
    if not 1 <= min_themes <= max_themes:
        raise SuggestionError("min_themes must be at least 1 and no more than max_themes.")
    ids = [answer_id for answer_id, _ in answers]
    texts = [text or "" for _, text in answers]
    if len(texts) < 2 * max(min_themes, n_themes or 1):
        raise SuggestionError("There are too few answers to suggest themes: at least twice the themes.")
    automatic = n_themes is None
    report(0.0, "Reading the answers")
    vectoriser, matrix = _vectorise(texts)
    report(0.1, "Counted the words")
    if n_themes is None:
        n_themes = _choose_n_themes(
            matrix, min_themes=min_themes, max_themes=max_themes, seed=seed, progress=report
        )
    n_themes = min(n_themes, matrix.shape[1])
    model, weights = _factorise(matrix, n_themes, seed)
    report(0.9, "Found the themes")

    totals = weights.sum(axis=1)
    has_theme = totals > 0
    shares = np.divide(weights, totals[:, None], out=np.zeros_like(weights), where=has_theme[:, None])
    strongest = shares.argmax(axis=1)
    strength = shares.max(axis=1)
    vocabulary = vectoriser.get_feature_names_out()

    suggestions = []
    for theme in range(n_themes):
        members = np.flatnonzero(has_theme & (strongest == theme))
        words = tuple(str(vocabulary[w]) for w in np.argsort(model.components_[theme])[::-1][:top_words])
        nearest = members[np.argsort(weights[members, theme])[::-1][:quotes]]
        suggestions.append(
            Suggestion(
                index=theme,
                top_words=words,
                quotes=tuple((ids[i], texts[i]) for i in nearest),
                confidence=round(float(strength[members].mean()), 3) if len(members) else 0.0,
                size=int(len(members)),
            )
        )
    assignments = tuple(
        Assignment(ids[i], int(strongest[i]) if has_theme[i] else None, round(float(strength[i]), 3))
        for i in range(len(ids))
    )
    report(1.0, "Done")
    parameters = {
        "n_themes": n_themes,
        "chosen_automatically": automatic,
        "seed": seed,
        "answers": len(ids),
        "vocabulary": len(vocabulary),
    }
    return SuggestionResult(tuple(suggestions), assignments, parameters)
