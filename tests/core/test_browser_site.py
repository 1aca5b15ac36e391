"""End to end in headless Chromium: a member of staff signs in and out."""

import pytest

from tests.partnership.factories import TEST_PASSWORD, MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_member_signs_in_and_out(page):
    user = MembershipFactory(role="leader", agency__name="Brackenford Youth Service").user
    page.goto("/")
    assert page.locator("h1").inner_text() == "Young people's voices on child exploitation"
    # GOV.UK Frontend's stylesheet and JavaScript load from our own static files.
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily").startswith("arial")
    page.get_by_role("link", name="sign in here").click()
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert page.locator("h1").inner_text() == "Staff home"
    assert "Brackenford Youth Service" in page.content()
    page.get_by_role("button", name="Sign out").click()
    assert page.get_by_role("link", name="Staff sign in").is_visible()


def test_wrong_password_is_announced(page):
    MembershipFactory()
    page.goto("/staff/sign-in/")
    page.get_by_label("Username").fill("nobody")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").inner_text().startswith("There is a problem")
