"""The leaders' dashboard: SQL aggregates, disclosure control, filters, empty results and permissions."""

import datetime

import pytest

from tests.insights.factories import (
    DAY,
    CodebookFactory,
    CodingFactory,
    PopulationBaselineFactory,
    PopulationCellFactory,
    ThemeFactory,
    World,
)
from tests.partnership.factories import MembershipFactory
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.charts import bar_chart
from youthvoice.insights.dashboard.config import (
    DashboardConfigError,
    load_dashboard_config,
    parse_dashboard_config,
)
from youthvoice.insights.dashboard.selectors import dashboard_build, protect_places
from youthvoice.insights.disclosure import feasible_range
from youthvoice.insights.models import Coding
from youthvoice.voices.models import Answer

pytestmark = pytest.mark.django_db
URL = "/staff/insights/dashboard/"


@pytest.fixture
def world():
    return World(threshold=5)


def rows(table) -> dict[str, list[str]]:
    return {label: [str(cell) for cell in cells] for label, cells in table.rows}


def test_places_by_setting_and_locality_hide_small_groups_and_their_subtotals(world):
    world.respond_many(8, locality=world.north, answers={world.places: ["park", "transport"]})
    world.respond_many(6, locality=world.river, answers={world.places: ["park"]})
    world.respond_many(2, locality=world.river, answers={world.places: ["social_media"]})
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    by_type, by_locality = board.places
    places = rows(by_type)
    assert places["Parks"] == ["Offline", "14"]
    assert places["Buses"][1] in {"8", "[c]"}  # shown, unless needed to protect the hidden online figures
    assert places["Social media apps"] == ["Online", "[c]"]
    # The online subtotal is the one hidden place plus a zero: it must be hidden with it, and so must
    # enough else that the offline subtotal and the grand total cannot give it away.
    assert places["All online places"][1] == "[c]"
    assert places["Online games"] == ["Online", "0"]
    locality = rows(by_locality)
    assert locality["Social media apps"][1] == "[c]"  # Riverside
    assert "[c]" in by_type.summary or "not shown" in by_type.summary


def test_protected_places_leave_no_hidden_figure_that_can_be_worked_out():
    counts = [[2, 7, 0], [0, 0, 0], [12, 9, 1], [30, 6, 11]]
    settings = ["online", "online", "offline", "offline"]
    cells, place_totals, column_totals, setting_totals, grand = protect_places(
        counts, settings=settings, threshold=5
    )
    published = (
        [c for row in cells for c in row] + place_totals + column_totals + list(setting_totals.values())
    )
    assert any(cell.suppressed for cell in published)
    # Rebuild the relations and check with the disclosure module's own audit that every hidden figure has
    # a range of possible values, not one.
    values = [v for row in counts for v in row]
    values += [sum(row) for row in counts]
    values += [sum(col) for col in zip(*counts, strict=True)]
    values += [
        sum(sum(r) for r, s in zip(counts, settings, strict=True) if s == g) for g in ("online", "offline")
    ]
    values.append(sum(map(sum, counts)))
    n_rows, n_cols = 4, 3
    row_at, col_at = n_rows * n_cols, n_rows * n_cols + n_rows
    set_at = col_at + n_cols
    grand_at = set_at + 2
    relations = [(row_at + i, tuple(i * n_cols + j for j in range(n_cols))) for i in range(n_rows)]
    relations += [(col_at + j, tuple(i * n_cols + j for i in range(n_rows))) for j in range(n_cols)]
    relations += [(set_at, (row_at, row_at + 1)), (set_at + 1, (row_at + 2, row_at + 3))]
    relations += [
        (grand_at, tuple(range(row_at, row_at + n_rows))),
        (grand_at, tuple(range(col_at, col_at + n_cols))),
        (grand_at, (set_at, set_at + 1)),
    ]
    hidden = [c.suppressed for c in published] + [grand.suppressed]
    for index, is_hidden in enumerate(hidden):
        if is_hidden:
            low, high = feasible_range(index, values, relations, hidden)
            assert high - low >= 1, f"figure {index} ({values[index]}) can be worked out"


