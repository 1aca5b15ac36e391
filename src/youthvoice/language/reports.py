"""The checker's findings as text, JSON or SARIF 2.1.0 (for code-scanning tools and editors)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from youthvoice.language.engine import Finding
from youthvoice.language.limits import READING_AGE_TARGET
from youthvoice.language.rules import RuleSet

if TYPE_CHECKING:  # the second opinion brings in NumPy: not for a command line that did not ask for it
    from youthvoice.language.second_opinion import FindingReading, SecondOpinion

SARIF_LEVELS = {"high": "error", "medium": "warning", "low": "note"}


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: list[Finding]
    reading_age: float | None
    reading_age_measured: bool = True  # False when the command line was told to leave it out
    # None when the second opinion was not asked for; its marks are advice, kept apart from the findings.
    second_opinion: list[SecondOpinion] | None = None
    # The second opinion's reading of each finding's sentence it read (None when not asked for).
    readings: dict[Finding, FindingReading] | None = None

    def reading(self, finding: Finding) -> FindingReading | None:
        return (self.readings or {}).get(finding)


def as_text(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        for f in result.findings:
            suggestions = "; ".join(f.suggestions)
            quoted = " ".join(f.text.split())
            line = (
                f"{result.path}:{f.line}:{f.column}: {f.severity} {f.rule_id}: “{quoted}”: {f.message}"
                f" Try: {suggestions}"
            )
            reading = result.reading(f)
            if reading is not None and reading.cleared:
                line += f" ({reading.note}; probability {reading.probability:.2f})"
            lines.append(line)
        for opinion in result.second_opinion or ():
            quoted = " ".join(opinion.text.split())
            lines.append(
                f"{result.path}:{opinion.line}:{opinion.column}: second opinion: {opinion.kind}: "
                f"“{quoted}” (probability {opinion.probability:.2f}; no rule matched it)"
            )
        age = "not measurable" if result.reading_age is None else f"{result.reading_age}"
        count = len(result.findings)
        summary = f"{result.path}: {count} finding(s)"
        if result.second_opinion is not None:
            summary += f", {len(result.second_opinion)} sentence(s) for a second read"
            cleared = sum(1 for f in result.findings if (reading := result.reading(f)) and reading.cleared)
            if cleared:
                summary += f", {cleared} finding(s) it reads as likely fine in context"
        if result.reading_age_measured:
            summary += f"; reading age {age} (target {READING_AGE_TARGET})"
        lines.append(summary)
    return "\n".join(lines) + "\n"


def as_json(results: list[FileResult]) -> str:
    data = {
        "files": [
            {
                "path": result.path,
                "reading_age": result.reading_age,
                "reading_age_target": READING_AGE_TARGET,
                "findings": [finding_as_dict(result, finding) for finding in result.findings],
                **(
                    {}
                    if result.second_opinion is None
                    else {"second_opinion": [opinion.as_dict() for opinion in result.second_opinion]}
                ),
            }
            for result in results
        ]
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def finding_as_dict(result: FileResult, finding: Finding) -> dict:
    """As the API gives it: with ``second_opinion`` (its reading, or None) only when it was asked for."""
    if result.readings is None:
        return finding.as_dict()
    reading = result.reading(finding)
    return {**finding.as_dict(), "second_opinion": reading.as_dict() if reading else None}


def end_position(finding: Finding) -> tuple[int, int]:
    newlines = finding.text.count("\n")
    if not newlines:
        return finding.line, finding.column + len(finding.text)
    return finding.line + newlines, len(finding.text) - finding.text.rfind("\n")


def as_sarif(results: list[FileResult], *, ruleset: RuleSet) -> str:
    used = sorted({f.rule_id for result in results for f in result.findings})
    rules_by_id = ruleset.by_id()
    index = {rule_id: position for position, rule_id in enumerate(used)}
    driver_rules = []
    for rule_id in used:
        rule = rules_by_id[rule_id]
        driver_rules.append(
            {
                "id": rule.id,
                "name": rule.id,
                "shortDescription": {"text": rule.message},
                "fullDescription": {"text": rule.why},
                "help": {"text": "Try instead: " + "; ".join(rule.suggestions)},
                "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
                "properties": {
                    "category": rule.category,
                    "severity": rule.severity,
                    "source": ruleset.sources[rule.source],
                },
            }
        )
    sarif_results = []
    for result in results:
        for f in result.findings:
            end_line, end_column = end_position(f)
            sarif_results.append(
                {
                    "ruleId": f.rule_id,
                    "ruleIndex": index[f.rule_id],
                    "level": SARIF_LEVELS[f.severity],
                    "message": {"text": f"“{' '.join(f.text.split())}”: {f.message}"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": result.path},
                                "region": {
                                    "startLine": f.line,
                                    "startColumn": f.column,
                                    "endLine": end_line,
                                    "endColumn": end_column,
                                    "charOffset": f.start,
                                    "charLength": f.end - f.start,
                                },
                            }
                        }
                    ],
                }
            )
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "youthvoice-language", "rules": driver_rules}},
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
