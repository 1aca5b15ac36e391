"""End to end in headless Chromium: a leader publishes an update (stopped by victim-blaming words until they
are fixed), a young person finds it with their reference code, and an overdue consultation shows on the
leaders' page. Every page passes axe-core."""

import datetime

import pytest
from django.utils import timezone

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import MembershipFactory
from tests.voices.factories import ResponseFactory
from youthvoice.consultations.models import Consultation
from youthvoice.feedback.models import YouSaidWeDidRevision
from youthvoice.mandate.services import principles_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DAY = datetime.timedelta(days=1)


def closed(partnership, *, title, due):
    return ConsultationFactory(
        partnership=partnership,
        title=title,
        status="closed",
        opens_on=due - 40 * DAY,
        closes_on=due - 20 * DAY,
        feedback_due_on=due,
    )


def test_leader_publishes_an_update_and_a_young_person_finds_it_with_their_code(page, chromium, live_server):
    leader = MembershipFactory(role="leader")
    partnership = leader.agency.partnership
    consultation = closed(
        partnership, title="Getting help when you need it", due=timezone.localdate() + 5 * DAY
    )
    reference = ResponseFactory(sent_today=True, consultation=consultation).reference_code
    sign_in(page, leader.user)

    page.goto("/staff/you-said-we-did/")
    page.get_by_role("link", name="Write an update for Getting help when you need it").click()
    page.get_by_label("You said").fill("Some of you were putting yourselves at risk by asking for help.")
    page.get_by_label("We did").fill("Every school now has a card that shows where to get help.")
    page.get_by_label("We are acting on it").check()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Publish").click()

    assert page.title().startswith("Error: ")
    alert = page.get_by_role("alert").inner_text()
    assert "cannot be published yet" in alert and "putting yourselves at risk" in alert
    assert "target: 12 or under" in page.locator("#reading-age").inner_text()
    assert page.get_by_label("You said").input_value().startswith("Some of you were")  # nothing lost
    assert serious_accessibility_violations(page) == []
    assert not YouSaidWeDidRevision.objects.exists()

    page.get_by_label("You said").fill(
        "Some of you told us it was hard to ask for help, and adults did not listen."
    )
    page.get_by_role("button", name="Publish").click()
    assert "Published. Young people can read it now." in page.locator("body").inner_text()
    assert YouSaidWeDidRevision.objects.get().published_on == timezone.localdate()
    assert serious_accessibility_violations(page) == []

    young_person = chromium.new_context(base_url=live_server.url).new_page()
    try:
        young_person.goto("/see-what-changed/")
        assert serious_accessibility_violations(young_person) == []
        young_person.get_by_label("Your reference code").fill("ZZZZ ZZZZ")
        young_person.get_by_role("button", name="See what changed").click()
        assert young_person.title().startswith("Error: ")
        assert "We cannot find that code" in young_person.locator("h1").inner_text()
        assert serious_accessibility_violations(young_person) == []

        young_person.get_by_label("Your reference code").fill(
            reference[:4].lower() + " " + reference[4:].lower()
        )
        young_person.get_by_role("button", name="See what changed").click()
        assert young_person.locator("h1").inner_text() == "Getting help when you need it"
        body = young_person.locator("main").inner_text()
        assert "Every school now has a card" in body and "adults did not listen" in body
        assert reference not in young_person.url
        assert young_person.get_by_role("button", name="Exit this page").is_visible()
        assert serious_accessibility_violations(young_person) == []

        young_person.goto("/you-said-we-did/")
        assert "Getting help when you need it" in young_person.locator("main").inner_text()
        assert serious_accessibility_violations(young_person) == []
    finally:
        young_person.context.close()


def test_overdue_consultation_appears_on_the_leaders_page(page):
    leader = MembershipFactory(role="leader")
    closed(leader.agency.partnership, title="Staying safe online", due=timezone.localdate() - 4 * DAY)
    sign_in(page, leader.user)
    page.goto("/staff/")
    page.get_by_role("link", name="Leaders' overview").click()
    table = page.locator("table").first.inner_text()
    assert "Staying safe online" in table and "Overdue by 4 days: nothing published" in table
    assert "promised young people feedback by a date that has passed" in page.locator("main").inner_text()
    assert serious_accessibility_violations(page) == []


def test_opening_a_consultation_confirms_each_principle_on_an_accessible_page(page):

    analyst = MembershipFactory(role="analyst")
    partnership = analyst.agency.partnership
    principles_seed(partnership=partnership)
    consultation = ConsultationFactory(
        partnership=partnership,
        status="draft",
        title="Buses at night",
        questions=[QuestionFactory(partnership=partnership)],
    )
    sign_in(page, analyst.user)
    page.goto(f"/staff/consultations/{consultation.pk}/")
    page.get_by_role("button", name="Mark as open").click()
    assert page.locator("h1").inner_text() == "Open the consultation"
    assert "Reading age" in page.locator("main").inner_text()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Open the consultation").click()
    assert page.title().startswith("Error: ")
    assert serious_accessibility_violations(page) == []
    for checkbox in page.locator("input[type=checkbox]").all():
        checkbox.check()
    for note in page.locator("textarea").all():
        note.fill("We thought about this with the young people's panel.")
    page.get_by_role("button", name="Open the consultation").click()
    assert "is now open" in page.locator("body").inner_text()
    assert Consultation.objects.get(pk=consultation.pk).status == "open"
