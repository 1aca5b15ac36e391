"""A young people's panel in headless Chromium with JavaScript turned off: the youth worker starts it on the
device, the group orders the themes with the up and down buttons and a select, changes one definition and
saves; then axe-core checks the page (with JavaScript, which axe needs)."""

import datetime

import pytest
from django.conf import settings
from django.test import Client

from tests.browser import serious_accessibility_violations
from tests.insights.factories import CodebookFactory, ThemeFactory, member
from youthvoice.insights.panel.models import PanelRound
from youthvoice.insights.panel.services import panel_create, panel_results

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PIN = "2468"


@pytest.fixture
def no_script_page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_a_group_ranks_the_themes_without_javascript(no_script_page, chromium, live_server):
    page = no_script_page
    codebook = CodebookFactory()
    names = ["Feeling safe on buses", "Somewhere to go", "Being believed"]
    themes = [
        ThemeFactory(
            codebook=codebook, name=name, description=f"What young people said about {name.lower()}."
        )
        for name in names
    ]
    worker = member("practitioner", codebook.partnership)
    panel = panel_create(
        partnership=codebook.partnership,
        user=worker,
        themes=themes,
        held_on=datetime.date(2026, 3, 3),
        participants=12,
    )
    client = Client()
    client.force_login(worker)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )

    page.goto(f"/staff/insights/panels/{panel.pk}/")
    page.get_by_label("Choose a PIN to end the panel").fill(PIN)
    page.get_by_label("Type the PIN again").fill(PIN)
    page.get_by_role("button", name="Start the panel on this device").click()
    page.wait_for_url(f"**/panel/{panel.public_id}/")
    assert page.locator("h1").inner_text() == "What matters most to you?"

    # "Being believed" up twice, with no script on the page: each press reloads the page in the new order.
    page.get_by_role("button", name="Move up “Being believed”").click()
    page.get_by_role("button", name="Move up “Being believed”").click()
    headings = page.locator("#panel-themes h2").all_inner_texts()
    assert headings == ["Being believed", "Feeling safe on buses", "Somewhere to go"]
    assert page.locator(".govuk-error-summary").count() == 0
    # The select does the same: swap the last two.
    page.get_by_label("Place for “Somewhere to go” (1 matters most)").select_option("2")
    page.get_by_label("Place for “Feeling safe on buses” (1 matters most)").select_option("3")

    page.get_by_role("button", name="Save our group's answer").click()
    assert page.locator(".govuk-error-summary").count() == 1  # nobody said whether the words are right
    assert (
        "Say whether the words for “Being believed” are right"
        in page.locator(".govuk-error-summary").inner_text()
    )
    for name in names:
        card = page.locator(".govuk-summary-card", has=page.get_by_role("heading", name=name))
        if name == "Somewhere to go":
            card.get_by_label("No, we would say it differently").check()
            card.get_by_label("If you would say it differently: how would you say it?").fill(
                "A warm place that is ours"
            )
        else:
            card.get_by_label("Yes, these words are right").check()
    page.get_by_role("button", name="Save our group's answer").click()
    page.wait_for_url(f"**/panel/{panel.public_id}/saved/")
    assert page.locator("h1").inner_text() == "Your group's answer is saved"

    assert PanelRound.objects.count() == 1
    results = panel_results(panel=panel)
    assert [r.panel_theme.label for r in results.themes] == [
        "Being believed",
        "Somewhere to go",
        "Feeling safe on buses",
    ]
    assert results.themes[1].wordings == ["A warm place that is ours"]

    # axe needs script: the same device's session in a context with JavaScript on.
    context = chromium.new_context(base_url=live_server.url)
    context.add_cookies(page.context.cookies())
    checked = context.new_page()
    checked.goto(f"/panel/{panel.public_id}/")
    assert serious_accessibility_violations(checked) == []
    checked.get_by_role("button", name="Save our group's answer").click()
    assert serious_accessibility_violations(checked) == []
    context.close()
