"""Changes to the CE strategy: start it, edit the draft's sections and their evidence, publish a version
through the language gate, and start the next draft from the last published version."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from youthvoice.audit.services import audit_publication
from youthvoice.insights.models import Theme
from youthvoice.language.publishing import publication_gate_pass
from youthvoice.mandate.models import Action, PartnershipTheme
from youthvoice.partnership.models import Partnership
from youthvoice.strategy.models import SectionEvidence, Strategy, StrategySection, StrategyVersion
from youthvoice.strategy.selectors import FigureSnapshot, version_draft, version_latest_published

SUMMARY_FIELD = "Young people's summary"
STARTING_SECTIONS = (
    "Our ambition",
    "What young people told us",
    "What we will do",
    "How we will know it is working",
)
SECTIONS_MAX = 30


class StrategyError(Exception):
    """A change to the strategy that cannot be made; the message says why in plain words."""


def young_people_texts(version: StrategyVersion) -> dict[str, str]:
    """What the language gate checks before a version is published: the part written for young people."""
    return {SUMMARY_FIELD: version.young_peoples_summary}


@transaction.atomic
def strategy_start(*, partnership: Partnership, created_by) -> Strategy:
    """Give the partnership its strategy, with a first draft holding the usual sections, empty."""
    if Strategy.objects.filter(partnership=partnership).exists():
        raise StrategyError("The partnership already has its strategy.")
    strategy = Strategy.objects.create(partnership=partnership)
    version = StrategyVersion.objects.create(strategy=strategy, number=1, created_by=created_by)
    StrategySection.objects.bulk_create(
        StrategySection(version=version, order=order, title=title)
        for order, title in enumerate(STARTING_SECTIONS, start=1)
    )
    return strategy


def _require_draft(version: StrategyVersion) -> None:
    if version.is_published:
        raise StrategyError("This version is published, so it cannot change. Start the next version.")


def draft_details_save(
    *, version: StrategyVersion, review_on: datetime.date | None, young_peoples_summary: str
) -> StrategyVersion:
    _require_draft(version)
    if review_on is not None and review_on <= timezone.localdate():
        raise StrategyError("The review date must be after today.")
    version.review_on = review_on
    version.young_peoples_summary = young_peoples_summary.strip()
    version.save(update_fields=["review_on", "young_peoples_summary"])
    return version


def _evidence_rows(
    *,
    partnership: Partnership,
    insight_themes: Iterable[Theme],
    partnership_themes: Iterable[PartnershipTheme],
    actions: Iterable[Action],
    figures: Iterable[FigureSnapshot],
) -> list[SectionEvidence]:
    Kind = SectionEvidence.Kind
    rows = []
    for theme in insight_themes:
        if theme.codebook.partnership_id != partnership.pk:
            raise StrategyError("A theme belongs to another partnership.")
        rows.append(SectionEvidence(kind=Kind.INSIGHT_THEME, insight_theme=theme, label=theme.name[:300]))
    for theme in partnership_themes:
        if theme.partnership_id != partnership.pk:
            raise StrategyError("A partnership theme belongs to another partnership.")
        rows.append(
            SectionEvidence(kind=Kind.PARTNERSHIP_THEME, partnership_theme=theme, label=theme.name[:300])
        )
    for action in actions:
        if action.partnership_id != partnership.pk:
            raise StrategyError("An action belongs to another partnership.")
        rows.append(SectionEvidence(kind=Kind.ACTION, action=action, label=action.title[:300]))
    for figure in figures:
        rows.append(
            SectionEvidence(
                kind=Kind.FIGURE, figure_slug=figure.slug, label=figure.title[:300], detail=figure.text
            )
        )
    return rows


@transaction.atomic
def section_save(
    *,
    version: StrategyVersion,
    title: str,
    body: str,
    insight_themes: Iterable[Theme] = (),
    partnership_themes: Iterable[PartnershipTheme] = (),
    actions: Iterable[Action] = (),
    figures: Iterable[FigureSnapshot] = (),
    section: StrategySection | None = None,
) -> StrategySection:
    """Add a section to the draft, or change ``section``: its words and the evidence it rests on (replaced
    as a whole; figures are the dashboard's published figures as they are now)."""
    _require_draft(version)
    if section is not None and section.version_id != version.pk:
        raise StrategyError("That section is not in the draft.")
    title = title.strip()
    if not title:
        raise StrategyError("Give the section a title.")
    taken = version.sections.filter(title__iexact=title)
    if section is not None:
        taken = taken.exclude(pk=section.pk)
    if taken.exists():
        raise StrategyError(f"There is already a section called “{title}”.")
    if section is None and version.sections.count() >= SECTIONS_MAX:
        raise StrategyError(f"A strategy has at most {SECTIONS_MAX} sections.")
    rows = _evidence_rows(
        partnership=version.strategy.partnership,
        insight_themes=insight_themes,
        partnership_themes=partnership_themes,
        actions=actions,
        figures=figures,
    )
    if section is None:
        last = version.sections.order_by("-order").first()
        section = StrategySection(version=version, order=(last.order + 1) if last else 1)
    section.title, section.body = title[:200], body.strip()
    section.save()
    section.evidence.all().delete()
    for row in rows:
        row.section = section
    SectionEvidence.objects.bulk_create(rows)
    return section


def section_remove(*, section: StrategySection) -> None:
    _require_draft(section.version)
    section.delete()


def publish_problems(version: StrategyVersion) -> list[str]:
    """What stops the draft being published, besides the language gate (checked as it publishes)."""
    problems = []
    sections = list(version.sections.all())
    if not sections:
        problems.append("Add at least one section.")
    problems.extend(f"Write the section “{s.title}”, or remove it." for s in sections if not s.body.strip())
    if version.review_on is None:
        problems.append("Set the date the strategy will be reviewed.")
    elif version.review_on <= timezone.localdate():
        problems.append("The review date must be after today.")
    if not version.young_peoples_summary.strip():
        problems.append("Write the summary for young people.")
    return problems


@transaction.atomic
def version_publish(
    *, version: StrategyVersion, user, overrides: dict[str, str] | None = None
) -> StrategyVersion:
    """Publish the draft. The young people's summary must pass the language gate: blocking words stop it
    (``PublicationBlocked``) unless a reason is given for each rule in ``overrides``."""
    version = StrategyVersion.objects.select_for_update().get(pk=version.pk)
    _require_draft(version)
    problems = publish_problems(version)
    if problems:
        raise StrategyError(" ".join(problems))
    report = publication_gate_pass(
        texts=young_people_texts(version),
        overrides=overrides or {},
        subject=version,
        user=user,
        subject_label=str(version),
        partnership=version.strategy.partnership,
    )
    today = timezone.localdate()
    version.published_on, version.published_by, version.reading_age = today, user, report.reading_age
    version.save(update_fields=["published_on", "published_by", "reading_age"])
    audit_publication(
        actor=user,
        target=version,
        what="CE strategy",
        partnership=version.strategy.partnership,
        detail={
            "version": version.number,
            "published_on": today,
            "overridden_rules": [rule.rule_id for rule in report.blocked_rules],
            "let_through_rules": [rule.rule_id for rule in report.let_through_rules],
        },
    )
    return version


@transaction.atomic
def draft_start_next(*, strategy: Strategy, created_by) -> StrategyVersion:
    """Start the next draft as a copy of the last published version: its sections (same lineage, so they
    compare), their evidence, the summary and the review date."""
    strategy = Strategy.objects.select_for_update().get(pk=strategy.pk)
    if version_draft(strategy=strategy) is not None:
        raise StrategyError("There is already a draft: change it, or publish it first.")
    base = version_latest_published(strategy=strategy)
    if base is None:
        raise StrategyError("Publish the first version before starting the next.")
    draft = StrategyVersion.objects.create(
        strategy=strategy,
        number=base.number + 1,
        based_on=base,
        review_on=base.review_on,
        young_peoples_summary=base.young_peoples_summary,
        created_by=created_by,
    )
    for old in base.sections.prefetch_related("evidence"):
        new = StrategySection.objects.create(
            version=draft, order=old.order, lineage=old.lineage, title=old.title, body=old.body
        )
        SectionEvidence.objects.bulk_create(
            SectionEvidence(
                section=new,
                kind=e.kind,
                insight_theme_id=e.insight_theme_id,
                partnership_theme_id=e.partnership_theme_id,
                action_id=e.action_id,
                figure_slug=e.figure_slug,
                label=e.label,
                detail=e.detail,
            )
            for e in old.evidence.all()
        )
    return draft
