"""The checker's third round of general readings (issue 13, session 4 of 4 Dec 2026), one kind of miss each:
harm said to be expected, explained or to have followed from what the child did; hindsight about the child;
the child's conduct as what puts them at risk; drug-market slang and criminal roles; willingness said as an
adverb; minimising by comparison; adultifying by comparison; ages written in words, ordinals and "to be";
and the hard negatives each must leave alone (the adult's own words, quoted wording being changed, the
school's term, a record that names the control behind what the child does).

Every sentence here was written for these tests from the guidance's categories (The Children's Society and
NAPAC, 2024; NSPCC Learning, "Why language matters"); none comes from an evaluation set.
"""

import pytest

from youthvoice.language import check
from youthvoice.language.ages import read_ages
from youthvoice.language.meaning import about_wording, default_words
from youthvoice.language.rules import RulesError, rules_from_text

FOUND = {
    "harm-called-expected": [
        "Mercy had been drinking all afternoon, so the assault at the house was no surprise.",
        "Tyler owed the olders money, so it is hardly a surprise they made him hold their phone.",
        "Dressed like that, it was only a matter of time before the men paid her attention.",
    ],
    "harm-explained-by-childs-conduct": [
        "Ashley kept slipping out of the window at night, which is why the group could reach her so easily.",
        "Rio spends every evening at the bus station, which goes some way to explaining the abuse.",
    ],
    "harm-followed-childs-conduct": [
        "The grooming stemmed from her chatting to strangers on a games console.",
        "The assault followed Nadia accepting a lift from two men she had met that day.",
    ],
    "hindsight-on-the-child": [
        "Bea was attacked after she went back to the stranger's flat, which she should never have done.",
    ],
    "childs-behaviour-as-cause": [
        "Jamal's loud mouth is what got him beaten up by the olders.",
        "Her habit of lying to staff left the door open for the men to groom her.",
        "It was his drinking that brought Ollie into contact with the group at the park.",
        "She kept skipping school, which contributed to the exploitation.",
    ],
    "childs-behaviour-as-reason": [
        "Her flirty manner is one reason the men targeted her.",
    ],
    "childs-conduct-puts-at-risk": [
        "Kerry's chaotic choices are putting her at serious risk of exploitation.",
        "His lifestyle is placing him in danger.",
        "She keeps doing things that are putting her at risk.",
    ],
    "self-risk-said-another-way": [
        "Deshawn is gambling with his own safety by going to the flat.",
        "We will talk with Pria about the risks she takes with her own safety.",
        "His lifestyle is high-risk.",
    ],
    "drug-market-errands": [
        "Kobe has been doing drops for the olders after school.",
        "Levi did runs for the men in the car every weekend.",
    ],
    "drug-market-slang": [
        "Reece is grafting for a man from the city and keeps the cash.",
        "Mo was holding stock for the line at his aunt's flat.",
        "Jess is now actively selling pills at the skate park.",
        "Tariq stashes knives for the gang behind the garages.",
    ],
    "drug-market-verbs": [
        "Leo has been trapping from an address on the estate.",
    ],
    "criminal-role-for-a-child": [
        "Kai is an associate of a local drugs crew.",
        "Ellis is a known member of the Riverside gang.",
        "Josh (15) is a county lines offender.",
        "Sami is a street dealer for the older boys.",
    ],
    "offender-label-for-a-child": [
        "As the offender, Aaron (14) will be interviewed about the drugs in his bag.",
    ],
    "willingness-adverb": [
        "The photos were sent voluntarily to the man, she says.",
        "Chloe went to the party with the men of her own accord.",
    ],
    "agreed-or-wanted": [
        "Kimi was agreeable to the sexual contact with the older boy.",
        "Ayo signed up for the drug runs with the group.",
    ],
    "did-not-refuse": [
        "Zoe did not say no at any point when the man touched her.",
    ],
    "exchanging-sex": [
        "Aimee has been offering sex in return for lifts and vapes.",
    ],
    "harm-called-small": [
        "The threats from the older boys were playground talk.",
        "The men at the party giving Lola drinks was nothing untoward.",
    ],
    "harm-compared-down": [
        "The kicking Ryan got from the group was just a bit of a scuffle.",
        "Being made to hold a bag once hardly counts as exploitation.",
    ],
    "support-not-taken-seriously": [
        "Keira is not taking the support seriously and missed two sessions.",
    ],
    "only-self-to-blame": [
        "Connor has only himself to blame for the men finding him.",
    ],
    "adultifying-said-another-way": [
        "Ruby (13) is a woman in all but name.",
        "Devon has an old head on his shoulders and can cope with anything.",
        "Marnie acts much older than she is around the men.",
        "Kieran carries himself like a grown man on the estate.",
        "Sasha acts as if she is 25 with the men.",
    ],
}

