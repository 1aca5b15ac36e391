"""Whether a text may be published to young people: the one check every publishing app calls."""

from __future__ import annotations

from dataclasses import dataclass

from youthvoice.language.engine import Finding, check
from youthvoice.language.readability import READING_AGE_TARGET, meets_reading_target, reading_age

BLOCKING_SEVERITY = "high"


@dataclass(frozen=True)
class PublicationReport:
    findings: tuple[Finding, ...]
    reading_age: float | None
    reading_age_target: int = READING_AGE_TARGET

    @property
    def blocking_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == BLOCKING_SEVERITY)

    @property
    def meets_reading_target(self) -> bool:
        return meets_reading_target(self.reading_age)

    @property
    def may_publish(self) -> bool:
        """No high-severity finding. A reading age over the target is advice, shown but not blocking."""
        return not self.blocking_findings

    def as_dict(self) -> dict:
        return {
            "may_publish": self.may_publish,
            "reading_age": self.reading_age,
            "reading_age_target": self.reading_age_target,
            "meets_reading_target": self.meets_reading_target,
            "findings": [finding.as_dict() for finding in self.findings],
            "blocking_findings": [finding.rule_id for finding in self.blocking_findings],
        }


def publication_check(text: str) -> PublicationReport:
    """Findings, the blocking ones (severity high), and the reading age of a text meant for young people."""
    return PublicationReport(findings=tuple(check(text)), reading_age=reading_age(text))
