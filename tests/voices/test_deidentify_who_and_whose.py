"""Names read from who the person is and whose things are named, initials from what is done to them, and
places, helplines and brands kept (issue 20, session 21). Sentences invented here, none taken from an
evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed first name ending in "s" itself ("Leons", "Daniels" are in the lists), before what it owns
        ("we stayed at Leons nans flat all weekend", "we stayed at [NAME] nans flat all weekend"),
        ("round Daniels house after school", "round [NAME] house after school"),
        ("keep away from Jermaines crew", "keep away from [NAME] crew"),
        ("ALWAYS AT NATHANS HOUSE", "ALWAYS AT [NAME] HOUSE"),
    ],
)
def test_a_name_without_its_apostrophe_owns_what_follows(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "my nans house is safe",  # who is meant is said before
        "went to the Leons burger van",  # a determiner: a thing's name
        "the bills gang up on you",
    ],
)
def test_an_everyday_owner_is_left(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mark the PCSO is sound, he listens", "[NAME] the PCSO is sound, he listens"),
        ("Frank the new one was better", "[NAME] the new one was better"),
        ("honestly Ally the polis guy wis fine", "honestly [NAME] the polis guy wis fine"),
        ("Joy the youth worker said I could come back", "[NAME] the youth worker said I could come back"),
    ],
)
def test_a_name_then_who_they_are_then_what_they_are_or_did(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will the police help me if I tell them?",  # the verb, not the name
        "May the worker come to the house?",
        "Mark the register as done.",  # who follows "the" is no person
        "Grace the school gave us was not enough, the worker said",  # a comma between: no one phrase
    ],
)
def test_a_verb_or_a_word_before_the_is_left(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PD will arrange the strategy meeting.", "[NAME] will arrange the strategy meeting."),
        ("GH located at a hotel in Leeds.", "[NAME] located at a hotel in Leeds."),
        ("Seen with WB (adult, 24) near the park.", "Seen with [NAME] (adult, 24) near the park."),
        ("Home visit by LJ. Nobody answered.", "Home visit by [NAME]. Nobody answered."),
        ("Officers stopped HK near the station.", "Officers stopped [NAME] near the station."),
        ("Cannabis seized from PW at the address.", "Cannabis seized from [NAME] at the address."),
    ],
)
def test_initials_that_will_do_were_located_or_were_stopped_are_someones(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "SW will arrange the visit.",  # a role's letters
        "YOT will review the plan.",
        "Officers stopped the car near the station.",
        "Sky, Virgin Media and BT were asked to keep the data.",  # companies
    ],
)
def test_roles_and_companies_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she meets 'Tiny' by the garages", "she meets '[NAME]' by the garages"),
        ('the line "Bravo" runs from the town centre', 'the line "[NAME]" runs from the town centre'),
        ("KIRA AND JADE ARE MY COUSINS", "[NAME] AND [NAME] ARE MY COUSINS"),
    ],
)
def test_quoted_street_names_and_pairs_in_capitals(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        'A session about "Healthy Relationships" was run.',  # a topic, not whom they meet
        "THE POLICE AND SCHOOL ARE MY FRIENDS",
        "Wait at Victoria bus station for the 52.",
        "Seen near Jubilee police station at 9pm.",
        "the Hunters Bar roundabout is where they wait",
        "i text Shout on 85258 when things get bad",
        "Freshers week was when it started",
    ],
)
def test_topics_stations_helplines_and_freshers_week_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i dont feel safe around Kwame Osei", "i dont feel safe around [NAME]"),
        ("i feel unsafe near Tyrell Barnes and his mates", "i feel unsafe near [NAME] and his mates"),
        ("i was in Tariq Hussain's car", "i was in [NAME]'s car"),
    ],
)
def test_a_first_name_and_surname_after_near_or_in_is_a_person(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "we were in Milton Keynes all night",  # a UK place
        "we went to Sutton Coldfield on the train",
        "they hang around Stoke Newington",  # no listed surname
        "the party was near Stanley Park",
        "he used to live in Jordan",  # one word alone: the place
    ],
)
def test_places_after_near_or_in_stay(text):
    assert deidentify(text).text == text
