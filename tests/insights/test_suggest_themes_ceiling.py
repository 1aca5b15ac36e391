"""bench/suggest_themes_ceiling.py: the learning curve scores every level on the same answers, never on
coded ones, and the contrastive adapter's gradient is its loss's."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import suggest_themes_ceiling as ceiling  # noqa: E402


def test_every_level_of_a_draw_is_scored_on_the_same_answers_and_never_on_coded_ones():
    primary = ["a"] * 50 + ["b"] * 20 + ["c"] * 35
    scored = None
    for level in (10, 30, 60, None):
        coded, tested = ceiling.curve_draw(primary, level, draw=2)
        assert not set(coded) & set(tested)
        assert scored is None or tested == scored
        scored = tested
    assert sorted(primary[i] for i in scored).count("b") == 4  # a fifth of each theme
    coded, _ = ceiling.curve_draw(primary, None, draw=2)
    assert len(coded) + len(scored) == len(primary)


def test_the_contrastive_adapters_gradient_matches_its_loss(monkeypatch):
    captured = {}

    def keep(loss, start, **options):
        captured["loss"] = loss

        class Result:
            x = start

        return Result

    monkeypatch.setattr("scipy.optimize.minimize", keep)
    rng = np.random.default_rng(0)
    x = ceiling.unit(rng.normal(size=(20, 10))).astype(np.float64)
    basis = np.linalg.qr(rng.normal(size=(10, 4)))[0].T
    ceiling.contrastive_adapter(x, rng.integers(0, 3, 20), basis, penalty=0.1)
    w = np.eye(4).ravel() + rng.normal(scale=0.3, size=16)
    _, gradient = captured["loss"](w)
    step = 1e-6
    numeric = [
        (captured["loss"](w + e)[0] - captured["loss"](w - e)[0]) / (2 * step) for e in np.eye(16) * step
    ]
    assert np.allclose(gradient, numeric, atol=1e-6)