def test_themes_count_only_accepted_codings_and_hide_small_ones(world):
    free = world.places  # any question will do for the answer being coded
    responses = world.respond_many(9, answers={free: ["park"]})
    codebook = CodebookFactory(partnership=world.partnership)
    police, money = (
        ThemeFactory(codebook=codebook, name="Police"),
        ThemeFactory(codebook=codebook, name="Money"),
    )
    answers = Answer.objects.filter(response__in=responses)
    for answer in answers:
        CodingFactory(answer=answer, theme=police, status=Coding.Status.ACCEPTED)
    for answer in answers[:3]:
        CodingFactory(answer=answer, theme=money, status=Coding.Status.ACCEPTED)
    for answer in answers[3:9]:
        CodingFactory(answer=answer, theme=money, status=Coding.Status.REJECTED)
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    themes = rows(board.themes)
    assert themes["Money"][0] == "[c]"  # 3 accepted; the 6 rejected do not count
    assert themes["Police"][0] == "[c]"  # secondary: the total would give Money away
    assert themes["All themed answers"][0] == "12"


def test_filters_by_consultation_channel_and_dates(world):
    world.respond_many(6, answers={world.harm: ["threats"]})
    world.respond_many(
        7, consultation=world.other, channel="school", answers={world.harm: ["carrying_drugs"]}
    )
    world.respond_many(5, on=DAY - datetime.timedelta(days=40), answers={world.harm: ["threats"]})

    def count(**filters):
        board = dashboard_build(partnership=world.partnership, filters=DashboardFilters(**filters))
        return board.responses.value, rows(board.exploitation) if board.shown else None

    assert count()[0] == 18
    total, harm = count(consultation=world.other)
    assert total == 7 and harm["Carrying drugs"][0] == "7" and harm["Threats"][0] == "0"
    assert count(channel="school")[0] == 7
    total, harm = count(
        date_from=DAY - datetime.timedelta(days=50), date_to=DAY - datetime.timedelta(days=30)
    )
    assert total == 5 and harm["Threats"] == ["5", "100%"]


def test_professionals_responses_are_not_counted_as_young_peoples(world):
    world.respond_many(6, consultation=world.professionals, answers={world.risk_pro: ["3"]})
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    assert board.responses.value == 0
    assert "no responses from young people yet" in board.message


def test_few_responses_show_nothing_but_a_message(world):
    world.respond_many(3, answers={world.harm: ["threats"]})
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    assert not board.shown and board.tables() == []
    assert "Fewer than 5 responses match" in board.message


def test_perception_gap_with_interval_and_hidden_when_professionals_are_few(world):
    for value in ["4", "5", "4", "5", "4", "5"]:
        world.respond(answers={world.risk_yp: [value]})
    for value in ["2", "3", "2", "3", "2", "3"]:
        world.respond(consultation=world.professionals, answers={world.risk_pro: [value]})
    gap = rows(dashboard_build(partnership=world.partnership, filters=DashboardFilters()).perception)
    item = gap["How likely is it you would be asked to carry drugs?"]
    assert item[:5] == ["6", "4.50", "6", "2.50", "2.00"]
    low, high = (float(x) for x in item[5].split(" to "))
    assert 0 < low <= 2.0 <= high
    # Channel filters apply to young people only: professionals still count. A date range excludes them
    # (dates count in whole months). Two professionals in a month are a release unit too small to count.
    later = DashboardFilters(date_from=DAY + datetime.timedelta(days=25))
    world.respond_many(6, on=DAY + datetime.timedelta(days=30), answers={world.risk_yp: ["1"]})
    world.respond_many(2, consultation=world.professionals, on=DAY + datetime.timedelta(days=30),
                       answers={world.risk_pro: ["1"]})  # fmt: skip
    hidden = rows(dashboard_build(partnership=world.partnership, filters=later).perception)
    assert hidden["How likely is it you would be asked to carry drugs?"][:5] == [
        "6", "not available", "0", "not available", "not available"
    ]  # fmt: skip


def test_representation_flags_groups_below_point_eight_in_words(world):
    baseline = PopulationBaselineFactory(partnership=world.partnership)
    for locality, count in [(world.north, 500), (world.river, 500)]:
        PopulationCellFactory(baseline=baseline, locality=locality, count=count, age_band="14-15")
    world.respond_many(40, locality=world.north, age_band="14-15")
    world.respond_many(10, locality=world.river, age_band="14-15")
    world.respond_many(2, locality=None, age_band="prefer_not_to_say")
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    by_locality = next(t for t in board.representation if t.slug == "representation-locality")
    table = rows(by_locality)
    assert table["Riverside"][0] == "10" and table["Riverside"][3] == "0.40"
    assert table["Riverside"][5].startswith("Under-represented")
    assert table["Northgate"][5] == "Represented"
    assert "Under-represented by locality (ratio below 0.8): Riverside" in by_locality.summary
    reach = rows(next(t for t in board.reach if t.slug == "reach-locality"))
    assert reach == {"Online": ["40", "10"]}


