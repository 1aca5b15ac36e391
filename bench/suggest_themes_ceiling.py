"""Assisted coding on frozen sentence vectors: how high can it go, and what else might lift it (issue 19).

Three questions, each over every set given, macro-F1 against the primary theme:

- ``curve``: the learning curve of the product's ``suggest_codings`` and of a plain logistic regression on the
  frozen vectors, at 10, 30, 60 and 100 coded answers a theme and with all of each theme coded but the scored
  fifth (80 %). Per draw a fifth of every theme is set aside and scored at every level (``curve_draw``), so
  the levels are compared on the same answers; every answer not coded goes in as uncoded.
- ``confusion``: where the product goes wrong at 30 a theme and at 80 %, on the same scored fifth: the misses
  that are the answer's second theme, F1 counting the second theme right, the theme pairs confused most, and
  for answers with two themes how often the advice is the first (the coder's primary) against the second.
- ``two``: the second theme suggested beside the first (issue 19, session 14), on the bench's own draws with
  the product's cross-validation on (the rule is learnt from it): the macro-F1 against the main theme, and
  per rule in ``RULES`` (learnt on the same held-out probabilities) the advice as the analyst reviews it
  (``suggest_themes.two_theme_scores``), how often a second suggestion is right and how many answers get one,
  beside what cross-validation told the analyst to expect.
- ``ideas``: ideas tried against the product on the bench's own draws (``default_rng(draw)``, the coded
  answers drawn per theme in name order, as ``bench/suggest_themes.py``; scored on every uncoded answer), see
  ``IDEAS``; each inside the product's ``suggest_codings`` unless its name says ``LR``.

The MPNet vectors come from ``suggest_themes_grid.py``'s disk cache (filled on first use); MiniLM's and the
sentences' vectors are kept the same way. The cross-validation behind what the analyst is told is skipped
(it does not change the advice).

Run: nice -n 10 .venv/bin/python bench/suggest_themes_ceiling.py curve --set evaluation/themes/set_a.jsonl
     nice -n 10 .venv/bin/python bench/suggest_themes_ceiling.py ideas --idea product --idea adapter --set ...
"""

import argparse
import multiprocessing
import re
import resource
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from suggest_themes import DRAWS, load_set, two_theme_scores  # noqa: E402
from suggest_themes_grid import DiskCachedEncoder, read_codebook  # noqa: E402

CACHE = Path.home() / ".cache" / "youthvoice-bench"
TESTED = 0.2  # the share of each theme the learning curve scores on, never coded
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def minilm_cached(cache: Path) -> DiskCachedEncoder:
    """The same disk cache for all-MiniLM-L6-v2 (the product's other shipped model)."""
    from youthvoice.core.embeddings import MODEL_NAME, sentence_encoder

    return DiskCachedEncoder(cache, model_name=MODEL_NAME, load=sentence_encoder)


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def sentences(text: str) -> list[str]:
    return [part for part in SENTENCE_END.split(text.strip()) if part] or [text]


def coded_draw(primary: list[str], per_theme: int, draw: int) -> list[int]:
    """The bench's draw: ``per_theme`` answers of each theme (all of a smaller one), themes in name order."""
    rng = np.random.default_rng(draw)
    coded = []
    for name in sorted(set(primary)):
        rows = [i for i, p in enumerate(primary) if p == name]
        coded += list(rng.choice(rows, min(per_theme, len(rows)), replace=False))
    return coded


def curve_draw(primary: list[str], per_theme: int | None, draw: int) -> tuple[list[int], list[int]]:
    """Coded and scored answers for the learning curve: per theme, ``TESTED`` of its answers are set aside to
    score (the same answers at every level of one draw), and ``per_theme`` of the rest are coded (all of the
    rest where None, so 80 % of the set)."""
    rng = np.random.default_rng(1000 + draw)
    coded, tested = [], []
    for name in sorted(set(primary)):
        rows = np.array([i for i, p in enumerate(primary) if p == name])
        order = rng.permutation(len(rows))
        cut = int(round(TESTED * len(rows)))
        tested += rows[order[:cut]].tolist()
        pool = rows[order[cut:]]
        coded += pool[: len(pool) if per_theme is None else per_theme].tolist()
    return coded, tested


