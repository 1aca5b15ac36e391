"""Representation for SEND and care experience (issue 18, part 7): respondents who said yes, against the
share of young people the partnership gives on its population baseline, under the same disclosure control."""

import io

import pytest
from django.core.exceptions import ValidationError

from tests.insights.factories import PopulationBaselineFactory, PopulationCellFactory, World
from tests.partnership.factories import MembershipFactory
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.selectors import dashboard_build
from youthvoice.insights.models import PopulationBaseline
from youthvoice.insights.population.services import population_baseline_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return World(threshold=5)


def rows(table) -> dict[str, list[str]]:
    return {label: [str(cell) for cell in cells] for label, cells in table.rows}


def baseline_of(world, **shares):
    baseline = PopulationBaselineFactory(partnership=world.partnership, **shares)
    PopulationCellFactory(baseline=baseline, locality=world.north, count=1000, age_band="14-15")
    return baseline


def table(board, slug):
    return next((t for t in board.representation if t.slug == slug), None)


def test_young_people_with_send_are_compared_with_their_share_of_the_population(world):
    baseline_of(world, send_percent=20, care_experienced_percent=2)
    world.respond_many(8, send="yes", care_experienced="yes")
    world.respond_many(72, send="no", care_experienced="no")
    world.respond_many(6, send="prefer_not_to_say", care_experienced="not_sure")
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    send = rows(table(board, "representation-send"))
    # 8 of the 80 who said yes or no (10%) against 20% of the population: a ratio of 0.50.
    assert send["Has SEND"][0] == "8" and send["Has SEND"][2] == "20%" and send["Has SEND"][3] == "0.50"
    assert send["Has SEND"][5].startswith("Under-represented")
    assert (
        "Under-represented by SEND (ratio below 0.8): Has SEND" in table(board, "representation-send").summary
    )
    care = rows(table(board, "representation-care-experienced"))
    assert care["Care experienced"][3] == "5.00" and care["Care experienced"][5] == "Represented"
    reach = rows(next(t for t in board.reach if t.slug == "reach-send"))
    assert reach == {"Online": ["8", "72"]}  # "prefer not to say" and "not sure" are not compared


def test_without_a_share_there_is_no_population_figure_but_reach_still_shows(world):
    baseline_of(world)
    world.respond_many(8, send="yes")
    world.respond_many(12, send="no")
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    send = rows(table(board, "representation-send"))
    assert send["Has SEND"][2] == "not available" and send["Has SEND"][5] == "No population figure"
    assert any(t.slug == "reach-send" for t in board.reach)


def test_a_small_group_is_hidden_as_everywhere_else(world):
    baseline_of(world, send_percent=15)
    world.respond_many(3, send="yes")
    world.respond_many(30, send="no")
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    send = rows(table(board, "representation-send"))
    assert send["Has SEND"][0] == "[c]" and send["Has SEND"][3] in ("[c]", "not shown")
    assert send["Has SEND"][5] == "Not shown"


@pytest.mark.parametrize("share", [-1, 100.1, "lots"])
def test_a_share_outside_0_to_100_is_refused_and_nothing_is_saved(world, share):
    data = (
        b"age_band,gender,ethnic_group,locality,count\n14-15,girl,white,"
        + world.north.name.encode()
        + b",40\n"
    )
    with pytest.raises((ValidationError, ValueError, TypeError)):
        population_baseline_upload(
            partnership=world.partnership,
            uploaded_by=None,
            name="x",
            source="",
            year=2024,
            data=data,
            send_percent=share,
        )
    assert not PopulationBaseline.objects.exists()


def test_the_upload_page_takes_the_shares(client, world):
    admin = MembershipFactory(role="admin", agency__partnership=world.partnership)
    client.force_login(admin.user)
    csv = (
        "age_band,gender,ethnic_group,locality,count\n14-15,girl,white," + world.north.name + ",40\n"
    ).encode()
    upload = io.BytesIO(csv)
    upload.name = "population.csv"
    response = client.post(
        "/staff/insights/population/upload/",
        {
            "name": "Mid-year",
            "year": "2024",
            "file": upload,
            "send_percent": "17.5",
            "care_experienced_percent": "1.2",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    baseline = PopulationBaseline.objects.get()
    assert (float(baseline.send_percent), float(baseline.care_experienced_percent)) == (17.5, 1.2)
    upload = io.BytesIO(csv)
    upload.name = "population.csv"
    bad = client.post(
        "/staff/insights/population/upload/",
        {"name": "Mid-year", "year": "2024", "file": upload, "send_percent": "120"},
    )
    assert bad.status_code == 400 and "Enter a share from 0 to 100" in bad.content.decode()
