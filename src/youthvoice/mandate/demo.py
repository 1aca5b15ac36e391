"""Synthetic strategic mandate for the demo partnership: a matrix with gaps, a champion, two assessments,
principles, a workshop with actions (one overdue), and a strategy review: seven scoping conversations
grouped into three themes and a change goal, a governance map of three boards with one overlap and one gap,
last year's completed review and this year's draft started from it (four answers changed, one action raised
to the strategic group). Idempotent: a second run adds nothing."""

from __future__ import annotations

import datetime

from django.utils import timezone

from youthvoice.mandate.models import (
    Action,
    GovernanceBoard,
    PartnershipTheme,
    Responsibility,
    ReviewAnswer,
    ScopingConversation,
    ScopingItem,
    StrategicChampion,
    StrategyAssessment,
    StrategyReview,
    Workshop,
)
from youthvoice.mandate.services import (
    change_goal_record,
    governance_board_save,
    partnership_theme_create,
    principles_seed,
    review_answer_raise_action,
    review_answer_save,
    scoping_conversation_record,
    strategy_review_complete,
    strategy_review_start,
)
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
    partnership, agencies = context["partnership"], context["agencies"]
    mandate_build(partnership=partnership, agencies=agencies)
    strategy_review_build(partnership=partnership, agencies=agencies)
    review_workspace_build(partnership=partnership, agencies=agencies)
    return []


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


# Seven single-agency scoping conversations: (agency index, team, days ago, who took part, items by kind).
# The words in brackets after an item name the theme it is grouped into below.
SCOPING = [
    (
        0,
        "",
        120,
        "3 social workers, 1 team manager, 1 service manager",
        {
            "priority": [
                "Children in care who go missing [trust]",
                "Knowing which places are unsafe [places]",
            ],
            "enabler": ["Strong links with the youth service"],
            "barrier": ["High caseloads leave little time to build relationships [trust]"],
            "aspiration": ["Every exploited child has one trusted adult [trust]"],
        },
    ),
    (
        0,
        "Exploitation team",
        118,
        "4 specialist workers",
        {
            "priority": ["Young people are not blamed for what happens to them [language]"],
            "enabler": ["Shared language guide used in meetings [language]"],
            "barrier": ["Reports from other agencies still say a child 'chose' to go [language]"],
            "aspiration": ["One exploitation plan per child, shared by every agency"],
        },
    ),
    (
        1,
        "",
        112,
        "2 school nurses, 1 emergency department nurse, 1 safeguarding lead",
        {
            "priority": ["Spotting signs of exploitation at health appointments"],
            "enabler": ["Confidential appointments young people trust [trust]"],
            "barrier": ["Not hearing back after a referral"],
            "aspiration": ["Health staff know who the young person's trusted adult is [trust]"],
        },
    ),
    (
        2,
        "",
        105,
        "2 detective sergeants, 3 neighbourhood officers",
        {
            "priority": [
                "Disrupting the people who exploit children",
                "Patrols where young people feel unsafe [places]",
            ],
            "enabler": ["Information shared by youth workers, with consent [places]"],
            "barrier": ["Young people see the police as the enemy [trust]"],
            "aspiration": ["Young people tell us about unsafe places before harm happens [places]"],
        },
    ),
    (
        3,
        "",
        98,
        "5 designated safeguarding leads, 1 head teacher",
        {
            "priority": ["Lessons on exploitation that feel real to pupils"],
            "enabler": ["Pupils who already talk to a member of staff [trust]"],
            "barrier": ["Exclusions push children towards the people who exploit them"],
            "aspiration": ["No child excluded without a safety plan"],
        },
    ),
    (
        4,
        "",
        91,
        "6 detached youth workers, 1 manager",
        {
            "priority": ["Being where young people are, in the evening [places]"],
            "enabler": ["Young people know us by name and trust us [trust]"],
            "barrier": ["Short-term funding ends relationships [trust]"],
            "aspiration": ["Young people shape where youth workers go [places]"],
        },
    ),
    (
        5,
        "",
        84,
        "3 peer mentors (adults), 2 advocates, 1 volunteer coordinator",
        {
            "priority": ["Young people's own words in the strategy [language]"],
            "enabler": ["Peer mentors with lived experience"],
            "barrier": ["Professional words that put young people off [language]"],
            "aspiration": ["Young people review what the partnership writes [language]"],
        },
    ),
]

