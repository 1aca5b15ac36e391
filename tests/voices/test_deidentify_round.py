"""Kinds of identifier the de-identifier missed on the development sets A-D (issue 20, fourth round), each
as a general rule with its own invented sentences, and hard negatives beside them. None of these sentences
is taken from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def kept(text: str) -> bool:
    return deidentify(text).text == text


# --- Dates of birth: written year first, with the month's name between hyphens, after "birth date" -------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("D.O.B. on the old system was 2011-04-17.", "D.O.B. on the old system was [DATE_OF_BIRTH]."),
        ("DOB 03-Feb-2012 according to the school.", "DOB [DATE_OF_BIRTH] according to the school."),
        ("Birth date recorded as 14/11/2010 by health.", "Birth date recorded as [DATE_OF_BIRTH] by health."),
        ("Birthdate: 2/3/11, confirmed by mum.", "Birthdate: [DATE_OF_BIRTH], confirmed by mum."),
    ],
)
def test_a_date_of_birth_in_another_format_or_after_birth_date_is_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Strategy meeting held on 2026-01-12 with police and health.",
        "Review booked for 05-Mar-2026 at the hub.",
        "The birth of her brother in 2019 changed things at home.",
    ],
)
def test_other_dates_are_kept(text):
    assert kept(text)


# --- Phone numbers half in digits and half in words ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "text me on 07700 900 two six one",
        "new number is 07700 nine hundred, no wait 07700 900 five five two",
        "his burner is one two three 0770 0900 88",
    ],
)
def test_a_phone_number_with_digits_and_number_words_is_removed(text):
    assert "[PHONE]" in deidentify(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I have one or two mates who get it.",
        "It was 3 on the clock, maybe four at most.",
        "one four all and all for one",
    ],
)
def test_counting_in_words_is_kept(text):
    assert kept(text)


# --- Schools not on the configured list --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my brother goes to Holy Cross C of E Primary", "my brother goes to [SCHOOL]"),
        ("i go elm grove academy and its rough", "i go [SCHOOL] and its rough"),
        ("she used to go fern hill school", "she used to go [SCHOOL]"),
        ("Seen at the Lighthouse Centre (PRU).", "Seen at the [SCHOOL] (PRU)."),
        (
            "Now in alternative provision at the Ridgeway Unit.",
            "Now in alternative provision at the [SCHOOL].",
        ),
        ("i go st cuthberts and the teachers are ok", "i go [SCHOOL] and the teachers are ok"),
        ("my cousin goes to St Bernadette's", "my cousin goes to [SCHOOL]"),
        ("he was moved from St Teresa's after year 8", "he was moved from [SCHOOL] after year 8"),
    ],
)
def test_a_school_by_its_own_words_or_its_saint_is_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "i go to performing arts school on saturdays",
        "went home after school with my sister",
        "i got up early and went to mosque before school",
        "we went to St Albans for the day",
        "Nan is at St Winifred's Hospital again",
        "we met up at St Peter's after church",
        "Referred to the Youth Centre for activities.",
    ],
)
def test_school_like_words_that_name_no_school_are_kept(text):
    assert kept(text)


# --- Welsh addresses, the street's word first --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Address: 22 Heol y Nant, Pontypridd.", "Address: [ADDRESS], Pontypridd."),
        ("she stays at 7 Ffordd Newydd with her aunt", "she stays at [ADDRESS] with her aunt"),
    ],
)
def test_a_welsh_address_is_removed(text, expected):
    assert deidentify(text).text == expected


# --- Names: kinds the cues missed ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case name no dictionary has, saying something, at the start or after a filler word
        ("chidinma said the car was his", "[NAME] said the car was his"),
        ("ngl oyelaran is the one who runs it", "ngl [NAME] is the one who runs it"),
        # a lower-case first name that is also a word, at the start, said to be someone's worker or neighbour
        ("joy my support worker is nice", "[NAME] my support worker is nice"),
        ("grace from next door lets me stay", "[NAME] from next door lets me stay"),
        # who is to do what, in a plan or an action
        (
            "ACTION – Tomasz to contact the school by Friday.",
            "ACTION – [NAME] to contact the school by Friday.",
        ),
        # a family or a group named after a family name from the lists
        ("Kowalski family known to services since 2021.", "[NAME] family known to services since 2021."),
        ("the Fitzgerald lads were outside again", "the [NAME] lads were outside again"),
        # a name after a place's preposition, then who the person is
        ("i was round Tariq hes my cousins mate", "i was round [NAME] hes my cousins mate"),
        # names in quotes after a word that says a name follows
        ("Street names used: 'Smokey', 'Lil K'.", "Street names used: '[NAME]', '[NAME]'."),
        ('he goes by "Blade" on the estate', 'he goes by "[NAME]" on the estate'),
        # two names said to be people together, words or not
        ("Willow and Hope are my cousins", "[NAME] and [NAME] are my cousins"),
        (
            "Autumn and Kacey (twins, aged 8) were seen at home.",
            "[NAME] and [NAME] (twins, aged 8) were seen at home.",
        ),
        # a title before a lower-case surname that is also a word
        ("my coach mr baker is alright", "my coach mr [NAME] is alright"),
        ("i get on with mrs cartwright the most", "i get on with mrs [NAME] the most"),
        # a nickname in lower case after "lil" or "big"
        ("lil dwayne is always on the corner", "[NAME] is always on the corner"),
        # a first name signing off a message
        ("Please call me on the team number – Bronwen", "Please call me on the team number – [NAME]"),
    ],
)
def test_a_name_of_a_kind_the_cues_missed_is_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Young Person A and Young Person B were interviewed separately.",
        "Little Sister is my favourite song right now",
        "Interpreter booked for Tigrinya; the next visit is after Iftar.",
        "YP was found in Gateshead (Tyne and Wear) by police.",
        "the Croydon lads were there again",
        "Tesco and Asda are my favourite shops",
        "Monday and Tuesday are my worst days",
        "it was a close game – Chelsea",
        "mr nice guy act doesnt work on me",
        "big man was there too",
        "she said 'no' and walked off",
        "summer my favourite time of year",
    ],
)
def test_words_beside_those_cues_that_name_no_one_are_kept(text):
    assert kept(text)
