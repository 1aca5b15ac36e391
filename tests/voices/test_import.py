"""Importing one agency's survey results from CSV: all rows or none, problems by line and column, once."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from youthvoice.consultations.models import ConsultationQuestion
from youthvoice.voices.imports import ImportRejected, responses_import_csv
from youthvoice.voices.models import Answer, Response, ResponseImport

pytestmark = pytest.mark.django_db

GOOD = (
    "Where do you feel safe?,Do you feel safe?,Places,How safe (1-5),Age,Date\n"
    "At the park with Jay Smith call 07700 900456,Yes,Parks;Buses,4,14 to 15,2025-03-01\n"
    "At home,no,online,2,16-17,02/03/2025\n"
    "Nowhere really,,,,prefer not to say,2025-03-03\n"
)
MAPPING = {
    "Where do you feel safe?": "safe-where",
    "Do you feel safe?": "safe-yesno",
    "Places": "places",
    "How safe (1-5)": "safe-scale",
    "Age": "age_band",
    "Date": "submitted_on",
}


@pytest.fixture
def consultation():
    consultation = ConsultationFactory(status="closed")
    partnership = consultation.partnership
    questions = [
        QuestionFactory(partnership=partnership, key="safe-where", text="Where do you feel safe?"),
        QuestionFactory(partnership=partnership, key="safe-yesno", single=True),
        QuestionFactory(partnership=partnership, key="places", multiple=True),
        QuestionFactory(partnership=partnership, key="safe-scale", scale=True),
    ]
    ConsultationQuestion.objects.bulk_create(
        ConsultationQuestion(consultation=consultation, question=q, order=n) for n, q in enumerate(questions)
    )
    return consultation


def run(consultation, text=GOOD, mapping=None, **extra):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return responses_import_csv(
        consultation=consultation, file_bytes=data, mapping=mapping or MAPPING, user=None, **extra
    )


def test_good_file_imports_every_row_as_an_imported_response(consultation):
    record = run(consultation, "\ufeff" + GOOD)
    assert record.row_count == 3 and ResponseImport.objects.count() == 1
    responses = Response.objects.filter(consultation=consultation).order_by("submitted_on")
    assert [r.channel for r in responses] == ["imported"] * 3
    assert [r.submitted_on.day for r in responses] == [1, 2, 3]
    assert [r.age_band for r in responses] == ["14-15", "16-17", "prefer_not_to_say"]
    first = responses[0]
    answers = {a.question.key: a for a in first.answers.all()}
    assert answers["safe-yesno"].values == ["yes"]
    assert answers["places"].values == ["park", "bus"]
    assert answers["safe-scale"].scale_value == 4
    assert "07700" not in answers["safe-where"].text and "[PHONE]" in answers["safe-where"].text
    assert len({r.reference_code for r in responses}) == 3


def test_bad_rows_reject_the_whole_file_with_line_and_column(consultation):
    bad = GOOD + "Fine,Maybe,Parks;Space,9,14-15,2099-01-01\n" + "x" * 10 + ",yes,,,,31/02/2025\n"
    with pytest.raises(ImportRejected) as caught:
        run(consultation, bad)
    problems = "\n".join(caught.value.problems)
    assert "Line 5, column 'Do you feel safe?': 'Maybe' is not one of the choices" in problems
    assert "Line 5, column 'Places': 'Space'" in problems
    assert "Line 5, column 'How safe (1-5)': '9' is not on the scale (from 1 to 5)" in problems
    assert "Line 5, column 'Date': '2099-01-01' is in the future" in problems
    assert "Line 6, column 'Date': '31/02/2025' is not a date" in problems
    assert "5 problems" in str(caught.value)
    assert (
        Response.objects.count() == 0 and Answer.objects.count() == 0 and ResponseImport.objects.count() == 0
    )


def test_too_long_text_is_a_problem_and_the_list_is_capped(consultation):
    rows = "".join(f"{'w' * 5001},yes,,,,2025-03-01\n" for _ in range(60))
    with pytest.raises(ImportRejected) as caught:
        run(consultation, GOOD.splitlines(keepends=True)[0] + rows)
    assert "longer than 5000 characters" in caught.value.problems[0]
    assert len(caught.value.problems) == 51 and caught.value.problems[-1] == "and 10 more."
    assert Response.objects.count() == 0


def test_the_same_file_twice_is_refused(consultation):
    run(consultation)
    with pytest.raises(ImportRejected, match="already been imported"):
        run(consultation)
    assert Response.objects.count() == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Où,Yes\nété,no\n".encode("latin-1"), "not UTF-8"),
        (b"", "empty"),
        (b"   \n", "empty"),
        (GOOD.splitlines(keepends=True)[0].encode(), "first line and nothing else"),
        (b"a,,b\n1,2,3\n", "Column 2 has no name"),
        (b"a,a\n1,2\n", "more than once"),
    ],
)
def test_unreadable_files_get_a_clear_message(consultation, data, message):
    with pytest.raises(ImportRejected, match=message):
        run(consultation, data)
    assert Response.objects.count() == 0


def test_unknown_mapping_target_or_column_is_refused(consultation):
    with pytest.raises(ImportRejected) as caught:
        run(consultation, mapping={**MAPPING, "Places": "no-such-question", "Missing": "safe-where"})
    assert any("'no-such-question', which is not a question" in p for p in caught.value.problems)
    assert any("'Missing', which is not in the file" in p for p in caught.value.problems)


def test_oversize_file_is_refused(consultation):
    with pytest.raises(ImportRejected, match="too big"):
        run(consultation, GOOD + "x" * 2000, max_bytes=1000)


def test_row_with_wrong_number_of_columns_is_reported(consultation):
    with pytest.raises(ImportRejected) as caught:
        run(consultation, GOOD + "only,three,cells\n")
    assert caught.value.problems == ["Line 5: it has 3 columns, the first line has 6."]


# The command line


@pytest.fixture
def files(tmp_path):
    csv_file = tmp_path / "results.csv"
    csv_file.write_text(GOOD, encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(MAPPING), encoding="utf-8")
    return csv_file, mapping


def test_command_imports_and_says_how_many(consultation, files, capsys):
    csv_file, mapping = files
    call_command("import_responses", str(csv_file), consultation=consultation.slug, mapping=str(mapping))
    assert "Imported 3 responses" in capsys.readouterr().out
    assert Response.objects.filter(channel="imported").count() == 3


@pytest.mark.parametrize("problem", ["unknown consultation", "bad json", "missing file", "bad rows", "twice"])
def test_command_exits_2_with_a_one_line_error(consultation, files, problem, tmp_path):
    csv_file, mapping = files
    slug = consultation.slug
    if problem == "unknown consultation":
        slug = "nope"
    elif problem == "bad json":
        mapping.write_text("{not json", encoding="utf-8")
    elif problem == "missing file":
        csv_file = tmp_path / "absent.csv"
    elif problem == "bad rows":
        csv_file.write_text(GOOD + "a,Maybe,,,,2025-01-01\n", encoding="utf-8")
    else:
        call_command("import_responses", str(csv_file), consultation=slug, mapping=str(mapping))
    with pytest.raises(CommandError) as caught:
        call_command("import_responses", str(csv_file), consultation=slug, mapping=str(mapping))
    assert caught.value.returncode == 2 and "\n" not in str(caught.value)


def test_cli_process_exit_code_is_2(consultation, files):
    from youthvoice.cli import main

    csv_file, mapping = files
    with pytest.raises(SystemExit) as caught:
        main(
            [
                "youthvoice",
                "import_responses",
                str(csv_file),
                "--consultation",
                "nope",
                "--mapping",
                str(mapping),
            ]
        )
    assert caught.value.code == 2


# The staff page


@pytest.mark.parametrize("role", ["practitioner", "leader"])
def test_practitioners_and_leaders_cannot_import(signed_in, client, consultation, role):
    signed_in(role, consultation.partnership)
    assert client.get("/staff/voices/import/").status_code == 403
    assert client.get("/staff/voices/import/map/").status_code == 403


def upload(client, consultation, data, name="results.csv", source_name="Youth service survey"):
    """Upload a file from ``source_name``: the source used before if there is one, else a new one."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from youthvoice.partnership.models import Agency
    from youthvoice.voices.models import ImportSource

    known = ImportSource.objects.filter(partnership=consultation.partnership, name=source_name).first()
    where = (
        {"source": known.pk}
        if known
        else {
            "new_source_name": source_name,
            "new_source_agency": Agency.objects.filter(partnership=consultation.partnership).first().pk,
        }
    )
    return client.post(
        "/staff/voices/import/",
        {
            "consultation": consultation.pk,
            "file": SimpleUploadedFile(name, data, content_type="text/csv"),
            **where,
        },
    )


