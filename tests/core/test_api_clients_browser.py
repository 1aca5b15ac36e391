"""In headless Chromium: an admin adds an agency's system with the scopes it needs; the page, its error
summary and the token page pass axe-core."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.partnership.factories import MembershipFactory
from youthvoice.core.models import ApiClient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_adds_a_system_choosing_its_scopes_accessibly(page):
    admin = MembershipFactory(role="admin")
    sign_in(page, admin.user)
    page.goto("/staff/api-clients/")
    assert page.get_by_label("Send relayed voices, and list and correct the ones it sent").is_checked()
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Send relayed voices, and list and correct the ones it sent").uncheck()
    page.get_by_role("button", name="Add system and show its token").click()
    assert "Choose what the system may do" in page.content()
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Name of the system").fill("Case system")
    page.get_by_label("Read disclosure-controlled figures (a leader-level read)").check()
    page.get_by_role("button", name="Add system and show its token").click()
    assert "Case system can now use the API" in page.content()
    assert serious_accessibility_violations(page) == []
    assert ApiClient.objects.get().scopes == ["read_aggregates"]
