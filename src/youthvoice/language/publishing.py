"""The gate every text youthvoice publishes to young people passes: the language checker and reading age.

``publication_gate_check(texts=...)`` checks each named text with ``youthvoice.language.publication_check``.
A high-severity ("blocking") finding stops publication unless staff give a reason to publish that rule's
words anyway; ``publication_gate_pass`` enforces that and records each reason as a ``PublicationOverride``.
The reading age (target 12 or under) is advice, shown beside the findings, never blocking.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models

from youthvoice.language import READING_AGE_TARGET, Finding, publication_check, reading_age
from youthvoice.language.models import PublicationOverride
from youthvoice.language.readability import meets_reading_target


@dataclass(frozen=True)
class PlacedFinding:
    field: str
    finding: Finding


@dataclass(frozen=True)
class BlockedRule:
    rule_id: str
    message: str
    suggestions: tuple[str, ...]
    places: tuple[PlacedFinding, ...]

    @property
    def words(self) -> str:
        return ", ".join(dict.fromkeys(f"“{place.finding.text}”" for place in self.places))

    @property
    def fields(self) -> str:
        return ", ".join(dict.fromkeys(place.field for place in self.places))


@dataclass(frozen=True)
class GateReport:
    findings: tuple[PlacedFinding, ...]
    reading_age: float | None
    reading_age_target: int = READING_AGE_TARGET

    @property
    def meets_reading_target(self) -> bool:
        return meets_reading_target(self.reading_age)

    @property
    def blocked_rules(self) -> tuple[BlockedRule, ...]:
        """One entry per blocking rule, in the order first found, with every place it was found."""
        by_rule: dict[str, list[PlacedFinding]] = {}
        for placed in self.findings:
            if placed.finding.severity == "high":
                by_rule.setdefault(placed.finding.rule_id, []).append(placed)
        return tuple(
            BlockedRule(
                rule_id=rule_id,
                message=places[0].finding.message,
                suggestions=places[0].finding.suggestions,
                places=tuple(places),
            )
            for rule_id, places in by_rule.items()
        )

    @property
    def advice(self) -> tuple[PlacedFinding, ...]:
        return tuple(placed for placed in self.findings if placed.finding.severity != "high")

    def unresolved(self, overrides: dict[str, str]) -> tuple[BlockedRule, ...]:
        return tuple(rule for rule in self.blocked_rules if not (overrides.get(rule.rule_id) or "").strip())


class PublicationBlocked(Exception):
    """Blocking wording is still there and nobody gave a reason to publish it anyway."""

    def __init__(self, report: GateReport, unresolved: tuple[BlockedRule, ...]):
        self.report = report
        self.unresolved = unresolved
        names = "; ".join(f"{rule.words} ({rule.message})" for rule in unresolved)
        super().__init__(
            "These words blame or harm young people, so they cannot be published yet: "
            f"{names}. Change the words, or give a reason to publish them anyway."
        )


def publication_gate_check(*, texts: dict[str, str]) -> GateReport:
    """Check every named text (e.g. {"What we did": "..."}) meant for young people."""
    findings = []
    for field, text in texts.items():
        if text:
            findings.extend(PlacedFinding(field=field, finding=f) for f in publication_check(text).findings)
    combined = "\n\n".join(text for text in texts.values() if text)
    return GateReport(findings=tuple(findings), reading_age=reading_age(combined))


def publication_gate_pass(
    *, texts: dict[str, str], overrides: dict[str, str], subject: models.Model, user, subject_label: str = ""
) -> GateReport:
    """Check ``texts``; raise PublicationBlocked unless every blocking rule has a reason in ``overrides``
    (rule id -> reason). Records the reasons used against ``subject``. Call inside the publishing
    transaction, so a refused or failed publication records nothing."""
    report = publication_gate_check(texts=texts)
    unresolved = report.unresolved(overrides)
    if unresolved:
        raise PublicationBlocked(report, unresolved)
    subject_type = ContentType.objects.get_for_model(subject)
    PublicationOverride.objects.bulk_create(
        PublicationOverride(
            subject_type=subject_type,
            subject_id=subject.pk,
            subject_label=(subject_label or str(subject))[:300],
            rule_id=rule.rule_id,
            words=rule.words[:300],
            reason=overrides[rule.rule_id].strip(),
            overridden_by=user,
        )
        for rule in report.blocked_rules
    )
    return report


def publication_overrides_for(*, subject: models.Model):
    return PublicationOverride.objects.filter(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk
    ).select_related("overridden_by")
