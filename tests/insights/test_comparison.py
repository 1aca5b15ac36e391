"""Change over time: two periods side by side on the dashboard, in the exports and in the API.

Each period's figures must be exactly the single-period dashboard's (so a comparison publishes nothing
new), the change is worked out from those published figures, small groups are hidden in both periods, and
bad periods are refused with a clear message.
"""

import csv
import datetime
import io
import random

import pytest
from openpyxl import load_workbook

from tests.core.factories import api_client_with_token
from tests.insights.factories import World
from youthvoice.audit.models import AuditEvent
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.comparison import Period, Verdict, comparison_build, period_problems
from youthvoice.insights.dashboard.forms import DashboardFilterForm
from youthvoice.insights.dashboard.selectors import dashboard_build

pytestmark = pytest.mark.django_db
URL = "/staff/insights/dashboard/"
JANUARY = datetime.date(2025, 1, 15)
MARCH = datetime.date(2025, 3, 10)
COMPARE = {
    "date_from": "1/3/2025",
    "date_to": "31/3/2025",
    "compare_from": "1/1/2025",
    "compare_to": "31/1/2025",
}


def _place(n: int, *, games: int) -> str:
    return "gaming" if n < games else "transport" if n < games + 9 else "park"


def make_world(*, keys: bool = False) -> World:
    """Threshold 5. January: 24 of 30 saw threats, 6 carrying drugs; March: 8 threats, 22 carrying drugs.

    Places: online games 3 in January and 2 in March, hidden as fewer than 5 in both periods (and buses, 9
    each time, hidden with them so the games cannot be worked out); parks 18 and 19. Record keys
    0 (no perturbation) unless ``keys``."""
    world = World(threshold=5)
    rng = random.Random(18)
    for on, threats in ((JANUARY, 24), (MARCH, 8)):
        for n in range(30):
            world.respond(
                record_key=rng.randrange(256) if keys else 0,
                on=on,
                locality=world.north,
                age_band="14-15",
                answers={
                    world.harm: ["threats"] if n < threats else ["carrying_drugs"],
                    world.places: [_place(n, games=3 if on == JANUARY else 2)],
                },
            )
    return world


@pytest.fixture
def world():
    return make_world()


def _comparison(world, **kwargs):
    filters = DashboardFilters(
        date_from=datetime.date(2025, 3, 1), date_to=datetime.date(2025, 3, 31), **kwargs
    )
    other = Period(datetime.date(2025, 1, 1), datetime.date(2025, 1, 31))
    return comparison_build(partnership=world.partnership, filters=filters, other=other)


def _row(table, label):
    return next(row for row in table.rows if row.label == label)


def test_periods_are_in_time_order_and_a_real_change_is_more_than_chance(world):
    comparison = _comparison(world)
    assert (str(comparison.earlier), str(comparison.later)) == ("January 2025", "March 2025")
    exploitation = comparison.table("exploitation")
    threats = _row(exploitation, "Threats")
    assert threats.earlier_text == "80% (24 of 30)" and threats.later_text == "27% (8 of 30)"
    assert threats.change.change == pytest.approx(100 * (8 / 30 - 24 / 30))
    assert threats.change_text == "Down 53.3 percentage points"
    assert threats.verdict == Verdict.MORE_THAN_CHANCE
    assert "Threats: down 53.3 percentage points" in exploitation.summary
    # Parks: 18 of 30 places named in January, 19 of 30 in March: could be chance.
    assert _row(comparison.table("places"), "Parks").verdict == Verdict.COULD_BE_CHANCE


def test_small_groups_are_hidden_in_both_periods_and_never_compared(world):
    comparison = _comparison(world)
    games = _row(comparison.table("places"), "Online games")
    assert games.earlier_text == "[c]" and games.later_text == "[c]"
    assert games.change is None and games.verdict == Verdict.TOO_FEW
    assert games.change_text == "[c]" and games.verdict.text == "Too few to compare"
    # No count below the threshold appears anywhere, in either period's side of any row.
    for table in comparison.tables:
        for row in table.rows:
            for side in (row.earlier, row.later):
                if row.unit == "share" and side:
                    assert all(cell.value is None or cell.value == 0 or cell.value >= 5 for cell in side)


