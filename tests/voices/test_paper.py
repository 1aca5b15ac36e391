"""Paper questionnaires: numbered sheets print, each sheet is typed in once, bad input loses nothing."""

import io
import re

import pytest
from pypdf import PdfReader

from tests.consultations.factories import ConsultationFactory, open_consultation_with_questions
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.models import Consultation
from youthvoice.voices.models import Answer, Response

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation():
    return open_consultation_with_questions()


@pytest.fixture
def staff(client, signed_in, consultation):
    signed_in("practitioner", consultation.partnership)
    return client


def qid(consultation, position):
    return consultation.items.get(order=position).question_id


def sheet(consultation, number, **extra):
    data = {
        "sheet_number": str(number),
        f"q{qid(consultation, 1)}_text": "Round the back of the leisure centre. Ask Jayden on 07700 900123",
        f"q{qid(consultation, 2)}": "yes",
        f"q{qid(consultation, 3)}": ["park", "bus"],
        "age_band": "14-15",
    }
    data.update(extra)
    return data


def enter(client, consultation, data):
    return client.post(f"/staff/consultations/{consultation.pk}/paper/enter/", data)


def test_a_typed_in_sheet_is_stored_as_paper_and_de_identified(staff, consultation):
    response = enter(staff, consultation, sheet(consultation, 7))
    assert response.status_code == 302
    stored = Response.objects.get(consultation=consultation)
    assert stored.channel == "paper" and stored.age_band == "14-15"
    texts = list(Answer.objects.filter(response=stored).values_list("text", flat=True))
    assert not any("Jayden" in t or "07700" in t for t in texts)
    assert any("[NAME]" in t for t in texts)
    assert Answer.objects.filter(response=stored).count() == 3
    page = staff.get(response["Location"]).content.decode()
    assert "Sheet 7 is saved" in page and "1 sheet typed in so far" in page


def test_the_same_sheet_twice_is_refused_and_the_typing_is_kept(staff, consultation):
    enter(staff, consultation, sheet(consultation, 12))
    again = enter(staff, consultation, sheet(consultation, 12, age_band="16-17"))
    assert again.status_code == 400
    page = again.content.decode()
    assert "Sheet 12 was already typed in on" in page
    assert "Round the back of the leisure centre" in page  # what was typed is still in the form
    assert Response.objects.count() == 1 and Response.objects.get().age_band == "14-15"
    # Another sheet number goes in.
    assert enter(staff, consultation, sheet(consultation, 13)).status_code == 302
    assert Response.objects.count() == 2


def test_the_same_number_on_another_consultation_is_a_different_sheet(staff, consultation):
    enter(staff, consultation, sheet(consultation, 3))
    second = ConsultationFactory(partnership=consultation.partnership, questions=[])
    assert enter(staff, second, {"sheet_number": "3"}).status_code == 302
    assert Response.objects.filter(channel="paper").count() == 2


@pytest.mark.parametrize(
    "change, message",
    [
        ({"sheet_number": ""}, "Enter the sheet number"),
        ({"sheet_number": "abc"}, "Enter the sheet number as digits"),
        ({"sheet_number": "0"}, "Sheet numbers go from 1 to 99999"),
        ({"sheet_number": "100000"}, "Sheet numbers go from 1 to 99999"),
        ({"age_band": "ninety"}, "Choose one of the answers on the sheet"),
        ({"__q2": "maybe"}, "Choose one of the answers on the sheet"),
        ({"__q1_text": "x" * 5001}, "Type at most 5000 characters"),
    ],
)
def test_bad_sheets_get_a_clear_message_and_store_nothing(staff, consultation, change, message):
    data = sheet(consultation, 5)
    for key, value in change.items():
        if key.startswith("__q"):
            position, _, suffix = key[3:].partition("_")
            key = f"q{qid(consultation, int(position))}" + (f"_{suffix}" if suffix else "")
        data[key] = value
    response = enter(staff, consultation, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Response.objects.exists()


def test_a_closed_consultation_takes_no_more_sheets(staff, consultation):
    Consultation.objects.filter(pk=consultation.pk).update(status=Consultation.Status.CLOSED)
    response = enter(staff, consultation, sheet(consultation, 1))
    assert response.status_code == 400
    assert "not taking answers" in response.content.decode()


def test_sheets_print_numbered_one_copy_per_number(staff, consultation):
    response = staff.get(f"/staff/consultations/{consultation.pk}/paper/sheets.pdf?first=41&count=3")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for number in ("41", "42", "43"):
        assert re.search(rf"\b{number}\b", text)
    assert "Has anyone asked you to carry things?" in text
    assert consultation.feedback_due_on.strftime("%-d %B %Y") in text
    assert text.count(consultation.title) == 3


@pytest.mark.parametrize(
    "query, message",
    [
        ("first=1&count=0", "between 1 and 200"),
        ("first=1&count=201", "between 1 and 200"),
        ("first=x&count=2", "as digits"),
        ("first=99999&count=2", "from 1 to 99999"),
        ("first=-3&count=2", "from 1 to"),
    ],
)
def test_bad_print_ranges_explain_themselves(staff, consultation, query, message):
    response = staff.get(f"/staff/consultations/{consultation.pk}/paper/sheets.pdf?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()


def test_paper_pages_are_for_staff_of_the_partnership_and_not_for_drafts(client, consultation):
    assert client.get(f"/staff/consultations/{consultation.pk}/paper/").status_code == 302
    client.force_login(MembershipFactory(role="practitioner").user)
    assert client.get(f"/staff/consultations/{consultation.pk}/paper/").status_code == 404
    draft = ConsultationFactory(status=Consultation.Status.DRAFT)
    client.force_login(MembershipFactory(role="practitioner", agency__partnership=draft.partnership).user)
    assert client.get(f"/staff/consultations/{draft.pk}/paper/").status_code == 404
    assert enter(client, draft, {"sheet_number": "1"}).status_code == 404


def test_each_printed_sheet_asks_the_about_you_questions_the_entry_form_takes(staff, consultation):
    from tests.partnership.factories import LocalityFactory

    LocalityFactory(partnership=consultation.partnership, name="Eastfield")
    response = staff.get(f"/staff/consultations/{consultation.pk}/paper/sheets.pdf?first=1&count=2")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages
    )
    for asked in (
        "About you (you can skip these)",
        "How old are you?",
        "14 to 15",
        "Which area do you live in?",
        "Eastfield",
        "Have you ever been in care?",
        "Prefer not to say",
    ):
        assert asked in text, asked
    assert text.count("How old are you?") == 2  # on every sheet
    form = staff.get(f"/staff/consultations/{consultation.pk}/paper/").content.decode()
    assert 'name="age_band"' in form and 'name="locality"' in form and 'name="care_experienced"' in form
