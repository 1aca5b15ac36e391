"""The gate every text youthvoice publishes to young people passes: the language checker and reading age.

``publication_gate_check(texts=...)`` checks each named text with ``youthvoice.language.publication_check``.
A high-severity ("blocking") finding stops publication unless staff give a reason to publish that rule's
words anyway; ``publication_gate_pass`` enforces that and records each reason as a ``PublicationOverride``.
The reading age (target 12 or under) is advice, shown beside the findings, never blocking.

Where a partnership has chosen it (``Partnership.second_opinion_clears_findings``, off by default) and the
deployment runs the second opinion (``YOUTHVOICE_LANGUAGE_SECOND_OPINION``), a blocking finding whose sentence
the second opinion reads as likely fine in context (``second_opinion.CLEARING_THRESHOLD``) is let through:
it no longer needs a reason, the report and the refusal say which words were let through and why, and
``publication_gate_pass`` records each as a ``PublicationOverride`` with that reason. A finding the second
opinion does not clear blocks exactly as before; if it cannot run, nothing is let through.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models

from youthvoice.language import READING_AGE_TARGET, Finding, publication_check, reading_age
from youthvoice.language.models import PublicationOverride
from youthvoice.language.publication import BLOCKING_SEVERITY
from youthvoice.language.readability import meets_reading_target
from youthvoice.partnership.models import Partnership


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
class LetThrough:
    """A blocking finding the second opinion cleared, let through by the partnership's setting."""

    place: PlacedFinding
    probability: float  # the second opinion's probability that its sentence blames the child

    @property
    def why(self) -> str:
        from youthvoice.language.second_opinion import CLEARED, CLEARING_THRESHOLD

        return (
            f"“{self.place.finding.text}” in “{self.place.field}”: {CLEARED} (probability "
            f"{self.probability:.2f}, below {CLEARING_THRESHOLD:.2f})"
        )


LET_THROUGH_REASON = (
    "Let through without a reason from staff: the second opinion reads the sentence as likely fine in "
    "context, and the partnership's setting lets findings it clears through. {places}."
)


def _by_rule(places) -> tuple[BlockedRule, ...]:
    by_rule: dict[str, list[PlacedFinding]] = {}
    for placed in places:
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


@dataclass(frozen=True)
class GateReport:
    findings: tuple[PlacedFinding, ...]
    reading_age: float | None
    reading_age_target: int = READING_AGE_TARGET
    let_through: tuple[LetThrough, ...] = ()
    # Why nothing could be let through though the partnership chose it: the second opinion could not run.
    clearing_unavailable: str | None = None

    @property
    def meets_reading_target(self) -> bool:
        return meets_reading_target(self.reading_age)

    @property
    def blocked_rules(self) -> tuple[BlockedRule, ...]:
        """One entry per blocking rule, in the order first found, with every place it still blocks (a place
        the second opinion cleared is let through, where the partnership chose that)."""
        cleared = {item.place for item in self.let_through}
        return _by_rule(
            placed for placed in self.findings if placed.finding.severity == "high" and placed not in cleared
        )

    @property
    def let_through_rules(self) -> tuple[BlockedRule, ...]:
        return _by_rule(item.place for item in self.let_through)

    @property
    def let_through_message(self) -> str:
        """What was let through and why, for staff ("" when nothing was)."""
        if not self.let_through:
            return ""
        return LET_THROUGH_REASON.format(places="; ".join(item.why for item in self.let_through))

    def let_through_reason(self, rule_id: str) -> str:
        places = [item for item in self.let_through if item.place.finding.rule_id == rule_id]
        return LET_THROUGH_REASON.format(places="; ".join(item.why for item in places))

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
        message = (
            "These words blame or harm young people, so they cannot be published yet: "
            f"{names}. Change the words, or give a reason to publish them anyway."
        )
        if report.let_through:
            message += " " + report.let_through_message
        super().__init__(message)


def clearing_lets_through(partnership: Partnership | None) -> bool:
    """Whether findings the second opinion clears stop blocking: the partnership chose it, and the
    deployment runs the second opinion at all."""
    return bool(
        partnership is not None
        and partnership.second_opinion_clears_findings
        and settings.YOUTHVOICE_LANGUAGE_SECOND_OPINION
    )


def publication_gate_check(*, texts: dict[str, str], partnership: Partnership | None = None) -> GateReport:
    """Check every named text (e.g. {"What we did": "..."}) meant for young people. With the partnership
    that publishes them, its choice about findings the second opinion clears applies; without, none is."""
    findings = []
    for field, text in texts.items():
        if text:
            findings.extend(PlacedFinding(field=field, finding=f) for f in publication_check(text).findings)
    combined = "\n\n".join(text for text in texts.values() if text)
    let_through, unavailable = (), None
    if clearing_lets_through(partnership):
        let_through, unavailable = _cleared_blocking(texts, findings)
    return GateReport(
        findings=tuple(findings),
        reading_age=reading_age(combined),
        let_through=let_through,
        clearing_unavailable=unavailable,
    )


def _cleared_blocking(
    texts: dict[str, str], findings: list[PlacedFinding]
) -> tuple[tuple[LetThrough, ...], str | None]:
    """The blocking findings the second opinion clears, read field by field; none where it cannot run."""
    from youthvoice.core.embeddings import EmbeddingIntegrityError, EmbeddingUnavailable
    from youthvoice.language.second_opinion import SecondOpinionError, finding_readings  # NumPy: when asked

    let_through = []
    for field, text in texts.items():
        blocking = [
            p.finding for p in findings if p.field == field and p.finding.severity == BLOCKING_SEVERITY
        ]
        if not blocking:
            continue
        try:
            readings = finding_readings(text, blocking)
        except (EmbeddingUnavailable, EmbeddingIntegrityError, SecondOpinionError) as error:
            return (), f"The second opinion could not run, so no finding was let through: {error}"
        let_through.extend(
            LetThrough(place=PlacedFinding(field=field, finding=finding), probability=reading.probability)
            for finding, reading in readings.items()
            if reading.cleared
        )
    return tuple(let_through), None


def publication_gate_pass(
    *,
    texts: dict[str, str],
    overrides: dict[str, str],
    subject: models.Model,
    user,
    subject_label: str = "",
    partnership: Partnership | None = None,
) -> GateReport:
    """Check ``texts``; raise PublicationBlocked unless every blocking rule has a reason in ``overrides``
    (rule id -> reason) or, where ``partnership`` chose it, every place it is found was cleared by the second
    opinion. Records the reasons used, and the findings let through, against ``subject``. Call inside the
    publishing transaction, so a refused or failed publication records nothing."""
    report = publication_gate_check(texts=texts, partnership=partnership)
    unresolved = report.unresolved(overrides)
    if unresolved:
        raise PublicationBlocked(report, unresolved)
    subject_type = ContentType.objects.get_for_model(subject)
    decided = [(rule, overrides[rule.rule_id].strip()) for rule in report.blocked_rules]
    decided += [(rule, report.let_through_reason(rule.rule_id)) for rule in report.let_through_rules]
    PublicationOverride.objects.bulk_create(
        PublicationOverride(
            subject_type=subject_type,
            subject_id=subject.pk,
            subject_label=(subject_label or str(subject))[:300],
            rule_id=rule.rule_id,
            words=rule.words[:300],
            reason=reason,
            overridden_by=user,
        )
        for rule, reason in decided
    )
    return report


def publication_overrides_for(*, subject: models.Model):
    return PublicationOverride.objects.filter(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk
    ).select_related("overridden_by")
