"""bench/deidentify_learned_names.py: the learned finder is a second opinion that can only add removals."""

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import deidentify_learned_names as learned  # noqa: E402

from youthvoice.deidentify.names import _lexicon  # noqa: E402


def _set(tmp_path, lines):
    path = tmp_path / "set_t.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return learned.prepare(path, _lexicon())


def test_only_the_tokens_the_product_left_are_candidates_and_a_mark_only_adds(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "NARROW", False)  # "owl" is an everyday word: read it all the same
    text = "me and Jay went to the owl's house"
    start = text.index("owl")
    prepared = _set(
        tmp_path,
        [
            {
                "text": text,
                "spans": [
                    {"start": 7, "end": 10, "type": "NAME"},
                    {"start": start, "end": start + 3, "type": "NAME"},
                ],
            },
            {"text": "the bus was late again", "spans": []},
        ],
    )
    assert (7, 10, "NAME") in [(s.start, s.end, s.kind) for s in prepared.spans[0]]  # the product takes Jay
    candidates = [text[s:e] for line, s, e in prepared.where if line == 0]
    assert "Jay" not in candidates and "owl's" in candidates
    assert prepared.labels.sum() == 1
    scores = np.array([1.0 if (line, s) == (0, start) else 0.0 for line, s, _ in prepared.where])
    run = learned.combined_run(prepared, scores, 0.5)
    output, spans = run(text)
    assert output == "me and [NAME] went to the [NAME]'s house"
    assert set(prepared.spans[0]) <= set(spans)
    assert run("the bus was late again") == ("the bus was late again", [])


def test_narrow_reads_capitalised_or_unknown_words_only():
    lexicon = _lexicon()
    words = {word: learned.Token(0, len(word), word, "") for word in ("owl", "Owl", "zxqvbo", "house")}
    assert [w for w, t in words.items() if learned.candidate(t, lexicon)] == ["Owl", "zxqvbo"]
    assert not learned.candidate(learned.Token(0, 3, "Jay", "NAME"), lexicon)


def test_it_trains_on_the_eleven_development_sets_by_name_and_no_other():
    names = [path.stem for path in learned.DEVELOPMENT_SETS]
    assert names == [f"set_{x}" for x in "abcdfghijkl"]
    assert all(path.is_file() for path in learned.DEVELOPMENT_SETS)