LEFT_ALONE = [
    # harm called expected: the child's reaction to harm is understandable; an expected date
    "It is understandable that she is angry after what the men did to her.",
    "Her fear of the group is understandable given the threats.",
    "She was groomed for months, so her mistrust of adults is no surprise.",
    "Lily is expected to attend the meeting about the men on Friday.",
    "The men had given her vodka, so the assault was not a surprise to the investigating officers.",
    "It was only a matter of time before the police caught the men who ran the line.",
    "It is understandable that the girls feel unsafe around the older men.",
    # explained: the harm explains the child's behaviour, or the record explains our plan
    "Tom was threatened by the olders, which is why he keeps going missing.",
    "The men control Aisha through debt, which explains why she goes back.",
    "We have a new worker for her, which is why the plan has changed.",
    "He kept going missing, which is why the police issued a warning notice to the men.",
    "Being groomed explains why she kept returning to the flat.",
    # followed: the abuse followed the adults' actions, or what happened to the child
    "The abuse followed months of grooming by two men.",
    "The assault followed her mum's eviction, when the family had nowhere to go.",
    "The assault followed her disclosure to school, when the men found out.",
    # hindsight: services and adults, and the passive
    "We should have acted sooner when she told us about the man's flat.",
    "She should never have been placed at the address where the men found her.",
    # the child's things that are not blame, and adults' choices
    "Her mum's choices are putting her at risk of exploitation.",
    "The adults' actions are placing him in danger.",
    "Her learning needs are putting her at greater risk from the men.",
    "The men's lifestyle is high risk and chaotic.",
    # slang words in their everyday senses
    "Kobe does drops of paint on the canvas in art club.",
    "Ola did a run round the park with her mum and felt great.",
    "The quiz night was just a bit of a laugh for the staff team.",
    "We are taking the concerns about the men very seriously.",
    "Nobody but the man is to blame; she has nothing to blame herself for.",
    "Jade is holding stock for the school shop at the cafe.",
    "Arjun is a member of the youth club football team.",
    "The 34-year-old is a known member of the Riverside gang.",
    "The man who ran the line was a street dealer for years.",
    "The offender, aged 31, was charged with supplying drugs to Amir (15).",
    # willingness about help, and nothing to do with exploitation
    "Mina voluntarily told the police about the men at the flat.",
    "He came to the session of his own accord.",
    # minimising: the writer naming it, the adult's own words
    "The 40-year-old told police his messages were just banter.",
    "The men tried to play the assault down, calling it a one-off.",
    "The fight in the playground was reported to the head of year.",
    # adultifying: comparisons with adults that are not about the child
    "Nia is 19 and in all but name the manager of the cafe.",
    "The man acts much older than he is.",
]


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule_id, text) for rule_id, texts in FOUND.items() for text in texts]
)
def test_each_reading_finds_its_kind(rule_id, text):
    assert check(text), text


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("harm-called-expected", FOUND["harm-called-expected"][0]),
        ("harm-explained-by-childs-conduct", FOUND["harm-explained-by-childs-conduct"][0]),
        ("harm-followed-childs-conduct", FOUND["harm-followed-childs-conduct"][1]),
        ("drug-market-errands", FOUND["drug-market-errands"][0]),
        ("drug-market-slang", FOUND["drug-market-slang"][0]),
        ("harm-compared-down", FOUND["harm-compared-down"][1]),
        ("only-self-to-blame", FOUND["only-self-to-blame"][0]),
        ("criminal-role-for-a-child", FOUND["criminal-role-for-a-child"][1]),
        ("childs-conduct-puts-at-risk", FOUND["childs-conduct-puts-at-risk"][0]),
        ("willingness-adverb", FOUND["willingness-adverb"][1]),
    ],
)
def test_the_new_rule_is_the_one_that_finds_it(rule_id, text):
    assert rule_id in {finding.rule_id for finding in check(text)}


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_the_hard_negatives_of_these_readings_stay_clean(text):
    assert check(text) == [], [(f.rule_id, f.text) for f in check(text)]


