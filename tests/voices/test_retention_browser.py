"""In headless Chromium: a young person reads how their words are looked after (from the footer), and an
admin finds a relayed voice and erases it with a reason. Every page passes axe-core."""

import datetime

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import QuestionFactory
from tests.partnership.factories import MembershipFactory, PartnershipFactory
from tests.voices.factories import AnswerFactory, ResponseFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.voices.models import Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_summary_page_and_erasure_journey_are_accessible(page):
    partnership = PartnershipFactory(name="Northshire", slug="northshire", relayed_voice_retention_months=18)
    admin = MembershipFactory(role="admin", agency__partnership=partnership).user
    voice = ResponseFactory(
        partnership=partnership,
        consultation=None,
        channel=Response.Channel.RELAYED,
        consent_basis=Response.ConsentBasis.YOUNG_PERSON_AGREED,
        submitted_on=datetime.date(2026, 3, 2),
    )
    AnswerFactory(response=voice, question=QuestionFactory(partnership=partnership))

    page.goto("/")
    page.get_by_role("link", name="How we look after what you tell us").click()
    page.wait_for_url("**/how-we-look-after-what-you-tell-us/")
    assert "18 months" in page.content()
    assert serious_accessibility_violations(page) == []

    sign_in(page, admin)
    page.goto("/staff/voices/erasure/")
    page.get_by_label("Record number or reference code").fill(voice.reference_code)
    page.get_by_role("button", name="Find").click()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("link", name=f"Erase record {voice.pk}").click()
    page.get_by_role("button", name="Erase this record").click()
    assert page.title().startswith("Error:")
    assert serious_accessibility_violations(page) == []
    page.get_by_label("Why are you erasing this record?").fill("Their worker passed on the request.")
    page.get_by_role("button", name="Erase this record").click()
    page.wait_for_url("**/staff/voices/erasure/")
    assert f"Record {voice.pk} has been erased" in page.content()
    assert not Response.objects.filter(pk=voice.pk).exists()
    assert AuditEvent.objects.filter(action="erasure", target_id=str(voice.pk)).count() == 1
