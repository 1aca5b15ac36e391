"""The local landscape: agencies upload monthly counts by area (checked, previewed, then saved), and see them
beside young people's voices under the dashboard's disclosure control."""

import csv
import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.insights.factories import World
from tests.partnership.factories import AgencyFactory, LocalityFactory, MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.insights.disclosure import feasible_range
from youthvoice.insights.landscape.counts_csv import last_ended_month
from youthvoice.insights.landscape.demo import AREA_RATE, demo_figures
from youthvoice.insights.landscape.models import AgencyMonthlyCount, Measure
from youthvoice.insights.landscape.selectors import (
    CONSULTED,
    NAMED,
    NOT_NAMED,
    RELAYED,
    VOICES,
    LandscapeFilters,
    landscape_build,
    protect_area,
)
from youthvoice.insights.landscape.services import agency_counts_upload

pytestmark = pytest.mark.django_db
UPLOAD = "/staff/insights/landscape/upload/"
PAGE = "/staff/insights/landscape/"
EXPORT = "/staff/insights/landscape/export.csv"
TEMPLATE = "/staff/insights/landscape/upload/template.csv"


def last_month() -> datetime.date:
    """The last month that has ended (its first day), on the day the test runs."""
    return last_ended_month(timezone.localdate())


def month_before() -> datetime.date:
    """The month before the last that has ended."""
    return last_ended_month(last_month())


def month(day: datetime.date) -> str:
    return f"{day:%Y-%m}"


def months() -> dict[str, str]:
    """What ``{last}``, ``{this}`` (not ended yet) and ``{next}`` stand for in a parametrized case."""
    this = timezone.localdate().replace(day=1)
    following = (this + datetime.timedelta(days=32)).replace(day=1)
    return {"last": month(last_month()), "this": month(this), "next": month(following)}


HEADER = "area,month,measure,count\n"


def good() -> str:
    return HEADER + (
        f"Northgate,{month(last_month())},missing_episodes,40\n"
        f"Riverside,{month(last_month())},Exploitation referrals,12\n"
        f"northgate,{month(month_before())},nrm_referrals,3\n"
    )


@pytest.fixture
def analyst(db):
    membership = MembershipFactory(role="analyst")
    for name in ["Northgate", "Riverside"]:
        LocalityFactory(partnership=membership.agency.partnership, name=name)
    return membership


@pytest.fixture
def partnership(analyst):
    return analyst.agency.partnership


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst.user)
    return client