THEMES = {
    "trust": "Trusted relationships",
    "places": "Safe places, shaped by young people",
    "language": "Language that never blames children",
}

CHANGE_GOAL = (
    "Every young person at risk of exploitation has a trusted adult, in places they helped make safe, and is "
    "spoken about without blame by every agency."
)

# name, chair's role, how often it meets, reports to (names), what it owns or contributes to
BOARDS = [
    ("Brackenford Safeguarding Children Partnership", "Independent scrutineer", "quarterly", [],
     {"prevention": "contributes", "intervention": "owns"}),
    ("Community Safety Partnership", "Chief Superintendent, Vale Constabulary", "quarterly", [],
     {"prevention": "owns", "disruption": "contributes"}),
    ("Child exploitation strategic group", "Assistant Director, Safeguarding", "six_weekly",
     ["Brackenford Safeguarding Children Partnership", "Community Safety Partnership"],
     {"prevention": "owns", "disruption": "contributes", "intervention": "contributes"}),
]  # fmt: skip


def strategy_review_build(*, partnership: Partnership, agencies: list[Agency]) -> None:
    """The scoping conversations, themes and change goal, and the governance map. Prevention is owned by two
    boards (an overlap) and disruption by none (a gap), as a review would find."""
    today = timezone.localdate()
    if not ScopingConversation.objects.filter(partnership=partnership).exists():
        grouped: dict[str, list[ScopingItem]] = {key: [] for key in THEMES}
        for agency_index, team, days_ago, participants, items in SCOPING:
            conversation = scoping_conversation_record(
                partnership=partnership, held_on=today - datetime.timedelta(days=days_ago),
                agency=agencies[agency_index], team_name=team, participants=participants,
                items={kind: [text.split(" [")[0] for text in texts] for kind, texts in items.items()},
                recorded_by=None,
            )  # fmt: skip
            for kind, texts in items.items():
                for order, text in enumerate(texts, start=1):
                    if text.endswith("]"):
                        key = text.rsplit("[", 1)[1].rstrip("]")
                        grouped[key].append(conversation.items.get(kind=kind, order=order))
        if not PartnershipTheme.objects.filter(partnership=partnership).exists():
            themes = [
                partnership_theme_create(
                    partnership=partnership, name=THEMES[key], items=items, created_by=None
                )
                for key, items in grouped.items()
            ]
            change_goal_record(
                partnership=partnership, statement=CHANGE_GOAL, agreed_on=today - datetime.timedelta(days=70),
                themes=themes, recorded_by=None,
            )  # fmt: skip
    if not GovernanceBoard.objects.filter(partnership=partnership).exists():
        saved: dict[str, GovernanceBoard] = {}
        for name, chair, meets, reports_to, ownership in BOARDS:
            saved[name] = governance_board_save(
                partnership=partnership, name=name, chair_role=chair, meets=meets,
                reports_to=[saved[parent] for parent in reports_to], ownership=ownership,
            )  # fmt: skip


# Last year's review: prompt key -> (answer, rating or None, owner agency index or None, role, evidence).
# Evidence names themes ("theme:..."), boards ("board:...") and scoping conversations' agencies ("scoping:i").
REVIEW_LAST_YEAR = {
    "legitimacy_support": (
        "The safeguarding partnership backs the work on paper, but the Community Safety Partnership has "
        "not discussed exploitation for a year.", 2, None, "Chair of the strategic group",
        ["board:Brackenford Safeguarding Children Partnership", "board:Community Safety Partnership"]),
    "permission_to_act": (
        "Practitioners say they wait for a manager's yes before sharing worries across agencies.", 2, 0,
        "Head of Service, Safeguarding", ["theme:trust", "scoping:0"]),
    "operational_capacity": (
        "Specialist exploitation workers in social care only; other agencies rely on goodwill.", 2, 0,
        "", ["scoping:0"]),
    "where_capacity": (
        "Youth clubs in Eastmoor and Northgate are open four evenings a week and know the young people.",
        None, 4, "Youth Service manager", ["scoping:4"]),
    "resources_leverage": (
        "Police and the youth service both fund detached work in the same streets on different nights.",
        None, 2, "", ["theme:places"]),
    "public_value": (
        "Young people feel safer in the places they named, and no report blames a child.", 3, None,
        "Chair of the strategic group", ["theme:places", "theme:language"]),
    "mandate_source": (
        "The mandate rests on the safeguarding arrangements; few could say which decision created it.", 2,
        None, "Independent scrutineer", ["board:Brackenford Safeguarding Children Partnership"]),
    "mandate_clarity": (
        "Team managers in health and schools did not know they had a part in the work.", 1, 1, "",
        ["scoping:1", "scoping:3"]),
    "politically_driven": (
        "Partly: the council's community plan names exploitation, but no elected member champions it.",
        None, None, "Chair of the strategic group", []),
    "all_communities": (
        "Young people from Holloway Vale and from Gypsy, Roma and Traveller communities are rarely heard.",
        2, 5, "Youth participation lead", ["theme:trust"]),
    "governance_position": (
        "Inside: the strategic group reports to both statutory partnerships, which own prevention twice.",
        None, None, "Chair of the strategic group", ["board:Child exploitation strategic group"]),
}  # fmt: skip

