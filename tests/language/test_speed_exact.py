"""Shortcuts taken for speed (issue 13, session 13) must answer exactly as the slower reading they skip.

Every sentence here was written for these tests (none comes from an evaluation set).
"""

import re
from pathlib import Path

import pytest
import yaml

from youthvoice.core.nlp import english, lemma_forms
from youthvoice.language import ages, meaning
from youthvoice.language.engine import Checker, default_checker
from youthvoice.language.patterns import ContextPattern
from youthvoice.language.rules import default_rules

LABELLED = Path(__file__).resolve().parents[1] / "data" / "language_labelled.yaml"
# Reporting verbs in every form the lemmatizer knows: irregular, doubled, British, capitalised, as nouns.
REPORTING_SENTENCES = [
    "Her boyfriend, aged 24, said he loved her and told staff he would wait.",
    "She wrote that her boyfriend, who is 30, had written to her and swore he was sorry.",
    "The man (aged 27) was labelled her boyfriend in the referral and referred to himself as such.",
    "Her boyfriend, 25, Says he is her partner; Mum Replied that he is not.",
    "He denied being her boyfriend (aged 31) and admitted texting her, replying to every message.",
    "The statement about her boyfriend, aged 26, was posted online and reported by the school.",
    "Staff are stating that her boyfriend, 23, is insisting he is only her friend, claiming he cares.",
    "He keeps calling himself her boyfriend; he is 29 and brags about it.",
    "Her girlfriend, aged 35, explained the arrangement and suggested it was her choice.",
    "Her boyfriend, 22, collects her from school in a grey car most days.",
]


def labelled_texts() -> list[str]:
    return [text for text, _ids in yaml.safe_load(LABELLED.read_text(encoding="utf-8"))]


def test_every_word_the_parse_lemmatizes_to_a_reporting_verb_is_a_known_form():
    reporting = meaning.default_words()["reporting_verbs"]
    forms = lemma_forms(reporting)
    assert forms is not None
    assert {"said", "told", "wrote", "written", "swore", "labelled", "referred", "denied"} <= forms
    found = 0
    for doc in english().pipe(REPORTING_SENTENCES + labelled_texts()):
        for token in doc:
            if token.lemma_.lower() in reporting:
                found += 1
                assert token.lower_ in forms, (token.text, token.lemma_)
    assert found >= 30


def test_a_lemma_the_attribute_ruler_sets_adds_the_words_it_is_set_on_or_gives_no_answer():
    # The ruler sets "would" on "'d" (a pattern naming the word): "'d" is a form of "would".
    forms = lemma_forms(frozenset({"would"}))
    assert forms is not None and "'d" in forms
    # It sets "be" by patterns that name a tag, not a word: no list of words can be promised.
    assert lemma_forms(frozenset({"be"})) is None


@pytest.mark.parametrize("sentence", REPORTING_SENTENCES[:-1])
def test_a_sentence_with_a_reporting_word_is_still_parsed(sentence):
    assert not meaning.no_reporting_lemma(sentence, meaning.default_words())


def test_a_sentence_with_no_reporting_word_needs_no_parse_for_who_said_it():
    words = meaning.default_words()
    assert meaning.no_reporting_lemma(REPORTING_SENTENCES[-1], words)
    assert meaning.needs_parse(REPORTING_SENTENCES[-1], words)  # it used to be parsed


def not_adult_verdicts(sentences, monkeypatch, *, shortcut: bool) -> list:
    if not shortcut:
        monkeypatch.setattr(meaning, "no_reporting_lemma", lambda sentence, words: False)
    rule_meaning = meaning.Meaning(doer="not_adult")
    answers = []
    for sentence in sentences:
        for found in re.finditer(r"\b(?:boyfriend|girlfriend|lover)s?\b", sentence, re.IGNORECASE):
            answers.append(meaning.verdict(rule_meaning, sentence, found.start(), found.end()))
    return answers


def test_who_said_it_is_answered_the_same_with_and_without_the_shortcut(monkeypatch):
    sentences = REPORTING_SENTENCES + labelled_texts()
    fast = not_adult_verdicts(sentences, monkeypatch, shortcut=True)
    slow = not_adult_verdicts(sentences, monkeypatch, shortcut=False)
    assert fast == slow
    assert len(fast) >= 20 and any(not v.keep for v in fast) and any(v.keep for v in fast)


