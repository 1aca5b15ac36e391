"""End to end in headless Chromium: the matrix shows a gap, a leader adds an action, both pages pass axe."""

import datetime

import pytest
from django.utils import timezone

from tests.browser import serious_accessibility_violations, sign_in
from tests.mandate.factories import ResponsibilityFactory
from tests.partnership.factories import AgencyFactory, MembershipFactory
from youthvoice.mandate.models import Action

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_matrix_shows_a_gap_and_a_leader_adds_an_action(page):
    leader = MembershipFactory(role="leader", agency__name="Harbour Youth Project")
    police = AgencyFactory(partnership=leader.agency.partnership, name="Vale Constabulary")
    for lens in ["prevention", "disruption", "intervention"]:
        ResponsibilityFactory(agency=police, lens=lens, level="strategic")
    ResponsibilityFactory(agency=leader.agency, lens="prevention", description="Detached youth work")
    sign_in(page, leader.user)

    page.goto("/staff/partnership/roles/")
    assert page.locator("h1").inner_text() == "Roles and responsibilities"
    gaps = page.locator(".yv-gap-list")
    assert "Harbour Youth Project has nothing for disruption at any level." in gaps.inner_text()
    assert page.locator(".yv-gap-row th").first.inner_text().startswith("Harbour Youth Project")
    assert serious_accessibility_violations(page) == []

    page.get_by_role("link", name="Actions", exact=True).click()
    page.get_by_role("link", name="Add an action").click()
    page.get_by_label("Title").fill("Agree the youth service's role in disruption")
    page.get_by_label("Other").check()
    page.get_by_label("Owner agency").select_option(label="Harbour Youth Project")
    page.get_by_label("Due date").fill((timezone.localdate() + datetime.timedelta(days=60)).isoformat())
    page.get_by_role("button", name="Add the action").click()
    assert page.locator("h1").inner_text() == "Agree the youth service's role in disruption"
    assert Action.objects.get().owner_agency == leader.agency

    page.goto("/staff/partnership/actions/")
    assert "Agree the youth service's role in disruption" in page.locator("table").inner_text()
    assert serious_accessibility_violations(page) == []


def test_a_past_due_date_is_announced_in_the_error_summary(page):
    leader = MembershipFactory(role="leader", agency__name="Harbour Youth Project")
    sign_in(page, leader.user)
    page.goto("/staff/partnership/actions/new/")
    page.get_by_label("Title").fill("Too late")
    page.get_by_label("Other").check()
    page.get_by_label("Owner agency").select_option(label="Harbour Youth Project")
    page.get_by_label("Due date").fill((timezone.localdate() - datetime.timedelta(days=3)).isoformat())
    page.get_by_role("button", name="Add the action").click()
    assert page.title().startswith("Error: ")
    assert "The due date cannot be in the past" in page.get_by_role("alert").inner_text()
    assert serious_accessibility_violations(page) == []
    assert not Action.objects.exists()
