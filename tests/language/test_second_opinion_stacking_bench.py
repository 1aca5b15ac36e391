"""bench/language_second_opinion_stacking.py: what it reads, and that its decisions are leave-one-set-out.

Its figures (bench/README.md, session 13) are only honest if it reads the development sets and nothing else
under evaluation/, takes each set's old rules from ``src`` alone, chooses every threshold inside the training
sets, and counts a cleared rule finding as cleared only below the clearing probability.
"""

import subprocess
from pathlib import Path

import numpy as np
import pytest

from bench.language_second_opinion_stacking import (
    archive_command,
    commit_that_added,
    decided,
    development_records,
)
from youthvoice.language.second_opinion_training import DEVELOPMENT_SETS, OWN, Training

ROOT = Path(__file__).resolve().parents[2]


def test_the_bench_reads_the_development_sets_and_nothing_else_under_evaluation(monkeypatch):
    read = []
    original = Path.read_text

    def recording(path, *args, **kwargs):
        read.append(Path(path).resolve())
        return original(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", recording)
    records = development_records()
    evaluation = (ROOT / "evaluation").resolve()
    read_there = {p.relative_to(ROOT.resolve()).as_posix() for p in read if p.is_relative_to(evaluation)}
    assert read_there == set(DEVELOPMENT_SETS)
    assert sorted(records) == sorted(DEVELOPMENT_SETS) and sum(map(len, records.values())) > 5000


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)


@pytest.fixture
def full_history():
    """The bench needs the repository's history back to each set's commit: a shallow clone has not got it."""
    shallow = git("rev-parse", "--is-shallow-repository")
    if shallow.returncode != 0 or shallow.stdout.strip() != b"false":
        pytest.skip("needs a git checkout with its full history")


def test_the_rules_as_they_came_are_those_of_the_commit_that_added_the_set_and_only_its_code(full_history):
    name = DEVELOPMENT_SETS[-1]
    commit = commit_that_added(name)
    assert git("cat-file", "-e", f"{commit}:{name}").returncode == 0
    assert git("cat-file", "-e", f"{commit}^:{name}").returncode != 0  # its parent had not got it
    archive = git(*archive_command(commit)[1:])
    listed = subprocess.run(["tar", "-t"], input=archive.stdout, capture_output=True, check=True).stdout
    paths = listed.decode().split()
    assert "src/youthvoice/language/data/rules.yaml" in paths
    assert all(path.startswith("src/") for path in paths)


def test_a_set_the_repository_never_held_is_refused(full_history):
    with pytest.raises(ValueError, match="not in the repository's history"):
        commit_that_added("evaluation/language/no_such_set.jsonl")


def training(origins, harmful, rules) -> Training:
    count = len(origins)
    return Training(
        texts=[f"sentence {i}" for i in range(count)],
        origins=np.array(origins),
        harmful=np.array(harmful),
        rules=np.array(rules),
        readable=~np.array(rules),
        vectors=np.zeros((count, 1)),
    )


def test_a_finding_is_cleared_only_below_the_clearing_probability_and_thresholds_come_from_the_other_sets():
    rows = training(
        origins=[OWN, "x", "x", "x", "y", "y", "y"],
        harmful=[True, True, False, False, True, True, False],
        rules=[True, True, True, False, True, False, False],
    )
    nan = np.nan
    # x's threshold is chosen on y's out-of-fold probabilities (y's sound sentence scores 0.5), and y's on x's
    # (x's false finding, at 0.05, is cleared there; its sound unread sentence scores 0.6).
    probabilities = {
        "x": (np.array([nan, nan, nan, nan, 0.9, 0.8, 0.5]), np.array([nan, 0.05, 0.2, 0.99, nan, nan, nan])),
        "y": (np.array([nan, 0.9, 0.05, 0.6, nan, nan, nan]), np.array([nan, nan, nan, nan, 0.9, 0.8, 0.6])),
    }
    decision = decided(rows, probabilities, target=0.99, clear=0.1)
    assert decision.thresholds == {"x": 0.51, "y": 0.61}
    # x: the true finding at 0.05 is cleared, the false one at 0.2 is kept, the unread 0.99 is marked.
    assert decision.cleared.tolist() == [False, True, False, False, False, False, False]
    assert decision.flagged.tolist() == [False, False, True, True, True, True, False]
    unchanged = decided(rows, probabilities, target=0.99, clear=0.0)
    assert not unchanged.cleared.any() and unchanged.flagged[1]
    # Chosen inside: x's training set y gains nothing from clearing, so x keeps every finding; y's training
    # set x reaches the target only once its false finding is cleared.
    inside = decided(rows, probabilities, target=0.99, clear=None)
    assert inside.thresholds == {"x": 0.51, "y": 0.61}
    assert not inside.cleared.any() and inside.flagged[1]
