"""End to end in headless Chromium: a late consultation says sorry with a new date; publishing an update puts
a notice on the practitioner's staff home, with a printable one page, and a young person finds it with their
code in Welsh. Every page passes axe-core."""

import datetime

import pytest
from django.utils import timezone

from tests.browser import serious_accessibility_violations, sign_in
from tests.consultations.factories import ConsultationFactory
from tests.partnership.factories import MembershipFactory
from tests.voices.factories import ResponseFactory
from youthvoice.consultations.i18n_compile import translations_compile

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DAY = datetime.timedelta(days=1)


def late_consultation(partnership):
    today = timezone.localdate()
    return ConsultationFactory(
        partnership=partnership,
        title="Staying safe online",
        status="closed",
        opens_on=today - 60 * DAY,
        closes_on=today - 40 * DAY,
        feedback_due_on=today - 4 * DAY,
    )


def test_a_leader_says_sorry_and_a_young_person_reads_it_with_their_code(page, chromium, live_server):
    leader = MembershipFactory(role="leader")
    consultation = late_consultation(leader.agency.partnership)
    code = ResponseFactory(sent_today=True, consultation=consultation).reference_code
    sign_in(page, leader.user)
    page.goto("/staff/leaders/")
    new_date = timezone.localdate() + 14 * DAY
    page.get_by_role("link", name="Say sorry and give a new date for Staying safe online").click()
    page.get_by_label("New date").fill(new_date.isoformat())
    page.get_by_role("button", name="Publish the apology and new date").click()
    assert page.title().startswith("Error: ")
    assert "Say why we are late" in page.get_by_role("alert").inner_text()
    assert serious_accessibility_violations(page) == [], "apology form with an error"
    page.get_by_label("Why we are late").fill("More young people answered than we planned for.")
    page.get_by_role("button", name="Publish the apology and new date").click()
    assert "Young people can now read our apology" in page.locator("body").inner_text()

    young_person = chromium.new_context(base_url=live_server.url).new_page()
    try:
        young_person.goto("/see-what-changed/")
        young_person.get_by_label("Your reference code").fill(code)
        young_person.get_by_role("button", name="See what changed").click()
        main = young_person.locator("main").inner_text()
        assert "We are late, and we are sorry." in main
        assert f"{new_date:%-d %B %Y}" in main
        assert "More young people answered than we planned for." in main
        assert serious_accessibility_violations(young_person) == [], "reference code page, late"
        young_person.goto(f"/c/{consultation.slug}/")
        young_person.get_by_role("link", name="See what we did with young people's answers").click()
        assert "We are late, and we are sorry." in young_person.locator("main").inner_text()
        assert serious_accessibility_violations(young_person) == [], "you said we did, late"
    finally:
        young_person.context.close()


def test_publishing_puts_a_notice_on_the_practitioners_staff_home(page, chromium, live_server):
    leader = MembershipFactory(role="leader")
    partnership = leader.agency.partnership
    consultation = late_consultation(partnership)
    practitioner = MembershipFactory(role="practitioner", agency__partnership=partnership)
    relayed = ResponseFactory(
        sent_today=True,
        consultation=consultation,
        channel="relayed",
        relayed_by=practitioner.user,
        consent_basis="young_person_agreed",
    )
    translations_compile()
    sign_in(page, leader.user)
    page.goto("/staff/you-said-we-did/")
    page.get_by_role("link", name="Write an update for Staying safe online").click()
    page.get_by_label("You said").fill("You told us adults do not know the apps you use.")
    page.get_by_label("We did").fill("Youth workers now learn the apps from young people every term.")
    page.get_by_label("We are acting on it").check()
    page.get_by_role("button", name="Publish").click()
    assert "Published. Young people can read it now." in page.locator("body").inner_text()
    assert page.locator("#one-page-link").is_visible()
    # The update in Welsh, through the translation page.
    page.get_by_role("link", name="Translate into Cymraeg").click()
    assert serious_accessibility_violations(page) == [], "translating an update"
    page.get_by_label("What young people said").fill("Dywedoch chi nad yw oedolion yn gwybod yr apiau.")
    welsh_we_did = "Mae gweithwyr ieuenctid yn dysgu’r apiau gan bobl ifanc bob tymor."
    page.get_by_label("What we did").fill(welsh_we_did)
    page.get_by_role("button", name="Save the Cymraeg words").click()
    assert "translated and checked" in page.locator("#update-translations").inner_text()

    worker = chromium.new_context(base_url=live_server.url).new_page()
    try:
        sign_in(worker, practitioner.user)
        worker.goto("/staff/")
        notices = worker.locator("#practitioner-notices").inner_text()
        assert "Staying safe online" in notices
        assert serious_accessibility_violations(worker) == [], "staff home with a notice"
        href = worker.get_by_role(
            "link", name="Print the one-page version of Staying safe online (PDF)"
        ).get_attribute("href")
        pdf = worker.request.get(href)
        assert pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
    finally:
        worker.context.close()

    # The practitioner gives the young person the code; on a phone, in Welsh, they find the update.
    phone = chromium.new_context(
        base_url=live_server.url, viewport={"width": 375, "height": 667}, is_mobile=True
    )
    try:
        young_person = phone.new_page()
        young_person.goto("/see-what-changed/")
        young_person.get_by_role("link", name="Cymraeg").click()
        assert young_person.locator("html").get_attribute("lang") == "cy"
        young_person.get_by_label("Dy god cyfeirnod").fill(relayed.reference_code)
        young_person.get_by_role("button", name="Gweld beth sydd wedi newid").click()
        main = young_person.locator("main").inner_text()
        assert welsh_we_did in main
        assert "Beth ddigwyddodd ar ôl i ti gymryd rhan" in main
        assert serious_accessibility_violations(young_person) == [], "the update in Welsh with a code"
    finally:
        phone.close()
