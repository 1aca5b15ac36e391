"""Does a change to the de-identifier change any output? Write every output on the development sets to a
file, then compare a later run with it, line by line.

    .venv/bin/python bench/deidentify_outputs.py write /tmp/before.jsonl     # on the code before
    .venv/bin/python bench/deidentify_outputs.py compare /tmp/before.jsonl   # on the code after

The texts are those bench/deidentify.py times: the template set, the hand-written set (with its configured
school names), every independent set (evaluation/deidentify/*.jsonl and evaluation/heldout/deidentify/,
set F's folder too), each line alone and five lines joined into one answer. An output is the de-identified
text and its spans (start, end, type). ``compare`` lists every text whose output differs and exits 1 if any
does: a change meant only for speed must leave every one byte-identical. ``--leave-out set_j`` (repeatable)
leaves a held-out set out of both, so that comparing never shows its sentences to whoever changes the engine.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.deid_corpus import corpus  # noqa: E402
from youthvoice.deidentify.engine import deidentify  # noqa: E402
from youthvoice.deidentify.quality import labelled_from_pairs, load_independent, load_labelled  # noqa: E402

INDEPENDENT_SETS = sorted(
    [
        *(ROOT / "evaluation" / "deidentify").glob("*.jsonl"),
        *(ROOT / "evaluation" / "heldout" / "deidentify").rglob("*.jsonl"),
    ]
)


def texts(leave_out: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(the texts, the configured school names), in a fixed order; sets named in ``leave_out`` left out."""
    template = [item.text for item in labelled_from_pairs(corpus())]
    handwritten, school_names = load_labelled(ROOT / "tests/data/deid_handwritten.yaml")
    lines = template + [item.text for item in handwritten]
    for path in INDEPENDENT_SETS:
        if path.stem in leave_out:
            continue
        lines += [line.text for line in load_independent(path)]
    joined = [" ".join(lines[i : i + 5]) for i in range(0, len(lines) - 4, 5)]
    return lines + joined, school_names


def outputs(leave_out: frozenset[str] = frozenset()) -> list[dict]:
    all_texts, school_names = texts(leave_out)
    rows = []
    for text in all_texts:
        result = deidentify(text, school_names=school_names)
        rows.append({"in": text, "out": result.text, "spans": [list(span) for span in result.spans]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "compare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--leave-out", action="append", default=[], metavar="SET", help="e.g. set_j")
    args = parser.parse_args()
    rows = outputs(frozenset(args.leave_out))
    if args.action == "write":
        args.file.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
        print(f"{len(rows)} outputs written to {args.file}")
        return
    before = [json.loads(line) for line in args.file.read_text("utf-8").splitlines()]
    if [row["in"] for row in before] != [row["in"] for row in rows]:
        sys.exit("the texts differ from the file's: was it written from the same sets?")
    differ = [(old, new) for old, new in zip(before, rows, strict=True) if old != new]
    for old, new in differ:
        print(f"{old['in']!r}")
        print(f"  before: {old['out']!r} {old['spans']}\n  after:  {new['out']!r} {new['spans']}")
    print(f"{len(rows)} outputs compared: {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
