"""Roles and responsibilities: the matrix, its gaps, who may change it, the champion, the mandate document."""

import datetime
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from tests.mandate.factories import ChampionFactory, ResponsibilityFactory
from tests.partnership.factories import AgencyFactory
from youthvoice.core.pdf import PDF_BASE_URL, ResourceRefused, html_to_pdf, static_file_path
from youthvoice.mandate.models import Responsibility, StrategicChampion
from youthvoice.mandate.selectors import champion_current, responsibility_matrix
from youthvoice.mandate.services import MandateError, champion_appoint, responsibility_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency():
    return AgencyFactory(name="Harbour Youth Project")


def test_a_lens_an_agency_covers_at_no_level_is_a_gap(agency):
    other = AgencyFactory(partnership=agency.partnership, name="Vale Police")
    for level in ["strategic", "tactical", "operational"]:
        ResponsibilityFactory(agency=other, lens="prevention", level=level)
    ResponsibilityFactory(agency=agency, lens="prevention", level="operational")

    matrix = responsibility_matrix(partnership=agency.partnership)
    prevention, disruption, intervention = matrix.lenses
    assert prevention.agency_gaps == []
    assert prevention.empty_levels == []
    assert disruption.agency_gaps == [agency, other]  # by name
    # No agency at all covers disruption or intervention: whole-partnership gaps at every level.
    assert disruption.empty_levels == ["Strategic", "Tactical", "Operational"]
    assert matrix.gap_count == 2 + 2 + 3 + 3


