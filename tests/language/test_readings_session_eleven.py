"""The checker's readings of session 11 (issue 13, 6 December 2026): readings any new writer will need.

Words quoted in order to be turned down are not the writer's: a quotation that is rejected, withdrawn, called
inappropriate or unacceptable, given "rather than" or "instead of" something better, taken out or fed back,
and a sentence that tells staff not to call, record, put or describe something while quoting it. A quotation
mark the match takes in ("promiscu*" reaching the closing quote) and an apostrophe inside a quoted word
("hadn't") do not hide the quotation. The same words used by the writer, or quoted from the child or a
colleague and left standing, are still findings.

Every sentence here was written for these tests; none comes from an evaluation set. Each reading has its
findings beside it.
"""

import pytest

from youthvoice.language import check


def flagged(text: str) -> bool:
    return bool(check(text))


QUOTED_TO_REJECT = [
    "Rather than 'he chose to stay with them', the plan now says 'he was held by the adults'.",
    'Instead of "she is sexually active", write that she is being sexually exploited.',
    '"Streetwise" is inappropriate for a child of twelve.',
    'Calling the assault "horseplay" is unacceptable and was challenged at the panel.',
    'The chair rejected the summary of the attack as "a scuffle".',
    'Police withdrew the description of him as "putting himself at risk".',
    'The reviewer found "choosing to go missing" in three plans and this was fed back.',
    "The sentence 'if he hadn't lied about where he was' was taken out.",
    "Quote changed: 'Amy is promiscuous' was deleted.",
    'Staff should not describe a child who carries drugs as "a runner".',
    'We must not record that she "chose to go"; the adults took her.',
    'the duty manager said don\'t put "not engaging" - write what we tried',
    '"Consensual" should never be used of a twelve-year-old and a man.',
]

STILL_FOUND_WITH_QUOTES = [
    # the writer's own words beside a quotation that is only reported
    "She said she is 'fine' but she put herself at risk again.",
    # a quotation nobody turns down
    'Mia is "promiscuous" and "out of control" at weekends.',
    # turned-down words elsewhere do not excuse the writer's own
    'Kai chose to go with them; "runner" is inappropriate, so we wrote "exploited".',
]


