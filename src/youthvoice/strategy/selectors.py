"""Reading the CE strategy: its versions, the figures a section can rest on, and what changed between two
versions, section by section."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.selectors import dashboard_build
from youthvoice.partnership.models import Partnership
from youthvoice.strategy.models import SectionEvidence, Strategy, StrategySection, StrategyVersion

# The dashboard's tables a strategy may quote: what young people said, who took part, and how young
# people's views differ from professionals'.
FIGURE_PREFIXES = ("themes", "perception-gap", "representation-")


@dataclass(frozen=True)
class FigureSnapshot:
    """A published, disclosure-controlled table of the insights dashboard, as a sentence."""

    slug: str
    title: str
    text: str


def figures_available(*, partnership: Partnership) -> list[FigureSnapshot]:
    """The dashboard's figures over all published months, every one through disclosure control. None when
    too few young people have answered to publish anything."""
    board = dashboard_build(partnership=partnership, filters=DashboardFilters())
    if not board.shown:
        return []
    return [
        FigureSnapshot(slug=table.slug, title=table.title, text=f"{table.summary} {board.coverage}".strip())
        for table in board.tables()
        if table.slug.startswith(FIGURE_PREFIXES)
    ]


def strategy_for(*, partnership: Partnership) -> Strategy | None:
    return Strategy.objects.filter(partnership=partnership).first()


def versions_of(*, strategy: Strategy) -> QuerySet[StrategyVersion]:
    return StrategyVersion.objects.filter(strategy=strategy).select_related("published_by")


def version_draft(*, strategy: Strategy) -> StrategyVersion | None:
    return versions_of(strategy=strategy).filter(published_on__isnull=True).first()


def version_latest_published(*, strategy: Strategy) -> StrategyVersion | None:
    return versions_of(strategy=strategy).filter(published_on__isnull=False).order_by("-number").first()


def version_with_sections(*, strategy: Strategy, number: int) -> StrategyVersion | None:
    evidence = SectionEvidence.objects.select_related("action", "partnership_theme", "insight_theme")
    sections = StrategySection.objects.prefetch_related(Prefetch("evidence", queryset=evidence))
    return (
        versions_of(strategy=strategy)
        .filter(number=number)
        .prefetch_related(Prefetch("sections", queryset=sections))
        .select_related("based_on")
        .first()
    )


# --- Comparing two versions -------------------------------------------------------------------------------

TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffPart:
    op: str  # "same", "added" or "removed"
    text: str


def words_diff(old: str, new: str) -> list[DiffPart]:
    """``new`` against ``old``, word by word, as runs of unchanged, added and removed text."""
    old_tokens, new_tokens = TOKENS.findall(old), TOKENS.findall(new)
    parts: list[DiffPart] = []
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(DiffPart("same", "".join(new_tokens[j1:j2])))
            continue
        if tag in ("replace", "delete"):
            parts.append(DiffPart("removed", "".join(old_tokens[i1:i2])))
        if tag in ("replace", "insert"):
            parts.append(DiffPart("added", "".join(new_tokens[j1:j2])))
    return parts


def _evidence_labels(section: StrategySection | None) -> list[str]:
    if section is None:
        return []
    return [f"{e.get_kind_display()}: {e.label}" for e in section.evidence.all()]


@dataclass(frozen=True)
class SectionChange:
    status: str  # "added", "removed", "changed" or "unchanged"
    title: str
    old_title: str
    body: list[DiffPart]
    evidence_added: list[str]
    evidence_removed: list[str]

    @property
    def status_text(self) -> str:
        return {
            "added": "New section",
            "removed": "Section removed",
            "changed": "Changed",
            "unchanged": "No change",
        }[self.status]

    @property
    def renamed(self) -> bool:
        return bool(self.old_title) and self.old_title != self.title and self.status == "changed"


@dataclass(frozen=True)
class VersionComparison:
    version: StrategyVersion
    previous: StrategyVersion | None
    sections: list[SectionChange]
    summary: list[DiffPart]
    summary_changed: bool
    review_on_changed: bool

    @property
    def changed_count(self) -> int:
        return sum(1 for section in self.sections if section.status != "unchanged")


def _section_change(old: StrategySection | None, new: StrategySection | None) -> SectionChange:
    old_evidence, new_evidence = _evidence_labels(old), _evidence_labels(new)
    added = [label for label in new_evidence if label not in old_evidence]
    removed = [label for label in old_evidence if label not in new_evidence]
    if new is None:
        return SectionChange("removed", old.title, old.title, [DiffPart("removed", old.body)], [], removed)
    if old is None:
        return SectionChange("added", new.title, "", [DiffPart("added", new.body)], added, [])
    same = old.title == new.title and old.body == new.body and not added and not removed
    return SectionChange(
        "unchanged" if same else "changed",
        new.title,
        old.title,
        words_diff(old.body, new.body),
        added,
        removed,
    )


def version_compare(*, version: StrategyVersion) -> VersionComparison:
    """``version`` against the version it started from: each section (matched by lineage, so a renamed
    section is still itself) as new, removed, changed (a word-by-word diff) or unchanged."""
    previous = version.based_on
    if previous is None:
        previous = (
            StrategyVersion.objects.filter(strategy=version.strategy, number__lt=version.number)
            .order_by("-number")
            .first()
        )
    new_sections = list(version.sections.prefetch_related("evidence"))
    old_sections = list(previous.sections.prefetch_related("evidence")) if previous else []
    old_by_lineage = {section.lineage: section for section in old_sections}
    new_lineages = {section.lineage for section in new_sections}
    changes = [_section_change(old_by_lineage.get(section.lineage), section) for section in new_sections]
    changes.extend(_section_change(old, None) for old in old_sections if old.lineage not in new_lineages)
    old_summary = previous.young_peoples_summary if previous else ""
    return VersionComparison(
        version=version,
        previous=previous,
        sections=changes,
        summary=words_diff(old_summary, version.young_peoples_summary),
        summary_changed=old_summary != version.young_peoples_summary,
        review_on_changed=previous is not None and previous.review_on != version.review_on,
    )
