"""One setting of theme suggestion and assisted coding, scored on every set given, in minutes, not hours.

``bench/suggest_themes.py`` embeds a set's answers afresh on every run (about 41 ms of CPU an answer with
all-mpnet-base-v2), so trying a setting on eight sets took most of a session. Here the vectors are kept on
disk between runs (``--cache``, outside the repository: they are the sets' answers in another form) and each
setting is one ``--try module.NAME=value`` on the product's own constants, applied to every set alike (never
one setting per set). The scoring is ``bench/suggest_themes.py``'s own (same draws, same measures), so its
figures are the bench's; ``--no-told`` skips the cross-validation behind the expected macro-F1 (about three
times faster) when only the advice's own F1 is wanted.

Run: nice -n 10 .venv/bin/python bench/suggest_themes_grid.py --set evaluation/themes/set_a.jsonl \\
         --set evaluation/themes/set_b/set_b.jsonl --try assist.DESCRIPTION_WEIGHT=8 --no-told
"""

import argparse
import ast
import importlib
import json
import multiprocessing
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from suggest_themes import CachedEncoder, assisted_coding, load_set, suggestion_scores  # noqa: E402

MODULES = {
    "assist": "youthvoice.insights.coding.assist",
    "suggest_meaning": "youthvoice.insights.suggestions.suggest_meaning",
}


def themes_model() -> str:
    """The sentence model ``themes_encoder`` would load, found without loading it."""
    from youthvoice.core import mpnet
    from youthvoice.core.embeddings import EmbeddingUnavailable

    try:
        mpnet.split_zip_parts()
    except EmbeddingUnavailable:
        return "sentence-transformers/all-MiniLM-L6-v2"
    return mpnet.MODEL_NAME


def _themes_encoder():
    from youthvoice.core.mpnet import themes_encoder

    return themes_encoder()


class DiskCachedEncoder(CachedEncoder):
    """``CachedEncoder`` whose vectors outlive the run (texts and vectors, a folder per sentence model); the
    model itself is loaded only when a text is missing. The themes' model unless ``model_name`` and ``load``
    (which loads that model's encoder) are given."""

    def __init__(self, cache: Path, *, model_name: str | None = None, load=_themes_encoder) -> None:
        self.encoder = None
        self.load = load
        self.folder = cache / (model_name or themes_model()).replace("/", "+")
        self.cache = {}
        if (self.folder / "texts.json").exists():
            texts = json.loads((self.folder / "texts.json").read_text(encoding="utf-8"))
            self.cache = dict(zip(texts, np.load(self.folder / "vectors.npy"), strict=True))

    def __call__(self, texts, progress=None):
        if self.encoder is None and any(t not in self.cache for t in texts):
            self.encoder = self.load()
        known = len(self.cache)
        vectors = super().__call__(texts, progress) if texts else np.zeros((0, 768), np.float32)
        if len(self.cache) > known:
            self.folder.mkdir(parents=True, exist_ok=True)
            np.save(self.folder / "vectors.npy", np.stack(list(self.cache.values())))
            (self.folder / "texts.json").write_text(json.dumps(list(self.cache)), encoding="utf-8")
        return vectors

    def fill(self, path: Path, codebook: dict[str, str]) -> None:
        """Embed what the suggestions and the assisted coding of ``path`` will ask for."""
        from youthvoice.insights.coding.assist import codebook_phrases
        from youthvoice.insights.suggestions.vocabulary import MeaningWriter, young_peoples_words

        writer = MeaningWriter(young_peoples_words())
        texts = writer.many([text for _, text in load_set(path)[0]])
        texts += writer.many([phrase for words in codebook.values() for phrase in codebook_phrases(words)])
        self(texts)


def read_codebook(path: Path) -> dict[str, str]:
    themes = json.loads((path.parent / "themes.json").read_text())
    return {t["key"]: f"{t['label']}: {t.get('description', '')}" for t in themes}


def apply(settings: list[str]) -> None:
    for setting in settings:
        name, _, value = setting.partition("=")
        module, _, constant = name.rpartition(".")
        target = importlib.import_module(MODULES.get(module, module))
        if not hasattr(target, constant):
            raise SystemExit(f"{module} has no {constant}")
        setattr(target, constant, ast.literal_eval(value))


def score(job) -> dict:
    path, settings, cache, told = job
    apply(settings)
    from youthvoice.insights.suggestions.suggest_meaning import suggest_themes_by_meaning

    answers, primary, themes = load_set(path)
    codebook = read_codebook(path)
    encode = DiskCachedEncoder(cache)
    k = len(set(primary))
    row = {"set": path.parent.name if path.parent.name.startswith("set_") else path.stem, "themes": k}
    for name, n_themes in (("k given", k), ("own k", None)):
        result = suggest_themes_by_meaning(answers, n_themes=n_themes, encode=encode)
        _, _, _, ari, got = suggestion_scores(name, result, primary)
        row[name] = (round(ari, 3), got)
    if not told:
        import youthvoice.insights.coding.assist as assist

        assist._cross_validated_probabilities = lambda *args, **kwargs: None
    for per_theme in (10, 30):
        scores = assisted_coding(answers, primary, themes, per_theme, encode, codebook)
        row[f"F1 @{per_theme}"] = round(float(np.mean(scores["embeddings + LR (youthvoice)"])), 3)
        row[f"told @{per_theme}"] = round(float(np.mean(scores["expected"])), 3) if told else None
    return row


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", type=Path, action="append", required=True, help="a set (JSON lines)")
    parser.add_argument("--try", dest="settings", action="append", default=[], help="module.NAME=value")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "youthvoice-bench")
    parser.add_argument("--no-told", action="store_true", help="skip the cross-validated expected F1")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    jobs = [(path, args.settings, args.cache, not args.no_told) for path in args.set]
    # Fill the cache first, one process, so parallel runs never embed (or write) the same answers twice.
    encode = DiskCachedEncoder(args.cache)
    for path in args.set:
        encode.fill(path, read_codebook(path))
    with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
        rows = pool.map(score, jobs)
    print(f"settings: {' '.join(args.settings) or '(the product as it is)'}")
    header = ("set", "ARI k given", "ARI own k", "F1 @10", "F1 @30", "told @10 / @30")
    print(f"{header[0]:<8} {header[1]:>14} {header[2]:>14} {header[3]:>7} {header[4]:>7} {header[5]:>15}")
    for row in rows:
        given, own = row["k given"], row["own k"]
        told = "-" if row["told @10"] is None else f"{row['told @10']:.3f} / {row['told @30']:.3f}"
        print(
            f"{row['set']:<8} {given[0]:>6.3f} ({given[1]:>2}/{row['themes']}) {own[0]:>6.3f} ({own[1]:>2}/"
            f"{row['themes']}) {row['F1 @10']:>7.3f} {row['F1 @30']:>7.3f} {told:>15}"
        )
    for measure in ("F1 @10", "F1 @30"):
        print(f"mean {measure}: {np.mean([row[measure] for row in rows]):.3f}")


if __name__ == "__main__":
    main()
