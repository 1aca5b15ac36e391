"""Turning findings into what a page shows: the text in pieces, with each finding's piece marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from youthvoice.language.engine import Finding

if TYPE_CHECKING:
    from youthvoice.language.second_opinion import FindingReading


@dataclass(frozen=True)
class Piece:
    text: str
    finding: Finding | None = None
    number: int | None = None
    reading: FindingReading | None = None  # the second opinion's reading of the finding's sentence


def pieces(
    text: str, findings: list[Finding], readings: dict[Finding, FindingReading] | None = None
) -> list[Piece]:
    out, position = [], 0
    readings = readings or {}
    for number, finding in enumerate(findings, start=1):
        if finding.start > position:
            out.append(Piece(text[position : finding.start]))
        out.append(Piece(text[finding.start : finding.end], finding, number, readings.get(finding)))
        position = finding.end
    if position < len(text):
        out.append(Piece(text[position:]))
    return out
