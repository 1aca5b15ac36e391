"""In headless Chromium: an analyst codes answers with the keyboard, and reviews suggested themes."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.insights.factories import CodebookFactory, ThemeFactory, consultation_with_answers, member
from youthvoice.insights.models import Coding, ThemeSuggestion


def at(page, position: int) -> None:
    page.wait_for_url(lambda url: url.endswith(f"?at={position}"))


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_analyst_codes_answers_with_number_keys_and_j_and_k(page):
    consultation, question = consultation_with_answers(
        texts=[f"Answer {n}: the park is dark at night" for n in range(4)]
    )
    codebook = CodebookFactory(partnership=consultation.partnership)
    parks, police, online = (
        ThemeFactory(codebook=codebook, name=name) for name in ["Parks", "Police", "Online"]
    )
    sign_in(page, member("analyst", consultation.partnership))
    page.goto("/staff/insights/coding/")
    assert serious_accessibility_violations(page) == []
    page.get_by_role("link", name=question.text).click()
    page.get_by_role("heading", name="Answer 1 of 4").wait_for()
    assert "0 of 4 answers coded" in page.inner_text("[data-coding-progress]")
    assert serious_accessibility_violations(page) == []

    page.locator("body").press("1")
    page.locator("body").press("3")
    assert page.get_by_label("Parks").is_checked() and page.get_by_label("Online").is_checked()
    page.locator("body").press("3")  # untick
    assert not page.get_by_label("Online").is_checked()
    page.locator("body").press("j")
    at(page, 2)
    assert "1 of 4 answers coded" in page.inner_text("[data-coding-progress]")
    page.locator("body").press("2")
    page.locator("body").press("n")
    at(page, 3)
    page.locator("body").press("k")  # back, saving nothing new on answer 3
    at(page, 2)
    assert page.get_by_label("Police").is_checked()

    # Typing a theme name is not taken for shortcuts.
    page.get_by_label("Add a theme").fill("Money 1 and debt")
    page.get_by_role("button", name="Add theme").click()
    at(page, 2)
    assert page.get_by_label("Money 1 and debt").count() == 1
    assert serious_accessibility_violations(page) == []

    codings = {(c.answer.text[:8], c.theme.name) for c in Coding.objects.select_related("answer", "theme")}
    assert codings == {("Answer 0", "Parks"), ("Answer 1", "Police")}
    assert police and parks and online


def test_analyst_starts_a_suggestion_run_and_accepts_a_theme(page):
    consultation, _ = consultation_with_answers(themes=3, per_theme=12, seed=4)
    CodebookFactory(partnership=consultation.partnership, name="Themes")
    sign_in(page, member("analyst", consultation.partnership))
    page.goto("/staff/insights/suggestions/")
    assert serious_accessibility_violations(page) == []
    page.get_by_label("Answers to look at").select_option(label=consultation.title)
    page.get_by_role("button", name="Look for themes").click()
    page.wait_for_url("**/suggestions/*/")
    page.wait_for_selector(".govuk-summary-card")  # in-process without a broker; the poll reloads otherwise
    # No number given: √(36 answers / 2) rounds to 4 suggestions for the 3 planted themes.
    assert page.locator(".govuk-summary-card").count() == 4
    assert serious_accessibility_violations(page) == []
    first = ThemeSuggestion.objects.order_by("-size", "index").first()
    card = page.locator(f"#suggestion-{first.pk}")
    card.get_by_label("Theme name").fill("Being stopped by the police")
    card.get_by_role("button", name="Accept").click()
    assert "Added “Being stopped by the police” to the codebook" in page.inner_text("main")
    assert (
        Coding.objects.filter(theme__name="Being stopped by the police", source="suggested").count()
        == first.size
    )
    assert serious_accessibility_violations(page) == []