def test_each_period_is_exactly_the_single_period_dashboard_even_with_perturbation():
    world = make_world(keys=True)
    comparison = _comparison(world, channel="online")
    for period, board in (
        (comparison.earlier, comparison.earlier_board),
        (comparison.later, comparison.later_board),
    ):
        alone = dashboard_build(
            partnership=world.partnership,
            filters=DashboardFilters(date_from=period.date_from, date_to=period.date_to, channel="online"),
        )
        assert board.responses == alone.responses
        assert [t.slug for t in board.tables()] == [t.slug for t in alone.tables()]
        for table, single in zip(board.tables(), alone.tables(), strict=True):
            assert table.rows == single.rows and table.shares == single.shares
    # The change is worked out from the published (perturbed) figures, never the true ones.
    for table in comparison.tables:
        for row in table.rows:
            if row.change is not None and row.unit == "share":
                (c1, b1), (c2, b2) = row.earlier, row.later
                expected = 100 * (min(c2.value, b2.value) / b2.value - min(c1.value, b1.value) / b1.value)
                assert row.change.change == pytest.approx(expected)


def test_a_period_with_too_few_responses_shows_no_comparison(world):
    world.respond_many(2, on=datetime.date(2024, 11, 5))
    comparison = comparison_build(
        partnership=world.partnership,
        filters=DashboardFilters(date_from=datetime.date(2024, 11, 1), date_to=datetime.date(2024, 11, 30)),
        other=Period(datetime.date(2025, 3, 1), datetime.date(2025, 3, 31)),
    )
    assert not comparison.shown and comparison.tables == []
    assert comparison.message.startswith("November 2024: ")


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"compare_from": "1/1/2025"}, "compare_to", "Enter the date the period to compare with ends"),
        (
            {"compare_from": "1/1/2025", "compare_to": "31/1/2025"},
            "date_from",
            "enter the date this period starts",
        ),
        ({**COMPARE, "compare_from": "20/3/2025"}, "compare_to", "must end on or after the day it starts"),
        (
            {**COMPARE, "compare_from": "1/2/2025", "compare_to": "3/3/2025"},
            "compare_from",
            "overlap in March 2025",
        ),
        ({**COMPARE, "compare_to": "31/2/2025"}, "compare_to", "Enter a real date"),
        ({**COMPARE, "date_to": "1/1/2999"}, "date_to", "only months that have ended are counted"),
    ],
)
def test_the_form_refuses_periods_that_cannot_be_compared(client, world, data, field, words):
    full = (
        {"date_from": "1/3/2025", "date_to": "31/3/2025"}
        if "date_from" not in data and field != "date_from"
        else {}
    )
    form = DashboardFilterForm({**full, **data}, partnership=world.partnership)
    assert not form.is_valid() and not form.comparing
    assert any(words in error for error in form.errors[field])
    client.force_login(world.leader.user)
    response = client.get(URL, {**full, **data})
    assert response.status_code == 400 and words in response.content.decode()
    assert client.get(URL + "export/exploitation.csv", {**full, **data}).status_code == 400


def test_periods_in_the_same_months_overlap_even_on_different_days():
    problems = period_problems(
        date_from=datetime.date(2025, 1, 1),
        date_to=datetime.date(2025, 1, 14),
        compare_from=datetime.date(2025, 1, 20),
        compare_to=datetime.date(2025, 1, 31),
    )
    assert "overlap in January 2025" in problems["compare_from"]
    assert (
        period_problems(
            date_from=datetime.date(2025, 1, 1),
            date_to=datetime.date(2025, 1, 31),
            compare_from=datetime.date(2025, 2, 1),
            compare_to=datetime.date(2025, 2, 2),
        )
        == {}
    )


def test_the_page_shows_both_periods_the_change_and_the_verdict_in_words(client, world):
    client.force_login(world.leader.user)
    response = client.get(URL, COMPARE)
    assert response.status_code == 200
    page = response.content.decode()
    assert "January 2025 compared with March 2025" in page
    assert (
        "Types of exploitation young people have seen or heard about: change from January 2025 to March 2025"
        in page
    )
    for words in (
        "More than chance at 95%",
        "Could be chance",
        "Too few to compare",
        "Down 53.3 percentage points",
    ):
        assert words in page
    assert "Is the change more than chance?" in page and "<caption" in page
    assert "See every figure for January 2025 on its own" in page
    # Not a comparison: the single-period page is unchanged.
    assert "Is the change" not in client.get(URL, {"date_from": "1/3/2025"}).content.decode()


