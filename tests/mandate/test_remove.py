"""Leaders remove a scoping conversation, a partnership theme or a governance board recorded by mistake.
What other records still rest on stays (a change goal's only theme, a completed review's evidence), with a
plain message, never a 500; other roles and other partnerships cannot remove anything."""

from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.partnership.factories import AgencyFactory, MembershipFactory
from youthvoice.mandate.models import (
    ChangeGoal,
    GovernanceBoard,
    PartnershipTheme,
    ScopingConversation,
    ScopingItem,
)
from youthvoice.mandate.services import (
    change_goal_record,
    governance_board_save,
    partnership_theme_create,
    review_answer_save,
    scoping_conversation_record,
    strategy_review_complete,
    strategy_review_start,
)

pytestmark = pytest.mark.django_db


def conversation(membership, agency=None, **items):
    return scoping_conversation_record(
        partnership=membership.agency.partnership,
        held_on=timezone.localdate(),
        agency=agency or membership.agency,
        team_name="",
        participants="2 youth workers",
        items=items or {"priority": ["Trusted adults"]},
        recorded_by=None,
    )


def theme(membership, name, items):
    return partnership_theme_create(
        partnership=membership.agency.partnership, name=name, items=items, created_by=None
    )


def board(membership, name, reports_to=()):
    return governance_board_save(
        partnership=membership.agency.partnership, name=name, chair_role="Director", meets="quarterly",
        reports_to=list(reports_to), ownership={},
    )  # fmt: skip


def test_a_leader_removes_a_conversation_and_its_items_and_themes_keep_their_other_items(client, leader):
    police = AgencyFactory(partnership=leader.agency.partnership, name="Brackenford Police")
    mistaken = conversation(leader, priority=["Recorded twice"])
    kept = conversation(leader, agency=police, barrier=["No time to build trust"])
    shared = theme(leader, "Trust", list(ScopingItem.objects.all()))
    response = client.post(reverse("mandate:scoping-remove", args=[mistaken.pk]), follow=True)
    assert response.status_code == 200
    assert "The scoping conversation with Harbour Youth Project was removed." in response.content.decode()
    assert list(ScopingConversation.objects.all()) == [kept]
    assert [item.text for item in shared.items.all()] == ["No time to build trust"]


def test_a_conversation_whose_items_alone_make_a_theme_stays_until_the_theme_goes(client, leader):
    only = conversation(leader)
    alone = theme(leader, "Trust", list(only.items.all()))
    page = client.post(reverse("mandate:scoping-remove", args=[only.pk]), follow=True).content.decode()
    page = unescape(page)
    assert "The theme “Trust” groups only this conversation's items: remove the theme first." in page
    assert ScopingConversation.objects.filter(pk=only.pk).exists()
    client.post(reverse("mandate:theme-remove", args=[alone.pk]))
    assert not PartnershipTheme.objects.exists() and ScopingItem.objects.count() == 1
    client.post(reverse("mandate:scoping-remove", args=[only.pk]))
    assert not ScopingConversation.objects.exists()


def test_a_change_goals_only_theme_stays_and_one_of_two_can_go(client, leader):
    talk = conversation(leader, priority=["Trusted adults", "Safe places"])
    trusted, places = talk.items.order_by("order")
    first, second = theme(leader, "Trust", [trusted]), theme(leader, "Places", [places])
    change_goal_record(
        partnership=leader.agency.partnership, statement="Every child has a trusted adult.",
        agreed_on=timezone.localdate(), themes=[first], recorded_by=None,
    )  # fmt: skip
    page = client.post(reverse("mandate:theme-remove", args=[first.pk]), follow=True).content.decode()
    page = unescape(page)
    assert "rests on this theme alone" in page
    assert PartnershipTheme.objects.filter(pk=first.pk).exists()
    goal = ChangeGoal.objects.get()
    goal.themes.add(second)
    client.post(reverse("mandate:theme-remove", args=[first.pk]))
    assert list(goal.themes.all()) == [second]


def test_what_a_completed_review_cited_stays_on_record(client, leader):
    partnership = leader.agency.partnership
    cited = board(leader, "Safeguarding partnership")
    review = strategy_review_start(
        partnership=partnership, held_on=timezone.localdate(), title="Annual review", created_by=None
    )
    review_answer_save(
        review=review, prompt_key="governance_position", answer="It reports to the safeguarding partnership.",
        rating=None, owner_agency=None, owner_role="Chair", evidence={"governance_boards": [cited]},
        updated_by=None,
    )  # fmt: skip
    strategy_review_complete(review=review)
    page = client.post(
        reverse("mandate:governance-board-remove", args=[cited.pk]), follow=True
    ).content.decode()
    assert "is evidence in the completed review" in page
    assert GovernanceBoard.objects.filter(pk=cited.pk).exists()


def test_a_board_is_removed_and_boards_that_reported_to_it_report_to_no_one(client, leader):
    top = board(leader, "Safeguarding partnership")
    below = board(leader, "Exploitation group", reports_to=[top])
    edit = client.get(reverse("mandate:governance-board-edit", args=[top.pk])).content.decode()
    assert "Remove Safeguarding partnership from the map" in edit
    response = client.post(reverse("mandate:governance-board-remove", args=[top.pk]), follow=True)
    assert "Safeguarding partnership was removed from the governance map." in response.content.decode()
    assert list(GovernanceBoard.objects.all()) == [below]
    assert not below.reports_to.exists()


def test_only_leaders_of_the_partnership_remove_and_only_by_post(client, leader):
    talk = conversation(leader)
    grouped = theme(leader, "Trust", list(talk.items.all()))
    map_board = board(leader, "Safeguarding partnership")
    urls = [
        reverse("mandate:scoping-remove", args=[talk.pk]),
        reverse("mandate:theme-remove", args=[grouped.pk]),
        reverse("mandate:governance-board-remove", args=[map_board.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 405
    practitioner = MembershipFactory(role="practitioner", agency=leader.agency)
    client.force_login(practitioner.user)
    assert "Remove" not in client.get(reverse("mandate:scoping")).content.decode()
    for url in urls:
        assert client.post(url).status_code == 403
    client.force_login(MembershipFactory(role="leader").user)  # another partnership's leader
    for url in urls:
        assert client.post(url).status_code == 404
    assert ScopingConversation.objects.exists() and PartnershipTheme.objects.exists()
    assert GovernanceBoard.objects.exists()
