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


def test_demo_mandate_has_a_gap_a_champion_a_visible_change_and_an_overdue_action():
    call_command("demo", quiet=True)
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
