"""End to end in headless Chromium: a young person asks for help on a phone; the contact sees it."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import ConsultationFactory
from tests.partnership.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_asking_for_help_reaches_the_safeguarding_contact(page, chromium, live_server):
    consultation = ConsultationFactory()
    contact = MembershipFactory(agency__partnership=consultation.partnership, safeguarding_contact=True)
    phone = chromium.new_context(
        base_url=live_server.url, viewport={"width": 375, "height": 667}, is_mobile=True
    )
    try:
        young_person = phone.new_page()
        young_person.goto(f"/c/{consultation.slug}/ask-for-help/")
        assert "This part is not anonymous." in young_person.locator("main").inner_text()
        assert serious_accessibility_violations(young_person) == [], "ask for help"
        young_person.get_by_role("button", name="Send my request").click()
        assert young_person.title().startswith("Error: ")
        assert "Tell us how to reach you" in young_person.locator(".govuk-error-summary").inner_text()
        assert serious_accessibility_violations(young_person) == [], "ask for help, empty"
        young_person.get_by_label("How can we reach you safely?").fill("07700 900321 after school")
        young_person.get_by_role("button", name="Send my request").click()
        assert young_person.locator(".govuk-panel__title").inner_text() == "We have your request"
    finally:
        phone.close()

    sign_in(page, contact.user)
    page.goto("/staff/")
    page.get_by_role("link", name="See requests for help").click()
    page.locator("table").get_by_role("link").first.click()
    assert "07700 900321 after school" in page.locator("main").inner_text()
    assert serious_accessibility_violations(page) == [], "request for help"
