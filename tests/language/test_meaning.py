"""The checker's second stage reads what a sentence says: who does what, negation, quoting, ages, acronyms.

Every sentence here was written for these tests (none comes from an evaluation set).
"""

from importlib.resources import files

import pytest

from youthvoice.language import check
from youthvoice.language.ages import read_ages
from youthvoice.language.meaning import acronym_explained, default_words, labelled_child, words_from_text
from youthvoice.language.rules import RulesError, inflections, rules_from_text


def flagged(text: str) -> bool:
    return bool(check(text))


@pytest.mark.parametrize(
    "text",
    [
        # choice and consent, said another way
        "Nadia went to his flat of her own free will.",
        "She decided to stay at the address overnight with the men.",
        "He was happy to carry the bag for the older boys.",
        "She seems to enjoy the gifts the adults buy her.",
        "She never refused when the men asked her to go with them.",
        "She let him film it.",
        # blame through cause
        "Her short skirt drew the attention of the men at the party.",
        "Because she was drunk, the group took advantage of her.",
        "His constant lying to carers meant the dealers could groom him.",
        # self risk
        "Leah keeps placing herself in unsafe situations with older males.",
        "He knowingly goes to the trap house.",
        # criminalising: role nouns and verbs with the child as the doer
        "Reece is a shotter for the estate's line.",
        "He has been holding drugs for the olders.",
        "She works for a man who runs the deal line.",
        "Kai is part of a gang that sells cannabis.",
        # minimising
        "It was a low-level incident of sexual touching.",
        "The pictures were just sexting between friends.",
        "She refuses to engage with her worker.",
        # adultifying
        "Mo, 13, is street-smart and can handle himself.",
        "She is a 14-year-old young woman who makes adult choices.",
        # jargon
        "Discussed at MACE; NRM to follow.",
        # "grown up" said of the child
        "Staff felt she was very grown up for thirteen.",
        # "you" in an update written to young people is the young person
        "You were putting yourselves at risk by going there.",
    ],
)
def test_harmful_wording_is_found_however_it_is_phrased(text):
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the adult is the doer
        "The man who ran the line groomed children from the estate.",
        "Adult gang members were seen approaching children near the shops.",
        "Older males have been dealing cannabis from the flat.",
        "The adults recruited her through social media.",
        # done to the child: correct usage
        "He was made to hold drugs by the older boys.",
        "She was forced to carry packages for the group.",
        # negation and concession
        "She did not choose this; she was groomed.",
        "Children cannot consent to their own abuse.",
        "Although he may seem streetwise, he is 13 and is being exploited.",
        "The assault was not caused by what she wore.",
        # quoted to be replaced, or reported as someone else's distancing claim
        "Our guidance replaces 'putting herself at risk' with 'is at risk from'.",
        "Avoid describing a child as a runner.",
        "The suspect claimed she wanted it.",
        # neutral use of the same words
        "She agreed to meet her youth worker on Tuesday.",
        "He chose pasta for lunch.",
        "She wore her school uniform to the review.",
        "He put himself forward for the youth council.",
        # explained acronyms
        "The Multi-Agency Child Exploitation (MACE) meeting discussed her case.",
        "A referral went to the NRM (National Referral Mechanism).",
        # done to the child by someone else, whoever that someone is
        "When someone forces a young person to carry drugs for them, it is exploitation.",
        # a grown-up named as someone to trust is an adult, not the child made older
        "A grown-up you feel safe with and can talk to, like a youth worker or a coach.",
        # ages that do not make a child-adult relationship
        "Jade (15) and her boyfriend (15) go to the same school.",
        "She lives with her mum (38) and her mum's partner (41).",
    ],
)
def test_hard_negatives_are_not_found(text):
    assert not flagged(text), [f.rule_id for f in check(text)]


def test_an_age_aware_relationship_finding_names_the_ages_it_read():
    findings = [
        f
        for f in check("Amy (14) is seeing her boyfriend, aged 23, most weekends.")
        if f.category == "consent"
    ]
    assert findings
    assert "14" in findings[0].message and "23" in findings[0].message
    assert "cannot consent" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Her partner is 24 and she is 15.",
        "The 15 yo has a 22-year-old girlfriend.",
        "Ella, fifteen, says Dan (twenty-two) is her fella.",
        "A man in his thirties is in a relationship with Year 9 pupil Tia.",
    ],
)
def test_ages_in_any_form_make_a_relationship_finding(text):
    assert any(f.rule_id == "age-aware-relationship" for f in check(text)), text