class Setup:
    """One set: its answers, the texts as the product embeds them, and its vectors."""

    def __init__(self, path: Path) -> None:
        from youthvoice.insights.suggestions.vocabulary import MeaningWriter, young_peoples_words

        self.name = path.parent.name if path.parent.name.startswith("set_") else path.stem
        self.answers, self.primary, self.themes = load_set(path)
        self.names = sorted(set(self.primary))
        self.index = {name: k for k, name in enumerate(self.names)}
        codebook = read_codebook(path)
        self.words = {self.index[key]: text for key, text in codebook.items() if key in self.index}
        self.mpnet = DiskCachedEncoder(CACHE)
        self.writer = MeaningWriter(young_peoples_words())
        self.written = self.writer.many([text for _, text in self.answers])
        self.vectors = self.mpnet(self.written)

    def rows(self, coded: list[int]):
        """The analysts' coding of ``coded``: one row per theme an answer has."""
        return [
            (self.answers[i][0], self.answers[i][1], self.index[t]) for i in coded for t in self.themes[i]
        ]


def product(setup: Setup, coded: list[int], rest: list[int], draw: int, encode=None) -> list[int]:
    import youthvoice.insights.coding.assist as assist

    assist._cross_validated_probabilities = lambda *args, **kwargs: None
    result = assist.suggest_codings(
        setup.rows(coded),
        [setup.answers[i] for i in rest],
        encode=encode or setup.mpnet,
        seed=draw,
        theme_words=setup.words,
    )
    by_id = {a.answer_id: a.theme_id for a in result.advice}
    return [by_id[setup.answers[i][0]] for i in rest]


def plain_lr(setup: Setup, coded: list[int], rest: list[int], draw: int, vectors=None) -> list[int]:
    from sklearn.linear_model import LogisticRegression

    x = setup.vectors if vectors is None else vectors
    rows = [i for i in coded for _ in setup.themes[i]]
    labels = [setup.index[t] for i in coded for t in setup.themes[i]]
    model = LogisticRegression(C=10.0, max_iter=3000, random_state=draw).fit(x[rows], labels)
    return model.predict(x[rest]).tolist()


def macro_f1(setup: Setup, rest: list[int], predicted: list[int]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score([setup.index[setup.primary[i]] for i in rest], predicted, average="macro"))


def f1_any(setup: Setup, truth: list[str], predicted: list[int]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score([setup.index[t] for t in truth], predicted, average="macro"))


# --- the learning curve and the confusion analysis ---------------------------------------------------------

LEVELS = (10, 30, 60, 100, None)


def curve(setup: Setup) -> dict:
    row = {"set": setup.name}
    for level in LEVELS:
        for method, run in (("product", product), ("LR", plain_lr)):
            scores = []
            for draw in range(DRAWS):
                coded, tested = curve_draw(setup.primary, level, draw)
                chosen = set(coded)
                rest = [i for i in range(len(setup.answers)) if i not in chosen]
                predicted = dict(zip(rest, run(setup, coded, rest, draw), strict=True))
                scores.append(macro_f1(setup, tested, [predicted[i] for i in tested]))
            row[(method, level)] = scores
    return row


def confusion(setup: Setup) -> dict:
    row = {"set": setup.name}
    for level in (30, None):
        tally = Counter()
        pairs = Counter()
        strict, lenient = [], []
        for draw in range(DRAWS):
            coded, tested = curve_draw(setup.primary, level, draw)
            chosen = set(coded)
            rest = [i for i in range(len(setup.answers)) if i not in chosen]
            predicted = dict(zip(rest, product(setup, coded, rest, draw), strict=True))
            guess = [predicted[i] for i in tested]
            strict.append(macro_f1(setup, tested, guess))
            # scored as if the coder's primary were whichever of the answer's themes the advice gave
            kind = [
                setup.names[g] if setup.names[g] in setup.themes[i] else setup.primary[i]
                for g, i in zip(guess, tested, strict=True)
            ]
            lenient.append(f1_any(setup, kind, guess))
            for i in tested:
                p = predicted[i]
                mine = [setup.index[t] for t in setup.themes[i]]
                two = len(mine) > 1
                tally["answers"] += 1
                tally["two themes"] += two
                if p == mine[0]:
                    tally["right"] += 1
                    tally["two: primary"] += two
                elif p in mine:
                    tally["second theme"] += 1
                    tally["two: second"] += 1
                else:
                    tally["other"] += 1
                    tally["two: other"] += two
                    pairs[tuple(sorted((setup.names[mine[0]], setup.names[p])))] += 1
        row[level] = tally
        row[("pairs", level)] = pairs.most_common(5)
        row[("F1", level)] = (strict, lenient)
    return row


