"""End to end in headless Chromium: Welsh, right to left, easy read by keyboard, read aloud, and a facilitated
session of three young people on one device, with axe-core on every mode."""

import pytest
from django.conf import settings
from django.test import Client

from tests.browser import serious_accessibility_violations
from tests.consultations.factories import open_consultation_with_questions, welsh_consultation
from tests.partnership.factories import MembershipFactory
from tests.voices.factories import SESSION_PIN
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.consultations.translation_services import question_easy_read_save
from youthvoice.voices.models import FacilitatedSession, Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def compiled(settings):
    translations_compile()
    settings.QUICK_EXIT_URL = "https://exit.example/weather"


def accessible(page, where: str) -> None:
    assert serious_accessibility_violations(page) == [], where


def test_young_person_answers_in_welsh_from_start_to_confirmation(page, settings):
    settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = True  # partly translated, as a translator tries it
    consultation = welsh_consultation()
    page.goto(f"/c/{consultation.slug}/")
    page.get_by_role("link", name="Cymraeg").click()
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.locator("h1").inner_text() == "Teimlo’n ddiogel"
    accessible(page, "start in Welsh")
    page.get_by_role("button", name="Dechrau nawr").click()

    assert page.locator("h1").inner_text() == "Ble rwyt ti’n teimlo’n anniogel?"
    assert page.locator(".govuk-caption-l").inner_text() == "Cwestiwn 1 o 4"
    accessible(page, "question in Welsh")
    page.locator("textarea").fill("Wrth yr orsaf fysiau")
    page.get_by_role("button", name="Parhau").click()

    assert page.locator("h1").inner_text() == "Cyn y cwestiynau nesaf"
    page.get_by_role("button", name="Parhau").click()
    # No Welsh for this question: English, marked as English for readers and screen readers.
    heading = page.locator("h1")
    assert heading.locator("[lang=en]").inner_text() == "Has anyone asked you to carry things?"
    assert "(yn Saesneg)" in heading.inner_text()
    accessible(page, "question falling back to English")
    page.locator("input[value=no]").check()
    page.get_by_role("button", name="Parhau").click()
    page.get_by_role("button", name="Hepgor y cwestiwn hwn").click()
    page.get_by_label("Pwynt 4").check()
    page.get_by_role("button", name="Parhau").click()

    assert page.locator("h1").inner_text() == "Amdanat ti"
    accessible(page, "about you in Welsh")
    page.get_by_role("group", name="Faint yw dy oed di?").get_by_label("14 i 15").check()
    page.get_by_role("button", name="Parhau").click()

    assert page.locator("h1").inner_text() == "Gwiria dy atebion"
    accessible(page, "check answers in Welsh")
    summary = page.locator(".govuk-summary-list").first.inner_text()
    assert "Wrth yr orsaf fysiau" in summary and "Pwynt 4" in summary and "Wedi’i hepgor" in summary
    page.get_by_role("button", name="Anfon fy atebion").click()

    assert page.locator(".govuk-panel__title").inner_text() == "Mae dy atebion wedi’u hanfon"
    assert "Byddwn ni’n darllen pob ateb." in page.content()
    accessible(page, "confirmation in Welsh")
    response = Response.objects.get()
    assert response.language == "cy"
    assert response.reference_code == page.locator("#reference-code").inner_text()


def test_right_to_left_language_renders_right_to_left(page, settings):
    settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = True  # partly translated, as a translator tries it
    consultation = open_consultation_with_questions()
    page.goto(f"/c/{consultation.slug}/?lang=ar")
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("#placeholder-note").is_visible()
    assert page.get_by_role("button", name="ابدأ الآن").is_visible()
    accessible(page, "start page right to left")
    page.get_by_role("button", name="ابدأ الآن").click()
    assert page.locator("html").get_attribute("dir") == "rtl"
    accessible(page, "question right to left")


