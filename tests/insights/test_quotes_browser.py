"""End to end in headless Chromium: from a figure on the dashboard to the quotes behind it, and back."""

import re

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import QuestionFactory
from tests.insights.factories import CodebookFactory, CodingFactory, ThemeFactory, World
from youthvoice.voices.models import Answer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_leader_walks_from_a_theme_on_the_dashboard_to_its_quotes(page):
    world = World(threshold=5)
    words = QuestionFactory(
        partnership=world.partnership, key="help", text="What would help?", kind="free_text"
    )
    world.consultation.items.create(question=words, order=9)
    theme = ThemeFactory(codebook=CodebookFactory(partnership=world.partnership), name="Safe places")
    for n in range(24):
        text = "I am not safe right now" if n == 0 else f"Lights in the park please, number {n}"
        response = world.respond(answers={words: text, world.places: ["park"]}, age_band="14-15")
        CodingFactory(answer=Answer.objects.get(response=response, question=words), theme=theme)
    sign_in(page, world.leader.user)
    page.goto("/staff/insights/dashboard/")
    page.get_by_role("link", name=re.compile(r"^Read what they said\W+Safe places$")).click()
    assert page.locator("h1").inner_text() == "What young people said: Safe places"
    quotes = page.locator("#quotes blockquote")
    assert quotes.count() == 20
    assert "not safe right now" not in page.locator("main").inner_text()
    assert "safeguarding" in page.locator("#held-back-note").inner_text()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("link", name="Next page").click()
    # 23 can be quoted, but the figure 24 could stand for 22 answers: no more quotes than that.
    assert page.locator("#quotes blockquote").count() == 2
    page.get_by_role("link", name="Back to the dashboard").click()
    assert page.locator("h1").inner_text() == "Insights dashboard"
    page.get_by_role("link", name=re.compile(r"^Read what they said\W+Parks$")).click()
    assert "Lights in the park please" in page.locator("#quotes").inner_text()
