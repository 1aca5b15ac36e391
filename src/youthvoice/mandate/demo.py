"""Synthetic strategic mandate for the demo partnership: a matrix with gaps, a champion, two assessments,
principles, and a workshop with actions (one overdue). Idempotent: a second run adds nothing."""

from __future__ import annotations

import datetime

from django.utils import timezone

from youthvoice.mandate.models import (
    Action,
    Responsibility,
    StrategicChampion,
    StrategyAssessment,
    Workshop,
)
from youthvoice.mandate.services import principles_seed
from youthvoice.partnership.models import Agency, Partnership

# agency index -> {(lens, level): (what we do, within our gift)}. The schools partnership has nothing for
# disruption (a gap the demo shows), and no agency has a tactical disruption role outside the police.
MATRIX = {
    0: {
        ("prevention", "strategic"): (
            "Chairs the partnership's exploitation strategy group.",
            "Commissioning of early help.",
        ),
        ("prevention", "operational"): (
            "Early help workers see families where a child is at risk.",
            "Early help referrals.",
        ),
        ("intervention", "strategic"): ("Sets the thresholds for child protection.", "Threshold guidance."),
        ("intervention", "operational"): (
            "Social workers lead child protection plans for exploited children.",
            "Allocation of a social worker.",
        ),
        ("disruption", "strategic"): (
            "Co-chairs the missing and exploitation meeting.",
            "Placement decisions for children in care.",
        ),
    },
    1: {
        ("prevention", "operational"): (
            "School nurses and sexual health services spot early signs.",
            "Confidential health appointments.",
        ),
        ("intervention", "operational"): (
            "Emergency departments flag injuries linked to exploitation.",
            "Referral to the hospital youth worker.",
        ),
        ("disruption", "operational"): (
            "Shares information on repeat attendances with the police.",
            "Information sharing under the agreement.",
        ),
    },
    2: {
        ("disruption", "strategic"): (
            "Leads the partnership's disruption plan.",
            "Priorities of the exploitation team.",
        ),
        ("disruption", "tactical"): (
            "Runs disruption operations against people who exploit children.",
            "Use of disruption orders.",
        ),
        ("disruption", "operational"): (
            "Neighbourhood officers patrol places young people named as unsafe.",
            "Patrol routes.",
        ),
        ("intervention", "operational"): (
            "Treats exploited children as victims first in custody.",
            "Custody practice.",
        ),
        ("prevention", "tactical"): (
            "Schools officers deliver sessions on exploitation.",
            "Which schools are visited first.",
        ),
    },
    3: {
        ("prevention", "operational"): (
            "Lessons on healthy relationships and online safety.",
            "The personal, social and health curriculum.",
        ),
        ("intervention", "tactical"): (
            "Designated safeguarding leads refer concerns the same day.",
            "Referral practice in each school.",
        ),
    },
    4: {
        ("prevention", "operational"): (
            "Detached youth workers meet young people where they spend time.",
            "Where and when youth workers go out.",
        ),
        ("intervention", "operational"): (
            "Trusted adults for young people on exploitation plans.",
            "Caseloads of youth workers.",
        ),
        ("disruption", "operational"): (
            "Share what young people say about unsafe places (with consent).",
            "What is shared and how.",
        ),
    },
    5: {
        ("prevention", "operational"): (
            "Peer mentoring for young people at risk.",
            "Who joins the mentoring programme.",
        ),
        ("intervention", "operational"): (
            "Independent advocacy for exploited young people.",
            "Advocacy hours.",
        ),
    },
}

ASSESSMENTS = [
    # days ago, ratings (public value, capacity, authorising environment, culture, values, voice), a note each
    (200, (2, 2, 3, 2, 3, 1), "Before youthvoice: surveys by each agency, none asked about exploitation."),
    (
        20,
        (3, 2, 4, 3, 3, 3),
        "One consultation hub; young people's voice is now part of every strategy meeting.",
    ),
]


def build(*, context: dict) -> list[str]:
    """The demo's mandate, for the partnership and agencies the partnership's demo put in ``context``."""
    return mandate_build(partnership=context["partnership"], agencies=context["agencies"])


def mandate_build(*, partnership: Partnership, agencies: list[Agency]) -> list[str]:
    principles_seed(partnership=partnership)
    for index, cells in MATRIX.items():
        for (lens, level), (description, gift) in cells.items():
            Responsibility.objects.get_or_create(
                agency=agencies[index],
                lens=lens,
                level=level,
                defaults={"description": description, "within_our_gift": gift},
            )
    today = timezone.localdate()
    if not StrategicChampion.objects.filter(partnership=partnership).exists():
        handover = today - datetime.timedelta(days=90)
        StrategicChampion.objects.create(
            partnership=partnership, name="Morgan Example", role_title="Assistant Director, Safeguarding",
            agency=agencies[0], since=today - datetime.timedelta(days=400), until=handover,
        )  # fmt: skip
        StrategicChampion.objects.create(
            partnership=partnership, name="Sam Example", role_title="Director of Children's Services",
            agency=agencies[0], since=handover,
        )  # fmt: skip
    if not StrategyAssessment.objects.filter(partnership=partnership).exists():
        for days_ago, ratings, note in ASSESSMENTS:
            names = [
                "public_value",
                "operational_capacity",
                "authorising_environment",
                "culture",
                "values",
                "voice",
            ]
            fields = dict(zip(names, ratings, strict=True))
            fields["voice_notes"] = note
            StrategyAssessment.objects.create(
                partnership=partnership, assessed_on=today - datetime.timedelta(days=days_ago), **fields
            )
    workshop, _ = Workshop.objects.get_or_create(
        partnership=partnership,
        title="Mandate workshop: who does what",
        defaults={
            "held_on": today - datetime.timedelta(days=45),
            "notes": "Leaders from all six agencies mapped their roles and agreed three actions.",
        },
    )
    actions = [
        ("Agree how schools help disrupt exploitation", 3, -10, Action.Status.IN_PROGRESS),  # overdue
        ("Add young people's places to the police patrol plan", 2, 30, Action.Status.NOT_STARTED),
        ("Publish the mandate to all staff", 0, 60, Action.Status.DONE),
    ]
    for title, agency_index, due_in_days, status in actions:
        Action.objects.get_or_create(
            partnership=partnership,
            title=title,
            defaults={
                "source": Action.Source.WORKSHOP,
                "workshop": workshop,
                "owner_agency": agencies[agency_index],
                "due_on": today + datetime.timedelta(days=due_in_days),
                "status": status,
            },
        )
    return []