@pytest.mark.parametrize("text", QUOTED_TO_REJECT)
def test_words_quoted_to_be_turned_down_are_not_findings(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


@pytest.mark.parametrize("text", STILL_FOUND_WITH_QUOTES)
def test_words_used_beside_a_quotation_are_still_findings(text):
    assert flagged(text)


# The child's way of life, choices or safety named as what the harm comes from.
SELF_RISK_FOUND = [
    "His lifestyle is the reason the olders have got hold of him, and it puts him in danger.",
    "Children with chaotic lifestyles are easy targets for exploitation.",
    "The way she lives means she is always in danger.",
    "Noted Mason is at risk because of the way he carries on.",
    "Amy needs to make safer choices about the men she meets.",
    "The plan asks Tom to take responsibility for keeping himself safe.",
]
SELF_RISK_LEFT = [
    # health advice, the adults' way of life, a denial, a service's own choices
    "We talked about a healthy lifestyle and the risk of smoking.",
    "The gang's lifestyle is dangerous for the children they use.",
    "The risk comes from the men who target her, not from her lifestyle.",
    "We will make better decisions about placements to reduce risk.",
    "She chose the way she lives her weekends: football and her nan's.",
]


@pytest.mark.parametrize("text", SELF_RISK_FOUND)
def test_the_childs_way_of_life_as_the_risk_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", SELF_RISK_LEFT)
def test_a_way_of_life_that_blames_no_child_is_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


OVERSTATED_FOUND = [
    "The concern about the images was exaggerated.",
    "Most of what is said about the touching at the youth club is overblown.",
    "Reports of the assault have been blown out of proportion.",
]
OVERSTATED_LEFT = [
    # an adult's lie, and the concern held up, not played down
    "The men exaggerated his drug debt to keep him working.",
    "The harm to Jess has not been exaggerated in any way.",
    "The size of the crowd at the match was exaggerated in the paper.",
]


@pytest.mark.parametrize("text", OVERSTATED_FOUND)
def test_harm_called_overstated_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", OVERSTATED_LEFT)
def test_an_overstatement_that_plays_down_no_harm_is_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


# The child as the agent of drug supply: a role in the adults' organisation, caught in the act, holding
# what is sold, working in the trade. Adults doing it, a child told to do it, jobs and sport are left.
SUPPLY_FOUND = [
    "Jo is a distributor for the Northgate crew.",
    "Sam is one of the runners for the Hillside lot.",
    "Kit acts as a middleman in the Westway operation.",
    "Police caught Kane dealing near the station.",
    "Officers spotted him selling outside the school.",
    "Kane was seen selling near the station.",
    "Dani was found holding thirty wraps in her bag.",
    "Jay has been working in the drugs trade since he was 13.",
]
SUPPLY_LEFT = [
    "The youth worker for the county visited on Monday.",
    "Members of the Southside crew approached her at the park.",
    "Police caught the man dealing to children.",
    "She was caught selling cakes without a permit.",
    "Staff found him dealing with his anger well.",
    "The group boss told the boys to hold the knives in their bedrooms.",
    "He held her hand while the nurse took blood.",
    "Jay was made to hold the wraps by the men who control his phone.",
]


@pytest.mark.parametrize("text", SUPPLY_FOUND)
def test_the_child_as_the_agent_of_supply_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", SUPPLY_LEFT)
def test_supply_by_adults_or_done_to_the_child_is_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


# An adult's capacity credited to the child, and the protection a child is owed called unneeded.
ADULT_CAPACITY_FOUND = [
    "She has the maturity to decide who she sees.",
    "His independence means he can manage the risks himself.",
    "At 14 she is perfectly able to weigh up what is safe.",
    "Ava knows her own mind and goes where she likes.",
    "He is a man in the making and can look out for the others.",
    "She is living as an adult in all but name.",
    "Ruby, 13, leads an independent life and comes home when she wants.",
    "He does not need the same protection as younger children.",
    "Ben is tough and does not need supervising.",
]
ADULT_CAPACITY_LEFT = [
    "Dad has the maturity to decide what is best for the family.",
    "Her brother, 24, is living as an adult in his own flat.",
    "She did not choose this, and she is not able to weigh up the risks the men pose.",
    "He no longer needs a safety plan because the man has been charged.",
    "We have the experience to support her through court.",
]


@pytest.mark.parametrize("text", ADULT_CAPACITY_FOUND)
def test_an_adults_capacity_credited_to_a_child_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", ADULT_CAPACITY_LEFT)
def test_capacity_of_adults_and_protection_ended_for_a_reason_are_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


# Harm played down: "should not be escalated" is about what is done, not a note about wording, and harm
# called horseplay or messing about is found when the words before it say who was at it.
MINIMISING_FOUND = [
    "The touching in the corridor was minor and should not be escalated.",
    "Typical teenage behaviour, and it should not be referred on.",
    "The school thinks the groping was probably just the lads messing about.",
    "The slapping was no more than horseplay according to the head of year.",
]
MINIMISING_LEFT = [
    # talk about words, and ordinary play with no harm in it
    "The word streetwise should not be used about a child.",
    "Risky behaviour should not be referred to as a choice.",
    "The boys were messing about in the yard at lunch.",
    "The panel agreed the referral should not be delayed.",
]


@pytest.mark.parametrize("text", MINIMISING_FOUND)
def test_harm_played_down_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", MINIMISING_LEFT)
def test_talk_about_words_and_harmless_play_are_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


# A subject the sentence says is adults: the supply described in it is the adults' own.
SAID_TO_BE_ADULTS_LEFT = [
    "Those running the line are adults who use children.",
    "The people selling cannabis on the estate are men in their thirties.",
]
STILL_THE_CHILDS = [
    "She is running drugs for men.",
    "The boys running the line are children, not adults.",
    "Kai, who is running drugs for the olders, is a child.",
]


@pytest.mark.parametrize("text", SAID_TO_BE_ADULTS_LEFT)
def test_supply_by_a_subject_said_to_be_adults_is_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


@pytest.mark.parametrize("text", STILL_THE_CHILDS)
def test_supply_by_a_child_beside_adults_is_still_found(text):
    assert flagged(text)


# Everyday words that share a role noun's spelling, and the people who lead the group that exploits.
WORDS_NOT_ROLES_LEFT = [
    "Mia came runner-up in the poetry prize for the county.",
    "We planted runner beans with the county youth club.",
    "Theo is a talented runner who competes for the county over 1500 metres.",
    "The olders threatened his younger sister to keep him quiet about the line.",
    "The gang leader told Nico he was mature for his age.",
    "He has been dealing in antiques with his dad.",
]
ROLES_AND_DEALING_FOUND = [
    "Zac (13) was dealing in the park when the police came.",
    "Ali is clearly part of the local gang.",
    "Cole is a runner for the line and works the trap.",
]


@pytest.mark.parametrize("text", WORDS_NOT_ROLES_LEFT)
def test_everyday_words_and_the_leaders_words_are_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


@pytest.mark.parametrize("text", ROLES_AND_DEALING_FOUND)
def test_dealing_somewhere_and_a_place_in_the_gang_are_found(text):
    assert flagged(text)


# A role counted among the organisation's own ("one of their dealers", "the gang's main runner"), and harm
# called drama or silly behaviour.
COUNTED_AMONG_FOUND = [
    "Rio joined the Westside gang and is now one of their dealers.",
    "Jaden became the gang's main runner in the summer.",
    "The photos shared in Year 9 were just drama between friends.",
    "The nudes going round were a bit of silly behaviour.",
]
COUNTED_AMONG_LEFT = [
    "Rio was threatened by one of the dealers.",
    "One of the dealers picked Rio up from school.",
    "The man who picked her up is one of the dealers.",
    "There was some drama at the school play.",
]


@pytest.mark.parametrize("text", COUNTED_AMONG_FOUND)
def test_a_child_counted_among_the_dealers_and_harm_called_drama_are_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", COUNTED_AMONG_LEFT)
def test_dealers_acting_on_a_child_and_a_play_are_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


# Harm or risk called what all children do.
WHAT_CHILDREN_DO_FOUND = [
    "Sharing nudes is something most teenagers do these days.",
    "Staying out overnight with older lads is what kids get up to.",
]
WHAT_CHILDREN_DO_LEFT = [
    "Football after school is just what teenagers do.",
    "We asked what young people do when they feel unsafe online.",
    "The men said that sending pictures is just what girls do.",
]


@pytest.mark.parametrize("text", WHAT_CHILDREN_DO_FOUND)
def test_harm_called_what_children_do_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", WHAT_CHILDREN_DO_LEFT)
def test_what_children_do_with_no_harm_or_in_an_adults_words_is_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


# Harm made ordinary (kids being kids, typical adolescent experimentation, a concern called mild only, a child
# used to the harm) and a child called obstructive.
ORDINARY_FOUND = [
    "The groping at the bus stop was kids being kids.",
    "The sexting was seen as typical of teenage experimentation.",
    "Low concern only: an older man has been giving her lifts.",
    "Case closed, she is used to it by now and the men are still around.",
    "Mum is not worried as Kai is used to the violence at the flat.",
    "Jay is being obstructive and will not let us see him.",
]
ORDINARY_LEFT = [
    "Everyone knows boys being boys is no excuse.",
    "He is used to the new bus route now.",
    "The man told police she was used to it.",
    "The landlord was obstructive when police came.",
]


@pytest.mark.parametrize("text", ORDINARY_FOUND)
def test_harm_made_ordinary_and_a_child_called_obstructive_are_found(text):
    assert flagged(text)


@pytest.mark.parametrize("text", ORDINARY_LEFT)
def test_a_phrase_turned_down_an_ordinary_habit_and_an_adults_words_are_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


# Targeted because of a circumstance the adults exploit (out of school, excluded, alone) is correct usage;
# targeted because of what the child did is still blame.
CIRCUMSTANCE_LEFT = [
    "The men picked on Ty because he was out of school and on his own.",
    "She was targeted because she was excluded and alone.",
]
CONDUCT_STILL_FOUND = [
    "She was targeted because she was out late drinking.",
    "He got hurt because he was out at 3am with them.",
]


@pytest.mark.parametrize("text", CIRCUMSTANCE_LEFT)
def test_targeted_for_a_circumstance_is_left(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


@pytest.mark.parametrize("text", CONDUCT_STILL_FOUND)
def test_targeted_for_what_the_child_did_is_still_found(text):
    assert flagged(text)


# A partner word with one age, an adult's, said of the partner and no age for the one whose partner it is:
# the partnership's notes are about children, so the one with the adult "boyfriend" is presumed a child.
PARTNER_OF_ADULT_AGE = [
    ("Spoke to Ella about her boyfriend, who is 27 and drives a van.", "27"),
    ("Tia and her partner Jordan, 24, were seen at the station.", "24"),
    ("She has a 23-year-old boyfriend she met online.", "23"),
    ("Saw Amy and her fella in town; he is in his thirties.", "35"),
]
PARTNER_OF_ADULT_AGE_LEFT = [
    # the young person's own adult age is given
    "Kai (20) and his partner Sam (22) attend the parenting group.",
    # an adult is the one with the partner
    "Mum's partner, 34, attended the meeting.",
    "Corin's dad has a new partner, who is 41, and she has met the children.",
    "The suspect's wife, 36, was spoken to at the address.",
    # the age is someone else's, or the word is not a partner
    "Her boyfriend's dad, 45, called the office.",
    "Her friend, 19, gave her a lift home.",
    "Her partner's sister, 30, is a childminder.",
    "The 24-year-old man was arrested for grooming her.",
]


@pytest.mark.parametrize(("text", "age"), PARTNER_OF_ADULT_AGE)
def test_a_partner_of_adult_age_is_found_and_says_the_age(text, age):
    findings = [f for f in check(text) if f.rule_id == "age-aware-relationship"]
    assert findings, [f.rule_id for f in check(text)]
    assert f"age {age}" in findings[0].message


@pytest.mark.parametrize("text", PARTNER_OF_ADULT_AGE_LEFT)
def test_a_partner_of_adult_age_is_left_where_nothing_says_a_child(text):
    assert not [f for f in check(text) if f.rule_id == "age-aware-relationship"]
