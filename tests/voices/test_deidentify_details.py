"""People found by what is written beside them: a date of birth, a role or agency in brackets, the team they
are from, and initials paired, told or owning an action (issue 20, round of 5 December 2026, session 8).
Sentences invented here, none taken from an evaluation set; each kind has hard negatives beside it."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before a date of birth, in brackets or not, possessive too
        ("Referral received for Tayla (DOB 03/05/2010) from school.", "Referral received for [NAME] (DOB"),
        ("Nikolai dob 11/11/2011 is the youngest", "[NAME] dob [DATE_OF_BIRTH] is the youngest"),
        ("Jordan's DOB is recorded wrongly as 1.2.2010.", "[NAME]'s DOB is recorded"),
        ("Please refer Demi Walsh (born 2011) to the team.", "Please refer [NAME] (born"),
        # beside a role or agency in brackets: a first name, or a surname after an initial
        (
            "Apologies: Hannah Booth (Housing), K. Osei (CAMHS).",
            "Apologies: [NAME] (Housing), [NAME] (CAMHS).",
        ),
        ("Notes by Callum Reid (Youth Worker) after the session.", "Notes by [NAME] (Youth Worker)"),
        # a first name from a team or agency
        ("Sarah from the YOT will call the family.", "[NAME] from the YOT will call"),
        ("Grace from school rang me", "[NAME] from school rang me"),
        # initials that act in pairs, are told something, or own an action
        ("PK and DL were both seen at the retail park.", "[NAME] and [NAME] were both seen"),
        ("The nurse informed DL that the clinic had moved.", "The nurse informed [NAME] that"),
        ("Action 2 (PK/DL): book the planning meeting.", "Action 2 ([NAME]/[NAME]): book"),
        ("ZB updated the chronology on Friday.", "[NAME] updated the chronology"),
        # a name owning a role or record written as an acronym
        ("Please pass this to Kofi's IRO before Friday.", "Please pass this to [NAME]'s IRO"),
        ("Lamarr's NHS number is on the form.", "[NAME]'s NHS number"),
        # a lower-case word that is no dictionary word, joined to a name found
        ("jordz n kayden took my phone off me", "[NAME] n [NAME] took my phone"),
        ("kayden n jordz took my phone off me", "[NAME] n [NAME] took my phone"),
        # thanked by a name that is no word, and signing off after "speak soon" or "take care"
        ("Thanks Gaz, sorted now.", "Thanks [NAME], sorted now."),
        ("See you at group. Take care, Bex", "See you at group. Take care, [NAME]"),
        ("Will ring tomorrow. Speak soon, Shaz", "Will ring tomorrow. Speak soon, [NAME]"),
    ],
)
def test_a_person_found_by_what_is_written_beside_them(text, expected):
    assert deidentify(text).text.startswith(expected), deidentify(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me n kayden n ppl from school went", "me n [NAME] n ppl from school went"),
        ("kayden and hes always round ours", "[NAME] and hes always round ours"),
        ("kayden n the mandem was there", "[NAME] n the mandem was there"),
        ("i went with kayden n stuff", "i went with [NAME] n stuff"),
    ],
)
def test_text_speak_and_words_beside_a_name_stay(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # not a person before a date of birth
        "Recorded DOB on the system is wrong.",
        "Her dob is on the referral form.",
        "The YP was born in Leeds.",
        # agencies and roles in brackets, not people
        "Attendees: Health (School Nurse), Education (DSL), Youth Justice (YJS).",
        "Referral (health) sent today.",
        # help from an agency, not a person from it
        "Support from Housing was offered twice.",
        # acronyms in pairs, as owners, and told
        "CSE and CCE are both forms of child abuse.",
        "Action 3 (YOT/SW): review the plan.",
        "The school informed CAMHS on Tuesday.",
        "The DSL informed GP of the concern.",
        # an organisation's, not a person's
        "The Council's YOT is short of staff.",
        # thanks to no one in particular
        "Thanks again, see you on Monday.",
        "Cheers Mate, that helps a lot.",
        "Thanks Team, great work this week.",
        # text-speak and festivals that open a young person's sentence
        "yeh my mum went mad when she found out",
        "xmas is when it gets bad round here",
    ],
)
def test_roles_agencies_acronyms_and_text_speak_stay(text):
    assert deidentify(text).text == text, deidentify(text).text