def check(client, content, *, agency, name="figures.csv"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(UPLOAD, {"agency": agency.pk, "file": SimpleUploadedFile(name, data, "text/csv")})


def token_of(response) -> str:
    return re.search(r'name="upload" value="([^"]+)"', response.content.decode()).group(1)


def save(client, response):
    return client.post(UPLOAD, {"upload": token_of(response)})


def stored(partnership) -> dict:
    return {
        (c.agency.name, c.locality.name, month(c.month), c.measure): c.count
        for c in AgencyMonthlyCount.objects.filter(partnership=partnership).select_related(
            "agency", "locality"
        )
    }


# --- Upload: check, preview, save -----------------------------------------------------------------------


def test_an_analyst_checks_the_file_sees_a_preview_and_only_then_saves(analyst_client, analyst, partnership):
    preview = check(analyst_client, good(), agency=analyst.agency)
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Check the figures before saving" in page and "replaced 0, added 3" in page
    assert "Northgate" in page and "Missing episodes" in page
    assert not AgencyMonthlyCount.objects.exists(), "nothing is saved before the preview is confirmed"

    saved = save(analyst_client, preview)
    assert saved.status_code == 302 and saved["Location"] == PAGE
    agency = analyst.agency.name
    assert stored(partnership) == {
        (agency, "Northgate", month(last_month()), "missing_episodes"): 40,
        (agency, "Riverside", month(last_month()), "exploitation_referrals"): 12,
        (agency, "Northgate", month(month_before()), "nrm_referrals"): 3,
    }
    assert all(c.uploaded_by == analyst.user for c in AgencyMonthlyCount.objects.all())
    event = AuditEvent.objects.get(action=AuditEvent.Action.UPLOAD)
    assert event.actor == analyst.user and event.partnership == partnership
    assert event.detail["added"] == 3 and event.detail["replaced"] == 0
    followed = analyst_client.get(PAGE)
    assert "replaced 0, added 3" in followed.content.decode()


def test_a_reupload_replaces_the_agencys_figures_for_the_months_in_the_file_only(
    analyst_client, analyst, partnership
):
    agency = analyst.agency
    other = AgencyFactory(partnership=partnership, name="Police")
    agency_counts_upload(partnership=partnership, agency=agency, uploaded_by=None, data=good().encode())
    agency_counts_upload(
        partnership=partnership,
        agency=other,
        uploaded_by=None,
        data=(HEADER + f"Northgate,{month(last_month())},missing_episodes,70\n").encode(),
    )
    key_before = AgencyMonthlyCount.objects.get(agency=agency, measure="missing_episodes").record_key

    again = HEADER + (
        f"Northgate,{month(last_month())},missing_episodes,44\n"  # replaced
        f"Riverside,{month(last_month())},return_home_interviews,30\n"  # added
    )  # Riverside's referrals for the last month are not in the file: removed; the month before is kept.
    preview = check(analyst_client, again, agency=agency)
    assert "replaced 1, added 1" in preview.content.decode()
    assert "1 figure for those months that the file does not have will be removed" in preview.content.decode()
    response = save(analyst_client, preview)
    assert response.status_code == 302
    assert stored(partnership) == {
        (agency.name, "Northgate", month(last_month()), "missing_episodes"): 44,
        (agency.name, "Riverside", month(last_month()), "return_home_interviews"): 30,
        (agency.name, "Northgate", month(month_before()), "nrm_referrals"): 3,
        ("Police", "Northgate", month(last_month()), "missing_episodes"): 70,
    }
    kept = AgencyMonthlyCount.objects.get(agency=agency, measure="missing_episodes")
    assert kept.record_key == key_before, "a replaced figure keeps its record key"
    followed = analyst_client.get(PAGE).content.decode()
    assert "replaced 1, added 1, removed 1" in followed


BAD_FILES = [
    pytest.param(
        HEADER + "Northgat,{last},missing_episodes,4\n",
        ['Line 2: area "Northgat" is not one of the partnership\'s areas. Did you mean "Northgate"?'],
        id="unknown-area",
    ),
    pytest.param(
        HEADER + "Atlantis,{last},missing_episodes,4\n",
        [
            'Line 2: area "Atlantis" is not one of the partnership\'s areas.',
            "The areas are Northgate, Riverside.",
        ],
        id="unknown-area-nothing-close",
    ),
    pytest.param(
        HEADER + "Northgate,March 2025,missing_episodes,4\n",
        ['Line 2: month is "March 2025"; write it as YYYY-MM'],
        id="month-not-yyyy-mm",
    ),
    pytest.param(
        HEADER + "Northgate,2025-13,missing_episodes,4\n", ['month "2025-13" has no month 13'], id="month-13"
    ),
    pytest.param(
        HEADER + "Northgate,14/03/2012,missing_episodes,4\n",
        ['Line 2: month "14/03/2012" is a date', "never a child's date of birth"],
        id="a-full-date",
    ),
    pytest.param(
        HEADER + "Northgate,{next},missing_episodes,4\n",
        ['Line 2: month "{next}" is in the future.'],
        id="future-month",
    ),
    pytest.param(
        HEADER + "Northgate,{this},missing_episodes,4\n",
        ['Line 2: month "{this}" has not ended yet'],
        id="month-not-ended",
    ),
    pytest.param(
        HEADER + "Northgate,{last},missing_episodes,-4\n",
        ["Line 2: count -4 is negative"],
        id="negative-count",
    ),
    pytest.param(
        HEADER + "Northgate,{last},missing_episodes,4.5\n",
        ["Line 2: count 4.5 is not a whole number"],
        id="decimal-count",
    ),
    pytest.param(
        HEADER + "Northgate,{last},missing_episodes,lots\n",
        ['Line 2: count is "lots"; it must be a whole number'],
        id="word-count",
    ),
    pytest.param(
        HEADER + "Northgate,{last},missing_episodes,\n", ["Line 2: count is empty"], id="empty-count"
    ),
    pytest.param(
        HEADER + "Northgate,{last},missing_episodes,4\nNorthgate,{last},Missing episodes,5\n",
        ["Line 3: the same area, month and measure as line 2"],
        id="duplicated-row",
    ),
    pytest.param(
        HEADER + "Northgate,{last},stop_and_search,4\n",
        ['Line 2: measure is "stop_and_search"; it must be one of missing_episodes'],
        id="unknown-measure",
    ),
    pytest.param(
        "area,month,measure,count,child_name\n" + "Northgate,{last},missing_episodes,4,Sam\n",
        ['column "child_name" looks like personal data about a child'],
        id="name-column",
    ),
    pytest.param(
        "area,month,measure,count,Date of birth\n" + "Northgate,{last},missing_episodes,4,1/2/2010\n",
        ['column "Date of birth" looks like personal data', "never a child's record"],
        id="date-of-birth-column",
    ),
    pytest.param(
        "area;month;measure;count\n", ["Line 1: the header must be area,month,measure,count"], id="semicolons"
    ),
    pytest.param(HEADER, ["The file has a header but no lines of figures."], id="no-rows"),
    pytest.param(
        HEADER + "Northgate,{last},missing_episodes\n",
        ["Line 2: expected 4 values, found 3."],
        id="short",
    ),
    pytest.param(b"\xff\xfe" + "area".encode("utf-16-le"), ["the file is not UTF-8 text"], id="not-utf8"),
    pytest.param(b"PK\x03\x04 a workbook", ["The file is a spreadsheet, not a CSV file."], id="xlsx-bytes"),
]


@pytest.mark.parametrize(("content", "messages"), BAD_FILES)
def test_a_bad_file_is_refused_with_every_problem_and_its_line_and_nothing_changes(
    analyst_client, analyst, partnership, content, messages
):
    named = months()
    if isinstance(content, str):
        content = content.format(**named)
    messages = [message.format(**named) for message in messages]
    agency_counts_upload(
        partnership=partnership, agency=analyst.agency, uploaded_by=None, data=good().encode()
    )
    before = stored(partnership)
    response = check(analyst_client, content, agency=analyst.agency)
    assert response.status_code == 400
    page = response.content.decode().replace("&quot;", '"').replace("&#x27;", "'")
    assert "There is a problem" in page
    for message in messages:
        assert message in page
    assert "Check the figures before saving" not in page
    assert stored(partnership) == before


def test_every_problem_in_a_file_is_listed_at_once(analyst_client, analyst):
    content = HEADER + (
        f"Northgat,{month(last_month())},missing_episodes,4\n"
        f"Northgate,2025/3,missing_episodes,4\n"
        f"Northgate,{month(last_month())},nrm,-1\n"
    )
    page = check(analyst_client, content, agency=analyst.agency).content.decode()
    for line in ("Line 2: area", "Line 3: month", "Line 4: count -1 is negative"):
        assert line in page.replace("&quot;", '"')
    assert not AgencyMonthlyCount.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("figures.xlsx", b"PK\x03\x04", "The file is a spreadsheet, not a CSV file."),
        ("figures.pdf", b"%PDF-1.4", "The file must be a CSV file"),
        ("figures.csv", b"\x00\x01binary", "The file is not a CSV file"),
        ("figures.csv", b"a" * (1024 * 1024 + 1), "the largest allowed is 1 MB"),
    ],
)
def test_a_file_that_is_not_csv_or_too_large_is_refused(analyst_client, analyst, name, data, message):
    response = check(analyst_client, data, agency=analyst.agency, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not AgencyMonthlyCount.objects.exists()


def test_a_changed_or_forged_preview_saves_nothing(analyst_client, analyst):
    preview = check(analyst_client, good(), agency=analyst.agency)
    forged = token_of(preview)[:-3] + "abc"
    response = analyst_client.post(UPLOAD, {"upload": forged}, follow=True)
    assert "could not be read. Upload it again." in response.content.decode()
    assert not AgencyMonthlyCount.objects.exists()


def test_an_area_removed_between_preview_and_save_saves_nothing(analyst_client, analyst, partnership):
    preview = check(analyst_client, good(), agency=analyst.agency)
    partnership.localities.get(name="Riverside").delete()
    response = save(analyst_client, preview)
    assert response.status_code == 400
    assert "Nothing was saved" in response.content.decode()
    assert not AgencyMonthlyCount.objects.exists()


# --- Who may do what --------------------------------------------------------------------------------------


def test_an_analyst_uploads_only_for_their_own_agency_and_an_admin_for_any(client, analyst, partnership):
    police = AgencyFactory(partnership=partnership, name="Police")
    client.force_login(analyst.user)
    response = check(client, good(), agency=police)
    assert response.status_code == 400 and "Choose an agency from the list" in response.content.decode()
    admin = MembershipFactory(role="admin", agency__partnership=partnership)
    client.force_login(admin.user)
    preview = check(client, good(), agency=police)
    assert preview.status_code == 200
    # A preview made by an admin for another agency cannot be saved by the analyst.
    token = token_of(preview)
    client.force_login(analyst.user)
    followed = client.post(UPLOAD, {"upload": token}, follow=True)
    assert "You cannot upload figures for that agency" in followed.content.decode()
    assert not AgencyMonthlyCount.objects.exists()


@pytest.mark.parametrize(
    ("role", "page", "upload"), [("practitioner", 403, 403), ("leader", 200, 403), ("analyst", 200, 200)]
)
def test_who_may_see_the_landscape_and_upload_figures(client, partnership, role, page, upload):
    membership = MembershipFactory(role=role, agency__partnership=partnership)
    client.force_login(membership.user)
    assert client.get(PAGE).status_code == page
    assert client.get(EXPORT).status_code == page
    assert client.get(UPLOAD).status_code == upload
    assert client.get(TEMPLATE).status_code == upload


def test_the_template_has_every_area_and_measure_and_is_spreadsheet_safe(analyst_client, partnership):
    LocalityFactory(partnership=partnership, name="=HYPERLINK(1)")
    response = analyst_client.get(TEMPLATE)
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0] == ["area", "month", "measure", "count"]
    assert len(lines) == 1 + 3 * 4
    assert {line[2] for line in lines[1:]} == set(Measure.values)
    assert {line[1] for line in lines[1:]} == {month(last_month())}
    assert ["'=HYPERLINK(1)", month(last_month()), "missing_episodes", ""] in lines


