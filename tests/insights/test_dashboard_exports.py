"""Dashboard exports: CSV, XLSX and the briefing PDF are disclosure-controlled, formula-safe and audited."""

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.insights.factories import CodebookFactory, CodingFactory, ThemeFactory, World
from youthvoice.audit.models import AuditEvent
from youthvoice.insights.models import Coding
from youthvoice.voices.models import Answer

pytestmark = pytest.mark.django_db
URL = "/staff/insights/dashboard/"


@pytest.fixture
def world(client):
    world = World(threshold=5)
    world.respond_many(8, locality=world.north, answers={world.places: ["park"], world.harm: ["threats"]})
    world.respond_many(
        2, locality=world.river, answers={world.places: ["gaming"], world.harm: ["carrying_drugs"]}
    )
    client.force_login(world.leader.user)
    return world


def exports(world) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT, actor=world.leader.user))


def test_csv_export_of_a_table_hides_small_counts_and_is_audited(client, world):
    response = client.get(URL + "export/places-by-locality.csv", {"channel": "online"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0] == ["Place", "Northgate", "Riverside", "All areas"]
    table = {line[0]: line[1:] for line in lines[1:] if line}
    assert table["Online games"] == ["0", "[c]", "[c]"]
    assert table["Parks"][0] in {"8", "[c]"}
    assert any("[c] means the figure is not shown" in line[0] for line in lines if line)
    assert any(line[0] == "Filters: All consultations, Online, any date" for line in lines if line)
    [event] = exports(world)
    assert event.partnership == world.partnership
    assert event.target_type == "insights.dashboard" and event.target_id == "places-by-locality"
    assert event.detail["format"] == "csv" and event.detail["filters"]["channel"] == "online"


def test_csv_and_xlsx_cells_cannot_run_as_formulas(client, world):
    codebook = CodebookFactory(partnership=world.partnership)
    theme = ThemeFactory(codebook=codebook, name='=HYPERLINK("http://evil.example","click")')
    for answer in Answer.objects.filter(question=world.places):
        CodingFactory(answer=answer, theme=theme, status=Coding.Status.ACCEPTED)
    text = client.get(URL + "export/themes.csv").content.decode()
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text
    workbook = load_workbook(io.BytesIO(client.get(URL + "export/themes.xlsx").content))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row if cell.value is not None]
    assert '\'=HYPERLINK("http://evil.example","click")' in values
    assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row)


def test_xlsx_of_every_table_has_a_sheet_each_with_hidden_cells_marked(client, world):
    response = client.get(URL + "export/all.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert "Places and spaces where young" in workbook.sheetnames[1] or len(workbook.sheetnames) >= 3
    sheet = next(ws for ws in workbook.worksheets if ws["A1"].value.startswith("Types of exploitation"))
    table = {row[0]: row[1:] for row in sheet.iter_rows(min_row=3, values_only=True) if row[0]}
    assert table["Threats"][0] in {8, "[c]"}
    assert table["Carrying drugs"][0] == "[c]"
    assert table["Young people who answered"][0] == 10  # a number, not text
    [event] = exports(world)
    assert event.detail["format"] == "xlsx" and "exploitation" in event.detail["tables"]


def test_briefing_pdf_reads_as_a_briefing_with_hidden_figures_and_is_audited(client, world):
    response = client.get(URL + "briefing.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    headings = ["What young people told us", "Headline", "Places and spaces where young people feel unsafe"]
    for heading in [*headings, "Perception gap", "About these figures"]:
        assert heading in text
    assert "[c]" in text and "10 responses from young people" in text
    [event] = exports(world)
    assert event.detail["format"] == "pdf" and event.target_id == "briefing"


def test_exports_refuse_invalid_filters_and_unknown_tables(client, world):
    assert client.get(URL + "export/themes.csv", {"date_from": "nope"}).status_code == 400
    assert client.get(URL + "briefing.pdf", {"date_to": "32/1/2025"}).status_code == 400
    assert client.get(URL + "export/no-such-table.csv").status_code == 404
    assert client.get(URL + "export/places.pdf").status_code == 404
    assert client.get(URL + "export/all.csv").status_code == 404
    assert exports(world) == []


def test_exports_of_too_few_responses_publish_nothing(client, world):
    response = client.get(URL + "export/places.csv", {"channel": "school"})
    assert response.status_code == 404 and b"No responses match" in response.content
    pdf = client.get(URL + "briefing.pdf", {"channel": "school"})
    assert pdf.status_code == 200
    assert "No responses match" in " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages
    )
