"""Does a change to the language checker change any output? Write every output to a file, then compare a
later run with it, text by text.

    .venv/bin/python bench/language_outputs.py write /tmp/before.jsonl     # on the code before
    .venv/bin/python bench/language_outputs.py compare /tmp/before.jsonl   # on the code after

The texts: every line of every development set (evaluation/language/*.jsonl and every
evaluation/heldout/language/ file in this checkout), each alone and five lines joined into one note; the
labelled sentences (tests/data/language_labelled.yaml); and the texts bench/language_check.py times: 1 MB
of its repeating corpus, 1 MB of it with every sentence new, and 60 of its 2,000-word endpoint notes. An
output is ``publication_check``'s report as the REST endpoint returns it (every finding's rule id, span,
line, column, text, message, suggestions, why and source; the reading age). ``compare`` names each text
whose output differs (by set and line id, not its words) and exits 1 if any does: a change meant only for
speed must leave every one byte-identical. ``--cold`` forgets every remembered verdict and parse before
each text, so the answers from memory and from a fresh reading are both compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

SETS = sorted(
    [
        *(ROOT / "evaluation/language").glob("*.jsonl"),
        *(ROOT / "evaluation/heldout/language").rglob("*.jsonl"),
    ]
)


def texts() -> list[tuple[str, str]]:
    """(a name that does not quote the text, the text), in a fixed order."""
    import yaml
    from language_check import note_with_new_words, synthetic_text, with_new_words

    named = []
    for path in SETS:
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        named += [(f"{path.stem}:{row['id']}", row["text"]) for row in rows]
        named += [
            (f"{path.stem}:{rows[i]['id']}+4", " ".join(row["text"] for row in rows[i : i + 5]))
            for i in range(0, len(rows) - 4, 5)
        ]
    labelled = yaml.safe_load((ROOT / "tests/data/language_labelled.yaml").read_text("utf-8"))
    named += [(f"labelled:{number}", text) for number, (text, _expected) in enumerate(labelled)]
    named.append(("corpus:1MB", synthetic_text(1_000_000)))
    # The texts of the first outputs written (session 13): sentence ends lost with a replaced word, as then.
    new_text = with_new_words(synthetic_text(1_000_000, seed=50), seed=51, sentence_ends="merged")
    named.append(("corpus:1MB-new", new_text))
    named += [
        (f"note:{seed}", note_with_new_words(seed, sentence_ends="merged")) for seed in range(1000, 1060)
    ]
    return named


def outputs(*, cold: bool) -> list[dict]:
    from language_check import forget_sentences

    from youthvoice.language.engine import default_checker
    from youthvoice.language.publication import publication_check

    rows = []
    for name, text in texts():
        if cold:
            forget_sentences(default_checker())
        report = json.dumps(publication_check(text).as_dict(), ensure_ascii=False, sort_keys=True)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        rows.append({"name": name, "text_sha256": digest, "report": report})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "compare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--cold", action="store_true", help="forget remembered answers before each text")
    args = parser.parse_args()
    rows = outputs(cold=args.cold)
    findings = sum(len(json.loads(row["report"])["findings"]) for row in rows)
    if args.action == "write":
        args.file.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
        print(f"{len(rows)} outputs ({findings} findings) written to {args.file}")
        return
    before = [json.loads(line) for line in args.file.read_text("utf-8").splitlines()]
    if [(row["name"], row["text_sha256"]) for row in before] != [(r["name"], r["text_sha256"]) for r in rows]:
        sys.exit("the texts differ from the file's: was it written from the same sets?")
    differ = [(old, new) for old, new in zip(before, rows, strict=True) if old != new]
    for old, new in differ:
        was = [f["rule_id"] for f in json.loads(old["report"])["findings"]]
        now = [f["rule_id"] for f in json.loads(new["report"])["findings"]]
        print(f"{old['name']}: before {was}, after {now}" + ("" if was != now else " (other fields differ)"))
    print(f"{len(rows)} outputs ({findings} findings) compared: {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
