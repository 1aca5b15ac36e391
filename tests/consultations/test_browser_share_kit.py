"""End to end in headless Chromium: a share kit's channel link, opened on a phone, records the channel."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import open_consultation_with_questions
from tests.partnership.factories import MembershipFactory
from youthvoice.voices.models import Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 375, "height": 667}, "is_mobile": True, "has_touch": True}


def test_share_kit_to_school_link_to_answers_on_a_phone(chromium, live_server, page):
    consultation = open_consultation_with_questions()
    practitioner = MembershipFactory(role="practitioner", agency__partnership=consultation.partnership).user
    sign_in(page, practitioner)
    page.goto(f"/staff/consultations/{consultation.pk}/")
    page.get_by_role("link", name="Share kit: full links for each channel, QR codes and posters").click()
    assert page.locator("h1").inner_text() == "Share kit"
    assert serious_accessibility_violations(page) == [], "share kit"
    school = page.locator("#share-school")
    link = school.locator("a.yv-share-link").get_attribute("href")
    assert link.startswith(f"{live_server.url}/c/{consultation.slug}/via/")
    # The QR code is labelled with the very link it carries, and both downloads and the poster are real files.
    assert link in school.locator("svg title").text_content()
    for name, kind in (("Download the QR code as PNG", "image/png"), ("as SVG", "image/svg+xml")):
        href = school.get_by_role("link", name=name).get_attribute("href")
        assert page.request.get(href).headers["content-type"] == kind
    poster = page.request.get(school.get_by_role("link", name="A4 poster (PDF)").get_attribute("href"))
    assert poster.headers["content-type"] == "application/pdf" and poster.body().startswith(b"%PDF")

    # A pupil scans the poster: a fresh phone, no staff session.
    phone = chromium.new_context(base_url=live_server.url, **PHONE)
    try:
        pupil = phone.new_page()
        pupil.goto(link)
        assert pupil.url == f"{live_server.url}/c/{consultation.slug}/"
        assert pupil.locator("h1").inner_text() == consultation.title
        assert pupil.locator(".govuk-exit-this-page__button").is_visible()
        assert serious_accessibility_violations(pupil) == [], "start page on a phone"
        pupil.get_by_role("button", name="Start now").click()
        pupil.get_by_label("Where do you feel unsafe?").fill("Near the park after dark")
        pupil.get_by_role("button", name="Continue").click()
        while pupil.locator("h1").inner_text() != "Check your answers":
            skip = pupil.get_by_role("button", name="Skip this question")
            (skip if skip.count() else pupil.get_by_role("button", name="Continue")).click()
        assert serious_accessibility_violations(pupil) == [], "check your answers on a phone"
        pupil.get_by_role("button", name="Send my answers").click()
        assert pupil.locator(".govuk-panel__title").inner_text() == "Your answers have been sent"
    finally:
        phone.close()
    assert Response.objects.get(consultation=consultation).channel == "school"


def test_a_tampered_link_on_a_phone_explains_and_still_leads_to_the_consultation(chromium, live_server):
    consultation = open_consultation_with_questions()
    phone = chromium.new_context(base_url=live_server.url, **PHONE)
    try:
        pupil = phone.new_page()
        response = pupil.goto(f"/c/{consultation.slug}/via/school:forged-signature/")
        assert response.status == 400
        assert pupil.locator("h1").inner_text() == "This link did not work fully"
        assert serious_accessibility_violations(pupil) == [], "tampered link page"
        pupil.get_by_role("link", name=f"Go to {consultation.title}").click()
        assert pupil.locator("h1").inner_text() == consultation.title
    finally:
        phone.close()