AGE_SENTENCES = [
    "She is fifteen and her boyfriend is in his twenties.",
    "He turned sixteen last week; his friend is 19.",
    "Her twelfth birthday was in May and the man is about thirty-five.",
    "The man, 41, met the girl (14) in Year 9 at the under-16s club.",
    "She was born in 2011 and he is approx 20-22.",
    "He is a man of forty, she a girl of eleven.",
    "They met at the park after school on a sunny afternoon.",
    "Her boyfriend is much older than her and picks her up.",
    "She is a Year ten pupil; he is in his late 30s.",
    "Someone often gave her money; the tenant upstairs is twenty-one.",
    "Someone often gave her money and a lift home.",
]


def test_a_sentence_without_a_digit_or_number_word_has_no_ages(monkeypatch):
    sentences = AGE_SENTENCES + labelled_texts()
    fast = [ages.ages_in.__wrapped__(s, 2026) for s in sentences]
    monkeypatch.setattr(ages, "AGE_HINT", ContextPattern(""))  # every sentence read by every form
    slow = [ages.ages_in.__wrapped__(s, 2026) for s in sentences]
    assert fast == slow
    assert sum(1 for found in fast if found) >= 20


def in_four_casings(written: list[str]) -> list[str]:
    """Each sentence as written, in capitals, title case and with its case swapped."""
    return [
        changed
        for sentence in written
        for changed in (sentence, sentence.upper(), sentence.title(), sentence.swapcase())
    ]


def test_ages_read_in_a_lower_cased_sentence_are_those_read_with_case_folding(monkeypatch):
    written = AGE_SENTENCES + REPORTING_SENTENCES + labelled_texts()
    sentences = in_four_casings(written)
    fast = [ages.ages_in.__wrapped__(s, 2026) for s in sentences]
    assert sum(1 for form in ages.forms() if form[2] is not None) >= 6  # the costly ones have a twin
    monkeypatch.setattr(ages.AGE_HINT, "_twin", None)
    monkeypatch.setattr(ages, "forms", lambda: [(side, form, None) for side, form, _twin in FORMS])
    slow = [ages.ages_in.__wrapped__(s, 2026) for s in sentences]
    assert fast == slow
    assert sum(1 for found in fast if found) >= 80


FORMS = ages.forms()


def test_relationship_readings_in_a_lower_cased_sentence_are_those_with_case_folding(monkeypatch):
    written = AGE_SENTENCES + REPORTING_SENTENCES + labelled_texts() + RELATIONSHIP_SENTENCES
    sentences = in_four_casings(written)
    words = meaning.default_words()
    places = [
        (sentence, found.start(), found.end())
        for sentence in sentences
        for found in re.finditer(r"boyfriend|girlfriend|partner|relationship|lover", sentence, re.IGNORECASE)
    ]

    def readings():
        ages.ages_in.cache_clear()
        return [meaning.age_relationship(sentence, start, end, words) for sentence, start, end in places]

    fast = readings()
    twinned = [value for value in vars(meaning).values() if isinstance(value, ContextPattern)]
    assert len(twinned) >= 6 and all(pattern.twin is not None for pattern in twinned)
    for pattern in twinned:
        monkeypatch.setattr(pattern, "_twin", None)
    assert readings() == fast
    assert sum(1 for verdict in fast if verdict.keep) >= 20 and sum(1 for v in fast if not v.keep) >= 20


def test_wording_read_in_a_lower_cased_sentence_is_read_as_with_case_folding(monkeypatch):
    written = AGE_SENTENCES + REPORTING_SENTENCES + labelled_texts() + WORDING_SENTENCES
    sentences = in_four_casings(written)
    words = meaning.default_words()
    fast = [meaning.talks_about_wording(sentence, words) for sentence in sentences]
    assert meaning.lower_case_twin_of(words.policy) is not None
    monkeypatch.setattr(meaning, "lower_case_twin_of", lambda pattern: None)
    assert [meaning.talks_about_wording(sentence, words) for sentence in sentences] == fast
    assert sum(fast) >= 20 and len(fast) - sum(fast) >= 40