# --- ideas: each gives an encoder for the product (vectors transformed), or patches its head --------------


def transformed(setup: Setup, transform):
    """An encoder for ``suggest_codings`` giving ``transform`` of the MPNet vectors, at unit length."""

    def encode(texts, progress=None):
        return unit(transform(setup.mpnet(texts), texts))

    return encode


def training(setup: Setup, coded: list[int]):
    rows = [i for i in coded for _ in setup.themes[i]]
    labels = np.array([setup.index[t] for i in coded for t in setup.themes[i]])
    return setup.vectors[rows], labels


def idea_lda(setup, coded, rest, draw, weight=None):
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

    x, y = training(setup, coded)
    lda = LinearDiscriminantAnalysis(solver="eigen", shrinkage="auto").fit(x, y)

    def transform(v, texts):
        projected = unit(lda.transform(v))
        return projected if weight is None else np.hstack([v, weight * projected])

    return product(setup, coded, rest, draw, transformed(setup, transform))


def idea_nca(setup, coded, rest, draw, components=64, weight=None):
    from sklearn.neighbors import NeighborhoodComponentsAnalysis

    x, y = training(setup, coded)
    nca = NeighborhoodComponentsAnalysis(
        n_components=components, init="pca", max_iter=60, random_state=draw
    ).fit(x, y)

    def transform(v, texts):
        projected = unit(nca.transform(v))
        return projected if weight is None else np.hstack([v, weight * projected])

    return product(setup, coded, rest, draw, transformed(setup, transform))


def contrastive_adapter(x: np.ndarray, y: np.ndarray, basis: np.ndarray, temperature=0.1, penalty=1.0):
    """A linear map in the span of ``basis`` (rows: orthonormal directions) learnt with a supervised
    contrastive loss on the coded answers (Khosla et al. 2020; SetFit's idea with only a linear layer), kept
    near the identity by ``penalty``; returns the function mapping vectors to adapted vectors."""
    from scipy.optimize import minimize

    d = basis.shape[0]
    p = x @ basis.T  # coordinates in the basis
    residual = x - p @ basis
    same = (y[:, None] == y[None, :]).astype(np.float64)
    np.fill_diagonal(same, 0.0)
    has = same.sum(axis=1) > 0
    n = len(y)

    def loss(flat):
        w = flat.reshape(d, d)
        z = residual + (p @ w) @ basis
        norms = np.linalg.norm(z, axis=1, keepdims=True)
        u = z / norms
        s = u @ u.T / temperature
        np.fill_diagonal(s, -np.inf)
        s_max = s.max(axis=1, keepdims=True)
        e = np.exp(s - s_max)
        soft = e / e.sum(axis=1, keepdims=True)
        log_soft = np.log(np.maximum(soft, 1e-300))
        target = same / np.maximum(same.sum(axis=1, keepdims=True), 1)
        value = -(target[has] * np.where(same[has] > 0, log_soft[has], 0.0)).sum() / n
        g_s = (soft - target) / n
        g_s[~has] = 0.0
        g_u = (g_s + g_s.T) @ u / temperature
        g_z = (g_u - u * (g_u * u).sum(axis=1, keepdims=True)) / norms
        g_w = p.T @ (g_z @ basis.T)
        eye = np.eye(d)
        value += penalty * ((w - eye) ** 2).sum()
        g_w += 2 * penalty * (w - eye)
        return value, g_w.ravel()

    result = minimize(loss, np.eye(d).ravel(), jac=True, method="L-BFGS-B", options={"maxiter": 100})
    w = result.x.reshape(d, d)
    return lambda v: v - (v @ basis.T) @ basis + ((v @ basis.T) @ w) @ basis


