"""How well a de-identifier does on labelled sentences: per-type precision and recall over character spans.

Used by the tests (tests/voices/test_deidentify_quality.py) and by bench/deidentify.py, which scores
youthvoice's de-identifier and Microsoft Presidio the same way. A de-identifier is scored through a function
that says which parts of a text it would replace, with which type (``Span``); youthvoice's de-identifier
reports them itself (``Deidentified.spans``).

Scoring (per type):
- recall: a labelled value counts as found when placeholders of its type cover every letter and digit of
  it (half a phone number left behind is a miss);
- precision: a placeholder counts as right when it overlaps a labelled value of its type;
- removed: a labelled value covered by placeholders of any type is gone from the text, whatever the
  placeholder says (what matters for privacy); the ``any type`` row counts recall that way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from youthvoice.deidentify.engine import PLACEHOLDERS, deidentify

ANY = "any type"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Labelled:
    text: str
    spans: tuple[Span, ...]
    late: bool = False  # written after the de-identifier was changed to meet the set: a check on overfitting


@dataclass
class Score:
    expected: int = 0
    found: int = 0  # labelled values found (recall's numerator)
    removed: int = 0  # labelled values covered by placeholders of any type (gone from the text)
    flagged: int = 0  # placeholders put in
    right: int = 0  # placeholders that overlap a labelled value of their type
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def removed_share(self) -> float:
        return self.removed / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.flagged if self.flagged else 1.0


class LabelledSetError(ValueError):
    """The labelled file is not right; the message names the sentence and the value."""


def load_labelled(path: Path) -> tuple[list[Labelled], list[str]]:
    """A hand-labelled YAML file: (sentences with their spans, the configured school names)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    items = []
    for number, entry in enumerate(data["sentences"], start=1):
        text = entry["text"]
        spans = []
        for label in entry["pii"]:
            kind, value, *nth = label
            value = str(value)
            if kind not in PLACEHOLDERS:
                raise LabelledSetError(f"sentence {number}: {kind!r} is not one of {', '.join(PLACEHOLDERS)}")
            start = -1
            for _ in range(nth[0] if nth else 1):
                start = text.find(value, start + 1)
                if start < 0:
                    raise LabelledSetError(f"sentence {number}: {value!r} is not in {text!r}")
            spans.append(Span(start, start + len(value), kind))
        items.append(Labelled(text=text, spans=tuple(spans), late=bool(entry.get("late"))))
    return items, list(data.get("school_names") or [])


def labelled_from_pairs(pairs: Iterable[tuple[str, list[tuple[str, str]]]]) -> list[Labelled]:
    """(sentence, [(type, value)]) pairs, as tests/deid_corpus.py makes them, with spans."""
    items = []
    for text, labels in pairs:
        spans = []
        for kind, value in labels:
            start = text.find(value)
            if start < 0:
                raise LabelledSetError(f"{value!r} is not in {text!r}")
            spans.append(Span(start, start + len(value), kind))
        items.append(Labelled(text=text, spans=tuple(spans)))
    return items


def _marked(text: str, spans: list[Span]) -> str:
    """The text with each span shown as its placeholder, for the lists of misses."""
    out, last = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < last:
            continue
        out += [text[last : span.start], f"[{span.kind}]"]
        last = span.end
    return "".join([*out, text[last:]])


def _covered(text: str, span: Span, spans: list[Span]) -> bool:
    """Every letter and digit of ``span`` lies inside one of ``spans``."""
    return all(
        any(other.start <= index < other.end for other in spans)
        for index in range(span.start, span.end)
        if text[index].isalnum()
    )


def youthvoice_spans(*, school_names: Iterable[str] = ()) -> Callable[[str], list[Span]]:
    """What youthvoice's de-identifier removes from a text, as spans."""
    names = tuple(school_names)

    def spans(text: str) -> list[Span]:
        return [Span(*span) for span in deidentify(text, school_names=names).spans]

    return spans


def score(items: Iterable[Labelled], *, spans: Callable[[str], list[Span]]) -> dict[str, Score]:
    """Per-type scores (and ``ANY``) of a de-identifier, given as ``spans``: text in, what it would
    replace out."""
    table = {kind: Score() for kind in PLACEHOLDERS}
    table[ANY] = Score()
    for item in items:
        predicted = spans(item.text)
        output = _marked(item.text, predicted)
        for gold in item.spans:
            row = table[gold.kind]
            row.expected += 1
            table[ANY].expected += 1
            value = item.text[gold.start : gold.end]
            if _covered(item.text, gold, [p for p in predicted if p.kind == gold.kind]):
                row.found += 1
            else:
                row.missed.append(f"{value!r} in {item.text!r} -> {output!r}")
            if _covered(item.text, gold, predicted):
                row.removed += 1
                table[ANY].found += 1
                table[ANY].removed += 1
            else:
                table[ANY].missed.append(f"{value!r} in {item.text!r} -> {output!r}")
        for guess in predicted:
            # A type outside ours (another tool's dates, say) still takes words out: it counts for ANY.
            row = table.get(guess.kind)
            table[ANY].flagged += 1
            if any(g.start < guess.end and guess.start < g.end for g in item.spans):
                table[ANY].right += 1
            else:
                table[ANY].wrong.append(
                    f"{item.text[guess.start : guess.end]!r} in {item.text!r} -> {output!r}"
                )
            if row is None:
                continue
            row.flagged += 1
            if any(g.kind == guess.kind and g.start < guess.end and guess.start < g.end for g in item.spans):
                row.right += 1
            else:
                row.wrong.append(f"{item.text[guess.start : guess.end]!r} in {item.text!r} -> {output!r}")
    return table