# --- The page, its disclosure control and the export -------------------------------------------------------


@pytest.fixture
def world():
    return World(threshold=5)


def add_counts(world, agency, rows):
    data = HEADER + "".join(f"{area},{month(m)},{measure},{count}\n" for area, m, measure, count in rows)
    agency_counts_upload(partnership=world.partnership, agency=agency, uploaded_by=None, data=data.encode())
    AgencyMonthlyCount.objects.update(record_key=0)  # key 0 carries no noise: the tests read true figures


def filters(world, **kwargs):
    return LandscapeFilters(last_month=last_month(), months=2, **kwargs)


def table_rows(table) -> dict[str, list[str]]:
    return {label: [str(cell) for cell in cells] for label, cells in table.rows}


def test_agency_figures_sit_beside_voices_and_small_counts_are_never_shown(world):
    police = AgencyFactory(partnership=world.partnership, name="Police")
    add_counts(
        world,
        police,
        [
            ("Northgate", last_month(), "missing_episodes", 40),
            ("Northgate", month_before(), "missing_episodes", 25),
            (
                "Northgate",
                last_month(),
                "nrm_referrals",
                3,
            ),  # small: hidden, and so is enough else to protect it
            ("Northgate", month_before(), "nrm_referrals", 12),
        ],
    )
    on = last_month() + datetime.timedelta(days=3)
    world.respond_many(6, locality=world.north, on=on, answers={world.places: ["park"]})
    world.respond_many(4, locality=world.north, on=on, answers={world.harm: ["threats"]})
    world.respond_many(5, locality=world.north, on=on, answers={world.places: []})
    landscape = landscape_build(partnership=world.partnership, filters=filters(world))
    north = next(t for t in landscape.areas if t.title.startswith("Northgate"))
    rows = table_rows(north)
    last, before, total = rows[f"{last_month():%B %Y}"], rows[f"{month_before():%B %Y}"], rows["All 2 months"]
    assert last[0] == "40" and before[0] == "25" and total[0] == "65"
    assert last[1] == "no figures", "no return home interviews were sent"
    assert last[3] == "[c]" and before[3] == "[c]", (
        "3 is hidden, and 12 with it (the total would give it away)"
    )
    assert "3" not in [last[3], total[3]]
    assert last[4] == "15" and last[5] == "0" and last[6] == "10" and last[7] == "67%"
    assert before[4] == "0" and before[7] == "no voices"
    river = table_rows(next(t for t in landscape.areas if t.title.startswith("Riverside")))
    assert river[f"{last_month():%B %Y}"][0] == "no figures"
    overview = table_rows(landscape.overview)
    assert overview["Northgate"] == total, "the overview shows the same protected totals"


