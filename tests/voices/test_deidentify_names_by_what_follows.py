"""Names read from what is written beside them (issue 20, session 19): "our Kelsey" as the North says a
brother or sister; a name before a date in brackets or an age ("Kai (2010-05-19) said", "– Ruby, age 9");
a street name in quotes after "known only as", "they call the guy...", "an older lad,"; people listed after
"Friends present:" and the like, with a name and an initial ("Jordan B"). And the everyday sentences each
reading must leave alone. Sentences invented here, none taken from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me and our Tayla got chased home", "me and our [NAME] got chased home"),
        ("OUR KIERAN GOT A MESSAGE OFF THEM", "OUR [NAME] GOT A MESSAGE OFF THEM"),
        (
            "Interview. Callum (2011-03-02) said he was out",
            "Interview. [NAME] ([DATE_OF_BIRTH]) said he was out",
        ),
        ('"i miss my nan" – Aaliyah, age 8.', '"i miss my nan" – [NAME], age 8.'),
        ("a man she knows only as 'Razor' drove her", "a man she knows only as '[NAME]' drove her"),
        ('he names the driver only as "Dot"', 'he names the driver only as "[NAME]"'),
        ('they call the guy who runs it "Boss Man", he', 'they call the guy who runs it "[NAME]", he'),
        ("they call him 'Tank'", "they call him '[NAME]'"),
        ("texts from an older lad, 'Smokes', at night", "texts from an older lad, '[NAME]', at night"),
        ("Friends present: Tayla B, Kieran and Mo.", "Friends present: [NAME], [NAME] and [NAME]."),
    ],
)
def test_a_name_read_from_what_stands_beside_it(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our Lady of Lourdes primary",
        "our Summer holiday was rubbish",
        "at our Tesco after school",
        "Meeting (12/03/2026) was held at the hub.",
        "Christmas (25/12/2025) was hard for the family.",
        "Leeds, aged 9 months, was a different place",
        "the man, 'obviously', was late",
        "we call the guy 'the boss'",
        "Present: Police, Health, Early Help",
    ],
)
def test_what_each_reading_leaves_alone(text):
    assert deidentify(text).text == text


def test_someone_from_somewhere_who_did_something_for_the_writer():
    assert deidentify("mark from the gym helped me loads").text == "[NAME] from the gym helped me loads"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting opening a line of an e-mail thread, and the name that signs it off
        (
            "Forwarded\nSent: 04 May 09:12\nHi Radek, the account is on the log.\nJo",
            "Forwarded\nSent: 04 May 09:12\nHi [NAME], the account is on the log.\n[NAME]",
        ),
        ("Please remove it. Regards, T Hargreaves", "Please remove it. Regards, [NAME]"),
        ("Tia (14) placed at Larkfield Children's Home.", "[NAME] (14) placed at [ADDRESS]."),
    ],
)
def test_a_message_thread_a_signature_and_a_childrens_home(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["Regards, B Safe", "Thanks, A Team", "Visit to the children's home was cancelled."],
)
def test_a_signature_of_words_and_a_home_not_named_stay(text):
    assert deidentify(text).text == text


def test_an_for_and_joins_a_listed_first_name_to_a_name_found():
    assert deidentify("Seonag an Morag fae the club").text == "[NAME] an [NAME] fae the club"
    assert deidentify("Seonag an Irish lass fae the club").text == "[NAME] an Irish lass fae the club"
