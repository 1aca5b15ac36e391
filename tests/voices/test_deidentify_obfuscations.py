"""The de-identifier against identifiers written to slip past a filter, the ones with a shape of their own
(NHS numbers, dates of birth, Discord tags, streets without a number, schools nobody configured), names
that are not in a short first-name list, and input that is too big or odd."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from youthvoice.deidentify.engine import deidentify, warm_up
from youthvoice.deidentify.obfuscated import nhs_check_digit_ok


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    """Load the name lists and the model before Hypothesis times any example."""
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # zero-width and other invisible characters inside a number or an address
        ("ring 07\u200b700 900\u200c456 tonight", "ring [PHONE] tonight"),
        ("mail rio\u2060.b@example.net", "mail [EMAIL]"),
        # look-alike letters for digits
        ("his number O77OO 9OO 456", "his number [PHONE]"),
        ("text 07l00 900456", "text [PHONE]"),
        # digits in words, doubled and tripled
        ("oh seven seven double oh nine triple oh four five", "[PHONE]"),
        ("ring zero seven seven zero zero nine zero zero four five six", "ring [PHONE]"),
        # spaced digits and full-width digits
        ("0 7 7 0 0 9 0 0 4 5 6 is his", "[PHONE] is his"),
        ("\uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff14\uff15\uff16", "[PHONE]"),
        # "(at)", "[at]", "(dot)", "[dot]"
        ("mia(at)example(dot)org", "[EMAIL]"),
        ("write to theo [at] example [dot] com", "write to [EMAIL]"),
        # a mobile written from its country code without "+", digits mixed with words and look-alike o's,
        # and a mobile spelled out without its leading 0
        ("new one 447700900456 ok", "new one [PHONE] ok"),
        ("ring 07seven double 0 9oo 4 5 6 later", "ring [PHONE] later"),
        ("seven seven zero zero nine zero zero four five six", "[PHONE]"),
        # account names where the text speaks of an app or an account
        ("her snapchat changed to pixie_moon.x last week", "her snapchat changed to [HANDLE] last week"),
        ("blocked the account rvn2k9 on insta", "blocked the account [HANDLE] on insta"),
        ("the user quillshadow messaged her", "the user [HANDLE] messaged her"),
        # Discord tags and handles with a hyphen
        ("add me nightowl#4821 on there", "add me [HANDLE] on there"),
        ("my snap is zed-b07 x", "my snap is [HANDLE] x"),
        # NHS numbers: with the word, or with a valid check digit
        ("NHS no. 401 023 2137", "NHS no. [NHS_NUMBER]"),
        ("ref 4010232137 on file", "ref [NHS_NUMBER] on file"),
        # dates of birth
        ("DOB 04/11/2010", "DOB [DATE_OF_BIRTH]"),
        ("d.o.b: 4.11.10", "d.o.b: [DATE_OF_BIRTH]"),
        ("born on the 4th of November 2010", "born on the [DATE_OF_BIRTH]"),
        ("my birthday is 4th nov", "my birthday is [DATE_OF_BIRTH]"),
        ("12/03/2011 is my bday", "[DATE_OF_BIRTH] is my bday"),
        ("Zorbin Quayle (03.04.2008) was present", "[NAME] ([DATE_OF_BIRTH]) was present"),
        (
            "date of birth given as 01/02/2010 by one agency and 02/01/2010 by another",
            "date of birth given as [DATE_OF_BIRTH] by one agency and [DATE_OF_BIRTH] by another",
        ),
        # streets without a number
        ("we live on Quillon Road now", "we live on [ADDRESS] now"),
        ("i stay on ferncastle avenue", "i stay on [ADDRESS]"),
        # schools nobody configured, in capitals and in text-speak
        ("kids from Hollowmere Grammar", "kids from [SCHOOL]"),
        ("i go to quarrybank academy", "i go to [SCHOOL]"),
    ],
)
def test_obfuscated_and_shaped_identifiers_are_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names that are not in the short list, from many backgrounds
        ("Ngozi said it was fine", "[NAME] said it was fine"),
        ("I told Wojciech everything", "I told [NAME] everything"),
        ("Me and Caoimhe got the bus", "Me and [NAME] got the bus"),
        ("Dafydd's brother was there", "[NAME]'s brother was there"),
        # lower case in text-speak, and a full name after "im"
        ("me n tomasz went up there", "me n [NAME] went up there"),
        ("im olamide adeyemi", "im [NAME]"),
        # names that are also words, beside a cue
        ("I went with Joy to the shop", "I went with [NAME] to the shop"),
        ("Destiny said they were older", "[NAME] said they were older"),
        # titles with a surname, and nicknames with a prefix
        ("Ms Adebayo rang my mum", "[NAME] rang my mum"),
        ("DC Kowalczyk came round", "[NAME] came round"),
        ("Lil Dre runs the line", "[NAME] runs the line"),  # the prefix is part of the nickname
        # what follows says who the person is, or what was done to them
        ("Grace from my church rang her", "[NAME] from my church rang her"),
        ("April was seen by the nurse", "[NAME] was seen by the nurse"),
        ("Vashti Quarrie (SW) attended", "[NAME] (SW) attended"),
        ("Frank (grandfather) agreed to it", "[NAME] (grandfather) agreed to it"),
        ("YP said that Corin, 19, gives her lifts", "YP said that [NAME], 19, gives her lifts"),
        ("we all went round Tamsin's after", "we all went round [NAME]'s after"),
        ("Yusra is 14 and goes missing", "[NAME] is 14 and goes missing"),
        # the same name again in a text
        ("Worker spoke to Will Okoro; Will agreed to come", "Worker spoke to [NAME]; [NAME] agreed to come"),
        # apostrophes, hyphens and accents
        ("Seán O'Driscoll picked us up", "[NAME] picked us up"),
        ("my mate Zoë-Mae came", "my mate [NAME] came"),
    ],
)
def test_names_beyond_a_short_list_are_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "We went to Tesco on Monday then the Police came",
        "Mum said CAMHS would ring back",
        "I got a Greggs and went to the park",
        "Joy is what I felt when it stopped",
        "Mark my words it will happen again",
        "The High Street is dodgy after dark",
        "I go to secondary school",
        "It was 3 weeks ago at half 7",
        "Year 9 is the worst",
        "we sat by the canal near the Christmas market",
        "the account was deleted after 2 weeks on snap",
        # a place after going there, a thing after "my" or "a", a shop by its apostrophe
        "we took the bus to Nelson and back",
        "he picked me up in a Porsche",
        "got chips at Morley's and went home",  # a shop named after a surname
        "Joy is not how i feel",
        "Meeting held on 12/03/2024 with the Year 10 team",
    ],
)
def test_clean_sentences_with_capitals_come_back_byte_identical(text):
    assert deidentify(text).text == text


def test_a_clean_sentence_with_invisible_characters_comes_back_as_written():
    text = "nothing\u200b to see\ufeff here"
    assert deidentify(text).text == text


def test_the_nhs_check_digit_is_checked():
    assert nhs_check_digit_ok("401 023 2137")
    assert not nhs_check_digit_ok("401 023 2138")
    assert deidentify("ref 4010232138 on file").text == "ref 4010232138 on file"


def test_spans_point_at_the_original_text_through_invisible_characters():
    text = "ring 07\u200b700 900456 ok"
    result = deidentify(text)
    ((start, end, kind),) = result.spans
    assert kind == "PHONE" and text[start:end] == "07\u200b700 900456"


def test_huge_text_is_handled():
    text = ("me and Kacper went to 12 Mill Lane, ring 07700 900456. " * 4000)[:200_000]
    result = deidentify(text)
    assert "Kacper" not in result.text and "900456" not in result.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_never_raises_and_spans_stay_inside_the_text(text):
    result = deidentify(text)
    assert isinstance(result.text, str)
    for start, end, _ in result.spans:
        assert 0 <= start < end <= len(text)


CONFIGURED = ["St Aldhelm's Catholic High School", "Brookvale Academy", "Park High School"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lads from st aldhelms wait outside", "lads from [SCHOOL] wait outside"),
        ("Aldhelm's lot are bad", "[SCHOOL] lot are bad"),
        ("kids at brookvale get bullied", "kids at [SCHOOL] get bullied"),
        ("the Brookvale bus was late", "the Brookvale bus was late"),  # one word: maybe the town
        ("SACHS kids", "[SCHOOL] kids"),
        ("the Park High lot", "the [SCHOOL] lot"),
        ("we went to the park after", "we went to the park after"),  # a short form that is a word is not one
    ],
)
def test_a_configured_school_is_found_by_its_short_forms(text, expected):
    assert deidentify(text, school_names=CONFIGURED).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "seven "
        + "o" * 4990
        + "x",  # backtracked without end before the spoken-number pattern was made linear
        "a." * 2490 + " (at)",
        "a" * 4990 + "@",
        "snap " + "a1_" * 1600,
        "dob 1/1/1 " * 500,
        "Aaaa " * 995 + "School",
    ],
    ids=["o-run", "dots", "long local part", "account-like", "many cues", "capitals"],
)
def test_answers_as_long_as_allowed_built_to_make_patterns_backtrack_come_back(text):
    assert isinstance(deidentify(text).text, str)
