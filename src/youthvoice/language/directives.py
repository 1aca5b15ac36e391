"""Marking words as deliberate, like a linter's ignore comments.

Two forms, HTML comments (invisible in Markdown and on web pages) and brackets (for plain text and Word):

- ``<!-- youthvoice: ignore rule-id, other-id -->`` or ``[yv-ignore: rule-id, other-id]``: findings of those
  rules on this line are not reported. Without rule ids, no finding on the line is. A directive alone on its
  line applies to the next line instead.
- ``<!-- youthvoice: quote -->`` ... ``<!-- youthvoice: end quote -->``,
  or ``[yv-quote]`` ... ``[/yv-quote]``: a young person's own words, quoted as said. Nothing between them
  is reported (across lines too). A quote left open runs to the end of the text.

The directives themselves are never reported (a rule id such as ``child-prostitute`` would otherwise match).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

DIRECTIVE = re.compile(
    r"<!--\s*youthvoice:\s*(?P<html>ignore|quote|end\s+quote)\b(?P<html_ids>[^>]*?)-->"
    r"|\[(?P<bracket>yv-ignore|yv-quote|/yv-quote)(?::(?P<bracket_ids>[^\]\n]*))?\]",
    re.IGNORECASE,
)
RULE_IDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.IGNORECASE)


@dataclass
class Suppressed:
    # (start, end, rule ids or None for every rule), sorted by start
    spans: list[tuple[int, int, frozenset[str] | None]] = field(default_factory=list)
    unknown_rule_ids: set[str] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)

    def covers(self, start: int, end: int, rule_id: str) -> bool:
        # Spans are few (one or two per directive): look only at those starting before the finding.
        index = bisect.bisect_right(self.starts, start)
        return any(
            end <= span_end and (rule_ids is None or rule_id in rule_ids)
            for _span_start, span_end, rule_ids in self.spans[:index]
        )


def line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end == -1 else end


def suppressed_spans(text: str, *, known_rule_ids: set[str] | None) -> Suppressed:
    result = Suppressed()
    quote_start: int | None = None
    for directive in DIRECTIVE.finditer(text):
        kind = (directive.group("html") or directive.group("bracket")).lower()
        kind = " ".join(kind.split())
        ids_text = directive.group("html_ids") or directive.group("bracket_ids") or ""
        result.spans.append((directive.start(), directive.end(), None))
        if kind in ("ignore", "yv-ignore"):
            ids = frozenset(found.lower() for found in RULE_IDS.findall(ids_text)) or None
            if ids and known_rule_ids is not None:
                result.unknown_rule_ids |= ids - known_rule_ids
            line_start, line_end = line_bounds(text, directive.start())
            rest_of_line = (text[line_start : directive.start()] + text[directive.end() : line_end]).strip()
            if not rest_of_line and line_end < len(text):
                line_start, line_end = line_bounds(text, line_end + 1)
            result.spans.append((line_start, line_end, ids))
        elif kind in ("quote", "yv-quote"):
            if quote_start is None:
                quote_start = directive.end()
        elif quote_start is not None:  # end quote
            result.spans.append((quote_start, directive.start(), None))
            quote_start = None
    if quote_start is not None:
        result.spans.append((quote_start, len(text), None))
    result.spans.sort(key=lambda span: span[0])
    result.starts = [span[0] for span in result.spans]
    return result
