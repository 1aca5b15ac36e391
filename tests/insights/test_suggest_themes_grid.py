"""bench/suggest_themes_grid.py: vectors kept on disk between runs, and one setting applied to the product."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import suggest_themes_grid as grid  # noqa: E402


class CountingModel:
    dimensions = 2

    def __init__(self):
        self.encoded = []

    def encode(self, texts, progress=None):
        self.encoded += texts
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_the_grid_keeps_vectors_on_disk_and_loads_no_model_once_all_are_kept(tmp_path, monkeypatch):
    from youthvoice.core import mpnet

    model = CountingModel()
    monkeypatch.setattr(grid, "themes_model", lambda: "test/model")
    monkeypatch.setattr(mpnet, "themes_encoder", lambda: model)
    first = grid.DiskCachedEncoder(tmp_path)(["one", "three"])
    assert model.encoded == ["one", "three"]

    def no_model():
        raise AssertionError("the model was loaded though every text was kept")

    monkeypatch.setattr(mpnet, "themes_encoder", no_model)
    again = grid.DiskCachedEncoder(tmp_path)(["three", "one"])
    assert np.array_equal(again, first[::-1])
    assert (tmp_path / "test+model" / "vectors.npy").exists()


def test_a_setting_is_applied_to_the_products_constant_and_a_wrong_name_stops_the_run(monkeypatch):
    from youthvoice.insights.coding import assist

    monkeypatch.setattr(assist, "REGULARISATION", assist.REGULARISATION)  # put back after the test
    grid.apply(["assist.REGULARISATION=30.0"])
    assert assist.REGULARISATION == 30.0
    with pytest.raises(SystemExit, match="has no REGULARISTION"):
        grid.apply(["assist.REGULARISTION=30.0"])