def test_matrix_page_shows_gaps_in_words_not_only_colour(signed_in, client, agency):
    signed_in("practitioner", agency=agency)
    ResponsibilityFactory(agency=agency, lens="prevention", description="Runs detached youth work")
    response = client.get(reverse("mandate:matrix"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Runs detached youth work" in html
    assert 'class="govuk-tag govuk-tag--red yv-gap-tag">Gap</strong>' in html
    assert "Harbour Youth Project has nothing for disruption at any level." in html
    assert "No agency has a strategic responsibility for intervention." in html


def test_practitioners_and_analysts_see_the_matrix_but_cannot_change_it(signed_in, client, agency):
    responsibility = ResponsibilityFactory(agency=agency, description="Original words")
    for role in ["practitioner", "analyst"]:
        signed_in(role, agency=agency)
        page = client.get(reverse("mandate:matrix")).content.decode()
        assert "Original words" in page and "Add a responsibility" not in page
        assert client.get(reverse("mandate:responsibility-add")).status_code == 403
        edit = reverse("mandate:responsibility-edit", args=[responsibility.pk])
        response = client.post(
            edit,
            {"agency": agency.pk, "lens": "prevention", "level": "operational", "description": "Changed"},
        )
        assert response.status_code == 403
        delete = reverse("mandate:responsibility-delete", args=[responsibility.pk])
        assert client.post(delete).status_code == 403
    responsibility.refresh_from_db()
    assert responsibility.description == "Original words"


@pytest.mark.parametrize("role", ["leader", "admin"])
def test_leaders_and_admins_add_and_change_responsibilities(signed_in, client, agency, role):
    signed_in(role, agency=agency)
    response = client.post(
        reverse("mandate:responsibility-add"),
        {
            "agency": agency.pk,
            "lens": "disruption",
            "level": "tactical",
            "description": "Shares intelligence",
            "within_our_gift": "What we share",
        },
    )
    assert response.status_code == 302
    responsibility = Responsibility.objects.get()
    assert (responsibility.lens, responsibility.level, responsibility.description) == (
        "disruption",
        "tactical",
        "Shares intelligence",
    )
    response = client.post(
        reverse("mandate:responsibility-edit", args=[responsibility.pk]),
        {"agency": agency.pk, "lens": "disruption", "level": "tactical", "description": "Shares more"},
    )
    assert response.status_code == 302
    responsibility.refresh_from_db()
    assert responsibility.description == "Shares more"


def test_a_second_responsibility_for_the_same_cell_is_refused_with_a_clear_message(signed_in, client, agency):
    signed_in("leader", agency=agency)
    ResponsibilityFactory(agency=agency, lens="prevention", level="operational")
    response = client.post(
        reverse("mandate:responsibility-add"),
        {"agency": agency.pk, "lens": "prevention", "level": "operational", "description": "Again"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "<title>Error: " in page
    assert "already has a operational responsibility for prevention" in page
    assert Responsibility.objects.count() == 1


def test_bad_responsibility_input_gets_messages_not_a_500(signed_in, client, agency):
    signed_in("leader", agency=agency)
    foreign = AgencyFactory()  # another partnership's agency
    response = client.post(
        reverse("mandate:responsibility-add"),
        {"agency": foreign.pk, "lens": "sideways", "level": "", "description": ""},
    )
    assert response.status_code == 400
    page = response.content.decode()
    for message in [
        "Choose one of the options in the list.",
        "Choose one of the lenses.",
        "Choose the level.",
        "Say what the agency does.",
    ]:
        assert message in page
    assert not Responsibility.objects.exists()


def test_responsibilities_of_another_partnership_are_not_found(signed_in, client, agency):
    signed_in("leader", agency=agency)
    elsewhere = ResponsibilityFactory()
    assert client.get(reverse("mandate:responsibility-edit", args=[elsewhere.pk])).status_code == 404


def test_service_refuses_an_agency_from_another_partnership(agency):
    with pytest.raises(MandateError):
        responsibility_save(
            partnership=agency.partnership,
            agency=AgencyFactory(),
            lens="prevention",
            level="strategic",
            description="x",
        )


def test_appointing_a_champion_keeps_the_previous_one_in_history(agency):
    first = ChampionFactory(partnership=agency.partnership, agency=agency)
    second = champion_appoint(
        partnership=agency.partnership,
        name="Ray Example",
        role_title="Chief Nurse",
        agency=agency,
        since=first.since + datetime.timedelta(days=5),
    )
    first.refresh_from_db()
    assert first.until == second.since
    assert champion_current(partnership=agency.partnership) == second
    assert StrategicChampion.objects.filter(partnership=agency.partnership).count() == 2


def test_a_new_champion_cannot_start_before_the_current_one(agency):
    first = ChampionFactory(partnership=agency.partnership, agency=agency)
    with pytest.raises(MandateError, match="cannot start before"):
        champion_appoint(
            partnership=agency.partnership,
            name="Early",
            role_title="x",
            agency=agency,
            since=first.since - datetime.timedelta(days=1),
        )
    assert champion_current(partnership=agency.partnership) == first


def test_champion_appoint_page_is_for_leaders_and_checks_input(signed_in, client, agency):
    signed_in("practitioner", agency=agency)
    assert client.get(reverse("mandate:champion")).status_code == 200
    assert client.get(reverse("mandate:champion-appoint")).status_code == 403
    signed_in("leader", agency=agency)
    response = client.post(reverse("mandate:champion-appoint"), {"name": "", "agency": "x", "since": "soon"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter the champion&#x27;s name." in page and "Enter a real date" in page
    response = client.post(
        reverse("mandate:champion-appoint"),
        {"name": "Kim Example", "role_title": "Director", "agency": agency.pk, "since": "2026-01-05"},
    )
    assert response.status_code == 302
    assert champion_current(partnership=agency.partnership).name == "Kim Example"


def test_mandate_document_is_printable_html_with_a_print_stylesheet(signed_in, client, agency):
    signed_in("practitioner", agency=agency)
    ResponsibilityFactory(agency=agency, description="Runs detached youth work")
    ChampionFactory(partnership=agency.partnership, agency=agency, name="Jo Example")
    page = client.get(reverse("mandate:mandate")).content.decode()
    assert 'href="/static/mandate/mandate-print.css" media="print"' in page
    assert "Harbour Youth Project" in page and "Jo Example" in page and "Runs detached youth work" in page


def test_mandate_pdf_is_a_real_pdf_naming_the_agencies_and_champion(signed_in, client, agency):
    AgencyFactory(partnership=agency.partnership, name="Vale Constabulary")
    ResponsibilityFactory(agency=agency, description="Runs detached youth work")
    ChampionFactory(partnership=agency.partnership, agency=agency, name="Jo Example")
    signed_in("analyst", agency=agency)
    response = client.get(reverse("mandate:mandate-pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    for expected in [
        "Strategic mandate",
        "Harbour Youth Project",
        "Vale Constabulary",
        "Jo Example",
        "Runs detached youth work",
        "Gap",
    ]:
        assert expected in text


def test_pdf_rendering_never_fetches_from_the_network(monkeypatch):
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("PDF rendering tried to use the network")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    html = (
        '<link rel="stylesheet" href="https://cdn.example.org/evil.css">'
        '<img src="http://169.254.169.254/latest/meta-data" alt="">'
        '<img src="file:///etc/passwd" alt=""><p>Still renders</p>'
    )
    pdf = html_to_pdf(html=html)
    assert "Still renders" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/static/mandate/mandate-print.css",
        "file:///etc/passwd",
        PDF_BASE_URL + "static/../../settings.py",
        PDF_BASE_URL + "admin/",
        PDF_BASE_URL + "static/no-such-file.css",
    ],
)
def test_the_pdf_fetcher_serves_only_the_sites_own_static_files(url):
    with pytest.raises(ResourceRefused):
        static_file_path(url)


def test_the_pdf_fetcher_serves_the_print_stylesheet_from_disk():
    path = static_file_path(PDF_BASE_URL + "static/mandate/mandate-print.css")
    assert ".yv-mandate h1{" in path.read_text()  # built from mandate/scss/mandate-print.scss
