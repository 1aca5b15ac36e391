"""End to end in headless Chromium: an admin uploads a population baseline and reads it, accessibly."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.partnership.factories import LocalityFactory, MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_fixes_a_bad_baseline_file_and_sees_the_protected_summary(page, tmp_path):
    membership = MembershipFactory(role="admin")
    for name in ["Northgate", "Riverside"]:
        LocalityFactory(partnership=membership.agency.partnership, name=name)
    sign_in(page, membership.user)
    page.goto("/staff/insights/population/")
    assert "There is no population baseline yet" in page.content()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("link", name="Upload a population baseline").click()
    assert serious_accessibility_violations(page) == []

    bad = tmp_path / "bad.csv"
    bad.write_text("age_band,gender,ethnic_group,locality,count\n11-13,girl,white,Atlantis,-3\n")
    page.get_by_label("Name of the figures").fill("Estimates")
    page.get_by_label("Year the figures describe").fill("2024")
    page.get_by_label("CSV file").set_input_files(str(bad))
    page.get_by_role("button", name="Upload and check").click()
    assert page.title().startswith("Error: ")
    summary = page.get_by_role("alert").inner_text()
    assert 'Line 2: locality "Atlantis"' in summary and "Line 2: count -3 is negative" in summary
    assert serious_accessibility_violations(page) == []

    good = tmp_path / "good.csv"
    good.write_text(
        "age_band,gender,ethnic_group,locality,count\n"
        "11-13,girl,white,Northgate,300\n11-13,boy,white,Riverside,280\n14-15,non_binary,mixed,Northgate,3\n"
        "14-15,girl,asian,Riverside,40\n"
    )
    page.get_by_label("CSV file").set_input_files(str(good))
    page.get_by_role("button", name="Upload and check").click()
    assert page.locator("h1").inner_text() == "Population baseline"
    assert "Estimates (2024) is now the population baseline." in page.content()
    assert "[c]" in page.locator("main").inner_text()
    page.screenshot(path=str(tmp_path / "population.png"), full_page=True)
    assert serious_accessibility_violations(page) == []
