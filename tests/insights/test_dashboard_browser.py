"""End to end in headless Chromium: a leader filters the dashboard and reads charts and tables, accessibly."""

import pytest

from tests.browser import serious_accessibility_violations, sign_in
from tests.insights.factories import PopulationBaselineFactory, PopulationCellFactory, World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_leader_filters_the_dashboard_and_reads_accessible_charts_and_tables(page, tmp_path):
    world = World(threshold=5)
    baseline = PopulationBaselineFactory(partnership=world.partnership)
    PopulationCellFactory(baseline=baseline, locality=world.north, count=500)
    PopulationCellFactory(baseline=baseline, locality=world.river, count=500)
    world.respond_many(9, locality=world.north, age_band="14-15",
                       answers={world.places: ["park", "social_media"], world.harm: ["threats"]})  # fmt: skip
    # Two young people in a small area, in the same release unit (consultation, channel, month) as the rest:
    # their cell is suppressed ([c]); a unit of two on its own would be left out of every figure.
    world.respond_many(2, locality=world.river, answers={world.places: ["gaming"]})
    for value in ["2", "3"] * 3:
        world.respond(consultation=world.professionals, answers={world.risk_pro: [value]})
        world.respond(answers={world.risk_yp: ["5"]})
    sign_in(page, world.leader.user)
    page.get_by_role("link", name="Insights").click()
    assert page.locator("h1").inner_text() == "Insights dashboard"
    main = page.locator("main")
    assert "17 responses from young people match" in main.inner_text()
    assert "[c]" in main.inner_text()
    chart = page.get_by_role("img", name="Places and spaces where young people feel unsafe")
    assert chart.count() == 1 and "parks" in chart.locator("desc").text_content()
    assert page.get_by_role("table", name="Perception gap: young people and professionals").count() == 1
    assert page.get_by_role("table", name="Representation by locality").count() == 1
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Answered on or after").fill("31/02/2025")
    page.get_by_role("button", name="Show figures").click()
    assert page.title().startswith("Error: ")
    assert "Enter a real date" in page.get_by_role("alert").inner_text()
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Answered on or after").fill("")
    page.get_by_label("How young people took part").select_option("relayed")
    page.get_by_role("button", name="Show figures").click()
    assert "No responses match these filters" in page.locator("main").inner_text()
    assert serious_accessibility_violations(page) == []

    with page.expect_download() as download:
        page.goto("/staff/insights/dashboard/")
        page.get_by_role("link", name="Download every table (XLSX)").click()
    assert download.value.suggested_filename.startswith("all-")


def test_leader_compares_two_periods_and_reads_the_change_in_words(page, tmp_path):
    import datetime

    world = World(threshold=5)
    for on, threats in ((datetime.date(2025, 1, 15), 15), (datetime.date(2025, 3, 10), 6)):
        for n in range(20):
            harm = ["threats"] if n < threats else ["carrying_drugs"]
            world.respond(on=on, locality=world.north, answers={world.harm: harm, world.places: ["park"]})
    sign_in(page, world.leader.user)
    page.goto("/staff/insights/dashboard/")
    page.get_by_label("Answered on or after").fill("1/3/2025")
    page.get_by_label("Answered on or before").fill("31/3/2025")
    page.get_by_label("Compare with a period starting on").fill("1/2/2025")
    page.get_by_label("Compare with a period ending on").fill("3/3/2025")
    page.get_by_role("button", name="Show figures").click()
    assert page.title().startswith("Error: ")
    assert "overlap in March 2025" in page.get_by_role("alert").inner_text()
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Compare with a period starting on").fill("1/1/2025")
    page.get_by_label("Compare with a period ending on").fill("31/1/2025")
    page.get_by_role("button", name="Show figures").click()
    main = page.locator("main")
    assert "20 responses from young people in January 2025, and 20 in March 2025" in main.inner_text()
    title = "Types of exploitation young people have seen or heard about"
    table = page.get_by_role("table", name=f"{title}: change from January 2025 to March 2025")
    threats = table.get_by_role("row", name="Threats")
    assert "75% (15 of 20)" in threats.inner_text() and "30% (6 of 20)" in threats.inner_text()
    assert "Down 45.0 percentage points" in threats.inner_text()
    assert "More than chance at 95%" in threats.inner_text()
    assert "Could be chance" in main.inner_text() or "Too few to compare" in main.inner_text()
    page.screenshot(path=str(tmp_path / "comparison.png"), full_page=True)
    assert serious_accessibility_violations(page) == []

    with page.expect_download() as download:
        page.get_by_role(
            "link", name="CSV of types of exploitation young people have seen or heard about"
        ).click()
    assert download.value.suggested_filename.startswith("exploitation-")