# This year's draft: the answers that changed since last year.
REVIEW_THIS_YEAR = {
    "permission_to_act": (
        "Managers in four agencies have agreed practitioners may share worries the same day without asking "
        "first.", 4, 0, "Head of Service, Safeguarding", ["theme:trust", "scoping:0", "scoping:2"]),
    "mandate_clarity": (
        "Health and the police are now clear; schools are still unsure what is theirs to do.", 3, 3,
        "Schools safeguarding lead", ["scoping:1", "scoping:3"]),
    "legitimacy_support": (
        "Both statutory partnerships have the strategy on their agenda twice a year.", 4, None,
        "Chair of the strategic group",
        ["board:Brackenford Safeguarding Children Partnership", "board:Community Safety Partnership"]),
    "all_communities": (
        "The Safe Harbour project now runs sessions in Holloway Vale; Traveller young people are still "
        "missing from the consultations.", 3, 5, "Youth participation lead", ["theme:trust"]),
}  # fmt: skip


def _review_answers(review, answers, *, partnership, agencies) -> None:
    themes = {
        key: PartnershipTheme.objects.get(partnership=partnership, name=name) for key, name in THEMES.items()
    }
    conversations = list(
        ScopingConversation.objects.filter(partnership=partnership).order_by("held_on", "id")
    )
    for key, (text, rating, agency_index, role, links) in answers.items():
        evidence: dict[str, list] = {"themes": [], "governance_boards": [], "scoping_conversations": []}
        for link in links:
            kind, name = link.split(":", 1)
            if kind == "theme":
                evidence["themes"].append(themes[name])
            elif kind == "board":
                evidence["governance_boards"].append(
                    GovernanceBoard.objects.get(partnership=partnership, name=name)
                )
            else:
                evidence["scoping_conversations"].append(conversations[int(name)])
        review_answer_save(
            review=review, prompt_key=key, answer=text, rating=rating,
            owner_agency=agencies[agency_index] if agency_index is not None else None, owner_role=role,
            evidence=evidence, updated_by=None,
        )  # fmt: skip


def review_workspace_build(*, partnership: Partnership, agencies: list[Agency]) -> None:
    """Last year's review (complete) and this year's draft, started from it with four answers changed and an
    action raised to the strategic group."""
    if StrategyReview.objects.filter(partnership=partnership).exists():
        return
    today = timezone.localdate()
    last = strategy_review_start(
        partnership=partnership, held_on=today - datetime.timedelta(days=360),
        title="Strategy review 1: where the mandate comes from", created_by=None,
    )  # fmt: skip
    _review_answers(last, REVIEW_LAST_YEAR, partnership=partnership, agencies=agencies)
    strategy_review_complete(review=last)
    StrategyReview.objects.filter(pk=last.pk).update(completed_on=today - datetime.timedelta(days=355))
    current = strategy_review_start(
        partnership=partnership, held_on=today - datetime.timedelta(days=5),
        title="Strategy review 2: a year on", created_by=None,
    )  # fmt: skip
    _review_answers(current, REVIEW_THIS_YEAR, partnership=partnership, agencies=agencies)
    answer = ReviewAnswer.objects.get(review=current, prompt_key="mandate_clarity")
    review_answer_raise_action(
        answer=answer, title="Tell every school what is theirs to do on exploitation",
        description="A one-page note from the strategic group to every head teacher and safeguarding lead.",
        owner_agency=agencies[3], due_on=today + datetime.timedelta(days=45), created_by=None,
    )  # fmt: skip
