"""Import that meets real files: labels spelt another way, ages in years, values recoded once and kept for
the source's next file, comment columns kept as de-identified free text, the source agency recorded."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import LocalityFactory, MembershipFactory
from youthvoice.consultations.models import ConsultationQuestion
from youthvoice.voices.imports import (
    ImportRejected,
    age_band_for,
    label_key,
    responses_import_csv,
    unmatched_values,
)
from youthvoice.voices.models import ImportedComment, ImportSource, Response, ResponseImport

pytestmark = pytest.mark.django_db

MESSY = (
    "Age,Do you feel safe?,Area,Who would you tell?,Anything else?\n"
    "14,YES,the eastfield,Youth Worker,my mate Jay Smith 07700 900456 said the park is bad\n"
    "aged 16,Nope,EASTFIELD,The youth worker,\n"
    "12 years old,no,Westbrook,Teacher,nothing\n"
)
MAPPING = {
    "Age": "age_band",
    "Do you feel safe?": "safe-yesno",
    "Area": "locality",
    "Who would you tell?": "tell",
    "Anything else?": "comments",
}


@pytest.fixture
def consultation():
    consultation = ConsultationFactory(status="closed")
    partnership = consultation.partnership
    LocalityFactory(partnership=partnership, name="Eastfield")
    LocalityFactory(partnership=partnership, name="Westbrook")
    tell = QuestionFactory(
        partnership=partnership,
        key="tell",
        single=True,
        choices=[
            {"value": "youth_club", "label": "Someone at my youth club"},
            {"value": "school_staff", "label": "Someone at school"},
        ],
    )
    questions = [QuestionFactory(partnership=partnership, key="safe-yesno", single=True), tell]
    ConsultationQuestion.objects.bulk_create(
        ConsultationQuestion(consultation=consultation, question=q, order=n) for n, q in enumerate(questions)
    )
    return consultation


@pytest.fixture
def source(consultation):
    agency = MembershipFactory(agency__partnership=consultation.partnership).agency
    return ImportSource.objects.create(
        partnership=consultation.partnership, name="Summer survey", agency=agency
    )


def run(consultation, text=MESSY, **extra):
    return responses_import_csv(consultation=consultation, file_bytes=text.encode(), mapping=MAPPING, **extra)


@pytest.mark.parametrize(
    ("spelt", "means"),
    [
        ("The Youth Service", "youth service"),
        ("youth-service", "youth service"),
        ("Drugs & alcohol", "drugs and alcohol"),
        ("  A  teacher ", "teacher"),
    ],
)
def test_labels_are_read_for_what_they_mean(spelt, means):
    assert label_key(spelt) == means


@pytest.mark.parametrize(
    ("raw", "band"),
    [
        ("14", "14-15"),
        ("aged 16", "16-17"),
        ("12 years old", "11-13"),
        ("25yo", "22-25"),
        ("fourteen", None),
        ("14-15", None),
    ],
)
def test_ages_in_years_become_bands(raw, band):
    assert age_band_for(raw) == band


def test_an_age_we_do_not_ask_about_is_a_clear_problem(consultation, source):
    with pytest.raises(ImportRejected) as caught:
        responses_import_csv(
            consultation=consultation,
            file_bytes=b"Age,Do you feel safe?\n9,yes\n",
            mapping={"Age": "age_band", "Do you feel safe?": "safe-yesno"},
            source=source,
        )
    assert "Line 2, column 'Age': 9 is not an age youthvoice asks about (11 to 25)." in caught.value.problems


def test_a_messy_file_is_recoded_once_and_the_next_file_from_the_source_needs_nothing(consultation, source):
    with pytest.raises(ImportRejected) as caught:
        run(consultation, source=source)
    problems = "\n".join(caught.value.problems)
    assert "'Nope'" in problems and "'Youth Worker'" in problems and "'Teacher'" in problems
    assert "Age" not in problems and "Area" not in problems  # ages in years and areas spelt another way
    assert Response.objects.count() == 0

    listed = unmatched_values(consultation=consultation, file_bytes=MESSY.encode(), mapping=MAPPING)
    assert {(c["column"], v) for c in listed for v, _n in c["values"]} == {
        ("Do you feel safe?", "Nope"),
        ("Who would you tell?", "Youth Worker"),  # and "The youth worker": one meaning, listed once
        ("Who would you tell?", "Teacher"),
    }
    # "youth worker" covers both spellings of it: recodes are read for what they mean too.
    recodes = {
        "safe-yesno": {"Nope": "no"},
        "tell": {"youth worker": "youth_club", "Teacher": "school_staff"},
    }
    record = run(consultation, source=source, recodes=recodes)
    assert record.row_count == 3 and record.source == source and record.source_agency == source.agency
    rows = list(Response.objects.order_by("pk"))
    assert [r.age_band for r in rows] == ["14-15", "16-17", "11-13"]
    assert [r.locality.name for r in rows] == ["Eastfield", "Eastfield", "Westbrook"]
    assert [a.values for r in rows for a in r.answers.filter(question__key="tell")] == [
        ["youth_club"],
        ["youth_club"],
        ["school_staff"],
    ]
    source.refresh_from_db()
    assert source.recodes["tell"] == {"youth worker": "youth_club", "teacher": "school_staff"}

    # The next file from the same source: the same spellings need no recoding.
    record = run(consultation, MESSY.replace("nothing", "nothing else"), source=source)
    assert record.row_count == 3 and Response.objects.count() == 6


def test_not_known_leaves_the_value_blank(consultation, source):
    recodes = {
        "safe-yesno": {"Nope": ""},
        "tell": {"Youth Worker": "", "The youth worker": "", "Teacher": ""},
    }
    run(consultation, source=source, recodes=recodes)
    second = Response.objects.order_by("pk")[1]
    assert not second.answers.filter(question__key="safe-yesno").exists()


def test_comment_columns_are_kept_de_identified(consultation, source):
    recodes = {
        "safe-yesno": {"Nope": "no"},
        "tell": {"Youth Worker": "youth_club", "Teacher": "school_staff"},
    }
    run(consultation, source=source, recodes=recodes)
    comments = list(ImportedComment.objects.order_by("pk"))
    assert [c.column for c in comments] == ["Anything else?", "Anything else?"]
    assert (
        "Jay Smith" not in comments[0].text and "07700" not in comments[0].text and "park" in comments[0].text
    )
    assert comments[1].text == "nothing"


@pytest.mark.parametrize(
    "recodes",
    [{"safe-yesno": {"Nope": "perhaps"}}, {"Anything else?": {"x": "y"}}, {"tell": ["teacher"]}, "nonsense"],
)
def test_bad_recodes_are_refused_and_nothing_is_saved(consultation, source, recodes):
    with pytest.raises(ImportRejected):
        run(consultation, source=source, recodes=recodes)
    assert Response.objects.count() == 0 and ImportResponseCount() == 0
    source.refresh_from_db()
    assert source.recodes == {}


def ImportResponseCount():  # noqa: N802 - reads as the count it is
    return ResponseImport.objects.count()


def test_another_partnerships_source_is_refused(consultation):
    other = ImportSource.objects.create(
        partnership=MembershipFactory().agency.partnership,
        name="Elsewhere",
        agency=MembershipFactory().agency,
    )
    with pytest.raises(ImportRejected):
        run(consultation, source=other)


def test_on_the_page_an_analyst_names_the_source_recodes_and_sees_it_recorded(client, consultation):
    analyst = MembershipFactory(role="analyst", agency__partnership=consultation.partnership)
    client.force_login(analyst.user)
    upload = client.post(
        "/staff/voices/import/",
        {
            "consultation": consultation.pk,
            "file": SimpleUploadedFile("summer.csv", MESSY.encode(), content_type="text/csv"),
            "new_source_name": "Summer survey",
            "new_source_agency": analyst.agency.pk,
        },
    )
    assert upload.status_code == 302
    form = {f"column-{n}": target for n, target in enumerate(MAPPING.values())}
    page = client.post("/staff/voices/import/map/", {**form, "check": "1"}).content.decode()
    assert (
        'id="recodes"' in page and "“Nope” (1 row) means" in page and "“Youth Worker” (2 rows) means" in page
    )
    assert not ImportSource.objects.exists()  # a new source is kept only once a file is imported
    recoded = {
        "value-safe-yesno-1": "Nope",
        "recode-safe-yesno-1": "no",
        "value-tell-1": "Youth Worker",
        "recode-tell-1": "youth_club",
        "value-tell-2": "Teacher",
        "recode-tell-2": "school_staff",
    }
    done = client.post("/staff/voices/import/map/", {**form, **recoded, "import": "1"})
    assert done.status_code == 302 and Response.objects.count() == 3
    record = ResponseImport.objects.get()
    assert record.source.name == "Summer survey" and record.source_agency == analyst.agency
    listing = client.get("/staff/voices/import/").content.decode()
    assert 'id="imports"' in listing and f"Summer survey, {analyst.agency.name}" in listing


def test_the_upload_page_needs_to_know_where_the_file_is_from(client, consultation):
    analyst = MembershipFactory(role="analyst", agency__partnership=consultation.partnership)
    client.force_login(analyst.user)
    page = client.post(
        "/staff/voices/import/",
        {
            "consultation": consultation.pk,
            "file": SimpleUploadedFile("a.csv", MESSY.encode(), content_type="text/csv"),
        },
    )
    html = page.content.decode()
    assert page.status_code == 200 and "Name the new source" in html and "Choose the agency" in html
    assert "voices_csv_import" not in client.session
