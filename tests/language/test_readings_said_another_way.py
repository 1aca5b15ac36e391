"""The checker's fourth round of readings (issue 13, 5 December 2026): victim-blaming said another way.

Crime done for others named as the child's trade (couriering, laundering, stealing to order, selling
vapes); a debt that controls the child presented as the child's own; harm called a laugh or growing up
(banter, a phase, high spirits, hormonal); not coming to support put down to not being bothered; the worldly
child (clued up, a hardened young man, mature enough to manage her own safety); harm said to be because of
what the child did; the child said to have brought it on themselves or made it easy for the adults. Ages
written as "she's 14", "Yr 9", "approx 18-20" and "born in <year>", a relationship word in its possessive
("his girlfriend's flat") and a long-term partner (a stretch of time, not talk about terms).

Every sentence here was written for these tests from the guidance's categories (The Children's Society and
NAPAC, 2024); none comes from an evaluation set. The hard negatives are the ones each reading must leave.
"""

from datetime import date

import pytest

from youthvoice.language import check
from youthvoice.language.ages import read_ages
from youthvoice.language.meaning import about_wording, default_words

FOUND = {
    "crime-for-others-as-a-job": [
        "Kyle couriers weed between the two estates for the olders.",
        "Tia launders cash through her card for an older man.",
        "Jordan is known to steal to order from the retail park.",
        "He is a prolific shoplifter.",
        "Ollie is the main supplier to the younger kids on the estate.",
        "Sam sells vapes and nitrous at school.",
    ],
    "debt-as-the-childs": [
        "Ben still owes the money and daren't go home.",
        "Lily is in debt to a man on the estate.",
        "She has to clear what she owes by the weekend.",
    ],
    "harm-called-a-laugh": [
        "The lads were only messing about.",
        "The touching at the party was only a bit of a laugh, the boys said.",
    ],
    "harm-called-growing-up": [
        "Boys will be boys.",
        "She's hormonal at the moment.",
        "It's all typical for a teenager round there.",
        "Jay is going through a rough patch and will grow out of it.",
    ],
    "not-bothered-to-attend": ["Kira just could not be bothered to come to the sessions."],
    "worldly-child": [
        "Lola is a woman of the world at thirteen.",
        "Zac is clued up and knows the score.",
        "Max is a hardened young man.",
        "Given her maturity she can manage her own safety.",
        "Ella acts much older than 12.",
    ],
    "harm-because-of-what-the-child-did": [
        "Aaron was beaten because he was rude to the older lads.",
        "The assault was a direct consequence of Rosa's refusal to stay home.",
    ],
    "brought-on-self": [
        "Leah brought this on herself by staying out.",
        "Tom made it easy for them by answering every message.",
        "She leads the men on.",
        "That's how the group found him.",
    ],
}

LEFT_ALONE = [
    # a debt the adults say the child owes, or invented, or nobody's but an organisation's
    "Ruby owes the library three books.",
    "The men told him he owes them money.",
    "Andy was told he owed a debt after the adults staged a robbery of his bag.",
    "The council's debt to the bus company has been settled.",
    # the child's need, not their conduct, as what the adults used
    "His learning needs made it easier for the adults to manipulate him.",
    # the harm and a reason that is the adults', or the child's vulnerability
    "Finn was targeted because the men saw he was alone.",
    "Finn was targeted because he was lonely.",
    "Grace was abused because she was a child.",
    "Hana was hurt as she walked home.",
    # everyday senses
    "Her mum is hormonal since the menopause and the doctor is helping.",
    "The chess club is run by a man of the world in his sixties.",
    "Oscar was running for the bus.",
    "The quiz was just a bit of a laugh for the team.",
]


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule_id, text) for rule_id, texts in FOUND.items() for text in texts]
)
def test_each_reading_finds_its_kind_with_its_own_rule(rule_id, text):
    assert rule_id in {finding.rule_id for finding in check(text)}, check(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_the_hard_negatives_of_these_readings_stay_clean(text):
    assert check(text) == [], [(f.rule_id, f.text) for f in check(text)]


def test_each_new_rule_says_why_and_what_to_write_instead():
    findings = check("Kyle couriers weed for the olders. Boys will be boys. Max is a hardened young man.")
    assert len(findings) == 3
    for finding in findings:
        assert finding.why and finding.suggestions and finding.source


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Amy, thirteen, says her boyfriend who's 23 buys her things.", [13, 23]),
        ("Pupil (Yr 9) is seeing a 20yo.", [13, 20]),
        ("Y10 girl, older bf approx 19-21.", [14, 19]),
        ("Dan's bf is 19 and he's 13.", [19, 13]),
        ("About 20 young people came and approx 30 staff.", []),
        ("It's 10 past and she's 5 minutes late.", []),
    ],
)
def test_ages_in_contractions_short_school_years_and_guesses_are_read(sentence, ages):
    assert [age.value for age in read_ages(sentence)] == ages


def test_a_birth_year_is_read_as_the_age_this_year():
    born = date.today().year - 14
    assert [age.value for age in read_ages(f"Mia (born May {born}) lives with a man.")] == [14]
    assert [age.value for age in read_ages(f"DOB 03/04/{born}.")] == [14]


@pytest.mark.parametrize(
    "text",
    [
        "Priya, 14, goes to her boyfriend's flat; he is 21.",
        "Tia has a long-term boyfriend (aged 30); she is 15.",
        "Her partner is twice her age; she's fifteen.",
        "13 yr old girl, older boyfreind about 19.",
        "Demi (born in {born}) is living with her partner, who is 25.",  # {born}: 13 years ago
    ],
)
def test_relationship_words_with_ages_said_another_way(text):
    text = text.format(born=date.today().year - 13)  # the year when the test runs, not at import
    assert "age-aware-relationship" in {finding.rule_id for finding in check(text)}


def test_a_long_term_partner_is_time_not_talk_about_wording():
    words = default_words()
    assert not about_wording("Tia has a long-term boyfriend.", words)
    assert not about_wording("He has been in a short term placement since term-time began.", words)
    assert about_wording("The term 'boyfriend' should not be used for an adult abuser.", words)


def test_two_adults_or_two_children_of_an_age_stay_clean():
    assert check("Her brother, 24, and his long-term partner, 23, have a flat.") == []
    assert check("Priya, 14, was at her friend's house with Leah, 15.") == []
