"""Session 15 of the de-identifier's names (issue 20): readings found on the training sets' misses, meant to
carry to writers nobody here has read. Every sentence is invented for this file, none taken from an
evaluation set; each reading has hard negatives beside it (text that must come out byte-identical)."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def _kept(text: str) -> None:
    out = deidentify(text).text
    assert out == text, out


def _gone(text: str, *names: str) -> None:
    out = deidentify(text).text
    for name in names:
        assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Ward round: 15-year-old girl brought in by ambulance, would not give an account of the night.",
        "Her account says a 3-day-old post was shared.",
    ],
)
def test_an_age_joined_by_hyphens_is_no_account_name(text):
    _kept(text)


@pytest.mark.parametrize(
    "text",
    ["Name: rather not say", "Name: prefer not to say", "Referrer name: self", "Name: Child C", "Name: YP 2"],
)
def test_a_forms_refusal_or_pseudonym_is_no_name(text):
    _kept(text)


def test_a_forms_name_still_goes():
    _gone("Name: Orla Brennan", "Orla", "Brennan")


@pytest.mark.parametrize(
    "text",
    [
        "Storm Henk blew the fence over at the back of the flats.",
        "Session off because of Storm Agnes.",
        "Princess Anne opened the new sports hall.",
        "King Charles was on the telly at Christmas.",
    ],
)
def test_a_named_storm_or_a_royal_by_title_is_no_one_to_trace(text):
    _kept(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referral for Storm Pennington aged 13, missing twice this month.", "Pennington"),
        ("Referral for Storm Ellis aged 13, missing twice this month.", "Ellis"),
        ("The worker is Storm Kowalczyk and she works Tuesdays.", "Kowalczyk"),
    ],
)
def test_a_person_called_storm_still_goes(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [("give Big Mike a pay rise", "Mike"), ("they were with Big Tony outside the chippy", "Tony")],
)
def test_big_before_a_listed_first_name_is_a_nickname(text, name):
    _gone(text, name)


@pytest.mark.parametrize("text", ["Big Ben was lit up red", "he thinks he is the Big Man round here"])
def test_big_before_a_word_or_a_landmark_is_not(text):
    _kept(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pearl the lollipop lady waves at us every morning", "Pearl"),
        ("Patience next door has three cats", "Patience"),
        ("Dale across the road fixes our bikes", "Dale"),
        ("Crystal in year 8 keeps starting on me", "Crystal"),
        ("Sunny in my form got a detention", "Sunny"),
        ("Faith at chapel said I can join the choir", "Faith"),
        ("my keyworker is Hope but she is off this week", "Hope"),
        ("Keyworker: Dawn", "Dawn"),
        ("Note from Destiny: the review is moved to Thursday.", "Destiny"),
        ("Email to Robin: can you ring the school back?", "Robin"),
    ],
)
def test_a_name_that_is_also_a_word_goes_where_the_words_around_say_who(text, name):
    _gone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Will in year 9 be allowed to go on the trip?",
        "Note from School: the review is moved to Thursday.",
        "Email to CAMHS: please confirm the appointment.",
        "Will the caretaker be in on Saturday?",
    ],
)
def test_the_same_cues_leave_words_and_agencies(text):
    _kept(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Allocated worker changed from Gail to Ewan Fraser on Monday.", ("Gail", "Ewan", "Fraser")),
        ("Case transferred from Trudy Penn to Ola Smith last week.", ("Trudy", "Penn", "Ola", "Smith")),
        ("Known as: Badger", ("Badger",)),
        ("AKA: Tiny", ("Tiny",)),
        ("She was with an older male known locally as Tank.", ("Tank",)),
        ("Amber in Year 9 was upset at lunch.", ("Amber",)),
    ],
)
def test_handovers_aliases_and_year_groups_name_people(text, names):
    _gone(text, *names)


@pytest.mark.parametrize(
    "text",
    [
        "Risk rating changed from Amber to Red after the episode.",
        "She moved from Leeds to Bradford in the summer.",
        "AKA: none",
        "we went to see Nain in Bangor at Easter",
        "Taid fixed my bike again",
        "a man in a silver Merc followed us home",
        "the adult male offered her a lift",
        "Will attend the review on Friday.",
        "May need a lift to court next week.",
    ],
)
def test_ratings_places_grandparents_cars_and_plans_are_kept(text):
    _kept(text)


@pytest.mark.parametrize(
    "text", ["Will went home early.", "Will did not attend the review.", "Will drove me home after."]
)
def test_will_before_what_he_did_is_still_a_name(text):
    _gone(text, "Will")
