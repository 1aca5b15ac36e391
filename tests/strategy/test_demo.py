import pytest
from django.core.management import call_command

from youthvoice.mandate.models import Action, ReviewAnswer, StrategyReview
from youthvoice.mandate.selectors import review_workspace
from youthvoice.strategy.models import SectionEvidence, StrategyVersion
from youthvoice.strategy.selectors import version_compare

pytestmark = pytest.mark.django_db


def counts():
    return [
        m.objects.count() for m in (StrategyReview, ReviewAnswer, StrategyVersion, SectionEvidence, Action)
    ]


def test_the_demo_holds_a_review_started_from_last_year_and_a_strategy_in_two_published_versions(demo):
    last, current = StrategyReview.objects.order_by("held_on")
    assert last.status == "complete" and current.status == "draft" and current.started_from == last
    workspace = review_workspace(review=current)
    assert workspace.answered_count == 11 and workspace.changed_count == 4
    assert Action.objects.filter(for_strategic_group=True, review_answer__review=current).count() == 1

    first, second = StrategyVersion.objects.order_by("number")
    assert first.is_published and second.is_published and second.based_on == first
    comparison = version_compare(version=second)
    assert {
        change.title: change.status for change in comparison.sections if change.status != "unchanged"
    } == {
        "What we will do": "changed",
        "Who does what": "added",
    }
    kinds = set(SectionEvidence.objects.values_list("kind", flat=True))
    assert {"insight_theme", "partnership_theme", "action", "figure"} <= kinds

    before = counts()
    call_command("demo", quiet=True)
    assert counts() == before