def idea_adapter(setup, coded, rest, draw, dimensions=128, penalty=1.0):
    x, y = training(setup, coded)
    centred = setup.vectors - setup.vectors.mean(axis=0)
    basis = np.linalg.svd(centred, full_matrices=False)[2][:dimensions]  # all answers: no labels used
    adapt = contrastive_adapter(x.astype(np.float64), y, basis.astype(np.float64), penalty=penalty)
    return product(setup, coded, rest, draw, transformed(setup, lambda v, texts: adapt(v)))


def idea_mlp(setup, coded, rest, draw):
    """A one-hidden-layer network on the vectors alone, in place of the plain logistic regression (the
    product's features, some 20,000 character n-grams, make a network too slow to fit twice a run)."""
    from sklearn.neural_network import MLPClassifier

    x, y = training(setup, coded)
    model = MLPClassifier(hidden_layer_sizes=(128,), alpha=1e-2, max_iter=200, random_state=draw)
    return model.fit(x, y).predict(setup.vectors[rest]).tolist()


def idea_minilm(setup, coded, rest, draw, weight=0.7):
    minilm = minilm_cached(CACHE)

    def encode(texts, progress=None):
        return np.hstack([setup.mpnet(texts), weight * minilm(texts)]) / np.sqrt(1 + weight**2)

    return product(setup, coded, rest, draw, encode)


def idea_sentences(setup, coded, rest, draw, pooling="mean", whole=1.0):
    """Each answer of several sentences as its sentences' vectors pooled (beside the whole answer's)."""

    def transform(v, texts):
        out = []
        for vector, text in zip(v, texts, strict=True):
            parts = sentences(text)
            if len(parts) < 2:
                out.append(vector)
                continue
            pieces = setup.mpnet(parts)
            pooled = pieces.mean(axis=0) if pooling == "mean" else pieces.max(axis=0)
            pooled = pooled / max(np.linalg.norm(pooled), 1e-12)
            out.append(whole * vector + pooled)
        return np.stack(out)

    return product(setup, coded, rest, draw, transformed(setup, transform))


def idea_prototypes(setup, coded, rest, draw, weight=3.0, temperature=None):
    """The product's scores plus ``weight`` x the cosine to each theme's mean coded vector."""
    import youthvoice.insights.coding.assist as assist

    x, y = training(setup, coded)
    centroids = {t: unit(x[y == t].mean(axis=0, keepdims=True))[0] for t in np.unique(y)}
    original = assist._scores

    def scores(model, features, codebook):
        base = original(model, features, codebook)
        v = np.asarray(features[:, : setup.vectors.shape[1]].todense())
        cos = np.stack([v @ centroids[int(t)] for t in model.classes_], axis=1)
        return base + weight * cos

    assist._scores = scores
    try:
        return product(setup, coded, rest, draw)
    finally:
        assist._scores = original


IDEAS = {
    "product": lambda s, c, r, d: product(s, c, r, d),
    "LR": lambda s, c, r, d: plain_lr(s, c, r, d),
    "lda": idea_lda,
    "lda+": lambda s, c, r, d: idea_lda(s, c, r, d, weight=1.0),
    "nca": idea_nca,
    "nca+": lambda s, c, r, d: idea_nca(s, c, r, d, weight=1.0),
    "adapter": idea_adapter,
    "adapter-loose": lambda s, c, r, d: idea_adapter(s, c, r, d, penalty=0.1),
    "mlp LR": idea_mlp,
    "minilm": idea_minilm,
    "minilm-0.4": lambda s, c, r, d: idea_minilm(s, c, r, d, weight=0.4),
    "sentences-mean": idea_sentences,
    "sentences-max": lambda s, c, r, d: idea_sentences(s, c, r, d, pooling="max"),
    "prototypes": idea_prototypes,
    "prototypes-10": lambda s, c, r, d: idea_prototypes(s, c, r, d, weight=10.0),
}