def test_easy_read_feelings_scale_answered_with_the_keyboard_only(page):
    consultation = open_consultation_with_questions()
    night = consultation.items.get(order=4).question
    question_easy_read_save(question=night, easy_read_text="Do you feel safe at night?", picture_scale=True)
    page.goto(f"/c/{consultation.slug}/")
    page.get_by_role("link", name="Easy read").click()
    assert page.locator(".yv-easy-read").count() == 1
    accessible(page, "easy read start")
    page.get_by_role("button", name="Start now").click()
    page.get_by_role("button", name="Skip this question").click()
    page.get_by_role("button", name="Skip this question").click()  # the content note's run of one
    page.get_by_role("button", name="Skip this question").click()
    assert page.locator("h1").inner_text() == "Do you feel safe at night?"
    accessible(page, "easy read faces scale")
    # Every face is a radio with its words as its accessible name.
    names = [page.get_by_role("radio", name=f"Point {n}") for n in range(1, 6)]
    assert all(radio.count() == 1 for radio in names)

    # Keyboard only: Tab into the scale, arrow to the fourth face, Enter sends the form.
    page.locator("body").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "answer":
            break
    assert page.evaluate("document.activeElement.value") == "1"
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.value") == "4"
    assert page.get_by_role("radio", name="Point 4").is_checked()
    focus_ring = page.evaluate("getComputedStyle(document.activeElement.nextElementSibling).boxShadow")
    assert focus_ring != "none"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/c/{consultation.slug}/about-you/")
    page.goto(f"/c/{consultation.slug}/check/")
    assert "Point 4" in page.locator(".govuk-summary-list").first.inner_text()


FAKE_SPEECH = """
window.__spoken = [];
const voices = %s;
window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  getVoices: () => voices, cancel: () => {}, addEventListener: () => {},
  speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }),
}});
"""


def test_read_aloud_uses_a_welsh_voice_and_sends_nothing(page, live_server, settings):
    settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = True  # partly translated, as a translator tries it
    consultation = welsh_consultation()
    page.add_init_script(FAKE_SPEECH % '[{ name: "Gwen", lang: "cy-GB" }]')
    requests = []
    page.goto(f"/c/{consultation.slug}/?lang=cy")
    page.get_by_role("button", name="Dechrau nawr").click()
    page.goto(f"/c/{consultation.slug}/q/4/")
    page.on("request", lambda request: requests.append((request.url, request.resource_type)))
    page.get_by_role("button", name="Darllen y cwestiwn hwn yn uchel").click()
    page.wait_for_function("window.__spoken.length === 1")
    spoken = page.evaluate("window.__spoken[0]")
    assert spoken["lang"] == "cy-GB"
    assert spoken["text"].startswith("Pa mor ddiogel wyt ti’n teimlo yn y nos?")
    assert "Pwynt 1" in spoken["text"] and "Pwynt 5" in spoken["text"]
    # Nothing is sent: no request leaves the site, and none carries data (only, say, the favicon).
    assert [url for url, kind in requests if kind in ("xhr", "fetch", "ping", "websocket")] == []
    assert all(url.startswith(live_server.url) for url, _kind in requests)
    accessible(page, "question with read aloud")


def test_read_aloud_says_so_when_there_is_no_voice_for_the_language(page, settings):
    settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = True  # partly translated, as a translator tries it
    consultation = welsh_consultation()
    page.add_init_script(FAKE_SPEECH % '[{ name: "Daniel", lang: "en-GB" }]')
    page.goto(f"/c/{consultation.slug}/?lang=cy")
    page.get_by_role("button", name="Dechrau nawr").click()
    page.get_by_role("button", name="Darllen y cwestiwn hwn yn uchel").click()
    status = page.locator(".yv-read-aloud__status")
    status.wait_for()
    assert status.inner_text() == (
        "Does gan y ddyfais hon ddim llais Cymraeg, felly all hi ddim darllen y cwestiwn hwn yn uchel."
    )
    assert page.evaluate("window.__spoken.length") == 0


