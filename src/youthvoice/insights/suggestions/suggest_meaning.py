"""Suggested themes from what answers mean: sentence embeddings, clustered as BERTopic does.

Pure, like ``suggest.suggest_themes`` (TF-IDF + NMF, the fallback and the peer), and returning the same
``SuggestionResult``: it takes ``(answer_id, de-identified text)`` pairs and reads and writes nothing.

How it works:

1. Young people's words get their plain meaning written beside them (``vocabulary``: "feds" -> "feds
   (police)"), so answers that say one thing in different words look alike.
2. Each answer becomes a unit vector (``core.mpnet.themes_encoder``: all-mpnet-base-v2, or all-MiniLM-L6-v2
   where it is not installed). Answers far beyond ``max_embedded`` (a 100,000-answer consultation) are
   sampled: the themes are found on the sample and every other answer is given the theme a TF-IDF classifier
   trained on the sample's themes picks (the cheap pass of a cascade).
3. The vectors are reduced (PCA to ``dimensions``, then unit length again) and clustered spectrally, the
   UMAP-free counterpart of BERTopic's reduce-then-cluster: each answer is joined to its ``NEIGHBOURS``
   nearest answers (cosine), the graph's leading eigenvectors give every answer a few coordinates in which
   answers linked by chains of close neighbours sit together, and k-means groups those. On young people's
   short answers this keeps apart themes that k-means on the vectors blurs (bench/README.md). Above
   ``SPECTRAL_SAMPLE`` embedded answers the graph is built on a sample and the other embedded answers join
   the nearest theme centre. Answers far from every theme (cosine similarity to their theme's centre below
   ``outlier_similarity``) get no theme, as BERTopic's outliers do, rather than blur a theme.
   The number of themes, unless given, is √(answers / 2) within ``min_themes``..``max_themes``
   (``themes_for``): no measure of the clustering itself (silhouette, eigengap, bootstrap stability,
   density) found the coders' number on the evaluation sets; each chose 4 to 7 where coders gave 11 to 13,
   and a theme too few costs the analyst more than one too many (merging two suggestions is one action;
   splitting a mixed one means recoding its answers).
4. Labels are the words that set each theme apart (class-based TF-IDF: a word's frequency in the theme
   against its frequency across themes), quotes are the answers nearest the theme's centre, a weight per
   answer is its cosine similarity to the centre (0 to 1), and the confidence is the mean weight.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.manifold import spectral_embedding
from sklearn.neighbors import kneighbors_graph

from youthvoice.insights.suggestions.suggest import (
    WORD_PATTERN,
    Assignment,
    Progress,
    Suggestion,
    SuggestionError,
    SuggestionResult,
)
from youthvoice.insights.suggestions.vocabulary import MeaningWriter, young_peoples_words

MAX_EMBEDDED = 12_000
# all-mpnet-base-v2 costs about 6.5 times all-MiniLM-L6-v2 an answer: fewer answers are embedded so a
# 100,000-answer consultation stays under two minutes on two cores (bench/README.md, session 11).
MAX_EMBEDDED_BY_MODEL = {"sentence-transformers/all-mpnet-base-v2": 2_000}
DIMENSIONS = 64
NEIGHBOURS = 25  # each answer's nearest answers in the graph clustered spectrally
SPECTRAL_SAMPLE = 4_000  # the graph's eigenvectors take seconds at this size and grow fast beyond it
OUTLIER_SIMILARITY = 0.0  # keeps every answer in a theme; a higher cut-off leaves outliers without one
Encoder = Callable[..., np.ndarray]


def themes_encode() -> Encoder:
    """The themes' sentence model's ``encode``, for suggestions and assisted coding alike (loaded on first
    use: a few seconds and about 450 MB for all-mpnet-base-v2)."""
    from youthvoice.core.mpnet import themes_encoder

    return themes_encoder().encode


def embedded_at_most(encode: Encoder) -> int:
    """How many answers ``encode``'s sentence model embeds in one suggestion before sampling."""
    model = getattr(getattr(encode, "__self__", None), "model_name", None)
    return MAX_EMBEDDED_BY_MODEL.get(model, MAX_EMBEDDED)


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def reduce(vectors: np.ndarray, *, dimensions: int = DIMENSIONS, seed: int = 0) -> np.ndarray:
    """PCA to at most ``dimensions`` (fewer for tiny inputs), back to unit length for cosine clustering."""
    components = min(dimensions, vectors.shape[0] - 1, vectors.shape[1])
    if components < 2:
        return _unit(vectors)
    return _unit(PCA(n_components=components, random_state=seed).fit_transform(vectors))


