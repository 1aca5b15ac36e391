"""People written as initials where a person acts, and a name signing off a message (issue 20, round of
5 December 2026). Sentences invented here, none taken from an evaluation set; each kind has hard negatives
beside it: the partnership's acronyms in the same places are teams and roles, not people."""

import pytest

from youthvoice.deidentify.engine import deidentify, warm_up


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    warm_up()


def kept(text: str) -> bool:
    return deidentify(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plan: JW to ring the school by Friday.", "Plan: [NAME] to ring the school by Friday."),
        ("LB seen near the bus station at 10pm.", "[NAME] seen near the bus station at 10pm."),
        ("Mum informed. TK said he was scared.", "Mum informed. [NAME] said he was scared."),
        ("honestly i wish DW would stop messaging", "honestly i wish [NAME] would stop messaging"),
        ("Student HM (Year 10) spoke to the nurse.", "Student [NAME] (Year 10) spoke to the nurse."),
        ("Email from PD: visit moved to Monday.", "Email from [NAME]: visit moved to Monday."),
        ("me and JJ got stopped on the way home", "me and [NAME] got stopped on the way home"),
        ("Agreed that K.L. would attend the review.", "Agreed that [NAME] would attend the review."),
    ],
)
def test_initials_where_a_person_acts_are_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "SW to visit on Tuesday; YOT to chase the school.",
        "DSL informed and CSC said they would call back.",
        "The OIC to update the victim by Friday.",
        "RHI to follow once she is home.",
        "PPU and IOM to share what they know before the MACE.",
        "i bought trainers from JD Sports with the money",
        "Bill from EE in her name, paid by an adult.",
        "WE SAID NO AND HE WENT",
        "GP to review her medication next week.",
    ],
)
def test_acronyms_of_teams_and_roles_in_the_same_places_are_kept(text):
    assert kept(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Can you send the minutes before Thursday? Thanks. Nadia",
            "Can you send the minutes before Thursday? Thanks. [NAME]",
        ),
        (
            "Called the carer, no answer. Will try again tomorrow. Priya x",
            "Called the carer, no answer. Will try again tomorrow. [NAME] x",
        ),
        ("Cheers Rhona, that helps a lot.", "Cheers [NAME], that helps a lot."),
    ],
)
def test_a_name_signing_off_or_thanked_is_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "We went to the match on Saturday. Chelsea",
        "Thanks Mum for the lift.",
        "Cheers mate, see you later.",
    ],
)
def test_what_only_looks_like_a_signature_is_kept(text):
    assert kept(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Present: Marta Kowalczyk (Chair), Tunde Bello (YOT), Police, Health.",
            "Present: [NAME] (Chair), [NAME] (YOT), Police, Health.",
        ),
        ("Apologies: Orla Breen (school nurse) and CAMHS.", "Apologies: [NAME] (school nurse) and CAMHS."),
        ("Cc: Nadine Okafor Re: the review", "Cc: [NAME] Re: the review"),
        (
            "Referrer: Callum Price, youth worker, Eastside hub.",
            "Referrer: [NAME], youth worker, Eastside hub.",
        ),
        ("To: Aoife NicLeòid <a.n@example.org>", "To: [NAME] <[EMAIL]>"),
    ],
)
def test_people_listed_after_a_minutes_or_email_label_are_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Present: Police, Health, Education and the Youth Service.",
        "To: All Staff Re: training on Friday",
        "From: Children's Services Subject: the new rota",
        "Chair: MACE lead (Police).",
    ],
)
def test_agencies_listed_after_the_same_labels_are_kept(text):
    assert kept(text)


def test_a_surname_that_is_a_rare_word_after_a_first_name_that_is_a_word_is_removed():
    # "dusty" and "thatcher" are both in the dictionary; "thatcher" is rare there and a listed surname
    assert deidentify("Dusty Thatcher left the placement.").text == "[NAME] left the placement."


@pytest.mark.parametrize("text", ["Grace Church held a food bank.", "Rose Garden was busy on Sunday."])
def test_a_first_name_before_an_everyday_word_is_still_a_place(text):
    assert kept(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she was dating Sky for months and he hit her", "she was dating [NAME] for months and he hit her"),
        ("Ruby my keyworker helped me with college", "[NAME] my keyworker helped me with college"),
        ("Faith my mentor rang the school", "[NAME] my mentor rang the school"),
    ],
)
def test_a_name_that_is_a_word_after_dating_or_before_who_the_person_is_is_removed(text, expected):
    assert deidentify(text).text == expected


@pytest.mark.parametrize("text", ["Will my keyworker be at the meeting?", "online dating apps are dodgy"])
def test_a_modal_or_a_plain_word_in_the_same_places_is_kept(text):
    assert kept(text)
