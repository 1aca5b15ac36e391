"""Synthetic CE strategy for the demo partnership: version 1 published ten months ago, version 2 published
last week after the strategy review, with sections resting on the themes in what young people said, the
partnership themes, actions and the dashboard's published figures. Idempotent: a second run adds nothing."""

from __future__ import annotations

import datetime

from django.utils import timezone

from youthvoice.insights.models import Theme
from youthvoice.mandate.models import Action, PartnershipTheme
from youthvoice.partnership.models import Partnership
from youthvoice.strategy.models import Strategy, StrategySection, StrategyVersion
from youthvoice.strategy.selectors import figures_available
from youthvoice.strategy.services import (
    draft_details_save,
    draft_start_next,
    section_save,
    strategy_start,
    version_publish,
)

# title -> (body, insight themes, partnership themes, actions, figure slugs)
VERSION_1 = {
    "Our ambition": (
        "Every young person in Brackenford is safe from exploitation, and every agency sees an exploited "
        "child as a victim first.",
        [], ["Language that never blames children"], [], []),
    "What young people told us": (
        "Young people told us they feel unsafe at bus stops and in town after dark, and that they would tell "
        "an adult they already trust before they would tell a stranger in a uniform.",
        ["Feeling unsafe in public places", "Trusted adults"], ["Trusted relationships"], [], ["themes"]),
    "What we will do": (
        "Patrol the places young people named. Give every young person at risk one trusted adult.",
        [], ["Safe places, shaped by young people"],
        ["Add young people's places to the police patrol plan"], []),
    "How we will know it is working": (
        "We will ask young people every year whether they feel safer, and compare their answers with what "
        "professionals think.",
        [], [], [], ["perception-gap"]),
}  # fmt: skip

# The sections version 2 changed, after the strategy review found schools unsure of their part.
VERSION_2 = {
    "What we will do": (
        "Patrol the places young people named, with young people checking the list each season. Give every "
        "young person at risk one trusted adult. Tell every school what is theirs to do.",
        [], ["Safe places, shaped by young people"],
        ["Add young people's places to the police patrol plan",
         "Tell every school what is theirs to do on exploitation"], []),
    "Who does what": (
        "The child exploitation strategic group owns this strategy and reports to both statutory "
        "partnerships twice a year. Each agency's part is in the roles and responsibilities matrix.",
        [], [], ["Publish the mandate to all staff"], []),
}  # fmt: skip

SUMMARY_1 = (
    "You told us some places feel unsafe, and that you would talk to an adult you trust. So we will keep "
    "those places safer, and make sure you have an adult you can talk to."
)
SUMMARY_2 = SUMMARY_1 + " Schools will know what to do too, and you can check our list of places."


def _save_sections(
    version: StrategyVersion, sections: dict, *, partnership: Partnership, figures: dict
) -> None:
    for title, (body, insight, themes, actions, slugs) in sections.items():
        section_save(
            version=version,
            section=StrategySection.objects.filter(version=version, title=title).first(),
            title=title,
            body=body,
            insight_themes=Theme.objects.filter(codebook__partnership=partnership, name__in=insight),
            partnership_themes=PartnershipTheme.objects.filter(partnership=partnership, name__in=themes),
            actions=Action.objects.filter(partnership=partnership, title__in=actions),
            figures=[figures[slug] for slug in slugs if slug in figures],
        )


def build(*, context: dict) -> list[str]:
    partnership = context["partnership"]
    if Strategy.objects.filter(partnership=partnership).exists():
        return []
    today = timezone.localdate()
    figures = {figure.slug: figure for figure in figures_available(partnership=partnership)}
    strategy = strategy_start(partnership=partnership, created_by=None)
    first = strategy.versions.get()
    _save_sections(first, VERSION_1, partnership=partnership, figures=figures)
    draft_details_save(
        version=first, review_on=today + datetime.timedelta(days=60), young_peoples_summary=SUMMARY_1
    )
    version_publish(version=first, user=None)
    StrategyVersion.objects.filter(pk=first.pk).update(published_on=today - datetime.timedelta(days=300))
    second = draft_start_next(strategy=strategy, created_by=None)
    _save_sections(second, VERSION_2, partnership=partnership, figures=figures)
    draft_details_save(
        version=second, review_on=today + datetime.timedelta(days=365), young_peoples_summary=SUMMARY_2
    )
    version_publish(version=second, user=None)
    StrategyVersion.objects.filter(pk=second.pk).update(published_on=today - datetime.timedelta(days=7))
    return []
