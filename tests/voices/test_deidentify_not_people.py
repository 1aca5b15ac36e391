"""Words named after people that are not anyone (brands, shops, places, institutions, days, fiction), and
the cues that make a word someone's name. Invented sentences; none is taken from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up
from youthvoice.deidentify.not_people import not_people_spans


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    "text",
    [
        "got a Tommy Hilfiger jacket off them for nothing",
        "we went Sainsburys then Papa Johns",
        "Worker met YP outside Selfridges at 4pm.",
        "YP was taken to St Bartholomew's Hospital by ambulance.",
        "Appointment booked at Queen Victoria Clinic for Tuesday.",
        "we got off at Jubilee line and walked",
        "Valentine's Day is the worst for me",
        "we read Of Mice and Men and Blood Brothers this term",
        "he bought me Kurt Geiger boots and a Gucci belt",
        "Lives with Nani and Stepmum since March.",
        "Attendees: Housing (Team Leader), Health (Nurse).",
        "she gave me a Z-card and a leaflet",
        "Spurs vs Wolves on the telly",
        "took the coach to Leicester then a train back",
        "He was given Nurofen and sent home.",
    ],
)
def test_brands_places_and_titles_named_like_people_are_kept(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Marlow saw him at the clinic", "[NAME] saw him at the clinic"),
        ("got loads of messages from Dariusz last night", "got loads of messages from [NAME] last night"),
        ("Referral received from Annika Loveday today.", "Referral received from [NAME] today."),
        ("hi its Jasper i need help", "hi its [NAME] i need help"),
        ("dm him, he's Ke'Andre from the estate", "dm him, he's [NAME] from the estate"),
        ("call from aunt (Maureen) at 9pm", "call from aunt ([NAME]) at 9pm"),
        ("She gave her name as 'Thuy' at the desk.", "She gave her name as '[NAME]' at the desk."),
        ("Student Rose Mellor (Y8) was upset.", "Student [NAME] (Y8) was upset."),
        ("DCI Okoro and PCSO Lund attended.", "[NAME] and [NAME] attended."),
        ("my mates ilona and marzena got moved", "my mates [NAME] and [NAME] got moved"),
        ("spoke to carer re tyler this morning", "spoke to carer re [NAME] this morning"),
        ("we went round to see Big Gully n his mate", "we went round to see [NAME] n his mate"),
        ("Oisín from the football team added me", "[NAME] from the football team added me"),
        ("kamil from my old school keeps messaging", "[NAME] from my old school keeps messaging"),
        ("he goes by 'Rico T' online", "he goes by '[NAME]' online"),
    ],
)
def test_a_name_beside_a_cue_is_removed(text, expected):
    assert deidentify(text).text == expected


def test_a_possessive_name_before_clothes_is_someone_s():
    assert deidentify("took Jayden's jacket by mistake").text == "took [NAME]'s jacket by mistake"


def test_a_listed_brand_after_a_title_is_a_person():
    assert "[NAME]" in deidentify("Ms Barbour is my form tutor").text


def test_an_accent_dropped_from_a_foreign_name_does_not_make_an_everyday_word_a_name():
    assert deidentify("Age confirmed by the school office.").text == "Age confirmed by the school office."


def test_the_spans_cover_the_whole_brand():
    text = "a Canada Goose coat"
    assert any(text[start:end].startswith("Canada Goose") for start, end in not_people_spans(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was moved to Hillside P.R.U. last term.", "He was moved to [SCHOOL]. last term."),
        ("Pupil at Ysgol Gynradd Llanfair since 2019.", "Pupil at [SCHOOL] since 2019."),
        ("DOB recorded as 3rd March 2009 on the form.", "DOB recorded as [DATE_OF_BIRTH] on the form."),
        (
            "my birthday is the twenty-first of june two thousand and ten",
            "my birthday is [DATE_OF_BIRTH]",
        ),
        ("he keeps messaging from dark_angel09 again", "he keeps messaging from [HANDLE] again"),
        ("someone called m00nl1ght added me", "someone called [HANDLE] added me"),
        ("NAME: KERRIANNE O'DOWD DATE OF BIRTH: unknown", "NAME: [NAME] DATE OF BIRTH: unknown"),
        ("Full name - tomas berg, age 15", "Full name - [NAME], age 15"),
    ],
)
def test_dotted_and_welsh_schools_written_dates_shaped_handles_and_labelled_names(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Name: unknown, would not say",
        "we went out for her birthday last Friday",
        "we watched it in 4k on the mp3 player",
        "the name of the game is trust",
    ],
)
def test_what_only_looks_like_those_is_kept(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "we got the train from Oldham to Wigan then a bus to Rochdale",
        "Worker met YP at the Bullring at 3pm.",
        "dropped off near Croydon, picked up again in Peckham",
        "Meeting held at the Station Road office.",
    ],
)
def test_places_that_are_no_one_s_name_are_kept(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ava Sutton (Head of Year) called back.", "[NAME] (Head of Year) called back."),
        ("his nan lives just off Church Lane now", "his nan lives just off [ADDRESS] now"),
    ],
)
def test_a_place_named_surname_after_a_first_name_and_a_common_street_where_someone_lives(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(5, 13, True), (5, 11, True), (11, 12, False), (14, 20, False), (0, 1, True), (20, 30, True)],
)
def test_overlaps_finds_a_span_by_binary_search(start, end, expected):
    from youthvoice.deidentify.not_people import merged, overlaps

    spans = merged([(12, 14), (0, 10), (3, 6), (25, 40)])
    assert spans == [(0, 10), (12, 14), (25, 40)]
    assert overlaps(spans, start, end) is expected


def test_a_long_text_of_brands_and_institutions_is_handled_whole():
    text = " ".join(["Ted Baker told me", "St Mary's Hospital", "Nike boots"] * 2000)
    result = deidentify(text)
    assert "[NAME]" not in result.text and len(result.text) == len(text)