def ideas(job) -> dict:
    path, names, draws = job
    setup = Setup(path)
    row = {"set": setup.name}
    for name in names:
        before = resource.getrusage(resource.RUSAGE_SELF)
        for level in (10, 30):
            scores = []
            for draw in range(draws):
                coded = coded_draw(setup.primary, level, draw)
                chosen = set(coded)
                rest = [i for i in range(len(setup.answers)) if i not in chosen]
                scores.append(macro_f1(setup, rest, IDEAS[name](setup, coded, rest, draw)))
            row[(name, level)] = scores
        after = resource.getrusage(resource.RUSAGE_SELF)
        row[(name, "cpu")] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return row


# --- two themes: the second suggestion and the rules it could follow -------------------------------------


def _ratio(probabilities: np.ndarray) -> np.ndarray:
    """Each row over its largest value: thresholding the second column of this is the ratio p2 / p1."""
    return probabilities / probabilities.max(axis=1, keepdims=True)


# Each rule: (bar, feature of the probabilities, which model's, floor), learnt by ``second_theme_rule`` on
# the same held-out probabilities as the product's; "coding" is the model learnt from the analysts' coding
# alone (the product's), "final" the model after it learnt again from the uncoded answers it is surest of;
# a floor drops a rule whose cross-fitted check found it right less often than that (tried, not kept).
# "top two" always suggests the second theme; "one theme" never.
RULES = {
    "one theme": None,
    "product (p2, bar 0.5)": (0.5, None, "coding", None),
    "floor 0.35": (0.5, None, "coding", 0.35),
    "p2, bar 0.4": (0.4, None, "coding", None),
    "p2, bar 0.6": (0.6, None, "coding", None),
    "p2 / p1, bar 0.5": (0.5, _ratio, "coding", None),
    "p2 of the final model": (0.5, None, "final", None),
    "top two": "always",
}


def _candidates(probabilities: np.ndarray, best: np.ndarray) -> np.ndarray:
    """Per row, the likeliest column other than ``best`` (the advice's theme)."""
    others = probabilities.copy()
    others[np.arange(len(best)), best] = -1.0
    return others.argmax(axis=1)


def two_themes_draw(setup: Setup, coded: list[int], rest: list[int], draw: int) -> dict:
    """The product on one draw (its cross-validation on), and each rule in ``RULES`` on the same models."""
    import youthvoice.insights.coding.assist as assist
    from youthvoice.insights.coding import second_theme

    seen = {}
    real_rule, real_probabilities = assist.second_theme_rule, assist._probabilities

    def rule(probabilities, given, themes, folds=None):
        seen["held out"] = (probabilities, given, themes, folds)
        return real_rule(probabilities, given, themes, folds=folds)

    def probabilities(scores):
        # the last call: the uncoded answers by the final model; the one before, by the model learnt from
        # the analysts' coding alone
        seen["coding"], seen["final"] = seen.get("final"), real_probabilities(scores)
        return seen["final"]

    assist.second_theme_rule, assist._probabilities = rule, probabilities
    try:
        result = assist.suggest_codings(
            setup.rows(coded),
            [setup.answers[i] for i in rest],
            encode=setup.mpnet,
            seed=draw,
            theme_words=setup.words,
        )
    finally:
        assist.second_theme_rule, assist._probabilities = real_rule, real_probabilities
    first = {a.answer_id: a.theme_id for a in result.advice}
    ids = [setup.answers[i][0] for i in rest]
    truth = [setup.themes[i] for i in rest]
    best = np.array([first[a] for a in ids])
    out = {"main F1": macro_f1(setup, rest, list(best))}
    everywhere = np.arange(len(rest))
    for name, how in RULES.items():
        second = _candidates(seen["final"], best)
        learnt = in_sample = None
        if how is None:
            chosen = np.zeros(len(rest), bool)
        elif how == "always":
            chosen = np.ones(len(rest), bool)
        else:
            bar, feature, model, floor = how
            held, given, themes, folds = seen["held out"]
            values = feature(held) if feature else held
            before = second_theme.SECOND_THEME_BAR
            second_theme.SECOND_THEME_BAR = bar
            try:
                learnt = second_theme.second_theme_rule(values, given, themes, folds=folds)
                in_sample = second_theme.second_theme_rule(values, given, themes)
            finally:
                second_theme.SECOND_THEME_BAR = before
            if floor is not None and learnt is not None and learnt.expected_right < floor:
                learnt = None
            uncoded = seen[model]
            second = _candidates(uncoded, best)
            values = (feature(uncoded) if feature else uncoded)[everywhere, second]
            chosen = values >= learnt.threshold if learnt else np.zeros(len(rest), bool)
        if name.startswith("product"):  # the bench's copy of the rule is the product's own
            made = {(a.answer_id, a.theme_id) for a in result.second_advice}
            assert {(a, int(t)) for a, t, c in zip(ids, second, chosen, strict=True) if c} == made
        suggested = [
            {setup.names[b]} | ({setup.names[k]} if c else set())
            for b, k, c in zip(best, second, chosen, strict=True)
        ]
        row = two_theme_scores(suggested, truth, setup.names)
        made = [setup.names[k] in t for k, t, c in zip(second, truth, chosen, strict=True) if c]
        row["second right"] = float(np.mean(made)) if made else float("nan")
        row["second share"] = float(np.mean(chosen))
        row["told right"] = learnt.expected_right if learnt else float("nan")
        row["told share"] = learnt.expected_share if learnt else float("nan")
        row["in-sample right"] = in_sample.expected_right if in_sample else float("nan")
        row["threshold"] = learnt.threshold if learnt else float("nan")
        row["rule kept"] = float(learnt is not None)
        out[name] = row
    return out


