"""Turning findings into what a page shows: the text in pieces, with each finding's piece marked."""

from __future__ import annotations

from dataclasses import dataclass

from youthvoice.language.engine import Finding


@dataclass(frozen=True)
class Piece:
    text: str
    finding: Finding | None = None
    number: int | None = None


def pieces(text: str, findings: list[Finding]) -> list[Piece]:
    out, position = [], 0
    for number, finding in enumerate(findings, start=1):
        if finding.start > position:
            out.append(Piece(text[position : finding.start]))
        out.append(Piece(text[finding.start : finding.end], finding, number))
        position = finding.end
    if position < len(text):
        out.append(Piece(text[position:]))
    return out
