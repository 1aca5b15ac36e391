"""Suggested themes from what answers mean: sentence embeddings, clustered as BERTopic does.

Pure, like ``suggest.suggest_themes`` (TF-IDF + NMF, the fallback and the peer), and returning the same
``SuggestionResult``: it takes ``(answer_id, de-identified text)`` pairs and reads and writes nothing.

How it works:

1. Young people's words get their plain meaning written beside them (``vocabulary``: "feds" -> "feds
   (police)"), so answers that say one thing in different words look alike.
2. Each answer becomes a unit vector (``embeddings``: all-MiniLM-L6-v2). Answers far beyond ``max_embedded``
   (a 100,000-answer consultation) are sampled: the themes are found on the sample and every other answer is
   given the theme a TF-IDF classifier trained on the sample's themes picks (the cheap pass of a cascade).
3. The vectors are reduced (PCA to ``dimensions``, then unit length again) and clustered with k-means.
   The number of themes, unless given, is the one from ``min_themes`` to ``max_themes`` with the highest mean
   silhouette on a sample. Answers far from every theme (cosine similarity to their theme's centre below
   ``outlier_similarity``) get no theme, as BERTopic's outliers do, rather than blur a theme.
4. Labels are the words that set each theme apart (class-based TF-IDF: a word's frequency in the theme
   against its frequency across themes), quotes are the answers nearest the theme's centre, a weight per
   answer is its cosine similarity to the centre (0 to 1), and the confidence is the mean weight.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import silhouette_score

from youthvoice.insights.suggest import (
    WORD_PATTERN,
    Assignment,
    Progress,
    Suggestion,
    SuggestionError,
    SuggestionResult,
)
from youthvoice.insights.vocabulary import MeaningWriter, young_peoples_words

MAX_EMBEDDED = 12_000
DIMENSIONS = 32
SELECTION_SAMPLE = 3_000
OUTLIER_SIMILARITY = 0.0  # keeps every answer in a theme; a higher cut-off leaves outliers without one
Encoder = Callable[..., np.ndarray]


def _encoder() -> Encoder:
    from youthvoice.insights.embeddings import sentence_encoder

    return sentence_encoder().encode


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def reduce(vectors: np.ndarray, *, dimensions: int = DIMENSIONS, seed: int = 0) -> np.ndarray:
    """PCA to at most ``dimensions`` (fewer for tiny inputs), back to unit length for cosine clustering."""
    components = min(dimensions, vectors.shape[0] - 1, vectors.shape[1])
    if components < 2:
        return _unit(vectors)
    return _unit(PCA(n_components=components, random_state=seed).fit_transform(vectors))


def _kmeans(vectors: np.ndarray, n_themes: int, seed: int) -> KMeans:
    return KMeans(n_clusters=n_themes, n_init=4, random_state=seed).fit(vectors)


def choose_n_themes(
    vectors: np.ndarray, *, min_themes: int, max_themes: int, seed: int, progress: Progress
) -> int:
    """The number of themes whose k-means grouping of a sample has the highest mean silhouette (cosine)."""
    rng = np.random.default_rng(seed)
    rows = np.arange(len(vectors))
    if len(rows) > SELECTION_SAMPLE:
        rows = np.sort(rng.choice(rows, SELECTION_SAMPLE, replace=False))
    sample = vectors[rows]
    candidates = list(range(min_themes, min(max_themes, len(sample) - 1) + 1))
    best, best_score = min_themes, -np.inf
    for step, n_themes in enumerate(candidates):
        labels = _kmeans(sample, n_themes, seed).labels_
        if len(set(labels)) > 1:
            score = silhouette_score(sample, labels, metric="cosine", random_state=seed)
            if score > best_score:
                best, best_score = n_themes, score
        progress(0.6 + 0.2 * (step + 1) / len(candidates), f"Tried {n_themes} themes")
    return best


def class_tfidf_words(
    texts: Sequence[str], labels: np.ndarray, n_themes: int, *, top: int
) -> list[list[str]]:
    """Per theme, the words that set it apart: BERTopic's class-based TF-IDF.

    The weight of word w in theme c is tf(w, c) * log(1 + A / f(w)), where tf is the word's share of the
    theme's words, f its count over all themes and A the mean number of words per theme.
    """
    vectoriser = CountVectorizer(
        stop_words="english", token_pattern=WORD_PATTERN, ngram_range=(1, 2), min_df=2, max_features=30_000
    )
    try:
        counts = vectoriser.fit_transform(texts)
    except ValueError:  # no word in two answers
        return [[] for _ in range(n_themes)]
    per_theme = np.zeros((n_themes, counts.shape[1]), dtype=np.float64)
    for theme in range(n_themes):
        members = np.flatnonzero(labels == theme)
        if len(members):
            per_theme[theme] = np.asarray(counts[members].sum(axis=0)).ravel()
    totals = per_theme.sum(axis=1, keepdims=True)
    frequency = np.divide(per_theme, totals, out=np.zeros_like(per_theme), where=totals > 0)
    idf = np.log(1 + per_theme.sum(axis=1).mean() / np.maximum(per_theme.sum(axis=0), 1))
    scores = frequency * idf
    vocabulary = vectoriser.get_feature_names_out()
    words = []
    for theme in range(n_themes):
        order = [w for w in np.argsort(scores[theme])[::-1] if scores[theme, w] > 0]
        chosen: list[str] = []
        for w in order:
            word = str(vocabulary[w])
            # A two-word phrase makes its single words redundant, and the other way round.
            if any(word in kept.split() or kept in word.split() for kept in chosen):
                continue
            chosen.append(word)
            if len(chosen) == top:
                break
        words.append(chosen)
    return words


def _propagate(texts: Sequence[str], sampled: np.ndarray, labels: np.ndarray, rest: np.ndarray, seed: int):
    """Themes for the answers not embedded: a TF-IDF classifier trained on the sample's themes."""
    vectoriser = TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2), max_features=100_000)
    train = vectoriser.fit_transform([texts[i] for i in sampled])
    model = LogisticRegression(C=4.0, max_iter=300, random_state=seed).fit(train, labels)
    probabilities = model.predict_proba(vectoriser.transform([texts[i] for i in rest]))
    return model.classes_[probabilities.argmax(axis=1)], probabilities.max(axis=1)


