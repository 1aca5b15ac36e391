"""The checker's second round of general readings (issue 13): blame through cause and counterfactuals,
consent said as a state or a mutual thing, harm called harmless or a phase, the child's account doubted, self
risk said with a possessive, and the hard negatives each must leave alone.

Every sentence here was written for these tests from the guidance's categories (The Children's Society and
NAPAC, 2024; NSPCC Learning, "Why language matters"); none comes from an evaluation set.
"""

import pytest

from youthvoice.language import check
from youthvoice.language.meaning import acronym_explained, default_words, negated

FOUND = [
    "Her drinking is what led the men to target her.",
    "Maya's late nights are the reason she was picked up by the group.",
    "His truancy has drawn him towards the older boys who exploit him.",
    "Had she stayed at her placement, the abuse would not have happened.",
    "If Sam had not gone to the party, he would not have been assaulted.",
    "Because she kept going out at night, the men were able to groom her.",
    "The exploitation started because he lied to his carers.",
    "Her clothes attracted the attention of the adults at the flat.",
    "She decided for herself to go to the address with the men.",
    "He went to the flat by choice and nobody forced him.",
    "The touching was a one-time thing and fairly harmless.",
    "It is a phase he will grow out of.",
    "She exaggerates what the men do to get attention.",
    "Her contact with the older men is typical experimentation.",
    "He keeps jeopardising his own safety by going missing.",
    "She is risk-seeking and is not keeping herself safe.",
    "Tom (13) acts about 25 and is his own man.",
    "She has been non-responsive to all contact from the worker.",
]

# The same words where an adult or a service is the cause, the counterfactual is about what was done to the
# child, the words are quoted to be replaced, negated, or used in their everyday sense.
LEFT_ALONE = [
    "Her mum's drinking is the reason she was left alone with the adults.",
    "His learning disability is the reason the group targeted him.",
    "Her age is why she cannot consent to what the man did.",
    "If the police had acted sooner, she would not have been exploited.",
    "Had staff listened to her, the abuse would have been stopped earlier.",
    "If she had been given support earlier, she would not have been harmed.",
    "If he had not been groomed, he would never have been arrested.",
    "Because the men kept messaging her, she was frightened to go to school.",
    "Because the adults gave him cannabis, he was easy for them to control.",
    "The abuse happened because the man chose to abuse her.",
    "His trauma is what the adults exploited to control him.",
    "Her vulnerability was the reason the adults singled her out.",
    "The exploitation is linked to the adults' control of the flat.",
    "Her attendance has improved, which is why the school is less worried.",
    "Her confidence is growing and has led to her joining the drama club.",
    "His love of football has drawn him into the youth club team.",
    "Since she moved to the new placement, she has felt safer.",
    "It is no wonder she is angry after what the men did to her.",
    "If she comes to the group on Tuesday, we will help her with the bus pass.",
    "The assault was not minor; it caused lasting harm.",
    "What seemed harmless at first was the adult grooming her.",
    "The spider in the art room was harmless.",
    "She has grown out of her school shoes.",
    "He told a joke at the youth club quiz.",
    "The adult exaggerated his age online to seem younger.",
    "She was worried staff would think she was making it up.",
    "She enjoyed experimenting with clay in the art group.",
    "She is in agreement with the safety plan and the referral to the exploitation team.",
    "He volunteered to speak at the exploitation conference about his experience.",
    "She is not exaggerating; the messages from the adult were worse than she said.",
    "The risk to her is not minimal.",
    "Staff are responsible for their own safety on home visits.",
    "He is not responsible for his own exploitation.",
    "The men were looking for trouble outside the shop.",
    "The adults treat her like an adult, which is part of the grooming.",
    "She is a keen runner and came first in the school race.",
    "Child criminal exploitation is a form of abuse.",
    "The panel agreed to stop using 'risky behaviour' in minutes.",
    "Strategy meeting (strat) held on Monday with police.",
    "Children's Services (CS) have allocated a worker.",
    "She opted to take the bus to college.",
    "By mutual agreement the meeting moved to Thursday.",
    "She wants to be part of the youth council.",
    "The man manipulated her into thinking she had agreed to it.",
]


@pytest.mark.parametrize("text", FOUND)
def test_the_general_readings_find_blame_however_it_is_worded(text):
    assert check(text), text


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_the_hard_negatives_of_the_general_readings_stay_clean(text):
    assert not check(text), [finding.rule_id for finding in check(text)]


def test_a_not_inside_a_counterfactual_is_no_negation():
    words = default_words()
    for sentence, word in [
        ("Had Mia not chosen to go there", "chosen"),
        ("If Leo had not lied to staff", "lied"),
    ]:
        assert not negated(sentence, sentence.index(word), words), sentence
    sentence = "She had not chosen to go"
    assert negated(sentence, sentence.index("chosen"), words)


@pytest.mark.parametrize(
    ("sentence", "shorthand", "explained"),
    [
        ("Strategy discussion (strat) held on Monday.", "strat", True),
        ("Children's Social Care (CSC) took the referral.", "CSC", True),
        ("The strat is on Monday.", "strat", False),
        ("Social Care (CSC) took the referral.", "CSC", False),
    ],
)
def test_shorthand_and_possessive_spellings_count_as_explained(sentence, shorthand, explained):
    start = sentence.index(shorthand)
    assert acronym_explained(sentence, start, start + len(shorthand)) is explained


def test_a_choice_the_abuser_made_the_child_believe_in_is_not_the_childs():
    assert not check("The man manipulated her into thinking she had agreed to it.")
    assert check("She had agreed to it and went back to the men.")