def staff_browser_login(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


def nothing_left(page, words: list[str], where: str) -> None:
    content = page.content()
    for said in words:
        assert said not in content, f"{said!r} found on {where}"
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0, where
    values = page.evaluate(
        "[...document.querySelectorAll('input:not([type=hidden]), textarea')]"
        ".filter(e => (e.type === 'radio' || e.type === 'checkbox') ? e.checked : e.value).length"
    )
    assert values == 0, where


def test_facilitated_session_three_young_people_in_turn(page, live_server):
    membership = MembershipFactory(role="practitioner")
    consultation = open_consultation_with_questions(
        partnership=membership.agency.partnership, channels=["online", "youth_worker"]
    )
    staff_browser_login(page, live_server, membership.user)
    page.goto("/staff/sessions/new/")
    page.get_by_label(consultation.title).check()
    page.get_by_label("With a youth worker").check()
    page.get_by_label("Youth club").check()
    page.get_by_label("Choose a PIN").fill(SESSION_PIN)
    page.get_by_label("Type the PIN again").fill(SESSION_PIN)
    page.get_by_role("button", name="Start the session").click()
    page.wait_for_url(f"**/c/{consultation.slug}/")
    assert page.locator("#session-note").is_visible()
    accessible(page, "session start screen")

    said = []
    for n, words in enumerate(
        ["first: behind the leisure centre", "second: the bus shelter", "third: online"]
    ):
        nothing_left(page, said, f"start screen for person {n + 1}")
        page.get_by_role("button", name="Start now").click()
        nothing_left(page, said, f"first question for person {n + 1}")
        assert page.locator("form[autocomplete=off]").count() == 1
        page.locator("textarea").fill(words)
        page.get_by_role("button", name="Continue").click()
        page.get_by_role("button", name="Skip this question").click()
        page.get_by_role("button", name="Skip this question").click()
        page.get_by_role("button", name="Skip this question").click()
        page.get_by_role("button", name="Skip these questions").click()
        page.get_by_role("button", name="Send my answers").click()
        assert page.locator(".govuk-panel__title").inner_text() == "Your answers have been sent"
        assert words not in page.content()
        if n == 0:
            accessible(page, "session confirmation")
        page.get_by_role("button", name="I have finished: get ready for the next person").click()
        page.wait_for_url(f"**/c/{consultation.slug}/")
        said.append(words)
        nothing_left(page, said, f"start screen after person {n + 1}")
        # The history holds nothing either: going back reloads pages (no-store) that now show nothing.
        depth = page.evaluate("history.length")
        for step in range(min(depth - 1, 4)):
            if page.go_back() is None:
                break
            page.wait_for_load_state()
            nothing_left(page, said, f"{step + 1} back in history after person {n + 1}")
        page.goto(f"/c/{consultation.slug}/")

    assert Response.objects.filter(channel="youth_worker", place_type="youth_club").count() == 3
    page.get_by_role("link", name="Youth worker: end this session").click()
    page.get_by_label("The session's PIN").fill("0000")
    page.get_by_role("button", name="End the session").click()
    assert "That PIN is not right" in page.locator(".govuk-error-summary").inner_text()
    accessible(page, "wrong PIN")
    page.get_by_label("The session's PIN").fill(SESSION_PIN)
    page.get_by_role("button", name="End the session").click()
    assert page.locator("h1").inner_text() == "The session has ended"
    assert not FacilitatedSession.objects.get().active


def test_session_confirmation_returns_to_the_start_by_itself(page, live_server):
    membership = MembershipFactory(role="practitioner")
    consultation = open_consultation_with_questions(
        partnership=membership.agency.partnership, channels=["youth_worker"]
    )
    staff_browser_login(page, live_server, membership.user)
    page.goto("/staff/sessions/new/")
    page.get_by_label(consultation.title).check()
    page.get_by_label("With a youth worker").check()
    page.get_by_label("Outreach or detached youth work").check()
    page.get_by_label("Choose a PIN").fill(SESSION_PIN)
    page.get_by_label("Type the PIN again").fill(SESSION_PIN)
    page.get_by_role("button", name="Start the session").click()
    page.get_by_role("button", name="Start now").click()
    page.goto(f"/c/{consultation.slug}/check/")
    page.clock.install()  # from the confirmation page on, time moves only when the test says so
    page.get_by_role("button", name="Send my answers").click()
    page.locator(".govuk-panel__title").wait_for()
    page.wait_for_load_state("load")  # the page's module script has set its timer before time moves on
    page.clock.fast_forward("02:01")
    page.wait_for_url(f"**/c/{consultation.slug}/")
    assert page.locator("#reference-code").count() == 0
    assert Response.objects.get().place_type == "outreach"
