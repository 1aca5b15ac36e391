"""The checker's readings of session 14 (issue 13, 6 December 2026): who does what the words say.

An infinitive hung on a thing ("the flat as a base to sell from") is done by whoever has the thing; people
who act on a child ("those running the line recruit children") are not the child; and an adult named only by
age ("the 24-year-old") is read for, as an adult's role word would be. An abuser's words that a note reports
("he told her she was promiscuous") are his, as a condition ("had she not lied, he would never have messaged
her") is nobody's words. The same words with the child as the one who acts, or in a family member's or a
professional's mouth, still find. Every sentence here was written for these tests; none comes from an
evaluation set.
"""

import pytest

from youthvoice.language import check


def rule_ids(text: str) -> list[str]:
    return [finding.rule_id for finding in check(text)]


FOUND = [
    # the child is the one who acts, with an adult or an adult's age beside
    "Jay, 15, has been running drugs for a 24-year-old.",
    "Mia (14) has been shotting in the park with a 22-year-old.",
    "Kian uses his bedroom as a place to store drugs.",
    "She was given a flat to sell drugs from by a 30-year-old man.",
    "They recruit younger children to run the line.",
]

LEFT = [
    # an infinitive hung on a thing: the doer is whoever uses the thing
    "Officers think the men were using the garage as a base to sell cocaine.",
    "The adults rent the flat as a place to store drugs and cash.",
    # whoever acts on a child is not the child
    "Those running the line deliberately target children in care.",
    "Those selling drugs in the park often approach children after school.",
    # an adult named by age alone
    "The 27-year-old is running a business selling cannabis in the north of the county.",
    "Police say the 31-year-old has been shotting from his car.",
]


@pytest.mark.parametrize("text", FOUND)
def test_the_child_who_acts_is_still_found(text):
    assert rule_ids(text), text


@pytest.mark.parametrize("text", LEFT)
def test_what_adults_do_is_left(text):
    assert rule_ids(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Nobody forced Kai into the car; he got in by himself.",
        "Nobody pressured Leah; she went to the flat on her own.",
    ],
)
def test_coercion_denied_by_nobody_is_still_found(text):
    assert "coercion-denied" in rule_ids(text), rule_ids(text)


REPORTED_AS_HIS = [
    "The man told police she was promiscuous and had lied about her age.",
    "Her abuser kept telling her that nobody would believe her because she drinks.",
]

STILL_FOUND = [
    "Mum said Chloe was promiscuous.",
    "The social worker wrote that she is promiscuous.",
    "Had she not been drinking, the men would never have approached her.",
    "If she had not lied about her age online, the 40-year-old would never have messaged her.",
]


@pytest.mark.parametrize("text", REPORTED_AS_HIS)
def test_an_abusers_words_reported_as_his_are_left(text):
    assert rule_ids(text) == [], text


@pytest.mark.parametrize("text", STILL_FOUND)
def test_the_same_words_from_family_professionals_or_a_condition_are_found(text):
    assert rule_ids(text), text