def test_voices_from_a_small_group_are_hidden_and_cannot_be_worked_out(world):
    on = last_month() + datetime.timedelta(days=2)
    world.respond_many(12, locality=world.north, on=on, answers={world.places: ["park"]})
    world.respond_many(3, locality=world.river, on=on, answers={world.places: ["park"]})
    landscape = landscape_build(partnership=world.partnership, filters=filters(world))
    river = table_rows(next(t for t in landscape.areas if t.title.startswith("Riverside")))
    assert river[f"{last_month():%B %Y}"][4] == "[c]" and river["All 2 months"][4] == "[c]"
    assert river[f"{last_month():%B %Y}"][6] == "[c]"


def test_protection_leaves_no_hidden_figure_that_can_be_worked_out():
    counts = {
        "missing_episodes": [40, 3, 0, 22],
        VOICES: [30, 14, 0, 12],
        RELAYED: [2, 0, 0, 12],
        CONSULTED: [28, 14, 0, 0],
        NAMED: [27, 4, 0, 10],
        NOT_NAMED: [3, 10, 0, 2],
    }
    protected = protect_area(counts, keys={}, threshold=5)
    assert protected["missing_episodes"].cells[1].suppressed and protected[RELAYED].cells[0].suppressed
    # Rebuild the same values and relations, and audit with the disclosure module's own linear programme.
    values, at, total_at = [], {}, {}
    for name, series in counts.items():
        at[name] = list(range(len(values), len(values) + len(series)))
        values += series
        total_at[name] = len(values)
        values.append(sum(series))
    relations = [(total_at[name], tuple(at[name])) for name in counts]
    for parts in ((CONSULTED, RELAYED), (NAMED, NOT_NAMED)):
        relations += [(at[VOICES][m], tuple(at[p][m] for p in parts)) for m in range(4)]
        relations.append((total_at[VOICES], tuple(total_at[p] for p in parts)))
    hidden = [False] * len(values)
    for name, series in protected.items():
        for index, cell in zip(at[name], series.cells, strict=True):
            hidden[index] = cell.suppressed
        hidden[total_at[name]] = series.total.suppressed
    for index, is_hidden in enumerate(hidden):
        if is_hidden:
            low, high = feasible_range(index, values, relations, hidden)
            assert high - low >= 1, f"hidden figure {index} ({values[index]}) can be worked out"


