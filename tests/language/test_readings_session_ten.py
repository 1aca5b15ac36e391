"""The checker's readings of session 10 (issue 13, 5 December 2026): blame through cause and consent.

Blame through cause is one reading said many ways: something the child did or is (her temper, his posting,
a gerund clause such as "sneaking out after midnight") is named as what caused, drove, exposed, started or
lies behind the harm, or the harm is said to follow from it, or to have been avoidable had the child acted
otherwise, or the child "got herself" hurt. The adults' own acts, the harm as the cause of the child's
behaviour, a denial, and a policy quoting the words are left.

Consent is the child presented as the source of the decision: elected, opted in, decided himself, made the
call, self-directed, a willing recruit, through her own choosing, went along with it happily, would rather
stay at the flat, sought the men out; with the trips, packages and vans of exploitation as its context, or
the volition given as the reason nothing more will be done ("so no further action will be taken"). A school
trip, a college course, an adult's decision, a denial and a reframing by the adults' control are left.

An adult named by an age is the doer: "the 31-year-old who had been selling", and a pronoun the sentence
gives an adult's age ("he is 27"), where no child's age is written. What the adults set out to bring about
("the men plied her with vodka so that she agreed") or turned to their use ("and the men used that") is
held by the adults.

"As" explains a child's act by the adults' control only when it gives a reason ("as he was frightened of
them"), not when it labels the act ("described as coercion") or names what the act caused ("seen as the
cause of the debt"); a service passing on its view of the child ("Police advised Connor was ...") is not
the one the view is about; and "made it clear she wants" makes nobody do anything. Every sentence here was
written for these tests; none comes from an evaluation set. Each reading has its findings beside it.
"""

import pytest

from youthvoice.language import check
from youthvoice.language.responsibility import held_by_adults

LEFT = [
    # the adults' control explains what the child did
    "Nathan agreed to hold the phone as he was frightened of what the olders would do.",
    "She said yes because the men had threatened to hurt her little brother.",
    # the adult is the doer, or the words are denied
    "Staff advised that the man was a willing participant in the scheme to exploit her.",
    "Police advised Kyra did not agree to go with the men and was taken.",
]

FOUND = [
    # "as" that labels or names an effect explains nothing
    "When asked by staff, Chanel said yes to the men, so it was not recorded as coercion.",
    "His weed smoking was seen as the cause of the debt and the threats from the olders.",
    # a service passing on its view of the child: the child is the one the view is about
    "Police advised Macy was a willing passenger in the van to the flat.",
    "The school advised Macy was a willing passenger on the drive to the flat.",
    # "made it clear" is saying, not being made
    "He's made it very clear he wants to keep going to the address.",
]


BLAME_FOUND = [
    "Skipping school to hang about at the bus station is what got him noticed by the dealers.",
    "His temper at home is what drove him into the hands of the gang.",
    "Jade's use of chat rooms has caused the abuse.",
    "His mouthy attitude is behind what happened to him.",
    "Amira replied to the first message, so she started all of this.",
    "Lily's weight loss is making her more noticeable to the older men.",
    "Her posting online is drawing these men in.",
    "His showing off with cash drew the gang's attention.",
    "she went to the park party and that's when the assault happened",
    "Sneaking out after midnight is the main reason he keeps being targeted.",
    "The pictures were shared because she sent them to him first.",
    "Kyle got beaten by the olders because he mouthed off.",
    "If he stopped going to the skate park, the group would lose interest.",
    "Had Mia not turned her location on, the men may not have found her.",
    "He got himself stabbed by mouthing off to the olders.",
]

BLAME_LEFT = [
    # the adult is the doer, or the adults' thing is the cause
    "The man drove her into the city and left her there.",
    "The adult male got himself into debt with the dealers.",
    "Her mum's drinking is what exposed her to the men.",
    "He was attacked as a result of the group's threats.",
    "The images were shared because the man posted them online.",
    # the harm is the cause of the child's behaviour; a denial; a policy quoting the words
    "Her drinking is a consequence of the abuse she suffered.",
    "Her clothes were not the reason she was targeted.",
    "Avoid writing 'her drinking is what got her hurt'; say who hurt her.",
    # what the child does that keeps them safe
    "Attending the youth club is what kept him away from the olders.",
    "Her confidence since the group work is what made her tell us.",
]


CONSENT_FOUND = [
    "Tamsin has elected to keep seeing the older lads at the flat.",
    "Marcus decided himself to catch the train out to Lincoln with the olders.",
    "His part in the dealing was self-directed, not the result of pressure.",
    "Dion made the call to stay at the flat over the weekend.",
    "Kerry-Ann has chosen this life and there is little more that can be done.",
    "He said yes each time, so no further action will be taken.",
    "Abi is meeting the men for sex through her own choosing.",
    "Leon was going along with it quite happily, staff said.",
    "He is well up for meeting the olders again this weekend.",
    "Kai would rather sleep at the flat than come home.",
    "Jess keeps seeking those men out at the park.",
    "Nico was a willing helper for the olders.",
    "Courtney freely handed over her address to the men.",
    "Zak volunteered to make the trip down to Margate with the package.",
    "Young people who opt into these arrangements with older men are hard to protect.",
]