def suggest_themes_by_meaning(
    answers: Sequence[tuple[int, str]],
    *,
    n_themes: int | None = None,
    min_themes: int = 2,
    max_themes: int = 15,
    top_words: int = 8,
    quotes: int = 3,
    seed: int = 0,
    dimensions: int = DIMENSIONS,
    outlier_similarity: float = OUTLIER_SIMILARITY,
    max_embedded: int = MAX_EMBEDDED,
    meanings: Mapping[str, str] | None = None,
    encode: Encoder | None = None,
    progress: Progress | None = None,
) -> SuggestionResult:
    """Suggest themes in ``answers`` (``(answer_id, de-identified text)`` pairs) from what they mean.

    ``encode(texts, progress=...)`` gives unit vectors (the sentence model unless given); ``meanings`` maps
    young people's words to plain words (the shipped vocabulary unless given).
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
    report(0.0, "Reading the answers")
    writer = MeaningWriter(young_peoples_words() if meanings is None else meanings)
    meant = writer.many(texts)
    rng = np.random.default_rng(seed)
    everyone = np.arange(len(texts))
    sampled = (
        everyone if len(texts) <= max_embedded else np.sort(rng.choice(everyone, max_embedded, replace=False))
    )
    encoder = encode or _encoder()
    vectors = encoder([meant[i] for i in sampled], progress=lambda f, m: report(0.6 * f, m))
    reduced = reduce(np.asarray(vectors, dtype=np.float32), dimensions=dimensions, seed=seed)
    automatic = n_themes is None
    if n_themes is None:
        n_themes = choose_n_themes(
            reduced, min_themes=min_themes, max_themes=max_themes, seed=seed, progress=report
        )
    n_themes = min(n_themes, len(sampled))
    model = _kmeans(reduced, n_themes, seed)
    report(0.85, "Found the themes")

    labels = np.full(len(texts), -1)
    weights = np.zeros(len(texts))
    centres = _unit(model.cluster_centers_)
    similarity = (reduced * centres[model.labels_]).sum(axis=1)
    labels[sampled] = np.where(similarity >= outlier_similarity, model.labels_, -1)
    weights[sampled] = np.clip(similarity, 0, 1)
    if len(sampled) < len(texts):
        report(0.9, "Placing the other answers")
        rest = np.setdiff1d(everyone, sampled)
        known = labels[sampled] >= 0
        labels[rest], weights[rest] = _propagate(meant, sampled[known], labels[sampled][known], rest, seed)

    words = class_tfidf_words(meant, labels, n_themes, top=top_words)
    suggestions = []
    for theme in range(n_themes):
        members = np.flatnonzero(labels == theme)
        embedded_members = sampled[(labels[sampled] == theme)]
        nearest = embedded_members[np.argsort(-weights[embedded_members], kind="stable")[:quotes]]
        suggestions.append(
            Suggestion(
                index=theme,
                top_words=tuple(words[theme]) or ("(no shared words)",),
                quotes=tuple((ids[i], texts[i]) for i in nearest),
                confidence=round(float(weights[members].mean()), 3) if len(members) else 0.0,
                size=int(len(members)),
            )
        )
    assignments = tuple(
        Assignment(ids[i], int(labels[i]) if labels[i] >= 0 else None, round(float(weights[i]), 3))
        for i in range(len(ids))
    )
    report(1.0, "Done")
    parameters = {
        "method": "meaning",
        "n_themes": n_themes,
        "chosen_automatically": automatic,
        "seed": seed,
        "answers": len(ids),
        "embedded": int(len(sampled)),
        "without_theme": int((labels < 0).sum()),
    }
    return SuggestionResult(tuple(suggestions), assignments, parameters)
