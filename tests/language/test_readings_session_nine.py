"""The checker's readings of session 9 (issue 13, 5 December 2026): who a word is about.

A trade is not a drugs-market role ("an antiques dealer"); an adult relative's own partner is not an adult
abuser called a boyfriend ("Dad has a new girlfriend, aged 38"); a titled adult is not the child ("Mr Green
chose to groom"); an adult's own words reported are his framing, not the writer's ("he boasted that she was
his girlfriend", "the suspect insisted it was consensual"); and "a girl of twelve" is an age beside a
relationship word. Every sentence here was written for these tests; none comes from an evaluation set.
Each reading has its findings beside it.
"""

import pytest

from youthvoice.language import check

LEFT = [
    "Grandad used to be an antiques dealer and is teaching Leo about old coins.",
    "Her foster carer's brother is a card dealer at the casino.",
    "Dad has a new girlfriend, aged 38, who is supportive of the children.",
    "Her older brother, 22, and his girlfriend, 21, live on the next street.",
    "Mr Green chose to groom several children through the same gaming platform.",
    "Mrs Carter decided to meet the family at home.",
    # an adult's own words, reported: his framing, not the writer's
    "The older male boasted to his friends that she was his girlfriend.",
    "The suspect insisted to officers that it was all consensual.",
]

FOUND = [
    "Jayden (15) is a dealer for the olders on the estate.",
    "She (14) says her boyfriend, 24, picks her up from school.",
    "Dad says Mason (13) and his girlfriend, a woman of about twenty, met at the arcade.",
    "Kayleigh chose to go back to the flat with the men again.",
    "The couple, a girl of twelve and a man of twenty, were stopped in the town centre.",
    "Staff described the contact as consensual; she is 14 and he is 31.",
    "Her boyfriend, who is 27, collects her from school; she is 15.",
]


@pytest.mark.parametrize("sentence", LEFT)
def test_what_is_about_someone_else_is_left(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize("sentence", FOUND)
def test_what_is_about_the_child_is_found(sentence):
    assert check(sentence) != []
