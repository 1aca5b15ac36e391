"""bench/deidentify_learned_judge.py: a veto that puts back removals, and an adder."""

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import deidentify_learned_judge as judge  # noqa: E402

from youthvoice.deidentify.engine import deidentify  # noqa: E402
from youthvoice.deidentify.names import _lexicon  # noqa: E402


def _set(tmp_path, lines):
    path = tmp_path / "set_t.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return judge.prepare(path, _lexicon(), veto_kinds=("NAME",), common=frozenset({"went", "to", "the"}))


def test_each_removal_is_told_with_the_step_that_made_it_and_the_output_is_the_products():
    text = "my name is Kai and I went to Leeds with Mr Smith, call me on 07700 900123"
    result, steps = judge.deidentify_with_steps(text)
    assert result == deidentify(text, name_veto=False)
    assert len(steps) == len(result.spans)
    assert dict(zip((kind for _, _, kind in result.spans), steps, strict=True))["PHONE"] == "phone"
    assert "title_names" in steps  # "Mr Smith"


def test_a_veto_puts_back_only_the_removal_judged_not_an_identifier(tmp_path):
    text = "me and Jay went to see Priya"
    prepared = _set(
        tmp_path,
        [
            {"text": text, "spans": [{"start": 7, "end": 10, "type": "NAME"}]},
            {"text": "the bus was late again", "spans": []},
        ],
    )
    removed = [text[prepared.spans[0][i].start : prepared.spans[0][i].end] for _, i in prepared.veto_where]
    assert removed == ["Jay", "Priya"]
    assert prepared.veto_labels == [1, 0]
    scores = judge.Scores(veto=np.array([0.9, 0.1]), add=np.zeros(len(prepared.add_where)))
    changed = judge.judged(prepared, scores, judge.NEVER_ADD, 0.5)
    assert [(s.start, s.end) for s in changed[0]] == [(7, 10)]
    after = judge.score_set(prepared, changed, frozenset())
    assert after.share("NAME") == 1.0 and after.redactions == 1
    assert judge.judged(prepared, scores, judge.NEVER_ADD, judge.NEVER_VETO) == {}


def test_it_trains_on_the_eleven_development_sets_by_name_and_no_other():
    assert [path.stem for path in judge.DEVELOPMENT_SETS] == [f"set_{x}" for x in "abcdfghijkl"]
