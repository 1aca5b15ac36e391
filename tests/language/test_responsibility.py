"""Who a sentence holds responsible (issue 13, branch lang-g): the reading that tells a protective sentence
from a blaming one that uses the same words, and blame said through what the child's act caused.

Every sentence here was written for these tests from the guidance's categories (The Children's Society and
NAPAC, 2024); none comes from an evaluation set.
"""

import pytest

from youthvoice.language import check
from youthvoice.language.meaning import about_wording, default_words
from youthvoice.language.responsibility import held_by_adults

# Protective: the words a blaming sentence would use, with the responsibility put on the adults.
PROTECTIVE = [
    # an explanation by control, after the child's act
    "Zayn carried the parcels for the older males because they had threatened his mum.",
    "Imogen keeps going back to the flat out of fear of what the men will do to her sister.",
    "Rhys sold cannabis for the group after being threatened with a knife.",
    # a reframing clause
    "Nell seems to want to see him, but this reflects how thoroughly he has groomed her.",
    "Kit goes willingly, which is itself a sign of the control the gang has over him.",
    # a passive whose agent is the adults
    "Ayo was pressured by a local gang into holding drugs at his nan's house.",
    "Her missing episodes are often arranged by the adults who exploit her.",
    "Theo has been recruited by older men and exploited to move drugs.",
    # a denial that the child could consent
    "Even if Rosa appears to agree to the trips, she cannot truly consent to her own exploitation.",
]

# The same words with the responsibility left on the child: still findings.
STILL_BLAMING = [
    "Zayn carried the parcels for the older males because he wanted the money.",
    "Imogen keeps going back to the flat because she likes the attention.",
    "Nell chose to go with the men even though staff say they groomed her.",
    "Her drinking is what led to her being groomed by the man.",
    "Kian agreed to the trip, so there was no coercion involved.",
    "He let himself be used by the gang.",
]

# Blame through what the child's act caused, said through the shape of the sentence.
CAUSE = [
    "Mara's habit of posting her location is what brought the men to her door.",
    "Her short dresses and bright lipstick drew the older men to her.",
    "Dev answered a message from a stranger, and that is what gave the man a hold over him.",
    "Suki's quiet, flirty way with the drivers is what started it.",
    "The threats only began after Jonah posted photos of his new phone.",
    "The danger stems mainly from Aisha walking home through the park.",
    "If Corey had stayed in at night, the group would never have found him.",
    "Had Gemma not gone to the house party alone, this could have been avoided.",
    "Luca's lateness back to the home allowed the situation to escalate.",
]

CAUSE_NEGATIVES = [
    "The men's threats are what drew Lena back to the flat.",
    "The abuse only began after the man moved in next door.",
    "If the school had acted on the first referral, the abuse could have been avoided.",
    "Staff should avoid saying a child put herself at risk.",
]


@pytest.mark.parametrize("sentence", PROTECTIVE)
def test_protective_sentence_is_not_a_finding(sentence):
    assert check(sentence) == []


@pytest.mark.parametrize("sentence", STILL_BLAMING)
def test_blaming_sentence_with_the_same_words_is_a_finding(sentence):
    assert check(sentence), sentence


@pytest.mark.parametrize("sentence", CAUSE)
def test_blame_said_through_cause_is_a_finding(sentence):
    assert check(sentence), sentence


@pytest.mark.parametrize("sentence", CAUSE_NEGATIVES)
def test_cause_put_on_the_adults_or_services_is_not_blame(sentence):
    assert [f for f in check(sentence) if f.category == "victim-blaming"] == []


def test_responsibility_looks_after_the_match_not_before():
    # Grooming named before the child's act does not explain it; named after, as its cause, it does.
    sentence = "Though he groomed her, Amy chose to go."
    start = sentence.index("chose")
    assert not held_by_adults(sentence, start, start + len("chose to go"))
    sentence = "Amy chose to go because he had groomed her."
    assert held_by_adults(sentence, sentence.index("chose"), sentence.index("chose") + len("chose to go"))


def test_a_control_word_that_is_denied_does_not_explain():
    sentence = "Lola went with them when asked, without any pressure from anyone."
    assert not held_by_adults(sentence, 5, 19)


def test_avoided_is_about_wording_only_when_words_are_avoided():
    words = default_words()
    assert about_wording("Please avoid using the phrase in minutes.", words)
    assert about_wording("Staff avoided 'risky behaviour' in the new plan.", words)
    assert not about_wording("The harm could have been avoided with an earlier referral.", words)


# Kinds said another way (this round): self-risk as the child's judgement or a self- compound, minimising
# by grading the harm down, consent about going back, the child's own account doubted.
SAID_ANOTHER_WAY = [
    "Nico's poor judgement keeps leaving him exposed to the dealers.",
    "Tamsin's chaotic lifestyle that leaves her open to the men is the main concern.",
    "Ellis is on a self-sabotaging track with the group at the park.",
    "The man's comments to her were slightly inappropriate, nothing more.",
    "School see the touching as play-fighting between the boys and the older lad.",
    "It is a low-grade worry about the messages from the man and can stay with school.",
    "Mo isn't ready to engage, so the case will close.",
    "Freya keeps going back to the flat of her own free will, staff said.",
    "Ollie's account of being hit by the men is probably exaggerated.",
    "She has been warned about the men many times and carries on regardless.",
    "He keeps going to the flat despite repeated warnings.",
    "Kezia (13) is practically a grown woman in how she talks to the men.",
    "Staff feel Aron, 14, is more of a man than his dad.",
    "The referral calls the 13-year-old a young adult who knows what he is doing.",
    "Remi is no kid; he runs rings round the police.",
]

NOT_SAID_ANOTHER_WAY = [
    "Regardless of what she wore, the men are responsible for the assault.",
    "Max is ready to engage with the youth worker now.",
    "Priya went on the school trip and wanted to see the dinosaurs.",
    "No child can agree to being exploited.",
    "The driver is effectively a stranger to the family.",
]


@pytest.mark.parametrize("sentence", SAID_ANOTHER_WAY)
def test_kinds_said_another_way_are_findings(sentence):
    assert check(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_SAID_ANOTHER_WAY)
def test_their_hard_negatives_are_not(sentence):
    assert check(sentence) == []
