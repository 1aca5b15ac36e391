"""Every mention of a name the text gives, the person a record's heading names, and where each removal came
from (issue 20, session 22). Sentences invented here, none taken from an evaluation set."""

import re

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up
from youthvoice.deidentify.replacer import Replacer


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name is read once where the words around it say so; its other mentions have no such words
        (
            "Visit with Tomasz's foster carer today. Tomasz told me he is sleeping better.",
            "Visit with [NAME]'s foster carer today. [NAME] told me he is sleeping better.",
        ),
        (
            "Saw Zainab at the hub. Zainab's phone was taken by the older girls last week.",
            "Saw [NAME] at the hub. [NAME]'s phone was taken by the older girls last week.",
        ),
        (
            "Meeting with Caoimhín's Head of Year today. Caoimhín told his teacher he was scared.",
            "Meeting with [NAME]'s Head of Year today. [NAME] told his teacher he was scared.",
        ),
    ],
)
def test_a_name_the_text_gives_goes_wherever_it_is_written(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the same word as a place, a thing or a public figure's name stays
        ("Lincoln Adeyemi (16) told staff he then travelled to Lincoln by train.", "to Lincoln by train"),
        ("Barry Hughes (foster carer) took the YP to Barry Island for the day.", "Barry Island"),
        ("Sky Harrison told me she has a Sky box in her room now.", "a Sky box"),
        # a name that is also a verb, used as the verb
        ("Hi Will,\nWill you cover the Friday session? Cheers", "Will you cover"),
        # a month is also a date
        ("June Okafor rang on 12 June to say she is worried.", "12 June"),
    ],
)
def test_the_same_word_as_a_place_a_thing_a_verb_or_a_date_stays(text, kept):
    out = deidentify(text).text
    assert "[NAME]" in out
    assert kept in out


def test_an_everyday_word_of_a_name_is_not_repeated():
    # "Ruby\nWorker" is a heading's name and the next line, not one person called "Ruby Worker"; and a word
    # that names nobody on its own ("Big") is not taken out elsewhere
    out = deidentify("Case note – Ruby\nWorker took Ruby to the Big Issue office. Big Mal rang later.").text
    assert out == "Case note – [NAME]\nWorker took [NAME] to the Big Issue office. [NAME] rang later."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Safety plan – Amelia\nTrusted adults: Nan", "Safety plan – [NAME]\nTrusted adults: Nan"),
        (
            "Chronology - Kian Doyle\n01/03 first missing episode",
            "Chronology - [NAME]\n01/03 first missing episode",
        ),
        (
            "RETURN HOME INTERVIEW – Tiegan\nWhere were you?",
            "RETURN HOME INTERVIEW – [NAME]\nWhere were you?",
        ),
    ],
)
def test_a_record_headed_by_whom_it_is_about(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residential log – Oak Lodge\n19:00 quiet evening in the lounge.",
        "Team meeting notes – Monday\nAll cases reviewed.",
        "Visit record – Home visit\nRoom tidy.",
        "Incident report - Police\nNo further action.",
    ],
)
def test_a_heading_that_names_a_place_a_day_or_a_service_stays(text):
    assert deidentify(text).text == text


def test_each_span_is_the_words_its_placeholder_took_out():
    text = "Filip has received a fixed-term suspension today.\n\nA. Whitfield"
    result = deidentify(text)
    assert result.text == "[NAME] has received a fixed-term suspension today.\n\n[NAME]"
    assert [text[start:end] for start, end, _kind in result.spans] == ["Filip", "A. Whitfield"]


def test_a_deletion_widens_the_placeholder_it_touches():
    text = "Dan rang. Later A. Smith came."
    r = Replacer(text)
    smith = text.index("Smith")
    out = r.replace_spans(text, [(0, 3), (smith, smith + 5)], "NAME")  # "[NAME] rang. Later A. [NAME] came."
    out = r.apply(re.compile(r"A\. (?=\[NAME\])"), lambda match: "", out)  # the initial joins the name
    assert out == "[NAME] rang. Later [NAME] came."
    assert [text[start:end] for start, end, _kind in r.spans()] == ["Dan", "A. Smith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who they are, in brackets after their name
        (
            "Handover from Blessing (staff) to Yusuf (staff): all quiet.",
            "Handover from [NAME] (staff) to [NAME] (staff): all quiet.",
        ),
        ("Anne-Marie (Mum) and Kwame (Dad) attended.", "[NAME] (Mum) and [NAME] (Dad) attended."),
        (
            "Anne-Marie said she was worried about the older lads.",
            "[NAME] said she was worried about the older lads.",
        ),
        # a conversation written out: two speakers by their first names
        (
            "Teams chat\nJean: does anyone have a number for him?\nKerry: he changes sims weekly",
            "Teams chat\n[NAME]: does anyone have a number for him?\n[NAME]: he changes sims weekly",
        ),
        (
            "[19:02] Jade: u coming out\n[19:05] Ray: cant my mum said no",
            "[19:02] [NAME]: u coming out\n[19:05] [NAME]: cant my mum said no",
        ),
        # minutes: initials, a dash and their job
        (
            "Attendees:\nRT – Chair\nGW – Police\nKD - Education",
            "Attendees:\n[NAME] – Chair\n[NAME] – Police\n[NAME] - Education",
        ),
    ],
)
def test_people_by_their_role_their_turn_to_speak_or_their_initials_and_job(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Grace: to attend the next review\nOutcome: agreed by all",  # one label: a form's field
        "Risk: high\nAction: refer to MACE\nOutcome: agreed",
        "Agenda\nCE – Police update\nDC – Police",  # the partnership's acronyms, not initials
        "we went to the Anne-Marie concert in town",  # the singer, with her concert
    ],
)
def test_fields_acronyms_and_a_singers_concert_stay(text):
    assert deidentify(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "The review is on 21 April at the civic centre.",  # a month beside a day is a date
        "Panel moved to the 3rd of May because of the bank holiday.",
        "Case closed on Mosaic and Liquidlogic updated the same day.",  # the case-recording systems
        "Gardaí attended and took a statement.",  # the Irish police
        "Trussell Trust voucher given for the food bank.",
        "Referred to the Missing, Exploited and Trafficked panel.",  # the partnership's MET panel
        "the bairns on our street play out till late, the wee lassies too",  # Scots for children and girls
    ],
)
def test_dates_services_and_words_for_children_stay(text):
    assert deidentify(text).text == text


def test_a_name_that_is_a_month_still_goes_where_it_is_someone():
    assert deidentify("me and April went to town on 3 May").text == "me and [NAME] went to town on 3 May"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a word, before the surname read as a name, goes with it
        ("Summer Okonkwo was not at home when we visited.", "[NAME] was not at home when we visited."),
        ("Referral made for Grace Adebayo-Smith today.", "Referral made for [NAME] today."),
    ],
)
def test_a_first_name_that_is_a_word_goes_with_its_surname(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sister Okonkwo (ward sister) saw her at 9pm.", "Sister "),  # a title, not a first name
        ("Visit planned for 16 April Okafor family home.", "16 April "),  # a date
        ("May Tomasz join the group on Friday?", "May "),  # a question
    ],
)
def test_a_title_a_date_or_a_question_before_a_surname_stays(text, kept):
    out = deidentify(text).text
    assert kept in out