def test_a_school_term_is_not_talk_about_terms():
    words = default_words()
    assert not about_wording("He was selling for the olders over half term.", words)
    assert not about_wording("This term she has missed twelve days.", words)
    assert about_wording('The term "runner" should not be used for a child.', words)
    assert check("Dan was trapping in a cuckooed flat every day of half term.")


def test_a_record_of_wording_changed_is_not_a_finding():
    assert check("Leah is promiscuous and the men know it.")
    assert check("I changed 'Leah is promiscuous' to 'Leah is being sexually exploited' in the plan.") == []
    assert check('The chair reminded us not to describe a child as a "drug runner" in minutes.') == []


def test_a_record_that_names_the_control_behind_going_back_is_correct_usage():
    assert check("Skye keeps going back to the flat.")
    assert check("Skye keeps going back to the flat, which shows the hold the men have over her.") == []
    assert check("Mo wanted to go with the men, but he is a child who was being groomed.") == []


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Eli, fourteen, is seeing a woman of twenty-two.", [14, 22]),
        ("Her boyfriend has just had his twenty-first birthday; she is 15.", [21, 15]),
        ("He is thought to be about 30 and she is currently 14.", [30, 14]),
        ("He is in his mid-thirties.", [35]),
        ("She is currently 15 minutes late.", []),
    ],
)
def test_ages_in_words_ordinals_and_hedges_are_read(sentence, ages):
    assert [age.value for age in read_ages(sentence)] == ages


@pytest.mark.parametrize(
    "text",
    [
        "Eli, fourteen, is seeing a woman of twenty-two.",
        "Amy (14) says her bae is 23.",
        "Sol, 13, said her boyfriend had just had his nineteenth birthday.",
        "Kit has been courting a 24-year-old; Kit is 14.",
        "The 26-year-old and Dee, 14, are an item.",
    ],
)
def test_relationship_words_with_ages_written_any_way(text):
    assert "age-aware-relationship" in {finding.rule_id for finding in check(text)}


def test_an_item_or_courting_between_two_adults_is_not_a_finding():
    assert check("Her brother, 24, and his partner, 23, are an item.") == []


RULES_HEAD = """
categories: {victim-blaming: Victim-blaming}
sources: {g: Guidance}
rules:
- id: test-rule
  category: victim-blaming
  severity: high
  patterns: ["stemmed from"]
  message: m
  why: w
  suggestions: [s]
  source: g
"""


def test_require_after_keeps_a_match_only_when_its_words_follow():
    from youthvoice.language.engine import Checker

    rules = rules_from_text(RULES_HEAD + "  context: {require_after: ['\\s+her\\b']}\n")
    checker = Checker(rules)
    assert [f.text for f in checker.check("It stemmed from her drinking.")] == ["stemmed from"]
    assert checker.check("It stemmed from the men's threats.") == []


def test_a_broken_require_after_is_refused_with_the_rule_and_field():
    with pytest.raises(RulesError, match="test-rule.*context.require_after"):
        rules_from_text(RULES_HEAD + "  context: {require_after: ['(']}\n")


def test_doer_not_adult_is_a_known_value_and_others_are_refused():
    rules_from_text(RULES_HEAD + "  meaning: {doer: not_adult}\n")
    with pytest.raises(RulesError, match="meaning.doer"):
        rules_from_text(RULES_HEAD + "  meaning: {doer: adult}\n")


def test_a_service_minimising_is_still_a_finding_though_an_abusers_own_words_are_not():
    assert check("The school described the messages as banter.")
    assert check("The 40-year-old described his messages as banter.") == []
