"""The de-identifier's text surgery: run detectors one after another over a text and remember, for every
placeholder put in, which characters of the original it replaced (``Deidentified.spans``).

Private to ``youthvoice.deidentify.engine``; kept apart because it is one concept (positions through many
rewrites) and the de-identifier's own module is about what identifies a person.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

_PLACEHOLDER_IN = re.compile(r"\[([A-Z_]+)\]")
# An origin that is a placeholder's shared [start, end, kind] record, not one original character's index.
_is_record = list.__instancecheck__


class Replacer:
    """Runs the detectors one after another and remembers where each placeholder came from.

    ``origin`` has one entry per character of the current text: the index of the original character it
    is, or (for a placeholder's characters) one shared ``[start, end, kind, step]`` list in original indices.
    ``step`` names the detector that was running when the placeholder went in (the engine sets
    ``self.step`` before each one): the name veto (``name_veto.py``) judges a removal by what made it.
    """

    def __init__(self, text: str) -> None:
        self.found: Counter = Counter()
        self.origin: list = list(range(len(text)))
        self.step = ""

    def sub(self, pattern: re.Pattern, kind: str, text: str, group: str | None = None, check=None) -> str:
        def replace(match: re.Match) -> str:
            whole = match.group(0)
            target = match.group(group) if group else whole
            if check is not None and not check(target):
                return whole
            self.found[kind] += 1
            if group:
                start, end = match.span(group)
                offset = match.start()
                return whole[: start - offset] + f"[{kind}]" + whole[end - offset :]
            return f"[{kind}]"

        return self.apply(pattern, replace, text)

    def apply(self, pattern: re.Pattern, replace, text: str) -> str:
        """``pattern.sub(replace, text)``, keeping ``origin`` in step with the text."""
        if isinstance(pattern, _Edits):
            edits = list(pattern.edits)
        else:
            edits = [
                (match, new) for match in pattern.finditer(text) if (new := replace(match)) != match.group(0)
            ]
        if not edits:
            return text
        pieces: list[str] = []
        origin: list = []
        last = 0
        for match, new in edits:
            start, end = match.span()
            pieces.append(text[last:start])
            origin.extend(self.origin[last:start])
            pieces.append(new)
            following = self.origin[end] if end < len(self.origin) else None
            origin.extend(_remap(match.group(0), new, self.origin[start:end], origin, self.step, following))
            last = end
        pieces.append(text[last:])
        origin.extend(self.origin[last:])
        self.origin = origin
        return "".join(pieces)

    def replace_spans(self, text: str, spans: list[tuple[int, int]], kind: str) -> str:
        """Replace each (start, end) of the current text (sorted, not overlapping) with one placeholder."""
        if not spans:
            return text
        self.found[kind] += len(spans)
        edits = iter([(_Piece(text, start, end), f"[{kind}]") for start, end in spans])
        return self.apply(_Edits(edits), None, text)

    def spans(self) -> tuple[tuple[int, int, str], ...]:
        # Each placeholder's record once, in text order: the runs of one record among the origins (the
        # filter and the grouping run in C, rather than a Python step for every character).
        return tuple((entry[0], entry[1], entry[2]) for entry in self._records())

    def steps(self) -> tuple[str, ...]:
        """The step that made each placeholder, in the order of ``spans()``."""
        return tuple(entry[3] for entry in self._records())

    def spans_and_steps(self) -> tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]]:
        """``spans()`` and ``steps()`` in one pass over the origins."""
        records = self._records()
        return tuple((entry[0], entry[1], entry[2]) for entry in records), tuple(
            entry[3] for entry in records
        )

    def _records(self) -> list[list]:
        return [entry for _, (entry, *_) in groupby(filter(_is_record, self.origin), key=id)]

    def put_back(self, text: str, original: str, indices: set[int]) -> str:
        """``text`` with the placeholders at ``indices`` (positions in ``spans()``) replaced by the words of
        ``original`` they took out; each character put back has its index in ``original`` as its origin."""
        put_back = {id(entry) for index, entry in enumerate(self._records()) if index in indices}
        pieces: list[str] = []
        origin: list = []
        last = 0
        for index, entry in enumerate(self.origin):
            if id(entry) not in put_back or (index and self.origin[index - 1] is entry):
                continue
            end = index
            while end < len(text) and self.origin[end] is entry:
                end += 1
            pieces.append(text[last:index])
            origin.extend(self.origin[last:index])
            pieces.append(original[entry[0] : entry[1]])
            origin.extend(range(entry[0], entry[1]))
            last = end
        pieces.append(text[last:])
        origin.extend(self.origin[last:])
        self.origin = origin
        return "".join(pieces)


def _remap(old: str, new: str, old_origin: list, before: list, step: str = "", after=None) -> list:
    """Origins for ``new``, which replaced ``old``: what they share at each end keeps its origin; a new
    placeholder in the middle covers everything the middle of ``old`` came from; a pure deletion (a
    surname absorbed into "[NAME]") widens the placeholder it touches. ``after``: the origin of the
    character after ``old``."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    removed = old_origin[head : len(old) - tail]
    added = new[head : len(new) - tail]
    covered = [
        index
        for entry in removed
        if entry is not None
        for index in ((entry[0], entry[1] - 1) if isinstance(entry, list) else (entry,))
    ]
    kept_head, kept_tail = old_origin[:head], old_origin[len(old) - tail :]
    if not covered:
        return kept_head + [None] * len(added) + kept_tail
    placeholder = _PLACEHOLDER_IN.search(added)
    if placeholder is not None:
        record = [min(covered), max(covered) + 1, placeholder.group(1), step]
        return kept_head + [record] * len(added) + kept_tail
    # The placeholder the deletion touches: the one just before it ("[NAME] Harrow" -> "[NAME]"), else the one
    # just after it ("A. [NAME]" -> "[NAME]"), else the nearest before it.
    preceding = kept_head[-1] if kept_head else before[-1] if before else None
    following = kept_tail[0] if kept_tail else after
    widened = next((entry for entry in (preceding, following) if isinstance(entry, list)), None)
    if widened is None:
        widened = next((entry for entry in reversed(before + kept_head) if isinstance(entry, list)), None)
    if widened is not None:
        widened[0], widened[1] = min(widened[0], *covered), max(widened[1], max(covered) + 1)
    return kept_head + [None] * len(added) + kept_tail


class _Piece:
    """A part of the text that looks like a regex match to ``Replacer.apply``."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, _: int = 0) -> str:
        return self._text[self._start : self._end]


class _Edits:
    def __init__(self, edits) -> None:
        self.edits = edits


class AtStarts:
    """``pattern`` tried only at ``starts``, positions in the text given to ``finditer``: where a pattern can
    only begin at a few words (a cue, a capitalised word before a verb), trying it there is much faster
    than letting ``re`` try every position, and finds the same matches as long as ``starts`` holds every
    position where a match could begin (more do no harm). Used by ``Replacer.apply`` like a pattern."""

    def __init__(self, pattern: re.Pattern, starts) -> None:
        self.pattern, self.starts = pattern, starts

    def finditer(self, text: str):
        match_at, reached = self.pattern.match, 0
        for start in sorted(set(self.starts)):
            if start < reached:
                continue  # inside the last match: ``finditer`` goes on from where a match ends
            match = match_at(text, start)
            if match is not None:
                reached = match.end()
                yield match


def word_starts_before(text: str, position: int, count: int) -> list[int]:
    """The start of every run of letters in the ``count`` whitespace-separated pieces of ``text`` before
    ``position``."""
    starts = []
    end = position
    for _ in range(count):
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start == end:
            break
        starts += [
            i for i in range(start, end) if text[i].isalpha() and (i == start or not text[i - 1].isalnum())
        ]
        end = start
    return starts