def table_text(table: dict[str, Score]) -> str:
    lines = [f"{'type':<10} {'labelled':>8} {'found':>6} {'recall':>7} {'flagged':>8} {'precision':>9}"]
    for kind, row in table.items():
        counts = f"{kind:<10} {row.expected:>8} {row.found:>6} {row.recall:>7.3f} {row.flagged:>8}"
        lines.append(f"{counts} {row.precision:>9.3f}")
    return "\n".join(lines)


# --- Independent, frozen evaluation sets (evaluation/deidentify/*.jsonl) ---------------------------------
#
# Written by helpers who never saw the de-identifier; one JSON object a line:
# {"id", "style", "text", "spans": [{"start", "end", "type"}]}. Their types are ours plus NHS_NUMBER and
# DATE_OF_BIRTH. Scored as a person reading the output would judge it:
# - a labelled value is *gone* when the output no longer contains it, or every letter and digit of it lies
#   under a redaction (of any type: what matters is that it left the text);
# - a line with nothing labelled is *unchanged* only when the output is byte-identical to the input;
# - *common words kept*: of the everyday English words outside labelled values, the share not redacted.

INDEPENDENT_TYPES = tuple(dict.fromkeys((*PLACEHOLDERS, "NHS_NUMBER", "DATE_OF_BIRTH")))


@dataclass(frozen=True)
class IndependentLine:
    id: str
    style: str
    text: str
    spans: tuple[Span, ...]


def load_independent(path: Path) -> list[IndependentLine]:
    """A frozen JSONL evaluation set, checked: every span lies inside its text and has a known type."""
    import json

    lines = []
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        entry = json.loads(raw)
        text = entry["text"]
        spans = []
        for span in entry.get("spans") or []:
            start, end, kind = int(span["start"]), int(span["end"]), span["type"]
            if kind not in INDEPENDENT_TYPES or not 0 <= start < end <= len(text):
                raise LabelledSetError(f"line {number}: bad span {span!r}")
            spans.append(Span(start, end, kind))
        lines.append(
            IndependentLine(str(entry.get("id", number)), entry.get("style", ""), text, tuple(spans))
        )
    return lines


@dataclass
class IndependentScore:
    """Per labelled type: expected and gone; typed = gone under a placeholder of the labelled type."""

    expected: Counter = field(default_factory=Counter)
    gone: Counter = field(default_factory=Counter)
    typed: Counter = field(default_factory=Counter)
    clean_lines: int = 0
    clean_unchanged: int = 0
    common_words: int = 0
    common_kept: int = 0
    redactions: int = 0
    redactions_on_labels: int = 0
    missed: list[str] = field(default_factory=list)
    changed_clean: list[str] = field(default_factory=list)

    def share(self, kind: str) -> float:
        return self.gone[kind] / self.expected[kind] if self.expected[kind] else float("nan")

    def typed_share(self, kind: str) -> float:
        return self.typed[kind] / self.expected[kind] if self.expected[kind] else float("nan")

    @property
    def any_gone(self) -> float:
        total = sum(self.expected.values())
        return sum(self.gone.values()) / total if total else float("nan")

    @property
    def clean_share(self) -> float:
        return self.clean_unchanged / self.clean_lines if self.clean_lines else float("nan")

    @property
    def common_share(self) -> float:
        return self.common_kept / self.common_words if self.common_words else float("nan")

    @property
    def precision(self) -> float:
        return self.redactions_on_labels / self.redactions if self.redactions else float("nan")


_WORD_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def score_independent(
    lines: Iterable[IndependentLine],
    *,
    run: Callable[[str], tuple[str, list[Span]]],
    common_words: frozenset[str] = frozenset(),
) -> IndependentScore:
    """Score a de-identifier given as ``run``: text in, (output text, spans it redacted) out."""
    result = IndependentScore()
    for line in lines:
        output, predicted = run(line.text)
        if not line.spans:
            result.clean_lines += 1
            if output == line.text:
                result.clean_unchanged += 1
            else:
                result.changed_clean.append(f"{line.text!r} -> {output!r}")
        for gold in line.spans:
            value = line.text[gold.start : gold.end]
            result.expected[gold.kind] += 1
            if value not in output or _covered(line.text, gold, predicted):
                result.gone[gold.kind] += 1
                if _covered(line.text, gold, [p for p in predicted if p.kind == gold.kind]):
                    result.typed[gold.kind] += 1
            else:
                result.missed.append(f"{gold.kind}: {value!r} in {line.text!r} -> {output!r}")
        for guess in predicted:
            result.redactions += 1
            if any(g.start < guess.end and guess.start < g.end for g in line.spans):
                result.redactions_on_labels += 1
        if common_words:
            for match in _WORD_TOKEN.finditer(line.text):
                if match.group(0).lower() not in common_words:
                    continue
                if any(g.start < match.end() and match.start() < g.end for g in line.spans):
                    continue
                result.common_words += 1
                if not any(p.start < match.end() and match.start() < p.end for p in predicted):
                    result.common_kept += 1
    return result


def youthvoice_run(*, school_names: Iterable[str] = ()) -> Callable[[str], tuple[str, list[Span]]]:
    names = tuple(school_names)

    def run(text: str) -> tuple[str, list[Span]]:
        result = deidentify(text, school_names=names)
        return result.text, [Span(*span) for span in result.spans]

    return run
