"""What the de-identifier leaves in (issue 20, session 18): a place said to be "where" something is, the
safeguarding services and terms a practitioner writes ("Cafcass", "DofE", "Gillick competence", "Fraser
competent", a police "ViST" form), and public figures known by one name that is nobody's everyday first name.
Sentences invented here, none taken from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    "text",
    [
        "Seacroft is where my cousins live",
        "Moss Side was where it all started for us",
        "Gipton Park is where the older lads hang about",
        "Cafcass have appointed a guardian for the proceedings.",
        "She finished her bronze DofE last summer.",
        "Gillick competence assessed by the school nurse.",
        "Advice given on contraception; YP Fraser competent.",
        "Police ViST completed and shared with the MASH.",
        "Referral made to Kidscape for support with bullying.",
        "i listen to Raye and Tems when i cant sleep",
        "Bellingham scored again and my brother went mad",
    ],
)
def test_places_services_and_public_figures_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jayden is the one who knows where the flat is", "Jayden"),
        ("Moses is the name of the older lad at the park", "Moses"),
        ("Fraser said he would meet me after school", "Fraser"),
    ],
)
def test_people_beside_the_same_words_are_still_names(text, name):
    assert name not in deidentify(text).text


@pytest.mark.parametrize(
    "text",
    [
        "the 12 raided the trap house last week",
        "the bus costs £4.20 each way",
        "about 3,500 people walk that way",
    ],
)
def test_a_number_that_is_no_house_number_stays(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    "text", ["she lives at 12 The Avenue", "Flat 3, 27 Oak Road", "he stays at 4 beech walk"]
)
def test_house_numbers_and_streets_still_go(text):
    assert "[ADDRESS]" in deidentify(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Area: Seacroft",
        "Nationality: Eritrean\nLanguage: Tigrinya",
        "Ethnicity: Any other Black background (Somali)",
        "Interests: Drill, Afrobeats, boxing",
        "Favourite food: Jollof rice",
        "i go to st helens on the weekend to see my dad",
        "the line is called Snowy and its run out of Croydon",
        "they run a line called Blaze out of Hull",
        "harley is my dog not a person",
        "Group nickname 'the Wolfpack' appears in three referrals.",
        "the worker from st giles helped me get out",
    ],
)
def test_fields_of_no_one_saint_towns_lines_pets_and_groups_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: Kacper Nowak\nArea: Seacroft", "Kacper"),
        ("my mate is called Blaze", "Blaze"),
        ("harley is my best mate", "harley"),
        ("i go to st bedes and its alright", "st bedes"),
    ],
)
def test_the_same_shapes_with_a_person_still_go(text, name):
    assert name not in deidentify(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Sefton Park is nice in the summer",
        "Stopped and spoke to a group at the skate park, Victoria Park.",
        "we walked all over Ilkley Moor",
    ],
)
def test_a_park_or_a_moor_is_no_surname(text):
    assert deidentify(text).text == text


def test_a_surname_park_after_a_title_still_goes():
    assert "Park" not in deidentify("Mr Park rang the school.").text


@pytest.mark.parametrize(
    "text",
    [
        "Attendees: SW, IRO, Mum, Nan, DSL, School Nurse",
        "Aunty has offered to have the children for the summer.",
    ],
)
def test_a_family_word_alone_is_no_name(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Referred to GamCare for the gambling; StepChange for the debts.",
        "HAF holiday club place offered for the summer.",
        "Pancakes at youth club for Shrove Tuesday.",
        "Seen at Barnsley interchange late at night.",
        "Great Ormond Street Hospital and King's College Hospital both contacted.",
        "no joy from the council when we asked",
        "there is no hope of a place this term",
    ],
)
def test_services_stations_hospitals_and_sayings_stay(text):
    # session 19
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("she goes to Kings College now", "Kings College"),
        ("me and hope went out", "hope"),
    ],
)
def test_a_college_and_a_name_beside_the_same_words_still_go(text, name):
    assert name not in deidentify(text).text