CONSENT_LEFT = [
    # an adult decides; the child's choice denied or reframed by the adults' control
    "The older man elected to drive to the flat alone.",
    "Dad decided himself to take the family to the coast this summer.",
    "The man was well up for meeting her again, his messages show.",
    "Tamsin did not choose this life; the group groomed her.",
    "Marcus says he decided himself to go, but this reflects the control the olders have over him.",
    # a policy quoting the words
    "Avoid writing that a child 'made the call to go'; say who arranged it.",
    # choices about school, college and clubs
    "Isla was happy to go on the school trip to the castle.",
    "Aimee has elected to study French at college.",
    "It is up to him whether he joins the football team.",
    "Ben travels to college by train and would rather sit near the front.",
    "Sam agreed to the safety plan and it is up to him which youth club he attends.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers stopped the 31-year-old who had been selling cannabis outside the school.",
        "He is believed to be selling cannabis from his car; he is 27.",
    ],
)
def test_an_adult_named_by_an_age_is_the_doer(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "She is dealing for him from the flat; he is 27.",  # the adult's age is another pronoun's
        "He is dealing cannabis from the flat at weekends; he is 15.",
    ],
)
def test_a_child_doer_beside_an_adults_age_is_still_found(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The men plied her with vodka so that she agreed to go back to the flat.",
        "Mia wanted to go to the sleepover, and the men used that to get her into the car.",
        "The olders bought him new trainers so he would feel he owed them the money.",
    ],
)
def test_what_the_adults_set_out_to_bring_about_is_theirs(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mia wanted to go back to the flat with the men, so the police took no action.",
        "She agreed to go to the flat with the men, and they were arrested there.",
    ],
)
def test_the_childs_wish_with_the_adults_named_after_it_is_still_found(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Jayden keeps walking straight back into danger at the park.",
        "She placed herself in the path of harm again by meeting him.",
        "The review saw her risk as mostly self-created.",
        "Her way of life is what leaves her so unsafe around the olders.",
        "The touching at the bus stop was considered mild by staff.",
        "Three nights missing this month is hardly a concern for her age.",
        "He is always going missing, thats what he does.",
        "Another night missing isn't anything unusual for Jo.",
    ],
)
def test_self_risk_and_minimising_said_more_ways_are_found(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "He did not walk into danger; he was taken there by the group.",
        "The men placed themselves in the path of the children at the school gates.",
        "The assault was not mild; she was badly hurt.",
        "Going missing is never just what a child does; someone is usually behind it.",
        "Her mild asthma is well controlled.",
        "It is what she does at the weekends that we want to understand better.",
    ],
)
def test_their_denials_and_everyday_uses_are_left(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenzie is more than capable of defending herself against the older boys.",
        "At 13 she can handle the older men without any help.",
        "He holds his own with the older lads at the garage.",
        "Staff think she can sort herself out this time.",
        "At eleven he can look out for himself on the estate.",
        "She will cope with it on her own, according to her carer.",
        "He is an old soul and does not need us checking on him.",
    ],
)
def test_a_child_credited_with_keeping_themselves_safe_is_found(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "She tried to defend herself but the man held her down.",
        "Kenzie is not able to defend herself against adults; she is 13.",
        "The youth workers can handle the older men who come to the centre.",
        "She should not have to cope with it on her own.",
        "We will help her learn to look out for herself online.",
        "The session taught him how to sort himself out when he feels angry.",
    ],
)
def test_learning_to_stay_safe_an_adults_capacity_and_a_denial_are_left(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan is to disrupt the young dealers at the bus station.",
        "Officers are seeing more child drug dealers on the trains.",
        "The council will prioritise juvenile gang members for diversion work.",
    ],
)
def test_a_role_noun_marked_as_a_childs_labels_children(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The partnership will target the adult dealers at the bus station.",
        "Officers arrested two older dealers near the school gates.",
    ],
)
def test_a_role_noun_for_adults_is_left(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize("sentence", CONSENT_FOUND)
def test_the_child_as_the_source_of_the_decision_is_found(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize("sentence", CONSENT_LEFT)
def test_an_adults_decision_a_denial_or_an_everyday_choice_is_left(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize("sentence", BLAME_FOUND)
def test_the_childs_conduct_named_as_the_cause_is_found(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize("sentence", BLAME_LEFT)
def test_cause_put_on_the_adults_or_denied_is_left(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize("sentence", LEFT)
def test_what_the_adults_did_or_the_child_did_not_do_is_left(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize("sentence", FOUND)
def test_what_puts_it_on_the_child_is_found(sentence):
    assert check(sentence) != []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("She went along with it, which was described as coercion by the men.", "went along with it"),
        ("His smoking was identified as the main cause of the threats he got.", "smoking"),
    ],
)
def test_as_that_labels_or_names_an_effect_does_not_hold_the_adults(sentence, words):
    start = sentence.index(words)
    assert not held_by_adults(sentence, start, start + len(words))


def test_as_that_gives_a_reason_holds_the_adults():
    sentence = "He went along with it as a result of threats from the group."
    start = sentence.index("went along")
    assert held_by_adults(sentence, start, start + len("went along with it"))
