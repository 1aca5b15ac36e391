"""The population baseline: an admin uploads a CSV; every problem is reported by line, nothing half-saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError

from tests.insights.factories import PopulationBaselineFactory, PopulationCellFactory
from tests.partnership.factories import LocalityFactory, MembershipFactory
from youthvoice.insights.models import PopulationBaseline, PopulationCell
from youthvoice.insights.population import baseline_csv
from youthvoice.insights.population.baseline_csv import BaselineCSVError, parse_population_csv
from youthvoice.insights.population.services import population_baseline_upload

HEADER = "age_band,gender,ethnic_group,locality,count\n"
GOOD = HEADER + (
    "11-13,girl,white,Northgate,120\n"
    "14-15,boy,asian,Riverside,95\n"
    "16-17,Girl or young woman,black,northgate,4\n"
)


@pytest.fixture
def admin_membership(db):
    membership = MembershipFactory(role="admin")
    for name in ["Northgate", "Riverside"]:
        LocalityFactory(partnership=membership.agency.partnership, name=name)
    return membership


@pytest.fixture
def partnership(admin_membership):
    return admin_membership.agency.partnership


@pytest.fixture
def admin_client(client, admin_membership):
    client.force_login(admin_membership.user)
    return client


@pytest.fixture
def earlier(partnership):
    baseline = PopulationBaselineFactory(partnership=partnership, name="Earlier figures", active=True)
    PopulationCellFactory(baseline=baseline, locality=partnership.localities.get(name="Northgate"), count=500)
    return baseline


def upload(client, content: bytes | str, **fields):
    data = content.encode() if isinstance(content, str) else content
    form = {"name": "Estimates", "source": "Office statistics", "year": "2024"} | fields
    form["file"] = SimpleUploadedFile("population.csv", data, content_type="text/csv")
    return client.post("/staff/insights/population/upload/", form)


def test_admin_uploads_a_baseline_that_becomes_active(admin_client, partnership, earlier):
    response = upload(admin_client, GOOD)
    assert response.status_code == 302 and response["Location"] == "/staff/insights/population/"
    baseline = PopulationBaseline.objects.get(partnership=partnership, active=True)
    assert baseline.name == "Estimates" and baseline.year == 2024 and baseline.uploaded_by is not None
    cells = {(c.age_band, c.gender, c.ethnic_group, c.locality.name): c.count for c in baseline.cells.all()}
    assert cells == {
        ("11-13", "girl", "white", "Northgate"): 120,
        ("14-15", "boy", "asian", "Riverside"): 95,
        ("16-17", "girl", "black", "Northgate"): 4,
    }
    earlier.refresh_from_db()
    assert earlier.active is False, "the earlier baseline is kept but no longer active"


def test_a_byte_order_mark_and_windows_line_endings_are_fine(admin_client, partnership):
    response = upload(admin_client, "\ufeff" + GOOD.replace("\n", "\r\n"))
    assert response.status_code == 302
    assert PopulationCell.objects.filter(baseline__partnership=partnership).count() == 3


BAD_FILES = [
    pytest.param("", "The file is empty.", id="empty"),
    pytest.param("   \n", "The file is empty.", id="blank"),
    pytest.param("age_band;gender;count\n", "Line 1: the header must be", id="semicolons"),
    pytest.param("age_band,gender,ethnic_group,count\n", "missing locality", id="missing-column"),
    pytest.param(HEADER.strip() + ",notes\n", "not expected 'notes'", id="extra-column"),
    pytest.param(HEADER, "no rows of figures", id="header-only"),
    pytest.param(
        HEADER + "11-13,girl,white,Northgate\n", "Line 2: expected 5 values, found 4", id="short-row"
    ),
    pytest.param(HEADER + "10-12,girl,white,Northgate,5\n", 'Line 2: age band is "10-12"', id="age-band"),
    pytest.param(HEADER + "11-13,woman,white,Northgate,5\n", 'gender is "woman"', id="gender"),
    pytest.param(HEADER + "11-13,girl,,Northgate,5\n", "ethnic group is nothing", id="ethnic-empty"),
    pytest.param(
        HEADER + "11-13,prefer_not_to_say,white,Northgate,5\n", 'cannot be "prefer not to say"', id="pnts"
    ),
    pytest.param(HEADER + "11-13,girl,white,Atlantis,5\n", 'locality "Atlantis" is not one', id="locality"),
    pytest.param(HEADER + "11-13,girl,white,Northgate,-5\n", "count -5 is negative", id="negative"),
    pytest.param(HEADER + "11-13,girl,white,Northgate,12.5\n", 'count is "12.5"', id="decimal"),
    pytest.param(HEADER + "11-13,girl,white,Northgate,lots\n", 'count is "lots"', id="words"),
    pytest.param(HEADER + "11-13,girl,white,Northgate,\n", "count is empty", id="no-count"),
    pytest.param(HEADER + "11-13,girl,white,Northgate,99999999999\n", "larger than", id="huge"),
    pytest.param(HEADER + "11-13,girl,white,Northgate,0\n", "Every count is 0", id="all-zero"),
    pytest.param(
        HEADER + "11-13,girl,white,Northgate,5\n11 to 13,GIRL,White,northgate,6\n",
        "Line 3: the same group as line 2",
        id="duplicate",
    ),
    pytest.param(b"age_band,gender\n" + "café".encode("latin-1"), "not UTF-8", id="latin-1"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8", id="image"),
    pytest.param(HEADER.encode() + b"11-13,girl,white,North\x00gate,5\n", "binary data", id="nul"),
    pytest.param(HEADER + '11-13,girl,white,"Northgate,5\n', "Line 2", id="unclosed-quote"),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
def test_bad_files_are_refused_with_a_clear_message_and_the_earlier_baseline_stays(
    admin_client, partnership, earlier, content, message
):
    response = upload(admin_client, content)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page.replace("&quot;", '"').replace("&#x27;", "'")
    assert "<title>Error: " in page and 'href="#id_file"' in page
    assert list(PopulationBaseline.objects.filter(partnership=partnership)) == [earlier]
    earlier.refresh_from_db()
    assert earlier.active and earlier.cells.count() == 1


def test_every_problem_is_reported_at_once_with_its_line(partnership):
    content = (
        HEADER + "11-13,girl,white,Northgate,5\n11-13,robot,white,Northgate,5\n\n14-15,boy,white,Nowhere,-1\n"
    )
    with pytest.raises(BaselineCSVError) as caught:
        parse_population_csv(data=content.encode(), partnership=partnership)
    assert caught.value.errors == [
        'Line 3: gender is "robot"; it must be one of girl, boy, non_binary, self_described.',
        'Line 5: locality "Nowhere" is not one of the partnership\'s (Northgate, Riverside).',
        "Line 5: count -1 is negative; counts are 0 or more.",
    ]


def test_a_flood_of_problems_is_cut_short_with_a_count(partnership):
    content = HEADER + "11-13,girl,white,Northgate,x\n" * 100
    with pytest.raises(BaselineCSVError) as caught:
        parse_population_csv(data=content.encode(), partnership=partnership)
    assert len(caught.value.errors) == baseline_csv.MAX_ERRORS + 1
    assert caught.value.errors[-1].startswith("…and 70 more problems")


def test_a_file_over_the_size_limit_is_refused(admin_client, partnership, earlier, monkeypatch):
    monkeypatch.setattr("youthvoice.insights.population.forms.MAX_BYTES", 50)
    response = upload(admin_client, GOOD)
    assert response.status_code == 400
    assert "the largest allowed is" in response.content.decode()
    assert PopulationBaseline.objects.filter(partnership=partnership).count() == 1


def test_only_the_partnerships_own_localities_count(admin_client, partnership):
    LocalityFactory(name="Elsewhere")  # another partnership's
    response = upload(admin_client, HEADER + "11-13,girl,white,Elsewhere,50\n")
    assert response.status_code == 400 and "Elsewhere" in response.content.decode()


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"name": ""}, "Enter a name for the figures"), ({"year": "twenty"}, "Enter the year as a number")],
)
def test_missing_form_fields_are_reported(admin_client, fields, message):
    response = upload(admin_client, GOOD, **fields)
    assert response.status_code == 400 and message in response.content.decode()
    assert not PopulationBaseline.objects.exists()


def test_a_failure_while_saving_saves_nothing_and_keeps_the_earlier_baseline(
    partnership, earlier, monkeypatch
):
    def fail(*args, **kwargs):
        raise IntegrityError("disk full")

    monkeypatch.setattr(PopulationCell.objects, "bulk_create", fail)
    with pytest.raises(IntegrityError):
        population_baseline_upload(
            partnership=partnership, uploaded_by=None, name="New", source="", year=2025, data=GOOD.encode()
        )
    assert list(PopulationBaseline.objects.filter(partnership=partnership)) == [earlier]
    earlier.refresh_from_db()
    assert earlier.active


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["analyst", "leader", "practitioner"])
def test_only_admins_may_upload(client, role):
    client.force_login(MembershipFactory(role=role).user)
    assert client.get("/staff/insights/population/upload/").status_code == 403


def test_summary_shows_protected_counts_by_group(client, partnership, admin_membership):
    baseline = PopulationBaselineFactory(partnership=partnership)
    northgate = partnership.localities.get(name="Northgate")
    riverside = partnership.localities.get(name="Riverside")
    for age, gender, locality, count in [
        ("11-13", "girl", northgate, 300),
        ("11-13", "boy", riverside, 280),
        ("14-15", "non_binary", northgate, 4),  # small: hidden, with a complement
        ("14-15", "girl", riverside, 250),
    ]:
        PopulationCellFactory(baseline=baseline, age_band=age, gender=gender, locality=locality, count=count)
    client.force_login(MembershipFactory(role="analyst", agency=admin_membership.agency).user)
    page = client.get("/staff/insights/population/").content.decode()
    assert "Population estimates" in page and "[c]" in page and "834" in page
    assert ">4<" not in page
    assert "fewer than 10" in page  # the key to the marker
    assert "Upload a population baseline" not in page, "only admins are offered the upload"
    assert '<caption class="govuk-table__caption govuk-table__caption--m">Age band</caption>' not in page, (
        "age bands appear once, as the locality table's columns, so they are protected once"
    )


def test_summary_without_a_baseline_says_so(admin_client):
    page = admin_client.get("/staff/insights/population/").content.decode()
    assert "There is no population baseline yet" in page and "Upload a population baseline" in page


def test_upload_page_lists_what_the_file_must_contain(admin_client):
    page = admin_client.get("/staff/insights/population/upload/").content.decode()
    assert "age_band,gender,ethnic_group,locality,count" in page and "Northgate" in page
    assert "prefer_not_to_say" not in page


@pytest.mark.django_db
def test_demo_adds_one_synthetic_baseline_and_a_codebook_however_often_it_runs(demo):
    from django.core.management import call_command

    from youthvoice.insights.models import Codebook

    call_command("demo", quiet=True)
    baseline = PopulationBaseline.objects.get(active=True)
    assert PopulationBaseline.objects.count() == 1
    assert baseline.cells.count() == 5 * 4 * 5 * 5
    assert Codebook.objects.get().themes.count() == 5
