"""End to end in headless Chromium: a leader records a scoping conversation (after an error), groups items
from two agencies into a theme with the change goal it led to, and opens the governance map; axe finds no
serious or critical problem on any page."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.partnership.factories import AgencyFactory, MembershipFactory
from youthvoice.mandate.models import ChangeGoal, PartnershipTheme, ScopingConversation
from youthvoice.mandate.services import governance_board_save, scoping_conversation_record

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_leader_walks_from_scoping_to_the_governance_map(page):
    from django.utils import timezone

    leader = MembershipFactory(role="leader", agency__name="Harbour Youth Project")
    partnership = leader.agency.partnership
    police = AgencyFactory(partnership=partnership, name="Vale Constabulary")
    scoping_conversation_record(
        partnership=partnership, held_on=timezone.localdate(), agency=police, team_name="",
        participants="3 neighbourhood officers", items={"barrier": ["Young people do not trust the police"]},
        recorded_by=None,
    )  # fmt: skip
    top = governance_board_save(
        partnership=partnership, name="Safeguarding partnership", chair_role="Independent scrutineer",
        meets="quarterly", reports_to=[], ownership={"intervention": "owns", "prevention": "owns"},
    )  # fmt: skip
    governance_board_save(
        partnership=partnership, name="CE strategic group", chair_role="Assistant Director",
        meets="six_weekly", reports_to=[top], ownership={"prevention": "owns"},
    )  # fmt: skip
    sign_in(page, leader.user)

    page.goto("/staff/partnership/scoping/")
    page.get_by_role("link", name="Record a scoping conversation").click()
    page.get_by_label("Who took part").fill("4 youth workers, 1 manager")
    page.get_by_role("button", name="Record the conversation").click()
    assert page.title().startswith("Error: ")
    summary = page.get_by_role("alert").inner_text()
    assert "Choose the agency or enter the team's name." in summary
    assert "Write at least one priority" in summary
    assert page.get_by_label("Who took part").input_value() == "4 youth workers, 1 manager"
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Agency (optional)").select_option(label="Harbour Youth Project")
    page.get_by_label("Priorities (optional)").fill(
        "Trusted adults for every young person\nSafe places in the evening"
    )
    page.get_by_label("Barriers (optional)").fill("Short-term funding ends relationships")
    page.get_by_role("button", name="Record the conversation").click()
    assert "The scoping conversation with Harbour Youth Project is recorded." in page.content()
    assert ScopingConversation.objects.count() == 2
    table = page.get_by_role("table").inner_text()
    assert (
        "Trusted adults for every young person" in table and "Young people do not trust the police" in table
    )
    assert serious_accessibility_violations(page) == []

    page.get_by_role("link", name="Group items into a theme").click()
    page.get_by_label("Name of the theme").fill("Trusted relationships")
    page.get_by_label("Harbour Youth Project, priority: Trusted adults for every young person").check()
    page.get_by_label("Vale Constabulary, barrier: Young people do not trust the police").check()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Save the theme").click()
    assert PartnershipTheme.objects.get().items.count() == 2

    page.get_by_role("link", name="Record the change goal").click()
    page.get_by_label("The change goal").fill("Every young person at risk has a trusted adult.")
    page.get_by_label("Trusted relationships").check()
    page.get_by_role("button", name="Record the change goal").click()
    assert ChangeGoal.objects.get().themes.get().name == "Trusted relationships"
    assert "Every young person at risk has a trusted adult." in page.locator("main").inner_text()
    assert serious_accessibility_violations(page) == []

    page.get_by_role("link", name="Governance", exact=True).click()
    assert page.locator("h1").inner_text() == "Governance map"
    main = page.locator("main").inner_text()
    assert "Prevention is owned by 2 boards" in main
    assert "No board owns disruption." in main
    diagram = page.get_by_role("img", name="Reporting lines between the partnership's boards")
    assert diagram.is_visible()
    assert "CE strategic group reports to Safeguarding partnership." in main
    assert serious_accessibility_violations(page) == []
