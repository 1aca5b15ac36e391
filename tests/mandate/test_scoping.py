"""The strategy review's scoping: conversations per agency or team, items grouped into partnership themes
across agencies, and the change goal the themes led to. Leaders write, all staff read, bad input is a 400
with its words kept."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.partnership.factories import AgencyFactory, MembershipFactory
from youthvoice.mandate.models import ChangeGoal, PartnershipTheme, ScopingConversation, ScopingItem
from youthvoice.mandate.selectors import scoping_board
from youthvoice.mandate.services import (
    MandateError,
    change_goal_record,
    partnership_theme_create,
    scoping_conversation_record,
)

pytestmark = pytest.mark.django_db


def record(membership, *, agency=None, team_name="", **items):
    return scoping_conversation_record(
        partnership=membership.agency.partnership,
        held_on=timezone.localdate(),
        agency=agency if agency is not None else membership.agency,
        team_name=team_name,
        participants="2 youth workers, 1 manager",
        items=items or {"priority": ["Trusted adults"]},
        recorded_by=membership.user,
    )


def test_a_leader_records_a_conversation_with_one_item_a_line(client, leader):
    data = {
        "held_on": timezone.localdate().isoformat(),
        "agency": leader.agency.pk,
        "team_name": "Detached team",
        "participants": "4 youth workers, 1 team manager",
        "priority": "Trusted adults\n\n- Safe places after school\n",
        "barrier": "Waiting lists for mental health support",
    }
    response = client.post(reverse("mandate:scoping-add"), data)
    assert response.status_code == 302
    conversation = ScopingConversation.objects.get()
    assert conversation.who == "Harbour Youth Project: Detached team"
    assert conversation.recorded_by == leader.user
    assert list(conversation.items.filter(kind="priority").values_list("text", flat=True)) == [
        "Trusted adults",
        "Safe places after school",
    ]
    assert conversation.items.filter(kind="barrier").count() == 1


def test_a_conversation_with_no_agency_team_or_items_is_refused_and_nothing_typed_is_lost(client, leader):
    data = {"held_on": timezone.localdate().isoformat(), "participants": "3 school nurses", "enabler": ""}
    response = client.post(reverse("mandate:scoping-add"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose the agency or enter the team&#x27;s name." in page
    assert "Write at least one priority, enabler, barrier or aspiration." in page
    assert "3 school nurses" in page
    assert not ScopingConversation.objects.exists()


def test_a_future_date_and_a_foreign_agency_are_refused_with_plain_messages(client, leader):
    other = AgencyFactory()
    data = {
        "held_on": (timezone.localdate() + datetime.timedelta(days=3)).isoformat(),
        "agency": other.pk,
        "participants": "2 officers",
        "priority": "Disruption",
    }
    response = client.post(reverse("mandate:scoping-add"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "cannot be in the future" in page
    assert "Choose one of the options in the list." in page
    assert not ScopingConversation.objects.exists()


def test_the_service_refuses_a_conversation_without_items_or_participants(leader):
    with pytest.raises(MandateError, match="at least one"):
        record(leader, priority=["  "])
    with pytest.raises(MandateError, match="who took part"):
        scoping_conversation_record(
            partnership=leader.agency.partnership, held_on=timezone.localdate(), agency=leader.agency,
            team_name="", participants="  ", items={"priority": ["x"]}, recorded_by=leader.user,
        )  # fmt: skip


def test_names_in_participants_and_items_are_removed(leader):
    conversation = scoping_conversation_record(
        partnership=leader.agency.partnership,
        held_on=timezone.localdate(),
        agency=leader.agency,
        team_name="",
        participants="Siobhan Okonkwo and 2 social workers",
        items={"barrier": ["Call Siobhan Okonkwo on 07700 900123 about referrals"]},
        recorded_by=leader.user,
    )
    conversation.refresh_from_db()
    assert "Okonkwo" not in conversation.participants
    assert "900123" not in ScopingItem.objects.get().text


def test_practitioners_read_the_scoping_page_but_cannot_record(client):
    membership = MembershipFactory(role="practitioner")
    record(MembershipFactory(role="leader", agency__partnership=membership.agency.partnership))
    client.force_login(membership.user)
    page = client.get(reverse("mandate:scoping"))
    assert page.status_code == 200
    assert "Trusted adults" in page.content.decode()
    assert "Record a scoping conversation" not in page.content.decode()
    assert client.post(reverse("mandate:scoping-add"), {}).status_code == 403
    assert client.post(reverse("mandate:theme-add"), {}).status_code == 403


def test_items_from_two_agencies_are_grouped_into_a_theme_shown_side_by_side(client, leader):
    police = AgencyFactory(partnership=leader.agency.partnership, name="Brackenford Police")
    record(leader, priority=["Trusted adults in every school"])
    record(leader, agency=police, barrier=["No time to build trust"])
    items = ScopingItem.objects.order_by("id")
    response = client.post(
        reverse("mandate:theme-add"), {"name": "Relationships first", "items": [i.pk for i in items]}
    )
    assert response.status_code == 302
    theme = PartnershipTheme.objects.get()
    assert set(theme.items.all()) == set(items)
    board = scoping_board(partnership=leader.agency.partnership)
    assert [row.conversation.who for row in board.rows] == ["Harbour Youth Project", "Brackenford Police"]
    assert board.rows[1].columns[2][0].theme_names == ["Relationships first"]
    assert board.ungrouped_count == 0
    page = client.get(reverse("mandate:scoping")).content.decode()
    assert "Relationships first" in page and "No time to build trust" in page


def test_a_theme_needs_a_new_name_and_items_of_this_partnership(client, leader):
    record(leader)
    item = ScopingItem.objects.get()
    foreign = record(MembershipFactory(role="leader")).items.get()
    response = client.post(reverse("mandate:theme-add"), {"name": "", "items": [foreign.pk]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Give the theme a name." in page and "Choose items from the list." in page
    partnership_theme_create(
        partnership=leader.agency.partnership, name="Trust", items=[item], created_by=None
    )
    response = client.post(reverse("mandate:theme-add"), {"name": "trust", "items": [item.pk]})
    assert response.status_code == 400
    assert "There is already a theme called" in response.content.decode()
    with pytest.raises(MandateError):
        partnership_theme_create(
            partnership=leader.agency.partnership, name="Other", items=[foreign], created_by=None
        )


def test_the_change_goal_names_the_themes_it_came_from(client, leader):
    record(leader)
    theme = partnership_theme_create(
        partnership=leader.agency.partnership,
        name="Trust",
        items=list(ScopingItem.objects.all()),
        created_by=None,
    )
    bad = client.post(reverse("mandate:change-goal-add"), {"statement": "  ", "agreed_on": "31/02/2026"})
    assert bad.status_code == 400
    assert "Write the change goal." in bad.content.decode()
    assert "Enter a real date" in bad.content.decode()
    data = {
        "statement": "Every child has a trusted adult.",
        "agreed_on": timezone.localdate().isoformat(),
        "themes": [theme.pk],
    }
    assert client.post(reverse("mandate:change-goal-add"), data).status_code == 302
    goal = ChangeGoal.objects.get()
    assert list(goal.themes.all()) == [theme]
    assert "Every child has a trusted adult." in client.get(reverse("mandate:scoping")).content.decode()


def test_a_change_goal_cannot_name_another_partnerships_theme(leader):
    other = MembershipFactory(role="leader")
    record(other)
    foreign = partnership_theme_create(
        partnership=other.agency.partnership,
        name="Theirs",
        items=list(ScopingItem.objects.all()),
        created_by=None,
    )
    with pytest.raises(MandateError):
        change_goal_record(
            partnership=leader.agency.partnership, statement="Goal", agreed_on=timezone.localdate(),
            themes=[foreign], recorded_by=None,
        )  # fmt: skip