def test_csv_and_xlsx_of_a_comparison_carry_both_periods_the_change_and_the_test_and_are_audited(
    client, world
):
    client.force_login(world.leader.user)
    response = client.get(URL + "export/exploitation.csv", COMPARE)
    assert response.status_code == 200
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0] == [
        "Type",
        "January 2025: count",
        "January 2025: base",
        "January 2025: share (%)",
        "March 2025: count",
        "March 2025: base",
        "March 2025: share (%)",
        "Change (percentage points)",
        "p-value",
        "Test",
        "Is the change more than chance?",
    ]
    threats = next(line for line in lines if line and line[0] == "Threats")
    assert threats[1:8] == ["24", "30", "80.0", "8", "30", "26.7", "-53.3"]
    assert float(threats[8]) < 0.001 and threats[9] == "z-test" and threats[10] == "More than chance at 95%"
    places = list(csv.reader(io.StringIO(client.get(URL + "export/places.csv", COMPARE).content.decode())))
    games = next(line for line in places if line and line[0] == "Online games")
    assert games[1:8] == ["[c]", "30", "[c]", "[c]", "30", "[c]", "[c]"] and games[10] == "Too few to compare"
    workbook = load_workbook(io.BytesIO(client.get(URL + "export/all.xlsx", COMPARE).content))
    assert len(workbook.sheetnames) >= 4
    event = AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT).order_by("pk").last()
    assert event.detail["compared_with"]["date_from"] == "2025-01-01"


def test_the_api_compares_two_periods_from_what_it_publishes_for_each(client, world):
    _client, token = api_client_with_token(agency=world.leader.agency, scopes=["read_aggregates"])
    url = f"/api/v1/consultations/{world.consultation.slug}/aggregates/"
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    body = client.get(
        url,
        {
            "date_from": "2025-03-01",
            "date_to": "2025-03-31",
            "compare_from": "2025-01-01",
            "compare_to": "2025-01-31",
        },
        **auth,
    ).json()
    comparison = body["comparison"]
    assert (
        comparison["earlier"]["date_from"] == "2025-01-01" and comparison["later"]["date_to"] == "2025-03-31"
    )
    harm = next(q for q in comparison["questions"] if q["key"] == "harm-seen")
    threats = next(o for o in harm["options"] if o["value"] == "threats")
    assert threats["earlier"]["percent"] == 80.0 and threats["later"]["percent"] == 26.7
    assert threats["change"] == -53.3 and threats["verdict"] == "more_than_chance"
    games = next(p for p in comparison["places"] if p["value"] == "gaming")
    assert games["earlier"]["count"] == {"value": None, "suppressed": True}
    assert games["change"] is None and games["verdict"] == "too_few"
    # Each side is exactly what the API publishes for that period alone.
    for side, dates in (("earlier", ("2025-01-01", "2025-01-31")), ("later", ("2025-03-01", "2025-03-31"))):
        alone = client.get(url, {"date_from": dates[0], "date_to": dates[1]}, **auth).json()
        assert alone["comparison"] is None
        option = next(
            o
            for q in alone["questions"]
            if q["key"] == "harm-seen"
            for o in q["options"]
            if o["value"] == "threats"
        )
        assert threats[side]["count"] == option["count"]
        assert comparison[side]["responses"] == alone["responses"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"compare_from": "2025-01-01"}, "compare_to"),
        ({"compare_from": "2025-01-01", "compare_to": "2025-01-31"}, "date_from"),
        ({"compare_from": "15/01/2025", "compare_to": "2025-01-31"}, "compare_from"),
        ({"compare_from": "2025-02-01", "compare_to": "2025-03-02"}, "compare_from"),
        ({"compare_from": "2025-01-01", "compare_to": "2999-01-31"}, "compare_to"),
    ],
)
def test_the_api_refuses_bad_periods_with_a_400_naming_the_field(client, world, params, field):
    _client, token = api_client_with_token(agency=world.leader.agency, scopes=["read_aggregates"])
    url = f"/api/v1/consultations/{world.consultation.slug}/aggregates/"
    base = {} if field == "date_from" else {"date_from": "2025-03-01", "date_to": "2025-03-31"}
    response = client.get(url, {**base, **params}, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 400
    assert field in response.json()["errors"]