def test_analyst_uploads_maps_and_imports(signed_in, client, consultation):
    signed_in("analyst", consultation.partnership)
    assert client.get("/staff/voices/import/").status_code == 200
    assert upload(client, consultation, GOOD.encode()).url == "/staff/voices/import/map/"
    page = client.get("/staff/voices/import/map/").content.decode()
    assert "Column “Places”" in page and "About you: Age" in page
    form = {f"column-{n}": target for n, target in enumerate(MAPPING.values())}
    done = client.post("/staff/voices/import/map/", form)
    assert done.status_code == 302 and Response.objects.count() == 3
    assert ResponseImport.objects.get().imported_by is not None
    again = client.post("/staff/voices/import/map/", form)
    assert again.status_code == 302 and again.url == "/staff/voices/import/"


def test_page_lists_bad_rows_and_saves_nothing(signed_in, client, consultation):
    signed_in("admin", consultation.partnership)
    upload(client, consultation, (GOOD + "a,Maybe,,,,2025-01-01\n").encode())
    form = {f"column-{n}": target for n, target in enumerate(MAPPING.values())}
    page = client.post("/staff/voices/import/map/", form)
    html = page.content.decode()
    assert page.status_code == 400 and "<title>Error:" in html
    assert "Line 5, column &#x27;Do you feel safe?&#x27;" in html
    assert Response.objects.count() == 0


