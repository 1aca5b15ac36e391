"""Assisted coding: a theme suggested for each uncoded answer, learnt from the analysts' own coding.

Pure: it takes the answers analysts coded (``(answer_id, de-identified text, theme_id)``, one row per theme an
answer has) and the uncoded ones, and returns advice; it reads and writes nothing. The advice is shown to
the analyst, who accepts or changes it; nothing here codes an answer by itself.

How it works: answers become sentence vectors (after young people's words get their meanings, as for
suggested themes) joined with their character n-grams (which catch misspellings and text-speak), and a
logistic regression learns the analysts' themes from them. The codebook's own words help where coding is
still thin: each theme's description is cut into its phrases ("stop and search, slow or no response"),
each phrase is embedded with the theme's name before it, and an answer's cosine similarity to the nearest
phrase of a theme is added to the model's log-probability (``DESCRIPTION_WEIGHT``). A description lists the
several things a theme covers; one vector for the whole of it blurs them, the nearest phrase does not
(bench/README.md, "Assisted coding from the codebook's phrases"). With thin coding, the model then learns
once more from the uncoded answers it is surest of, per theme as many as were coded, at half weight: answers
say a theme in more ways than ten coded examples show (bench/README.md, "Learning again from the surest
uncoded answers").

Each uncoded answer gets the most likely theme with its probability (``confidence``), and where the model
reads it as two, its second likeliest theme with its own probability, by a rule learnt from the analysts'
two-theme coding (``second_theme``; bench/README.md, "Session 14"). What the analyst is
told to expect is measured by cross-validation on the coded answers (a model that never saw an answer
suggests its theme), scored as the advice will be judged: against one main theme per answer. The coding does
not say which of an answer's two themes is its main one, so a suggestion of one of them counts half right
(counting it fully right ran 4 to 8 points above what the advice then got; bench/README.md). Answers are
weighted so the themes come in the mix the model expects among the uncoded answers. ``expected_accuracy``
is the share right; ``expected_macro_f1`` the F1 per theme averaged over themes, as the bench measures.
Both grow as analysts code more, and the advice improves with them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from youthvoice.insights.coding.second_theme import SecondThemeRule, second_theme_rule
from youthvoice.insights.suggestions import suggest_meaning
from youthvoice.insights.suggestions.suggest import Progress
from youthvoice.insights.suggestions.vocabulary import MeaningWriter, young_peoples_words

MIN_CODED_PER_THEME = 3  # fewer and a theme is not suggested: there is nothing to learn it from
MAX_FOLDS = 5
REGULARISATION = 10.0  # logistic regression's C, on unit vectors
CHARACTER_WEIGHT = 0.6  # the character n-grams' share beside the sentence vector (bench/README.md)
DESCRIPTION_WEIGHT = 5.0  # how much the similarity to a theme's name and description adds to its log-odds
SELF_TRAINING_SHARE = 1.0  # per theme, uncoded answers taken as examples, as a multiple of its coded ones
SELF_TRAINING_WEIGHT = 0.5  # their weight beside an analyst's coding
Encoder = Callable[..., np.ndarray]


class AssistError(ValueError):
    """Assisted coding cannot start yet; the message tells the analyst what is needed."""


@dataclass(frozen=True, slots=True)
class CodingAdvice:
    answer_id: int
    theme_id: int
    confidence: float  # the model's probability for the theme, 0 to 1


@dataclass(frozen=True, slots=True)
class AssistResult:
    advice: tuple[CodingAdvice, ...]  # the likeliest theme, one per uncoded answer
    expected_accuracy: float | None  # None where the coded answers are too few to cross-validate
    coded_answers: int
    themes: tuple[int, ...]  # the themes that can be suggested
    themes_left_out: tuple[int, ...]  # themes with fewer than MIN_CODED_PER_THEME coded answers
    expected_macro_f1: float | None = None  # the same check as macro-F1 over themes (the bench's measure)
    expected_any_theme: float | None = None  # the old, kinder check (any of an answer's themes is right)
    # A second theme, for the answers the model reads as two (``second_theme``): none without a rule.
    second_advice: tuple[CodingAdvice, ...] = ()
    second_theme_rule: SecondThemeRule | None = None


PHRASE_BREAK = re.compile(r"[:;,]|\.\s")


def codebook_phrases(words: str) -> list[str]:
    """A theme's name, then each phrase of its description with the name before it.

    ``words`` is the codebook's "name: description" (a name alone gives just the name).
    """
    name, _, description = words.partition(":")
    name = name.strip()
    phrases = [part.strip(" .") for part in PHRASE_BREAK.split(description)]
    return [name] + [f"{name}: {phrase}" for phrase in phrases if len(phrase) > 2]


def _codebook_similarity(
    vectors: np.ndarray,
    encoder: Encoder,
    writer: MeaningWriter,
    theme_words: Mapping[int, str],
    themes: Sequence[int],
) -> dict[int, np.ndarray]:
    """Per theme, each answer's cosine similarity to the theme's nearest codebook phrase."""
    phrases = {theme: codebook_phrases(theme_words[theme]) for theme in themes}
    flat = [phrase for theme in themes for phrase in phrases[theme]]
    cosines = vectors @ np.asarray(encoder(writer.many(flat)), dtype=np.float32).T
    owner = np.array([theme for theme in themes for _ in phrases[theme]])
    return {theme: cosines[:, owner == theme].max(axis=1) for theme in themes}


def _classifier(seed: int) -> LogisticRegression:
    return LogisticRegression(C=REGULARISATION, max_iter=3000, random_state=seed)


def _features(texts: Sequence[str], vectors: np.ndarray):
    """Sentence vectors beside character n-grams (2 to 5, within words) of the same texts."""
    try:
        characters = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, dtype=np.float32
        ).fit_transform(texts)
    except ValueError:  # too few texts share a character n-gram
        return csr_matrix(vectors)
    return hstack([csr_matrix(vectors), characters * CHARACTER_WEIGHT]).tocsr()


def _scores(model: LogisticRegression, features, codebook: dict[int, np.ndarray] | None):
    """Log-probabilities per theme (in ``model.classes_`` order), nudged towards the codebook's words.

    ``codebook`` holds, per theme, the same answers' similarity to its nearest codebook phrase.
    """
    scores = model.predict_log_proba(features)
    if codebook is not None:
        scores = scores + DESCRIPTION_WEIGHT * np.stack([codebook[int(t)] for t in model.classes_], axis=1)
    return scores


def _probabilities(scores: np.ndarray) -> np.ndarray:
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    return scores / scores.sum(axis=1, keepdims=True)


def _rows(codebook: dict[int, np.ndarray] | None, rows) -> dict[int, np.ndarray] | None:
    return None if codebook is None else {theme: values[rows] for theme, values in codebook.items()}


@dataclass(frozen=True, slots=True)
class CrossValidation:
    """What cross-validation on the coded answers says the advice will get right on the uncoded ones."""

    accuracy: float  # share of suggestions that are the answer's main theme
    macro_f1: float  # F1 per theme against the main theme, averaged over themes (what the bench measures)
    any_theme: float  # share of suggestions that are one of the answer's themes (the old, kinder measure)


def _honest_scores(
    predicted: Sequence[int],
    given: Sequence[set[int]],
    themes: Sequence[int],
    prevalence: Mapping[int, float] | None = None,
) -> CrossValidation:
    """Score held-out predictions as the advice will be judged: against one main theme per answer.

    The coding does not say which of an answer's two themes is its main one, so each of its themes stands for
    the main one with an equal share (a prediction of one of two themes is half right). Where ``prevalence``
    (each theme's expected share of the uncoded answers) is given, answers are weighted so the themes come in
    that mix rather than the coded one: precision depends on how common the other themes are.
    """
    from sklearn.metrics import f1_score

    truth, guess, weight = [], [], []
    coded_share = Counter()
    for themes_of_answer in given:
        for theme in themes_of_answer:
            coded_share[theme] += 1 / len(themes_of_answer)
    total = sum(coded_share.values())
    for p, themes_of_answer in zip(predicted, given, strict=True):
        for theme in themes_of_answer:
            shift = 1.0
            if prevalence is not None:
                shift = prevalence.get(theme, 0.0) / (coded_share[theme] / total)
            truth.append(theme)
            guess.append(p)
            weight.append(shift / len(themes_of_answer))
    weights = np.asarray(weight)
    right = np.asarray(truth) == np.asarray(guess)
    return CrossValidation(
        accuracy=round(float(weights[right].sum() / max(weights.sum(), 1e-12)), 3),
        macro_f1=round(
            float(f1_score(truth, guess, labels=list(themes), average="macro", sample_weight=weights)), 3
        ),
        any_theme=round(sum(int(p) in g for p, g in zip(predicted, given, strict=True)) / len(given), 3),
    )


def _cross_validated_probabilities(
    features,
    rows: list[int],
    labels: np.ndarray,
    themes: Sequence[int],
    seed: int,
    codebook: dict[int, np.ndarray] | None = None,
) -> dict[int, tuple[int, np.ndarray]] | None:
    """Each coded answer's fold and probabilities per theme (in ``themes`` order) from a model that never
    saw it, by row of ``features``.

    None where the coded answers are too few to cross-validate.
    """
    counts = Counter(labels.tolist())
    folds = min(MAX_FOLDS, min(counts.values()))
    if folds < 2 or len(counts) < 2:
        return None
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    # Split by answer (its first theme), so an answer with two themes never trains and tests at once.
    answers = sorted(set(rows))
    first_label = {}
    for row, label in zip(rows, labels, strict=True):
        first_label.setdefault(row, label)
    answer_labels = np.array([first_label[a] for a in answers])
    column = {theme: k for k, theme in enumerate(themes)}
    probabilities: dict[int, tuple[int, np.ndarray]] = {}
    for fold, (train_answers, test_answers) in enumerate(
        splitter.split(np.zeros(len(answers)), answer_labels)
    ):
        train_set = {answers[i] for i in train_answers}
        train = [k for k, row in enumerate(rows) if row in train_set]
        if len(set(labels[train].tolist())) < 2:
            continue
        model = _classifier(seed).fit(features[[rows[k] for k in train]], labels[train])
        tested = [answers[i] for i in test_answers]
        # A theme missing from this fold's training gets probability 0.
        spread = np.zeros((len(tested), len(themes)))
        spread[:, [column[int(t)] for t in model.classes_]] = _probabilities(
            _scores(model, features[tested], _rows(codebook, tested))
        )
        probabilities.update((answer, (fold, row)) for answer, row in zip(tested, spread, strict=True))
    return probabilities or None


def _self_trained(model, features, rows, labels, start, probabilities, seed):
    """The model again, learnt also from the uncoded answers it is surest of, per theme (``probabilities``:
    the model's for the uncoded answers, from ``start`` on in ``features``)."""
    best = probabilities.argmax(axis=1)
    sure = probabilities.max(axis=1)
    counts = Counter(labels.tolist())
    chosen = []
    for k, theme in enumerate(model.classes_):
        mine = np.flatnonzero(best == k)
        take = int(round(SELF_TRAINING_SHARE * counts[theme]))
        chosen += list(mine[np.argsort(-sure[mine])][:take])
    if not chosen:
        return model
    extra = features[[start + i for i in chosen]]
    extra_labels = model.classes_[best[chosen]]
    weights = np.concatenate([np.ones(len(rows)), np.full(len(chosen), SELF_TRAINING_WEIGHT)])
    return _classifier(seed).fit(
        vstack([features[rows], extra]).tocsr(), np.concatenate([labels, extra_labels]), sample_weight=weights
    )


def _second_advice(uncoded, best, from_coding, rule: SecondThemeRule, classes) -> tuple[CodingAdvice, ...]:
    """Per uncoded answer, the likeliest theme but its advice by the analysts' coding alone, where that
    model gives it at least the rule's threshold, with that probability as its confidence."""
    others = from_coding.copy()
    others[np.arange(len(best)), best] = -1.0
    second = others.argmax(axis=1)
    return tuple(
        CodingAdvice(answer_id, int(classes[k]), round(float(p[k]), 3))
        for (answer_id, _), k, p in zip(uncoded, second, from_coding, strict=True)
        if p[k] >= rule.threshold
    )


def suggest_codings(
    coded: Sequence[tuple[int, str, int]],
    uncoded: Sequence[tuple[int, str]],
    *,
    seed: int = 0,
    theme_words: Mapping[int, str] | None = None,
    meanings: Mapping[str, str] | None = None,
    encode: Encoder | None = None,
    progress: Progress | None = None,
) -> AssistResult:
    """Advice for ``uncoded`` answers from ``coded`` ones (``(answer_id, text, theme_id)`` per theme).

    ``theme_words`` maps a theme id to its name and description in the codebook, where there are some.
    """
    report = progress or (lambda fraction, message: None)
    by_theme = Counter(theme for _, _, theme in coded)
    themes = tuple(sorted(t for t, n in by_theme.items() if n >= MIN_CODED_PER_THEME))
    left_out = tuple(sorted(t for t, n in by_theme.items() if n < MIN_CODED_PER_THEME))
    if len(themes) < 2:
        raise AssistError(
            f"Code at least {MIN_CODED_PER_THEME} answers with each of at least two themes, "
            "and youthvoice will suggest themes for the rest."
        )
    texts: dict[int, str] = {}
    given: dict[int, set[int]] = defaultdict(set)
    for answer_id, text, theme in coded:
        if theme in themes:
            texts[answer_id] = text or ""
            given[answer_id].add(theme)
    coded_ids = list(texts)
    uncoded = [(answer_id, text) for answer_id, text in uncoded if answer_id not in given]
    writer = MeaningWriter(young_peoples_words() if meanings is None else meanings)
    all_texts = writer.many([texts[a] for a in coded_ids] + [text or "" for _, text in uncoded])
    report(0.0, "Reading the answers")
    encoder = encode or suggest_meaning.themes_encode()
    vectors = np.asarray(encoder(all_texts, progress=lambda f, m: report(0.8 * f, m)), dtype=np.float32)
    codebook = None
    if theme_words and all(theme_words.get(t) for t in themes):
        codebook = _codebook_similarity(vectors, encoder, writer, theme_words, themes)
    features = _features(all_texts, vectors)
    position = {answer_id: i for i, answer_id in enumerate(coded_ids)}
    rows = [position[a] for a in coded_ids for _ in sorted(given[a])]
    labels = np.array([t for a in coded_ids for t in sorted(given[a])])
    report(0.85, "Checking the advice against your coding")
    held_out = _cross_validated_probabilities(features, rows, labels, themes, seed, codebook)
    tested = sorted(held_out) if held_out else []
    rule = None
    if held_out:
        rule = second_theme_rule(
            np.stack([held_out[a][1] for a in tested]),
            [given[coded_ids[a]] for a in tested],
            themes,
            folds=[held_out[a][0] for a in tested],
        )
    model = _classifier(seed).fit(features[rows], labels)
    advice: tuple[CodingAdvice, ...] = ()
    second_advice: tuple[CodingAdvice, ...] = ()
    prevalence = None
    if uncoded:
        start = len(coded_ids)
        uncoded_codebook = _rows(codebook, slice(start, None))
        # The analysts' coding alone: the model the rule for a second theme was learnt on (learning again
        # from the uncoded answers makes the model far surer of them, so few would pass its threshold).
        from_coding = _probabilities(_scores(model, features[start:], uncoded_codebook))
        if SELF_TRAINING_SHARE:
            model = _self_trained(model, features, rows, labels, start, from_coding, seed)
        probabilities = _probabilities(_scores(model, features[start:], uncoded_codebook))
        best = probabilities.argmax(axis=1)
        advice = tuple(
            CodingAdvice(answer_id, int(model.classes_[b]), round(float(p[b]), 3))
            for (answer_id, _), b, p in zip(uncoded, best, probabilities, strict=True)
        )
        if rule is not None:
            second_advice = _second_advice(uncoded, best, from_coding, rule, model.classes_)
        # The themes' expected mix among the uncoded answers: the mean of the model's probabilities.
        prevalence = dict(zip((int(t) for t in model.classes_), probabilities.mean(axis=0), strict=True))
    checked = None
    if held_out:
        checked = _honest_scores(
            [themes[int(held_out[a][1].argmax())] for a in tested],
            [given[coded_ids[a]] for a in tested],
            themes,
            prevalence,
        )
    report(1.0, "Done")
    return AssistResult(
        advice,
        checked.accuracy if checked else None,
        len(coded_ids),
        themes,
        left_out,
        expected_macro_f1=checked.macro_f1 if checked else None,
        expected_any_theme=checked.any_theme if checked else None,
        second_advice=second_advice,
        second_theme_rule=rule,
    )