# Each read as about wording, or not, by what follows its marker.
WORDING_SENTENCES = [
    "Staff should avoid the phrase 'putting herself at risk'.",
    "This could have been avoided with earlier support.",
    "The term 'child prostitute' must never be used.",
    "She missed most of the summer term and the term-time clubs.",
    "Victims should not be described as consenting.",
    "He should not be left alone with younger children.",
    "Replace 'risky behaviour' with what happened to her.",
]


# Each answered by one of age_relationship's own checks: without it, the ages would keep (or drop) it.
RELATIONSHIP_SENTENCES = [
    "Her mum's boyfriend is 34 and she is 14.",
    "She is 14 and has a positive relationship with a man of 30.",
    "She is 14 and her relationship with her brother, 19, is poor.",
    "He is 25 and claimed to be the boyfriend of the 14-year-old.",
    "Mia, 14, calls him her boyfriend; he is the man who is abusing her, 30.",
    "She is 14 and her boyfriend is much older.",
]


def test_warming_up_makes_every_rule_expression_and_the_dictionary_and_finds_the_same():
    from youthvoice.language import readability
    from youthvoice.language.warm import warm_up

    text = "\n".join(REPORTING_SENTENCES + AGE_SENTENCES)
    before = [f.as_dict() for f in Checker(default_rules()).check(text)]
    warm_up()
    checker = default_checker()
    tables = (checker.scan.by_word, checker.scan.by_prefix)
    rules = [rule for table in tables for listed in table.values() for rule in listed]
    assert all("regex" in vars(rule) for rule in rules)
    assert readability.PRONUNCIATIONS.whole is not None
    assert [f.as_dict() for f in checker.check(text)] == before


def test_the_sentence_bounds_handed_to_the_context_conditions_are_their_own(monkeypatch):
    from youthvoice.language import engine

    text = "\n\n".join(labelled_texts() + REPORTING_SENTENCES + AGE_SENTENCES)
    handed = [f.as_dict() for f in Checker(default_rules()).check(text)]
    own = engine.context_start

    def without_bounds(rule, start, end, *, text, bounds=None):
        assert bounds is None or bounds == engine.sentence_bounds(text, start, end)
        return own(rule, start, end, text=text)

    monkeypatch.setattr(engine, "context_start", without_bounds)
    assert [f.as_dict() for f in Checker(default_rules()).check(text)] == handed
    assert len(handed) >= 100


@pytest.mark.parametrize("together", [1, 7])
def test_a_long_text_judged_a_few_matches_at_a_time_finds_what_it_finds_judged_at_once(monkeypatch, together):
    from youthvoice.language import engine

    # Overlapping matches ("drug runner" and "runner") fall in different batches when a batch is one match:
    # the longest must still win over the whole text, not within each batch.
    text = "\n\n".join(labelled_texts() + REPORTING_SENTENCES + AGE_SENTENCES + ["He is a drug runner."] * 3)
    monkeypatch.setattr(engine, "MATCHES_JUDGED_TOGETHER", 10**9)
    at_once = [f.as_dict() for f in Checker(default_rules()).check(text)]
    monkeypatch.setattr(engine, "MATCHES_JUDGED_TOGETHER", together)
    in_batches = [f.as_dict() for f in Checker(default_rules()).check(text)]
    assert in_batches == at_once
    assert len(at_once) >= 100
    found = [f["rule_id"] for f in at_once if f["text"].lower() == "drug runner"]
    assert len(found) >= 3 and set(found) == {"drug-runner"}


def test_a_checker_read_back_from_the_command_lines_cache_finds_what_a_built_one_finds():
    import pickle

    text = "\n\n".join(labelled_texts() + REPORTING_SENTENCES + AGE_SENTENCES)
    built = Checker(default_rules())
    read_back = pickle.loads(pickle.dumps(Checker(default_rules()), protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301
    assert read_back.scan.automaton is not None
    assert [f.as_dict() for f in read_back.check(text)] == [f.as_dict() for f in built.check(text)]
    # And again once its conditions and expressions have been compiled (they are written out as their source).
    again = pickle.loads(pickle.dumps(read_back, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301
    assert [f.as_dict() for f in again.check(text)] == [f.as_dict() for f in built.check(text)]