def test_page_refuses_unknown_target_and_duplicate_file(signed_in, client, consultation):
    signed_in("analyst", consultation.partnership)
    upload(client, consultation, GOOD.encode())
    form = {f"column-{n}": target for n, target in enumerate(MAPPING.values())}
    assert client.post("/staff/voices/import/map/", {**form, "column-0": "hacked"}).status_code == 400
    client.post("/staff/voices/import/map/", form)
    upload(client, consultation, GOOD.encode())
    page = client.post("/staff/voices/import/map/", form)
    assert page.status_code == 400 and "already been imported" in page.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty"),
        ("Où\nété\n".encode("latin-1"), "not UTF-8"),
        (b"x" * (2 * 1024 * 1024 + 1), "2 MB or smaller"),
        (",".join(f"c{n}" for n in range(201)).encode() + b"\n", "The file has 201 columns: 200 at most"),
    ],
)
def test_page_refuses_bad_uploads_with_a_message(signed_in, client, consultation, data, message):
    signed_in("analyst", consultation.partnership)
    page = upload(client, consultation, data)
    assert page.status_code == 200 and message in page.content.decode()
    assert "voices_csv_import" not in client.session


def test_a_file_with_as_many_columns_as_the_cap_is_mapped(signed_in, client, consultation):
    from youthvoice.voices.imports import MAX_IMPORT_COLUMNS

    signed_in("analyst", consultation.partnership)
    header = ",".join(f"c{n}" for n in range(MAX_IMPORT_COLUMNS))
    upload(client, consultation, f"{header}\n".encode())
    page = client.get("/staff/voices/import/map/")
    assert page.status_code == 200 and f'name="column-{MAX_IMPORT_COLUMNS - 1}"' in page.content.decode()


def test_mapping_page_without_an_upload_goes_back(signed_in, client, consultation):
    signed_in("analyst", consultation.partnership)
    assert client.get("/staff/voices/import/map/").url == "/staff/voices/import/"


def test_dates_default_to_today_without_a_date_column(consultation):
    mapping = {k: v for k, v in MAPPING.items() if v != "submitted_on"}
    run(consultation, mapping=mapping, today=datetime.date(2025, 6, 1))
    assert set(Response.objects.values_list("submitted_on", flat=True)) == {datetime.date(2025, 6, 1)}


