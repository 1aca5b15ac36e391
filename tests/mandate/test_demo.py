import pytest
from django.core.management import call_command
from django.utils import timezone

from youthvoice.mandate.models import (
    Action,
    Principle,
    Responsibility,
    StrategicChampion,
    StrategyAssessment,
    Workshop,
)
from youthvoice.mandate.selectors import (
    actions_overdue_count,
    assessments_compare,
    champion_current,
    responsibility_matrix,
)
from youthvoice.partnership.models import Partnership

pytestmark = pytest.mark.django_db


def mandate_counts():
    return [
        m.objects.count()
        for m in (Responsibility, StrategicChampion, StrategyAssessment, Principle, Workshop, Action)
    ]


def test_demo_mandate_has_a_gap_a_champion_a_visible_change_and_an_overdue_action(demo):
    partnership = Partnership.objects.get()
    assert responsibility_matrix(partnership=partnership).gap_count >= 1
    assert champion_current(partnership=partnership) is not None
    comparison = assessments_compare(partnership=partnership)
    assert comparison.previous is not None
    assert any(d.change for d in comparison.dimensions)
    assert Principle.objects.filter(partnership=partnership).count() == 8
    assert actions_overdue_count(partnership=partnership, today=timezone.localdate()) == 1
    first = mandate_counts()
    call_command("demo", quiet=True)
    assert mandate_counts() == first


def test_demo_strategy_review_has_seven_conversations_three_themes_a_goal_and_a_governance_overlap_and_gap(
    demo,
):
    from youthvoice.mandate.models import ChangeGoal, GovernanceBoard, ScopingConversation
    from youthvoice.mandate.selectors import governance_map, scoping_board

    partnership = Partnership.objects.get()
    board = scoping_board(partnership=partnership)
    assert len(board.rows) == 7
    assert len({row.conversation.agency_id for row in board.rows}) == 6  # one agency spoke twice, by team
    assert [len(theme.items.all()) >= 3 for theme in board.themes] == [True, True, True]
    assert len(board.change_goals) == 1 and board.change_goals[0].themes.count() == 3
    assert all(len({item.conversation.agency_id for item in theme.items.all()}) > 1 for theme in board.themes)
    governance = governance_map(partnership=partnership)
    assert [label for label, _ in governance.overlaps] == ["Prevention"]
    assert governance.gaps == ["Disruption"]
    assert len(governance.lines) == 2
    counts = [m.objects.count() for m in (ScopingConversation, ChangeGoal, GovernanceBoard)]
    call_command("demo", quiet=True)
    assert [m.objects.count() for m in (ScopingConversation, ChangeGoal, GovernanceBoard)] == counts
