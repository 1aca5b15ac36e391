"""End to end in headless Chromium: an analyst reorders a draft's questions with the keyboard only."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_analyst_moves_a_question_down_with_the_keyboard(page):
    analyst = MembershipFactory(role="analyst")
    partnership = analyst.agency.partnership
    questions = [
        QuestionFactory(partnership=partnership, text=text)
        for text in ("Where do you feel safe?", "Who do you trust?", "What would help?")
    ]
    draft = ConsultationFactory(partnership=partnership, status="draft", questions=questions)
    sign_in(page, analyst.user)
    page.goto(f"/staff/consultations/{draft.pk}/")
    assert serious_accessibility_violations(page) == []

    # Tab to the first question's "Move down" button (its name says which question), then press Enter.
    target = "Move down: question 1, Where do you feel safe?"
    page.locator("body").focus()
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.replace(/\\s+/g, ' ').trim()") == target:
            break
    else:
        pytest.fail("the Move down button was never reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/staff/consultations/{draft.pk}/#question-{questions[0].pk}")
    assert "'Where do you feel safe?' is now question 2." in page.content().replace("&#x27;", "'")
    order = page.locator("#questions + p + ol > li").all_inner_texts()
    assert [line.split(" (")[0] for line in order] == [
        "Who do you trust?",
        "Where do you feel safe?",
        "What would help?",
    ]
    assert serious_accessibility_violations(page) == []