def test_published_agency_figures_are_perturbed_by_their_record_keys(world):
    police = AgencyFactory(partnership=world.partnership, name="Police")
    add_counts(world, police, [("Northgate", last_month(), "missing_episodes", 40)])
    AgencyMonthlyCount.objects.update(record_key=77)
    shown = set()
    for _ in range(2):  # the same figures always give the same published figure
        landscape = landscape_build(partnership=world.partnership, filters=filters(world))
        north = table_rows(next(t for t in landscape.areas if t.title.startswith("Northgate")))
        shown.add(north[f"{last_month():%B %Y}"][0])
    assert len(shown) == 1 and abs(int(shown.pop()) - 40) <= 2


def test_the_page_and_the_export_show_the_protected_figures_and_the_export_is_audited(client, world):
    police = AgencyFactory(partnership=world.partnership, name="=Police")
    add_counts(
        world,
        police,
        [
            ("Northgate", last_month(), "missing_episodes", 40),
            ("Northgate", last_month(), "nrm_referrals", 3),
        ],
    )
    client.force_login(world.leader.user)
    page = client.get(PAGE, {"months": "6"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<caption" in html and "Northgate: agencies&#x27; figures" in html
    assert "[c] means the figure is not shown" in html
    export = client.get(EXPORT, {"months": "6"})
    assert export.status_code == 200 and "attachment" in export["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(export.content.decode())))
    assert lines[0][:3] == ["Area", "Month", "Missing episodes"]
    northgate_last = next(line for line in lines if line[:2] == ["Northgate", f"{last_month():%B %Y}"])
    assert northgate_last[2] == "40" and northgate_last[5] == "[c]"
    assert not any(cell == "3" for line in lines for cell in line), "the small count is never exported"
    assert any(line and line[0].startswith("[c] means") for line in lines)
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT, target_type="insights.landscape")
    assert event.actor == world.leader.user and event.detail["format"] == "csv"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"to": "2026/03"}, "Enter the last month as YYYY-MM"),
        ({"to": "{this}"}, "Enter a month that has ended"),
        ({"months": "7"}, "Select a valid choice"),
        ({"area": "999999"}, "Choose an area from the list"),
    ],
)
def test_bad_filters_are_explained_not_a_500(client, world, query, message):
    query = {key: value.format(**months()) for key, value in query.items()}
    client.force_login(world.leader.user)
    response = client.get(PAGE, query)
    assert response.status_code == 400 and message in response.content.decode()
    assert client.get(EXPORT, query).status_code == 400


# --- The demo -----------------------------------------------------------------------------------------------


def test_the_demo_figures_have_a_seasonal_and_an_area_pattern():
    areas = list(AREA_RATE)
    figures = demo_figures(localities=areas, last_month=datetime.date(2026, 11, 1))
    rows = [line.split(",") for line in figures["police"].decode().splitlines()[1:]]
    missing = [(a, m, int(c)) for a, m, measure, c in rows if measure == "missing_episodes"]
    by_area = {area: sum(c for a, _, c in missing if a == area) for area in areas}
    assert by_area["Eastmoor"] > 2 * by_area["Holloway Vale"], "some areas see far more than others"
    summer = sum(c for _, m, c in missing if m.endswith(("-07", "-08")))
    spring = sum(c for _, m, c in missing if m.endswith(("-02", "-03")))
    assert summer > spring, "missing episodes rise in the summer holidays"
    interviews = [line for line in figures["local_authority"].decode().splitlines() if "return_home" in line]
    assert len(interviews) == len(missing), "children's social care reports an interview figure for each"
