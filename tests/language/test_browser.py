"""End to end in headless Chromium: staff paste text, see findings marked inline; the pages pass axe-core."""

import pytest

from tests.browser import serious_accessibility_violations
from tests.browser import sign_in as browser_sign_in
from tests.language.factories import YoungPeoplesDefinitionFactory, consultation_with_definitions
from tests.partnership.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, role="practitioner"):
    browser_sign_in(page, MembershipFactory(role=role).user)


def test_staff_paste_text_and_see_findings_marked_with_suggestions(page):
    sign_in(page)
    page.goto("/staff/language/check/")
    assert serious_accessibility_violations(page) == []
    page.get_by_label("Text to check").fill(
        "Jade keeps putting herself at risk.\n"
        "She says her boyfriend, 24, is kind.\n"
        "The adult put the child at risk."
    )
    page.get_by_role("button", name="Check the text").click()
    marks = page.locator("#checked-text mark")
    assert [" ".join(text.split()) for text in marks.all_text_contents()] == [
        "putting herself at risk (finding 1)",
        "boyfriend (finding 2)",
    ]
    assert "is at risk of being exploited" in page.locator("#finding-1").inner_text()
    # the partner's age is read, and the finding says it (the note is about a child)
    assert "Reads the age 24 for the boyfriend" in page.locator("#finding-2").inner_text()
    assert "years" in page.locator("#reading-age").inner_text()
    marks.first.locator("a").click()
    assert page.url.endswith("#finding-1")
    assert serious_accessibility_violations(page) == []


def test_empty_paste_shows_an_error_summary_linked_to_the_field(page):
    sign_in(page)
    page.goto("/staff/language/check/")
    page.get_by_role("button", name="Check the text").click()
    assert page.title().startswith("Error: ")
    page.get_by_role("link", name="Enter the text you want to check").click()
    assert page.evaluate("document.activeElement.id") == "id_text"
    assert serious_accessibility_violations(page) == []


def test_public_glossary_shows_young_peoples_words_and_is_accessible(page):
    quote = YoungPeoplesDefinitionFactory(text="Someone being fake nice to get stuff.", shown_publicly=True)
    page.goto(f"/glossary/{quote.term.partnership.slug}/")
    assert "Someone being fake nice to get stuff." in page.locator("main").inner_text()
    assert serious_accessibility_violations(page) == []


def test_curation_page_is_accessible(page):
    sign_in(page, role="analyst")
    page.goto("/staff/language/glossary/")
    assert serious_accessibility_violations(page) == []


def test_an_analyst_imports_definition_answers_and_the_page_is_accessible(page):
    consultation, _question, _answers, term = consultation_with_definitions(texts=["Being used", "Fake nice"])
    analyst = MembershipFactory(role="analyst", agency__partnership=consultation.partnership).user
    browser_sign_in(page, analyst)
    page.goto("/staff/language/glossary/")
    page.get_by_role("link", name="Import young people's definitions from consultation answers").click()
    assert serious_accessibility_violations(page) == []
    page.get_by_label("Consultation").select_option(label=consultation.title)
    page.get_by_role("button", name="Show the answers").click()
    page.get_by_role("button", name="Import the chosen answers").click()
    assert page.title().startswith("Error: ")
    assert serious_accessibility_violations(page) == []
    page.get_by_role("link", name="Choose at least one answer to import").click()
    page.get_by_label("“Fake nice”").check()
    page.get_by_label("The glossary word these answers define").select_option(label=term.term)
    page.get_by_role("button", name="Import the chosen answers").click()
    assert "1 answer added to “Grooming”." in page.locator("main").inner_text()
    assert page.get_by_label("“Fake nice”").count() == 0
    assert serious_accessibility_violations(page) == []