def two_themes(setup: Setup) -> dict:
    row = {"set": setup.name}
    for level in (10, 30):
        row[level] = []
        for draw in range(DRAWS):
            coded = coded_draw(setup.primary, level, draw)
            chosen = set(coded)
            rest = [i for i in range(len(setup.answers)) if i not in chosen]
            row[level].append(two_themes_draw(setup, coded, rest, draw))
    return row


def fill(paths: list[Path]) -> None:
    """Embed, one process, everything the runs will ask for (answers, codebook, sentences; both models)."""
    from youthvoice.insights.coding.assist import codebook_phrases

    mpnet, minilm = DiskCachedEncoder(CACHE), minilm_cached(CACHE)
    for path in paths:
        mpnet.fill(path, read_codebook(path))
        setup = Setup(path)
        phrases = [p for words in setup.words.values() for p in codebook_phrases(words)]
        minilm(setup.written + setup.writer.many(phrases))
        mpnet([part for text in setup.written for part in sentences(text) if len(sentences(text)) > 1])


def run_job(job):
    kind, path, names, draws = job
    if kind == "curve":
        return curve(Setup(path))
    if kind == "confusion":
        return confusion(Setup(path))
    if kind == "two":
        return two_themes(Setup(path))
    return ideas((path, names, draws))


def spread(values) -> str:
    return f"{np.mean(values):.3f} ({np.min(values):.3f}-{np.max(values):.3f})"