def test_representation_needs_a_baseline_but_channel_reach_does_not(world):
    world.respond_many(6, locality=world.north)
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    assert board.representation == []
    assert [t.slug for t in board.reach] == ["reach-locality"]


def test_chart_is_an_accessible_svg_without_inline_styles(world):
    world.respond_many(8, locality=world.north, answers={world.places: ["park"]})
    world.respond_many(2, locality=world.river, answers={world.places: ["gaming"]})
    table = dashboard_build(partnership=world.partnership, filters=DashboardFilters()).places[0]
    svg = str(bar_chart(table, chart_id="c1"))
    assert 'role="img"' in svg and 'aria-labelledby="c1-title c1-desc"' in svg
    assert f'<title id="c1-title">{table.title}</title>' in svg and "<desc" in svg
    assert "style=" not in svg and "<script" not in svg
    assert "[c]" in svg  # a hidden figure has its marker, not a bar


def test_dashboard_config_is_validated_at_load():
    assert load_dashboard_config().setting_of("gaming") == "online"
    with pytest.raises(DashboardConfigError) as error:
        parse_dashboard_config(
            {"places_question": "", "place_settings": {"online": ["a"], "offline": ["a"], "x": []}}
        )
    assert any("places_question" in p for p in error.value.problems)
    assert any("place_settings" in p for p in error.value.problems)


# Pages


def test_leader_sees_the_dashboard_with_protected_figures(client, world):
    world.respond_many(8, locality=world.north, answers={world.places: ["park"]})
    world.respond_many(2, locality=world.river, answers={world.places: ["gaming"]})
    client.force_login(world.leader.user)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "10</strong> responses from young people" in html
    assert "[c]" in html and "Places and spaces where young people feel unsafe" in html
    assert "style=" not in html.split("<main", 1)[1]


@pytest.mark.parametrize("role", ["analyst", "admin"])
def test_analysts_and_admins_see_the_dashboard(client, role):
    client.force_login(MembershipFactory(role=role).user)
    assert client.get(URL).status_code == 200


@pytest.mark.parametrize(
    "url", [URL, URL + "briefing.pdf", URL + "export/themes.csv", URL + "export/all.xlsx"]
)
def test_practitioners_are_refused_the_dashboard_and_exports(client, url):
    client.force_login(MembershipFactory(role="practitioner").user)
    assert client.get(url).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "sign-in" in response["Location"]


def test_a_filter_that_matches_nothing_says_so(client, world):
    world.respond_many(6)
    client.force_login(world.leader.user)
    response = client.get(URL, {"channel": "relayed"})
    assert response.status_code == 200
    assert "No responses match these filters" in response.content.decode()


def test_an_empty_consultation_says_so(client, world):
    world.respond_many(6)
    client.force_login(world.leader.user)
    response = client.get(URL, {"consultation": world.other.slug})
    assert response.status_code == 200
    assert "No responses match these filters" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"date_from": "31/02/2025"}, "Enter a real date"),
        ({"date_from": "banana"}, "Enter a real date"),
        ({"date_from": "2/3/2025", "date_to": "1/3/2025"}, "The end date must be the same as or after"),
        ({"consultation": "not-ours"}, "Choose a consultation from the list"),
        ({"channel": "carrier-pigeon"}, "Choose a channel from the list"),
    ],
)
def test_invalid_filters_are_form_errors_with_400(client, world, query, message):
    client.force_login(world.leader.user)
    response = client.get(URL, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "There is a problem" in html and "<title>Error: " in html


def test_another_partnerships_consultation_cannot_be_chosen(client, world):
    other = World()
    client.force_login(world.leader.user)
    assert client.get(URL, {"consultation": other.consultation.slug}).status_code == 400


def test_nav_links_to_the_dashboard(client, world):
    client.force_login(world.leader.user)
    assert f'href="{URL}">Insights</a>' in client.get("/staff/partnership/").content.decode()


def test_an_under_represented_age_band_is_named_in_words(world):
    # Age bands are choices with translatable labels: the summary must still read as plain words.
    baseline = PopulationBaselineFactory(partnership=world.partnership)
    for band in ("14-15", "16-17"):
        PopulationCellFactory(baseline=baseline, locality=world.north, count=500, age_band=band)
    world.respond_many(40, locality=world.north, age_band="14-15")
    world.respond_many(10, locality=world.north, age_band="16-17")
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    by_age = next(t for t in board.representation if t.slug == "representation-age-band")
    assert "Under-represented by age band (ratio below 0.8): 16 to 17" in by_age.summary
