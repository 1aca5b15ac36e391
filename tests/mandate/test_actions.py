"""Actions: created by leaders with a future due date, filtered, highlighted when overdue, exported safely."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.dates import days
from tests.mandate.factories import ActionFactory, WorkshopFactory
from tests.partnership.factories import AgencyFactory, MembershipFactory
from youthvoice.mandate.models import Action, ActionProgressNote
from youthvoice.mandate.selectors import actions_filtered, actions_overdue_count
from youthvoice.mandate.services import DueDateInPast, action_create
from youthvoice.mandate.views import csv_safe

pytestmark = pytest.mark.django_db


def action_data(agency, **overrides):
    data = {
        "title": "Map safe spaces with young people",
        "description": "",
        "source": "other",
        "owner_agency": agency.pk,
        "owner_name": "Ali Example",
        "due_on": days(30).isoformat(),
        "status": "not_started",
    }
    data.update(overrides)
    return data


def test_a_leader_adds_an_action_from_a_workshop(client, leader):
    workshop = WorkshopFactory(partnership=leader.agency.partnership)
    response = client.post(
        reverse("mandate:action-add"), action_data(leader.agency, source="workshop", workshop=workshop.pk)
    )
    assert response.status_code == 302
    action = Action.objects.get()
    assert (action.workshop, action.owner_agency, action.created_by) == (workshop, leader.agency, leader.user)


def test_a_due_date_in_the_past_is_refused_when_creating(client, leader):
    response = client.post(reverse("mandate:action-add"), action_data(leader.agency, due_on=days(-7)))
    assert response.status_code == 400
    page = response.content.decode()
    assert "<title>Error: " in page
    assert "The due date cannot be in the past for a new action." in page
    assert 'href="#id_due_on"' in page
    assert not Action.objects.exists()


def test_the_service_also_refuses_a_past_due_date():
    agency = AgencyFactory()
    with pytest.raises(DueDateInPast):
        action_create(
            partnership=agency.partnership,
            created_by=None,
            title="Late",
            source="other",
            owner_agency=agency,
            due_on=days(-7),
        )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "Give the action a title."),
        ({"due_on": "31/02/2027"}, "Enter a real date, for example 2027-03-31."),
        ({"source": "workshop"}, "Choose the workshop the action came from."),
        ({"source": "theme", "source_reference": ""}, "Name the theme the action came from."),
        ({"status": "cant_do", "cant_do_reason": ""}, "Say why the action can&#x27;t be done."),
        ({"status": "abandoned"}, "Choose one of the statuses."),
        ({"owner_agency": "999999"}, "Choose one of the options in the list."),
    ],
)
def test_bad_action_input_gets_a_clear_message_not_a_500(client, leader, overrides, message):
    response = client.post(reverse("mandate:action-add"), action_data(leader.agency, **overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Action.objects.exists()


def test_an_agency_of_another_partnership_cannot_own_an_action(client, leader):
    response = client.post(reverse("mandate:action-add"), action_data(AgencyFactory()))
    assert response.status_code == 400
    assert not Action.objects.exists()


def test_editing_keeps_a_passed_due_date_but_refuses_moving_it_into_the_past(client, leader):
    last_week = days(-7)
    action = ActionFactory(
        partnership=leader.agency.partnership, owner_agency=leader.agency, due_on=last_week
    )
    url = reverse("mandate:action-edit", args=[action.pk])
    response = client.post(url, action_data(leader.agency, due_on=last_week, status="in_progress"))
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "in_progress"
    two_weeks_ago = days(-14)
    response = client.post(url, action_data(leader.agency, due_on=two_weeks_ago))
    assert response.status_code == 400
    assert "A changed due date cannot be in the past." in response.content.decode()
    action.refresh_from_db()
    assert action.due_on == last_week


@pytest.mark.parametrize("role", ["practitioner", "analyst"])
def test_practitioners_and_analysts_cannot_create_or_change_actions_but_can_add_progress(client, role):
    membership = MembershipFactory(role=role)
    client.force_login(membership.user)
    action = ActionFactory(partnership=membership.agency.partnership, owner_agency=membership.agency)
    assert client.post(reverse("mandate:action-add"), action_data(membership.agency)).status_code == 403
    edit = reverse("mandate:action-edit", args=[action.pk])
    assert client.post(edit, action_data(membership.agency, title="Changed")).status_code == 403
    response = client.post(reverse("mandate:action-note-add", args=[action.pk]), {"note": "Met the school"})
    assert response.status_code == 302
    assert ActionProgressNote.objects.get().author == membership.user
    action.refresh_from_db()
    assert action.title != "Changed"
    assert "Met the school" in client.get(reverse("mandate:action", args=[action.pk])).content.decode()


def test_an_empty_progress_note_is_refused_with_a_message(client, leader):
    action = ActionFactory(partnership=leader.agency.partnership, owner_agency=leader.agency)
    response = client.post(reverse("mandate:action-note-add", args=[action.pk]), {"note": "   "})
    assert response.status_code == 400
    assert "Write the progress note." in response.content.decode()
    assert not ActionProgressNote.objects.exists()


def test_actions_of_another_partnership_are_not_found(client, leader):
    elsewhere = ActionFactory()
    assert client.get(reverse("mandate:action", args=[elsewhere.pk])).status_code == 404
    assert (
        client.post(reverse("mandate:action-note-add", args=[elsewhere.pk]), {"note": "x"}).status_code == 404
    )


def test_overdue_means_due_before_today_and_not_closed():
    today = timezone.localdate()
    last_week = today - datetime.timedelta(days=7)
    agency = AgencyFactory()
    p = agency.partnership
    overdue = ActionFactory(partnership=p, owner_agency=agency, due_on=last_week, status="in_progress")
    ActionFactory(partnership=p, owner_agency=agency, due_on=last_week, status="done")
    ActionFactory(
        partnership=p, owner_agency=agency, due_on=last_week, status="cant_do", cant_do_reason="No budget"
    )
    ActionFactory(partnership=p, owner_agency=agency, due_on=today)
    assert list(actions_filtered(partnership=p, today=today, overdue_only=True)) == [overdue]
    assert actions_overdue_count(partnership=p, today=today) == 1
    assert overdue.is_overdue(today=today)


def test_the_list_filters_by_status_agency_source_and_overdue(client, leader):
    p = leader.agency.partnership
    police = AgencyFactory(partnership=p, name="Vale Police")
    ActionFactory(partnership=p, owner_agency=leader.agency, title="Youth work action", status="in_progress")
    ActionFactory(
        partnership=p, owner_agency=police, title="Police action", source="theme", source_reference="Parks"
    )
    ActionFactory(partnership=p, owner_agency=police, title="Late police action", due_on=days(-7))
    url = reverse("mandate:actions")

    def titles(**params):
        response = client.get(url, params)
        assert response.status_code == 200
        return {a.title for a in response.context["actions"]}

    assert titles() == {"Youth work action", "Police action", "Late police action"}
    assert titles(status="in_progress") == {"Youth work action"}
    assert titles(owner_agency=police.pk) == {"Police action", "Late police action"}
    assert titles(source="theme") == {"Police action"}
    assert titles(overdue="on") == {"Late police action"}


def test_overdue_actions_are_highlighted_in_words(client, leader):
    ActionFactory(partnership=leader.agency.partnership, owner_agency=leader.agency, due_on=days(-7))
    page = client.get(reverse("mandate:actions")).content.decode()
    assert "yv-overdue-row" in page
    assert '<strong class="govuk-tag govuk-tag--red">Overdue</strong>' in page


@pytest.mark.parametrize(
    "params", [{"status": "bogus"}, {"owner_agency": "abc"}, {"source": "rumour"}, {"owner_agency": "999999"}]
)
def test_bad_filters_get_a_clear_message_not_a_500(client, leader, params):
    response = client.get(reverse("mandate:actions"), params)
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    csv_response = client.get(reverse("mandate:actions-csv"), params)
    assert csv_response.status_code == 400
    assert "The filters are not valid" in csv_response.content.decode()


def test_csv_export_follows_the_filters_and_defuses_formulas(client, leader):
    p = leader.agency.partnership
    ActionFactory(
        partnership=p,
        owner_agency=leader.agency,
        title='=HYPERLINK("http://x")',
        description="+1",
        owner_name="@admin",
        status="in_progress",
    )
    ActionFactory(partnership=p, owner_agency=leader.agency, title="Done already", status="done")
    response = client.get(reverse("mandate:actions-csv"), {"status": "in_progress"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 1
    assert rows[0]["title"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["description"] == "'+1"
    assert rows[0]["owner person"] == "'@admin"
    assert rows[0]["owner agency"] == "Harbour Youth Project"


@pytest.mark.parametrize(
    ("value", "safe"), [("-2", "'-2"), ("=1+1", "'=1+1"), ("plain", "plain"), (None, "")]
)
def test_csv_cells_that_start_like_formulas_are_quoted(value, safe):
    assert csv_safe(value) == safe


def test_workshop_pages_show_the_action_plan(client, leader):
    workshop = WorkshopFactory(partnership=leader.agency.partnership, title="Mandate workshop")
    ActionFactory(
        partnership=workshop.partnership,
        owner_agency=leader.agency,
        source="workshop",
        workshop=workshop,
        title="Agree the school role",
    )
    assert "Mandate workshop" in client.get(reverse("mandate:workshops")).content.decode()
    page = client.get(reverse("mandate:workshop", args=[workshop.pk])).content.decode()
    assert "Agree the school role" in page
    response = client.post(reverse("mandate:workshop-add"), {"title": "", "held_on": "yesterday"})
    assert response.status_code == 400
    assert "Give the workshop a title." in response.content.decode()