def _kmeans(vectors: np.ndarray, n_themes: int, seed: int) -> np.ndarray:
    return KMeans(n_clusters=n_themes, n_init=10, random_state=seed).fit(vectors).labels_


def themes_for(answers: int, *, min_themes: int, max_themes: int) -> int:
    """The number of themes suggested when the analyst gives none: √(answers / 2), within the bounds."""
    return int(min(max(round(np.sqrt(answers / 2)), min_themes), max_themes))


def spectral_themes(vectors: np.ndarray, n_themes: int, *, seed: int) -> np.ndarray:
    """A theme per row of ``vectors`` (unit length): k-means on the leading eigenvectors of the graph joining
    each answer to its nearest neighbours. Too few answers for a graph: k-means on the vectors themselves."""
    neighbours = min(NEIGHBOURS, len(vectors) - 1)
    if n_themes < 2 or len(vectors) < max(3 * n_themes, 2 * neighbours):
        return _kmeans(vectors, n_themes, seed)
    graph = kneighbors_graph(vectors, neighbours, metric="cosine", include_self=False)
    graph = 0.5 * (graph + graph.T)
    with warnings.catch_warnings():
        # A graph in pieces is fine: each piece's answers share coordinates and k-means keeps them together.
        warnings.filterwarnings("ignore", message="Graph is not fully connected")
        coordinates = spectral_embedding(graph, n_components=n_themes, random_state=seed, drop_first=False)
    return _kmeans(_unit(coordinates), n_themes, seed)


def cluster_by_meaning(vectors: np.ndarray, n_themes: int, *, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Themes (one label per row) and their unit centres; beyond SPECTRAL_SAMPLE rows the graph is built on a
    random sample and the other rows join the nearest centre."""
    rng = np.random.default_rng(seed)
    rows = np.arange(len(vectors))
    if len(rows) > SPECTRAL_SAMPLE:
        rows = np.sort(rng.choice(rows, SPECTRAL_SAMPLE, replace=False))
    sample_labels = spectral_themes(vectors[rows], n_themes, seed=seed)
    centres = np.zeros((n_themes, vectors.shape[1]), dtype=np.float64)
    for theme in range(n_themes):
        members = rows[sample_labels == theme]
        if len(members):
            centres[theme] = vectors[members].mean(axis=0)
    centres = _unit(centres)
    labels = (vectors @ centres.T).argmax(axis=1)
    labels[rows] = sample_labels
    return labels, centres


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
    max_embedded: int | None = None,
    meanings: Mapping[str, str] | None = None,
    encode: Encoder | None = None,
    progress: Progress | None = None,
) -> SuggestionResult:
    """Suggest themes in ``answers`` (``(answer_id, de-identified text)`` pairs) from what they mean.

    ``encode(texts, progress=...)`` gives unit vectors (the sentence model unless given); ``meanings`` maps
    young people's words to plain words (the shipped vocabulary unless given). Beyond ``max_embedded``
    answers (by default what the sentence model affords, ``embedded_at_most``) themes are found on a sample.
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
    encoder = encode or themes_encode()
    if max_embedded is None:
        max_embedded = embedded_at_most(encoder)
    rng = np.random.default_rng(seed)
    everyone = np.arange(len(texts))
    sampled = (
        everyone if len(texts) <= max_embedded else np.sort(rng.choice(everyone, max_embedded, replace=False))
    )
    vectors = encoder([meant[i] for i in sampled], progress=lambda f, m: report(0.6 * f, m))
    reduced = reduce(np.asarray(vectors, dtype=np.float32), dimensions=dimensions, seed=seed)
    automatic = n_themes is None
    if n_themes is None:
        n_themes = themes_for(len(texts), min_themes=min_themes, max_themes=max_themes)
    n_themes = min(n_themes, len(sampled))
    report(0.65, f"Grouping the answers into {n_themes} themes")
    found, centres = cluster_by_meaning(reduced, n_themes, seed=seed)
    report(0.85, "Found the themes")

    labels = np.full(len(texts), -1)
    weights = np.zeros(len(texts))
    similarity = (reduced * centres[found]).sum(axis=1)
    labels[sampled] = np.where(similarity >= outlier_similarity, found, -1)
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
