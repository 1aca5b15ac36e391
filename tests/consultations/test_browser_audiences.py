"""End to end in headless Chromium: a parent's journey (issue 17), with axe-core and the quick exit."""

import pytest

from tests.browser import serious_accessibility_violations
from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import LocalityFactory
from youthvoice.consultations.models import Audience
from youthvoice.voices.models import Answer, Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EXIT_URL = "https://exit.example/weather"


def accessible(page, where: str) -> None:
    assert serious_accessibility_violations(page) == [], where


def test_a_parent_answers_with_adult_help_and_can_exit_quickly(page, settings):
    settings.QUICK_EXIT_URL = EXIT_URL
    page.route(
        "https://exit.example/**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body="<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>",
        ),
    )
    north = LocalityFactory(name="Northgate")
    partnership = north.partnership
    worries = QuestionFactory(
        partnership=partnership, audience=Audience.PARENTS_CARERS, text="What worries you most?"
    )
    signs = QuestionFactory(
        partnership=partnership,
        audience=Audience.PARENTS_CARERS,
        multiple=True,
        sensitive=True,
        text="Have you noticed any of these?",
    )
    consultation = ConsultationFactory(
        partnership=partnership,
        audience=Audience.PARENTS_CARERS,
        title="Keeping children safe",
        questions=[worries, signs],
    )
    page.goto(f"/c/{consultation.slug}/")
    help_panel = page.locator("#adult-help")
    assert help_panel.get_by_text("0808 800 5000").is_visible()
    assert "PACE" in help_panel.inner_text() and "Crimestoppers" in help_panel.inner_text()
    assert page.get_by_text("0800 1111").count() == 0
    assert page.locator(".govuk-exit-this-page__button").is_visible()
    accessible(page, "start")
    page.get_by_role("button", name="Start now").click()

    page.get_by_label("What worries you most?").fill("My son Jayden gets calls from 07700 900123 at night.")
    page.get_by_role("button", name="Continue").click()
    assert "children being hurt" in page.locator(".govuk-warning-text").inner_text()
    accessible(page, "content note")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Parks").check()
    page.get_by_role("button", name="Continue").click()

    assert page.locator("h1").inner_text() == "About you"
    accessible(page, "about you")
    assert page.get_by_text("How old are you?").count() == 0
    page.get_by_role("group", name="How are you related to the children you are thinking of?").get_by_label(
        "Parent or step-parent"
    ).check()
    page.get_by_role("group", name="Which area do you live or work in?").get_by_label("Northgate").check()
    page.get_by_role("button", name="Continue").click()

    assert page.locator("h1").inner_text() == "Check your answers"
    summary = page.locator(".govuk-summary-list").first.inner_text()
    assert "Jayden" not in summary and "07700" not in summary and "[NAME]" in summary
    accessible(page, "check your answers")
    page.get_by_role("button", name="Send my answers").click()
    assert page.locator(".govuk-panel__title").inner_text() == "Your answers have been sent"
    accessible(page, "confirmation")
    response = Response.objects.get()
    assert (response.respondent_relationship, response.locality_id, response.age_band) == (
        "parent",
        north.pk,
        "",
    )
    assert not Answer.objects.filter(text__contains="Jayden").exists()

    # The quick exit works the same for adults: the neutral site, nothing left behind.
    page.goto(f"/c/{consultation.slug}/")
    page.wait_for_selector("html[data-yv-quick-exit=ready]", state="attached")
    page.get_by_role("button", name="Exit this page").click()
    page.wait_for_url(EXIT_URL)
    assert page.locator("h1").inner_text() == "Weather"
