"""The checker's readings of session 10 (issue 13, 5 December 2026): blame through cause and consent.

Blame through cause is one reading said many ways: something the child did or is (her temper, his posting,
a gerund clause such as "sneaking out after midnight") is named as what caused, drove, exposed, started or
lies behind the harm, or the harm is said to follow from it, or to have been avoidable had the child acted
otherwise, or the child "got herself" hurt. The adults' own acts, the harm as the cause of the child's
behaviour, a denial, and a policy quoting the words are left.

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