def test_ages_are_read_with_the_word_they_belong_to():
    ages = read_ages("Jade (14) met Tom, 22, and a 30-year-old man; she is in Year 9.")
    assert [(a.value, a.owner) for a in ages] == [(14, "jade"), (22, "tom"), (30, "man"), (13, "")]
    assert read_ages("They talked for 15 years about 12 May at 3 pm.") == ()


@pytest.mark.parametrize(
    ("sentence", "acronym", "explained"),
    [
        ("The Child in Need (CIN) plan continues.", "CIN", True),
        ("The Section 47 (S47) enquiry began.", "S47", True),
        ("CAMHS (child and adolescent mental health services) will see her.", "CAMHS", True),
        ("Return Home Interviews (RHIs) were offered.", "RHIs", True),
        ("Two RHIs were missed.", "RHIs", False),
        ("Discussed at MACE yesterday.", "MACE", False),
    ],
)
def test_an_acronym_is_explained_only_when_spelled_out_in_the_same_sentence(sentence, acronym, explained):
    start = sentence.index(acronym)
    assert acronym_explained(sentence, start, start + len(acronym)) is explained


def test_lemmas_expand_to_regular_and_listed_forms():
    assert inflections("stop", {}) == ["stop", "stops", "stopped", "stopping"]
    assert inflections("carry", {}) == ["carry", "carries", "carried", "carrying"]
    assert inflections("choose", {"choose": ["chooses", "chose", "chosen", "choosing"]})[2] == "chose"


RULES = """
categories: {consent: Consent}
sources: {s: Source}
rules:
- id: r
  category: consent
  severity: high
  patterns: ["<agree> to"]
  message: m
  why: w
  suggestions: [s]
  source: s
  meaning: {doer: %s}
"""


def test_a_rule_with_a_broken_meaning_block_is_refused_with_its_name():
    assert rules_from_text(RULES % "child").rules[0].meaning.doer == "child"
    with pytest.raises(RulesError, match="rule 'r'.*meaning.doer"):
        rules_from_text(RULES % "adult")


def test_the_meaning_word_lists_are_validated():
    with pytest.raises(ValueError, match="must have exactly the lists"):
        words_from_text("adult_people: [man]")


@pytest.mark.parametrize(
    ("sentence", "label", "without_parse"),
    [
        ("She was described in the strategy meeting as a runner for the estate.", "runner", True),
        ("He is seen by the school as a dealer.", "dealer", True),
        # a relative clause: left to the parse
        ("He is seen as the one who sells for them.", "sells", False),
        ("They are often treated as dealers by staff.", "dealers", True),
        # someone other than a service is named: left to the parse
        ("He was described by the older men as their runner.", "runner", False),
        # the child is not the subject, or is the one giving the label
        ("The men are described as dealers.", "dealers", False),
        ("She described him as a runner.", "runner", False),
    ],
)
def test_a_child_given_a_label_by_a_passive_verb_is_read_without_a_parse(sentence, label, without_parse):
    start = sentence.index(label)
    assert labelled_child(sentence, start, start + len(label), default_words()) is without_parse


def test_a_child_labelled_in_the_passive_is_still_a_finding():
    assert flagged("She is described in the referral as a drug runner for the olders.")


def test_coercion_words_carry_their_causing_tag_and_a_wrong_tag_is_refused():
    words = default_words()
    assert {"make", "force"} <= words.causing <= words["coercion_words"]
    assert "ask" in words["coercion_words"] and "ask" not in words.causing
    text = (files("youthvoice.language") / "data" / "meaning.yaml").read_text(encoding="utf-8")
    broken = text.replace("{make: causing}", "{make: causes}")
    with pytest.raises(ValueError, match="coercion_words.*'make' must be one of \\['causing'\\]"):
        words_from_text(broken)
    with pytest.raises(ValueError, match="one word and its tag"):
        words_from_text(text.replace("{make: causing}", "{make: causing, force: causing}"))
