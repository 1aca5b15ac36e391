"""The checker's fifth round of readings (issue 13, session 8, 5 December 2026): more ways of saying the same.

Choice and consent (up for it, a willing passenger, of her own free will, wanted to be there, choosing to
associate, seeking out the company of adults); harm called normal for the child, horseplay or no concern;
the child's behaviour named as the cause (made themselves targets, brought this on her, attracted attention,
what keeps driving her back); the child as independent or a little adult; the child's lifestyle or reckless
attitude; the child called an offender or a worker for the line; and relationship words said another way
beside two ages (going steady, romantically involved, her new man, the couple).

Every sentence here was written for these tests from the guidance's categories; none comes from an
evaluation set. The hard negatives are the ones each reading must leave.
"""

import pytest

from youthvoice.language import check

FOUND = {
    "choice-said-another-way": [
        "Tasha was up for it and got into the car.",
        "Staff thought Kai was happy to go along with the men.",
        "Kayla said yes when the driver asked her to stay over.",
        "Jess was a willing passenger on the trips to the seaside.",
        "He is choosing to associate with known gang members.",
        "Mollie keeps seeking out the company of the older males at the garage.",
    ],
    "harm-called-normal": [
        "Staying out until 2am is normal for Callum, so no action was taken.",
        "The slap from the older boy was described as banter.",
        "Being given lifts by grown men is just how things are round here.",
        "It is not a major concern as she is only missing for a couple of hours.",
        "The messages from the man were put down to banter.",
    ],
    "cause-blamed-on-the-child": [
        "Looked-after teenagers who run away make themselves targets for exploiters.",
        "Her drinking brought this on her.",
        "Girls who dress older attract more attention from predatory men.",
        "His temper is what keeps driving him back to the group.",
        "Ryan got drawn into this because of his gaming.",
    ],
    "adultified-said-another-way": [
        "At thirteen Ellie is effectively independent.",
        "Jacob, 12, is very self-sufficient and can be trusted to protect himself.",
        "Officers called her a little woman.",
        "He has had to grow up fast and copes on his own.",
    ],
    "self-risk-in-other-words": [
        "Aaron's lifestyle is chaotic and unsafe.",
        "She has a reckless attitude to her own safety.",
        "The missing episodes are of her own doing.",
        "He keeps getting into situations where older men can hurt him.",
    ],
    "child-named-an-offender": [
        "Josh is seen by police as an offender involved in supply.",
        "He is now a trusted worker for the line.",
        "She is paying it back by holding for them.",
    ],
}

LEFT_ALONE = [
    # choice and consent where the adults are named, or in everyday senses
    "The men told Tasha she was up for it; this is what groomers say.",
    "Jess is a willing participant in the youth council.",
    # cause: the adults' doing, or what is not blame
    "The men's targeting of looked-after children is what caused the exploitation.",
    # adultifying: an adult, or independence as a goal for a care leaver
    "The support worker, 34, is fully independent of the council.",
    # lifestyle and offenders: adults
    "The landlord's lifestyle is one of holidays abroad.",
    "The man is a known offender involved in supply across the county.",
]


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule_id, text) for rule_id, texts in FOUND.items() for text in texts]
)
def test_each_reading_finds_its_kind(rule_id, text):
    assert rule_id in {finding.rule_id for finding in check(text)}, [(f.rule_id, f.text) for f in check(text)]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_the_hard_negatives_of_these_readings_stay_clean(text):
    assert check(text) == [], [(f.rule_id, f.text) for f in check(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Cerys, 14, is going steady with a man of 25.",
        "Lola, who is 13, is romantically involved with a 31-year-old.",
        "Her new man is 28 and she is 15.",
        "The couple, a 14-year-old boy and a 26-year-old woman, met online.",
    ],
)
def test_relationship_words_said_another_way_beside_two_ages(text):
    assert "age-aware-relationship" in {finding.rule_id for finding in check(text)}, check(text)


def test_each_new_rule_says_why_and_what_to_write_instead():
    for rule_id, texts in FOUND.items():
        finding = next(f for f in check(texts[0]) if f.rule_id == rule_id)
        assert finding.why and finding.suggestions and finding.source, rule_id
