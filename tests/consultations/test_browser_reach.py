"""End to end in headless Chromium (with axe): staff type in a paper sheet; a professional answers the
mirrored questions. (An update read in Welsh with a code: test_browser_feedback_loop.py.)"""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import (
    ConsultationFactory,
    QuestionFactory,
    open_consultation_with_questions,
)
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.models import Audience, Consultation
from youthvoice.voices.models import Answer, Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def accessible(page, where: str) -> None:
    assert serious_accessibility_violations(page) == [], where


def test_staff_type_in_a_paper_sheet_and_a_second_entry_of_it_is_refused(page):
    consultation = open_consultation_with_questions()
    practitioner = MembershipFactory(role="practitioner", agency__partnership=consultation.partnership)
    sign_in(page, practitioner.user)
    page.goto(f"/staff/consultations/{consultation.pk}/paper/")
    accessible(page, "paper page")
    page.get_by_label("Sheet number", exact=True).fill("7")
    page.get_by_label("1. Where do you feel unsafe?").fill("By the canal. Ask Jayden on 07700 900456")
    page.locator("input[type=radio][value=yes]").first.check()
    page.get_by_label("How old are you?").select_option("14-15")
    page.get_by_role("button", name="Save this sheet").click()
    stored = Response.objects.get()
    assert stored.channel == Consultation.Channel.PAPER and stored.age_band == "14-15"
    text = Answer.objects.get(response=stored, question__text="Where do you feel unsafe?").text
    assert "Jayden" not in text and "07700" not in text

    page.goto(f"/staff/consultations/{consultation.pk}/paper/")
    page.get_by_label("Sheet number", exact=True).fill("7")
    page.get_by_label("1. Where do you feel unsafe?").fill("Typed again by mistake")
    page.get_by_role("button", name="Save this sheet").click()
    assert page.title().startswith("Error: ")
    assert "already" in page.locator(".govuk-error-summary").inner_text()
    assert page.get_by_label("1. Where do you feel unsafe?").input_value() == "Typed again by mistake"
    accessible(page, "paper sheet entered twice")
    assert Response.objects.count() == 1


def test_a_professional_answers_the_mirrored_questions_without_their_name(page):
    young = QuestionFactory(scale=True, mirror_key="feel-safe", text="How safe do you feel in town?")
    mirror = QuestionFactory(
        partnership=young.partnership,
        scale=True,
        mirror_key="feel-safe",
        audience=Audience.PROFESSIONALS,
        text="How safe do young people feel in town?",
    )
    consultation = ConsultationFactory(
        partnership=young.partnership, audience=Audience.PROFESSIONALS, questions=[mirror]
    )
    professional = MembershipFactory(role="practitioner", agency__partnership=consultation.partnership)
    sign_in(page, professional.user)
    page.goto(f"/staff/consultations/{consultation.pk}/")
    page.get_by_role("link", name="Answer as a professional").click()
    accessible(page, "professional answering")
    page.get_by_role("button", name="Send my answers").click()
    assert page.title().startswith("Error: ")  # nothing answered
    accessible(page, "professional answering, empty")
    page.locator("input[type=radio][value='4']").check()
    page.get_by_role("button", name="Send my answers").click()
    assert "Your answers are saved without your name" in page.locator("main").inner_text()
    stored = Response.objects.get()
    assert (
        stored.respondent_role == "practitioner" and stored.respondent_agency_kind == professional.agency.kind
    )
