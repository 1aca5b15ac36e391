"""End to end in headless Chromium: from the scoping conversations (already recorded) a leader starts a
strategy review, answers a prompt with its evidence, raises an action to the strategic group, completes the
review, then writes the CE strategy, is stopped by the language gate, fixes the words and publishes, starts
version 2 and reads what changed; axe finds no serious or critical problem on the pages on the way."""

import datetime

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.partnership.factories import MembershipFactory
from youthvoice.mandate.models import Action, ReviewAnswer
from youthvoice.mandate.services import partnership_theme_create, scoping_conversation_record
from youthvoice.strategy.models import StrategyVersion

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_leader_walks_from_scoping_to_a_review_to_a_published_strategy(page):
    from django.utils import timezone

    today = timezone.localdate()
    leader = MembershipFactory(role="leader", agency__name="Harbour Youth Project")
    partnership = leader.agency.partnership
    conversation = scoping_conversation_record(
        partnership=partnership, held_on=today, agency=leader.agency, team_name="",
        participants="4 youth workers", items={"priority": ["Trusted adults for every young person"]},
        recorded_by=None,
    )  # fmt: skip
    partnership_theme_create(
        partnership=partnership, name="Trusted relationships", items=list(conversation.items.all()),
        created_by=None,
    )  # fmt: skip
    sign_in(page, leader.user)

    page.goto("/staff/partnership/scoping/")
    assert "Trusted relationships" in page.locator("main").inner_text()
    page.get_by_role("link", name="Strategy review", exact=True).click()
    page.get_by_role("link", name="Start a review").click()
    page.get_by_label("Title").fill("Strategy review 2027")
    page.get_by_role("button", name="Start the review").click()
    assert "The review “Strategy review 2027” is started." in page.content()
    assert serious_accessibility_violations(page) == []

    page.get_by_role("link", name="Answer “What permission are leaders giving people to act?”").click()
    page.get_by_role("button", name="Save the answer").click()
    assert page.title().startswith("Error: ")
    assert "Write the answer." in page.get_by_role("alert").inner_text()
    page.get_by_label("Answer", exact=True).fill("Managers may share worries the same day without asking.")
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Owner role (optional)").fill("Chair of the strategic group")
    page.get_by_label("Trusted relationships").check()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Save the answer").click()
    assert ReviewAnswer.objects.get().rating == 4
    section = page.locator("#prompt-permission_to_act")
    assert "4 out of 5" in section.inner_text() and "Trusted relationships" in section.inner_text()

    section.get_by_role("link", name="Raise an action").click()
    page.get_by_label("Action", exact=True).fill("Write down what managers may decide")
    page.get_by_label("Owner agency").select_option(label="Harbour Youth Project")
    page.get_by_label("Due date").fill((today + datetime.timedelta(days=30)).isoformat())
    page.get_by_role("button", name="Raise the action").click()
    assert "flagged to the strategic group" in page.content()
    assert Action.objects.get().for_strategic_group
    page.get_by_role("button", name="Mark the review complete").click()
    assert "is complete" in page.content()

    page.get_by_role("link", name="CE strategy", exact=True).click()
    page.get_by_role("button", name="Start the strategy").click()
    assert page.locator("h1").inner_text() == "Draft: version 1"
    assert serious_accessibility_violations(page) == []
    for title in ["What young people told us", "What we will do", "How we will know it is working"]:
        page.get_by_role("button", name=f"Remove {title}").click()
    page.get_by_role("link", name="Change Our ambition").click()
    page.get_by_label("What the section says (optional)").fill("Every young person has an adult they trust.")
    page.get_by_label("Trusted relationships").check()
    page.get_by_label("Write down what managers may decide").check()
    page.get_by_role("button", name="Save the section").click()
    page.get_by_label("Review date").fill((today + datetime.timedelta(days=365)).isoformat())
    page.get_by_label("Summary for young people").fill(
        "Some young people were putting themselves at risk at the bus station."
    )
    page.get_by_role("button", name="Save the review date and summary").click()
    page.get_by_role("link", name="Check and publish").click()
    assert "Blocks publishing" in page.locator("main").inner_text()
    page.get_by_role("button", name="Publish version 1").click()
    assert page.title().startswith("Error: ")
    assert "cannot be published yet" in page.get_by_role("alert").inner_text()
    assert serious_accessibility_violations(page) == []
    assert not StrategyVersion.objects.get().is_published

    page.get_by_role("link", name="Back to the draft").click()
    page.get_by_label("Summary for young people").fill(
        "You told us you want an adult you trust. We will make sure you have one."
    )
    page.get_by_role("button", name="Save the review date and summary").click()
    page.get_by_role("link", name="Check and publish").click()
    page.get_by_role("button", name="Publish version 1").click()
    assert "Version 1 of the strategy is published." in page.content()
    assert "Every young person has an adult they trust." in page.locator("main").inner_text()
    assert serious_accessibility_violations(page) == []

    page.get_by_role("link", name="CE strategy", exact=True).click()
    page.get_by_role("button", name="Start the next version").click()
    page.get_by_role("link", name="Change Our ambition").click()
    page.get_by_label("What the section says (optional)").fill(
        "Every young person has an adult they trust, in every school."
    )
    page.get_by_role("button", name="Save the section").click()
    page.get_by_role("link", name="Check and publish").click()
    page.get_by_role("button", name="Publish version 2").click()
    page.get_by_role("link", name="What changed since the version before").click()
    main = page.locator("main").inner_text()
    assert "Compared with version 1: 1 section changed" in main
    assert page.locator("ins.yv-diff__added").first.inner_text().strip() != ""
    assert serious_accessibility_violations(page) == []
