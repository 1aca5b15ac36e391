"""End to end in headless Chromium: the whole journey, the quick exit, axe-core on every page."""

import pytest

from tests.browser import serious_accessibility_violations
from tests.consultations.factories import open_consultation_with_questions
from youthvoice.voices.models import Answer, Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EXIT_URL = "https://exit.example/weather"


@pytest.fixture
def journey_page(page, settings):
    settings.QUICK_EXIT_URL = EXIT_URL
    # Nothing leaves the machine: the neutral site is a local stub.
    page.route(
        "https://exit.example/**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body="<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>",
        ),
    )
    return page


def accessible(page, where: str) -> None:
    assert serious_accessibility_violations(page) == [], where


def test_young_person_walks_the_whole_journey(journey_page):
    page = journey_page
    consultation = open_consultation_with_questions()
    page.goto(f"/c/{consultation.slug}/")
    assert page.locator("h1").inner_text() == consultation.title
    assert page.get_by_text("0800 1111").is_visible()
    assert page.locator(".govuk-exit-this-page__button").is_visible()
    accessible(page, "start")
    page.get_by_role("button", name="Start now").click()

    assert page.locator("h1").inner_text() == "Where do you feel unsafe?"
    accessible(page, "free text question")
    page.get_by_role("button", name="Skip this question").click()

    assert page.locator("h1").inner_text() == "Before the next questions"
    accessible(page, "content note")
    page.get_by_role("button", name="Continue").click()

    accessible(page, "single choice question")
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Parks").check()
    page.get_by_label("Buses").check()
    accessible(page, "multiple choice question")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Point 4").check()
    page.get_by_role("button", name="Continue").click()

    assert page.locator("h1").inner_text() == "About you"
    accessible(page, "about you")
    page.get_by_role("group", name="How old are you?").get_by_label("14 to 15").check()
    page.get_by_role("button", name="Continue").click()

    assert page.locator("h1").inner_text() == "Check your answers"
    accessible(page, "check your answers")
    assert "Skipped" in page.locator(".govuk-summary-list").first.inner_text()
    page.get_by_role("link", name="Change your answer to: Where do you feel unsafe?").click()
    page.get_by_label("Where do you feel unsafe?").fill("Outside the chicken shop. My name is Jayden.")
    page.get_by_role("button", name="Continue").click()
    assert page.locator("h1").inner_text() == "Check your answers"
    summary = page.locator(".govuk-summary-list").first.inner_text()
    assert "Outside the chicken shop. My name is [NAME]." in summary and "Jayden" not in summary
    assert "Parks, Buses" in summary and "Point 4" in summary

    page.get_by_role("button", name="Send my answers").click()
    assert page.locator(".govuk-panel__title").inner_text() == "Your answers have been sent"
    accessible(page, "confirmation")
    code = page.locator("#reference-code").inner_text()
    response = Response.objects.get()
    assert response.reference_code == code
    assert consultation.promise in page.content()
    assert Answer.objects.filter(response=response).count() == 4
    assert not Answer.objects.filter(text__contains="Jayden").exists()


def test_error_page_is_accessible_and_links_to_the_field(journey_page):
    page = journey_page
    consultation = open_consultation_with_questions()
    page.goto(f"/c/{consultation.slug}/")
    page.get_by_role("button", name="Start now").click()
    page.get_by_label("Where do you feel unsafe?").fill("x" * 5001)
    page.get_by_role("button", name="Continue").click()
    assert page.title().startswith("Error: ")
    assert "5000 characters or fewer" in page.locator(".govuk-error-summary").inner_text()
    accessible(page, "question with an error")


def test_quick_exit_leaves_no_journey_page_in_history_and_forgets_answers(journey_page):
    page = journey_page
    consultation = open_consultation_with_questions()
    page.goto(f"/c/{consultation.slug}/")
    page.get_by_role("button", name="Start now").click()
    question_url = page.url
    page.get_by_label("Where do you feel unsafe?").fill("somewhere private")
    page.get_by_role("button", name="Continue").click()  # saved in the session, now on the content note
    page.wait_for_selector("html[data-yv-quick-exit=ready]", state="attached")
    entries = page.evaluate("history.length")
    page.get_by_role("button", name="Exit this page").click()
    page.wait_for_url(EXIT_URL)
    assert page.locator("h1").inner_text() == "Weather"
    # The exit replaced the journey page in history instead of adding the neutral site after it.
    assert page.evaluate("history.length") == entries

    page.go_back()
    page.wait_for_load_state()
    # The page we left is gone from history; the one before it is the question page, which now (with the
    # session forgotten) sends the visitor to the neutral start page with nothing filled in.
    assert "/before/" not in page.url
    assert "somewhere private" not in page.content()
    page.goto(f"/c/{consultation.slug}/check/")
    assert page.url.endswith(f"/c/{consultation.slug}/")
    assert question_url  # the journey had started


def test_shift_three_times_also_exits_without_history(journey_page):
    page = journey_page
    consultation = open_consultation_with_questions()
    page.goto(f"/c/{consultation.slug}/")
    page.get_by_role("button", name="Start now").click()
    page.wait_for_selector("html[data-yv-quick-exit=ready]", state="attached")
    page.locator("body").click()
    entries = page.evaluate("history.length")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL)
    assert page.evaluate("history.length") == entries
    page.go_back()
    page.wait_for_load_state()
    assert "/q/1/" not in page.url
