"""End to end in headless Chromium: an analyst uploads an agency's monthly figures, checks the preview,
saves them, and reads them beside young people's voices, accessibly."""

import pytest
from django.utils import timezone

from tests.browser import serious_accessibility_violations, sign_in
from tests.partnership.factories import LocalityFactory, MembershipFactory
from youthvoice.insights.landscape.counts_csv import last_ended_month
from youthvoice.insights.landscape.models import AgencyMonthlyCount

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_analyst_fixes_a_bad_file_previews_the_figures_and_saves_them(page, tmp_path):
    membership = MembershipFactory(role="analyst", agency__name="Vale Police")
    for name in ["Northgate", "Riverside"]:
        LocalityFactory(partnership=membership.agency.partnership, name=name)
    month = f"{last_ended_month(timezone.localdate()):%Y-%m}"
    sign_in(page, membership.user)
    page.goto("/staff/insights/landscape/")
    assert "No agency has sent figures for these months yet" in page.content()
    assert serious_accessibility_violations(page) == []
    page.get_by_role("link", name="Upload an agency's monthly figures").first.click()
    assert serious_accessibility_violations(page) == []

    bad = tmp_path / "bad.csv"
    bad.write_text(f"area,month,measure,count\nNorthgat,{month},missing_episodes,-3\n")
    page.get_by_label("Whose figures are these?").select_option(label="Vale Police")
    page.get_by_label("CSV file").set_input_files(str(bad))
    page.get_by_role("button", name="Check the figures").click()
    assert page.title().startswith("Error: ")
    summary = page.get_by_role("alert").inner_text()
    assert 'Did you mean "Northgate"?' in summary and "Line 2: count -3 is negative" in summary
    assert serious_accessibility_violations(page) == []

    good = tmp_path / "good.csv"
    good.write_text(
        f"area,month,measure,count\nNorthgate,{month},missing_episodes,40\nRiverside,{month},nrm_referrals,3\n"
    )
    page.get_by_label("Whose figures are these?").select_option(label="Vale Police")
    page.get_by_label("CSV file").set_input_files(str(good))
    page.get_by_role("button", name="Check the figures").click()
    assert page.locator("h1").inner_text() == "Check the figures before saving"
    assert "replaced 0, added 2" in page.locator("#preview-outcome").inner_text()
    assert AgencyMonthlyCount.objects.count() == 0
    assert serious_accessibility_violations(page) == []

    page.get_by_role("button", name="Save these figures").click()
    assert page.locator("h1").inner_text() == "Local landscape"
    assert "Saved Vale Police's figures for 1 month: replaced 0, added 2." in page.content()
    assert AgencyMonthlyCount.objects.count() == 2
    main = page.locator("main").inner_text()
    assert "[c]" in main, "the small NRM count is hidden"
    page.screenshot(path=str(tmp_path / "landscape.png"), full_page=True)
    assert serious_accessibility_violations(page) == []