def report(kind: str, rows: list[dict], names: list[str]) -> None:
    if kind == "curve":
        for method in ("product", "LR"):
            print(f"\n{method}: macro-F1, mean of {DRAWS} draws (min-max)")
            print("set    " + "".join(f"{('@' + str(x)) if x else '80 %':>22}" for x in LEVELS))
            for row in rows:
                print(f"{row['set']:<7}" + "".join(f"{spread(row[(method, x)]):>22}" for x in LEVELS))
            means = [np.mean([np.mean(row[(method, x)]) for row in rows]) for x in LEVELS]
            print("mean   " + "".join(f"{m:>22.3f}" for m in means))
    elif kind == "confusion":
        for level in (30, None):
            print(f"\nproduct, {'@30' if level else '80 %'}: share of scored answers (all draws)")
            print(
                "set    F1 strict / any  right  2nd-theme  other  | two-theme answers: primary  second  other"
                " | top pairs"
            )
            for row in rows:
                t = row[level]
                n, two = t["answers"], max(t["two themes"], 1)
                pairs = ", ".join(f"{a}/{b} {c}" for (a, b), c in row[("pairs", level)][:3])
                strict, lenient = row[("F1", level)]
                print(
                    f"{row['set']:<7}{np.mean(strict):.3f} / {np.mean(lenient):.3f}  {t['right'] / n:.3f}  "
                    f"{t['second theme'] / n:.3f}      "
                    f"{t['other'] / n:.3f}  | {t['two themes'] / n:.2f} of answers: "
                    f"{t['two: primary'] / two:.3f}"
                    f"  {t['two: second'] / two:.3f}  {t['two: other'] / two:.3f} | {pairs}"
                )
    elif kind == "two":
        measures = (
            "multi-label F1",
            "one of its themes",
            "both of two",
            "per answer",
            "second right",
            "told right",
            "second share",
            "told share",
            "in-sample right",
            "threshold",
            "rule kept",
        )
        for level in (10, 30):
            main = [np.mean([d["main F1"] for d in row[level]]) for row in rows]
            print(f"\n@{level}: macro-F1 against the main theme (every rule alike) {np.mean(main):.3f}")
            print("per set: " + "  ".join(f"{row['set']} {m:.3f}" for row, m in zip(rows, main, strict=True)))
            print(f"{'rule':<24}" + "".join(f"{m:>16}" for m in measures))
            for name in RULES:
                cells = []
                for measure in measures:
                    per_set = [np.nanmean([d[name][measure] for d in row[level]]) for row in rows]
                    cells.append(f"{np.nanmean(per_set):>16.3f}")
                print(f"{name:<24}" + "".join(cells))
            for name in ("one theme", "product (p2, bar 0.5)"):
                print(f"per set, {name}:")
                for row in rows:
                    print(
                        f"  {row['set']:<7}"
                        + "".join(
                            f"{m} {np.nanmean([d[name][m] for d in row[level]]):.3f}  " for m in measures[:7]
                        )
                    )
    else:
        print(
            f"{'idea':<16} {'@10 mean':>9} {'vs product':>10} {'@30 mean':>9} {'vs product':>10} "
            f"{'draw spread @30':>16} {'worst set @30':>16} {'CPU s':>7}"
        )
        for name in names:
            m10 = np.mean([np.mean(row[(name, 10)]) for row in rows])
            m30 = np.mean([np.mean(row[(name, 30)]) for row in rows])
            d10 = d30 = float("nan")
            if "product" in names:
                d10 = m10 - np.mean([np.mean(row[("product", 10)]) for row in rows])
                d30 = m30 - np.mean([np.mean(row[("product", 30)]) for row in rows])
            # the spread across draws of the mean over sets
            per_draw = np.mean([row[(name, 30)] for row in rows], axis=0)
            worst = min(rows, key=lambda row: np.mean(row[(name, 30)]))
            cpu = sum(row[(name, "cpu")] for row in rows)
            print(
                f"{name:<16} {m10:>9.3f} {d10:>+10.3f} {m30:>9.3f} {d30:>+10.3f} "
                f"{per_draw.min():>7.3f}-{per_draw.max():.3f} {worst['set']:>9} "
                f"{np.mean(worst[(name, 30)]):.3f} "
                f"{cpu:>7.1f}"
            )
        print("\nper set @10 / @30:")
        for row in rows:
            print(
                row["set"],
                "  ".join(f"{n} {np.mean(row[(n, 10)]):.3f}/{np.mean(row[(n, 30)]):.3f}" for n in names),
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("kind", choices=["curve", "confusion", "ideas", "two"])
    parser.add_argument("--set", type=Path, action="append", required=True, help="a set (JSON lines)")
    parser.add_argument("--idea", action="append", default=[], choices=sorted(IDEAS))
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--draws", type=int, default=DRAWS, help="ideas: the bench's first DRAWS draws")
    args = parser.parse_args()
    fill(args.set)
    names = args.idea or ["product"]
    jobs = [(args.kind, path, names, args.draws) for path in args.set]
    with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
        rows = pool.map(run_job, jobs)
    report(args.kind, rows, names)


if __name__ == "__main__":
    main()
