"""End to end in headless Chromium: a lead analyst draws a sample, a second analyst codes it blind with the
keyboard, both see the agreement, the lead settles a difference and the dashboard counts what was settled."""

import re

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import QuestionFactory
from tests.insights.factories import CodebookFactory, ThemeFactory, World, member
from youthvoice.insights.coding.second_coding import sample_agreement
from youthvoice.insights.coding.services import coding_set
from youthvoice.insights.models import SecondCodingSample
from youthvoice.voices.models import Answer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What the active element's label says, or its text for a button.
ACTIVE_NAME = """(() => { const el = document.activeElement;
  const text = (el.labels && el.labels[0]) ? el.labels[0].textContent : el.textContent;
  return text.replace(/\\s+/g, ' ').trim();
})()"""


def tab_to(page, name: str) -> None:
    """Press Tab until the focused control is called ``name``, as someone using the keyboard would."""
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE_NAME) == name:
            return
    pytest.fail(f"{name!r} was never reached with Tab")


def theme_count(page, theme: str) -> str:
    row = page.locator("section[aria-labelledby=themes-heading] tbody tr", has_text=theme)
    return row.locator("td").first.inner_text()


@pytest.fixture
def world():
    """14 answers the lead coded: 8 about parks (4 of which also name the police), 6 about the police."""
    world = World(threshold=5)
    question = QuestionFactory(
        partnership=world.partnership, key="help", text="What would help?", kind="free_text"
    )
    world.consultation.items.create(question=question, order=9)
    codebook = CodebookFactory(partnership=world.partnership)
    places = ThemeFactory(codebook=codebook, name="Safe places", description="Parks and streets after dark.")
    police = ThemeFactory(codebook=codebook, name="Police", description="Being stopped or not believed.")
    world.lead = member("analyst", world.partnership)
    world.second = member("analyst", world.partnership)
    texts = [(f"Lights in the park please, number {n}", places) for n in range(4)]
    texts += [(f"The police move us on from the park, number {n}", places) for n in range(4)]
    texts += [(f"The police did not believe me, number {n}", police) for n in range(6)]
    for text, theme in texts:
        response = world.respond(answers={question: text})
        coding_set(answer=Answer.objects.get(response=response), themes=[theme], user=world.lead)
    world.question, world.places, world.police = question, places, police
    return world


def test_a_second_analyst_codes_blind_and_the_lead_settles_a_difference_the_dashboard_counts(
    page, chromium, live_server, world
):
    # The lead draws half of the coded answers for the second analyst, with a seed to draw them again.
    sign_in(page, world.lead)
    page.goto("/staff/insights/coding/")
    page.get_by_role("link", name=re.compile(r"^Second coder\W+What would help\?$")).click()
    assert page.locator("h1").inner_text() == "Draw a sample for a second coder"
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Draw the sample").click()  # nothing chosen: a clear error
    assert "Choose the analyst who will code the sample" in page.locator(".govuk-error-summary").inner_text()
    assert serious_accessibility_violations(page) == []
    page.get_by_label("Second coder").select_option(label=str(world.second))
    page.get_by_label("Or a share of the coded answers (%)").fill("50")
    page.get_by_label("Seed (optional)").fill("11")
    page.get_by_role("button", name="Draw the sample").click()
    sample = SecondCodingSample.objects.get()
    page.wait_for_url(f"**/coding/samples/{sample.pk}/")
    assert "Drew 7 answers" in page.locator(".govuk-notification-banner").inner_text()
    page.goto("/staff/insights/dashboard/")
    assert (theme_count(page, "Safe places"), theme_count(page, "Police")) == ("8", "6")

    # The second analyst codes blind, with the keyboard only: words about the police are Police to them.
    second_context = chromium.new_context(base_url=live_server.url)
    second = second_context.new_page()
    sign_in(second, world.second)
    second.goto("/staff/insights/coding/samples/")
    assert serious_accessibility_violations(second) == []
    second.get_by_role("link", name="code it").click()
    for position in range(1, 8):
        second.get_by_role("heading", name=f"Answer {position} of 7").wait_for()
        assert second.locator("input[name=theme]:checked").count() == 0  # nothing of the first coder's
        text = second.locator("#answer-text").inner_text()
        if position == 1:
            assert serious_accessibility_violations(second) == []
        second.locator("body").focus()
        for name, words in [("Safe places", "park"), ("Police", "police")]:
            if words in text:
                tab_to(second, name)
                second.keyboard.press("Space")
                ring = second.evaluate(
                    "getComputedStyle(document.activeElement.nextElementSibling, '::before').boxShadow"
                )
                assert ring != "none"  # the focused box shows where the keyboard is
        assert second.get_by_label("Police").is_checked() == ("police" in text)
        tab_to(second, "Save and next" if position < 7 else "Save")
        second.keyboard.press("Enter")
        second.wait_for_url(f"**/code/?at={min(position + 1, 7)}")
    assert (
        "That was the last answer of the sample" in second.locator(".govuk-notification-banner").inner_text()
    )
    main = second.locator("main").inner_text()
    assert str(world.lead) not in main and "first coder only" not in main

    # Both see the agreement: kappa per theme, as worked out from the codes.
    agreement = sample_agreement(sample=sample)
    kappas = {theme.name: row.table.kappa for theme, row in agreement.themes}
    assert agreement.coded == 7 and kappas["Safe places"] == 1 and kappas["Police"] < 1
    second.goto(f"/staff/insights/coding/samples/{sample.pk}/")
    table = second.locator("table[data-agreement]").inner_text()
    assert f"Police\t{kappas['Police']:.2f}" in table and "Safe places\t1.00" in table
    assert second.get_by_role("link", name="Settle the answers where the coders differ").count() == 0
    assert serious_accessibility_violations(second) == []
    second_context.close()
    page.goto(f"/staff/insights/coding/samples/{sample.pk}/")
    assert f"{kappas['Police']:.2f}" in page.locator("table[data-agreement]").inner_text()
    waiting = int(page.locator("[data-differences]").inner_text().split()[0])
    assert waiting >= 1
    # The second coder's codes count in no figure until the lead settles them.
    page.goto("/staff/insights/dashboard/")
    assert theme_count(page, "Police") == "6"

    # The lead settles the first difference: the answer is about the police and the park.
    page.goto(f"/staff/insights/coding/samples/{sample.pk}/")
    page.get_by_role("link", name="Settle the answers where the coders differ").click()
    assert serious_accessibility_violations(page) == []
    first = page.locator("form[id^=item-]").first
    settled_text = first.locator(".govuk-inset-text").inner_text()
    assert "police" in settled_text and "park" in settled_text
    assert "Safe places" in first.locator(".govuk-summary-list").inner_text()
    assert first.get_by_label("Safe places").is_checked() and not first.get_by_label("Police").is_checked()
    first.get_by_label("Police").check()
    first.get_by_label("Note (optional)").fill("Both: the police move them on from the park.")
    first.get_by_role("button", name="Save the final themes").click()
    assert "Saved the final themes" in page.locator(".govuk-notification-banner").inner_text()
    assert page.locator("form[id^=item-]").count() == waiting - 1
    settled = page.locator("table[data-settled]").inner_text()
    assert settled_text.split(",")[0] in settled and "Police, Safe places" in settled
    assert serious_accessibility_violations(page) == []

    # What the lead chose is what the dashboard counts.
    page.goto("/staff/insights/dashboard/")
    assert (theme_count(page, "Safe places"), theme_count(page, "Police")) == ("8", "7")