def test_a_failure_while_saving_leaves_nothing_behind(consultation, monkeypatch):
    from youthvoice.voices import imports

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(imports.Answer.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        run(consultation)
    assert Response.objects.count() == 0 and ResponseImport.objects.count() == 0


def test_localities_by_name_and_blank_rows_are_skipped(consultation):
    from youthvoice.partnership.models import Locality

    north = Locality.objects.create(partnership=consultation.partnership, name="North Brackenford")
    text = "Words,Area\nAt the park,north brackenford\n,\nAt school,Prefer not to say\nAt home,Atlantis\n"
    with pytest.raises(ImportRejected) as caught:
        run(consultation, text, mapping={"Words": "safe-where", "Area": "locality"})
    assert caught.value.problems == [
        "Line 5, column 'Area': 'Atlantis' is not one of the partnership's areas."
    ]
    run(consultation, text.rsplit("At home", 1)[0], mapping={"Words": "safe-where", "Area": "locality"})
    assert list(Response.objects.order_by("pk").values_list("locality", "locality_not_said")) == [
        (north.pk, False),
        (None, True),
    ]


# The file waiting between upload and mapping: encrypted, short-lived, gone once imported or cancelled


def stored_session(client) -> str:
    """Everything the session store holds for this client, decoded, as one string."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    row = Session.objects.get(session_key=client.session.session_key)
    return row.session_data + json.dumps(SessionStore().decode(row.session_data))


def later(monkeypatch, minutes):
    """Pretend ``minutes`` have passed, for reading encrypted values (youthvoice.core.crypto)."""
    import time
    from types import SimpleNamespace

    future = time.time() + minutes * 60
    monkeypatch.setattr("youthvoice.core.crypto.time", SimpleNamespace(time=lambda: future))


def test_the_session_store_never_holds_the_raw_file(signed_in, client, consultation):
    import base64

    signed_in("analyst", consultation.partnership)
    upload(client, consultation, GOOD.encode(), name="jay-smith-youth-club.csv")
    stored = stored_session(client)
    for secret in ("Jay Smith", "07700 900456", "Where do you feel safe", "jay-smith-youth-club"):
        assert secret not in stored
    encoded = base64.b64encode(GOOD.encode()).decode()
    assert not any(encoded[n : n + 24] in stored for n in range(0, len(encoded) - 24, 8))
    # ...and yet the mapping page can read it.
    page = client.get("/staff/voices/import/map/").content.decode()
    assert "Column “Places”" in page and "jay-smith-youth-club.csv" in page


def test_the_file_is_deleted_once_imported(signed_in, client, consultation):
    signed_in("analyst", consultation.partnership)
    upload(client, consultation, GOOD.encode())
    form = {f"column-{n}": target for n, target in enumerate(MAPPING.values())}
    assert client.post("/staff/voices/import/map/", form).status_code == 302
    assert "voices_csv_import" not in client.session
    assert Response.objects.count() == 3


def test_cancelling_deletes_the_file_and_imports_nothing(signed_in, client, consultation):
    signed_in("analyst", consultation.partnership)
    upload(client, consultation, GOOD.encode())
    assert "Cancel and delete the file" in client.get("/staff/voices/import/map/").content.decode()
    cancelled = client.post("/staff/voices/import/cancel/", follow=True)
    assert "The import was cancelled and the uploaded file deleted." in cancelled.content.decode()
    assert "voices_csv_import" not in client.session
    after = client.get("/staff/voices/import/map/", follow=True).content.decode()
    assert "Upload the CSV file first." in after
    assert Response.objects.count() == 0
    assert client.get("/staff/voices/import/cancel/").status_code == 405


def test_an_expired_upload_asks_for_the_file_again(signed_in, client, consultation, monkeypatch):
    signed_in("analyst", consultation.partnership)
    upload(client, consultation, GOOD.encode())
    later(monkeypatch, 29)
    assert client.get("/staff/voices/import/map/").status_code == 200
    later(monkeypatch, 31)
    form = {f"column-{n}": target for n, target in enumerate(MAPPING.values())}
    refused = client.post("/staff/voices/import/map/", form, follow=True)
    html = refused.content.decode()
    assert refused.redirect_chain == [("/staff/voices/import/", 302)]
    assert "deleted because 30 minutes passed before it was imported. Upload it again." in html
    assert "voices_csv_import" not in client.session
    assert Response.objects.count() == 0


def test_a_changed_or_unreadable_upload_asks_for_the_file_again(signed_in, client, consultation):
    signed_in("analyst", consultation.partnership)
    upload(client, consultation, GOOD.encode())
    session = client.session
    token = session["voices_csv_import"]["token"]
    session["voices_csv_import"] = {"token": token[:-8] + "AAAAAAAA"}
    session.save()
    page = client.get("/staff/voices/import/map/", follow=True).content.decode()
    assert "could not be read any more. Upload the CSV file again." in page
    assert "voices_csv_import" not in client.session


def test_bytes_encrypted_with_a_time_limit(settings):
    from cryptography.fernet import Fernet

    from youthvoice.core.crypto import DecryptionError, Expired, decrypt_bytes, encrypt_bytes

    token = encrypt_bytes(b"raw words", now=1_000_000)
    assert b"raw words" not in token.encode()
    assert decrypt_bytes(token, max_age=60, now=1_000_060) == b"raw words"
    with pytest.raises(Expired):
        decrypt_bytes(token, max_age=60, now=1_000_061)
    with pytest.raises(DecryptionError):
        decrypt_bytes(token[:-4] + "AAAA", max_age=60, now=1_000_000)
    settings.YOUTHVOICE_ENCRYPTION_KEYS = [
        Fernet.generate_key().decode(),
        *settings.YOUTHVOICE_ENCRYPTION_KEYS,
    ]
    assert decrypt_bytes(token, max_age=60, now=1_000_030) == b"raw words"  # an older key still reads it
    settings.YOUTHVOICE_ENCRYPTION_KEYS = settings.YOUTHVOICE_ENCRYPTION_KEYS[:1]
    with pytest.raises(DecryptionError):
        decrypt_bytes(token, max_age=60, now=1_000_030)
