"""Context patterns' lower-case twins find exactly what the case-insensitive patterns find."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from youthvoice.language.patterns import ContextPattern, lower_case_twin
from youthvoice.language.rules import CONTEXT_KEYS, default_rules


def context_patterns():
    return [
        pattern
        for rule in default_rules().rules
        for key in CONTEXT_KEYS
        for pattern in getattr(rule.context, key)
    ]


WORDS = [
    "She", "he", "HER", "boyfriend", "Aged", " 16", " 24", "(19)", ",", ".", " ", "\n", "-", "'s", "Mum's",
    "ADULT", "Man", "older", "year 9", "Child", "young", "not", "isn't", "Exploited", "groomed", "SCHOOL",
    "clinic", "twenties", "in her", "x", "K", "S", "I",
]  # fmt: skip
ascii_texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


def test_every_context_pattern_of_the_rules_has_a_twin():
    # Except the few that read a capital on purpose, "(?-i:[A-Z][a-z]+)": a name where a rule needs one. They
    # are always searched in the original text, case-insensitively elsewhere.
    patterns = context_patterns()
    assert len(patterns) > 50
    without_twin = [pattern for pattern in patterns if pattern.twin is None]
    assert all("(?-i:" in pattern.exact.pattern for pattern in without_twin)
    assert len(without_twin) <= 4


@settings(max_examples=300, deadline=None)
@given(ascii_texts)
def test_twins_find_the_same_spans_in_lower_cased_ascii_text(text):
    for pattern in context_patterns():
        if pattern.twin is None:
            continue
        exact, twin = pattern.exact.search(text), pattern.twin.search(text.lower())
        assert (exact.span() if exact else None) == (twin.span() if twin else None), pattern


@pytest.mark.parametrize(
    "source",
    [
        r"[A-Z]+ said",
        r"\x41dult",
        r"\N{LATIN CAPITAL LETTER A}",
        r"\101",
        r"(?-i:adult)",
        r"(?i)adult",
        r"(?P<Who>adult)",
        "caf\u00e9",  # a letter outside ASCII: its other case is not ASCII either, but keep it simple
        r"\u00c9",
        "\u212a",
    ],
)
def test_no_twin_where_case_could_matter(source):
    assert lower_case_twin(re.compile(source, re.IGNORECASE)) is None


@pytest.mark.parametrize(
    "source", [r"\badults?\b", r"\s+(?:to|from)\b", "her\u2019s", r"her\u2019s", r"\S+\W\d", r"(a)\1"]
)
def test_a_twin_where_case_cannot_matter(source):
    assert lower_case_twin(re.compile(source, re.IGNORECASE)) is not None


def test_text_outside_ascii_is_searched_case_insensitively_as_written():
    pattern = ContextPattern(re.compile(r"\bsex\b", re.IGNORECASE))
    assert pattern.twin is not None
    assert pattern.search("\u017fex", None)  # the long s folds to s only under IGNORECASE


def test_the_engine_gives_the_twin_only_ascii_text():
    from youthvoice.language import check

    def rule_ids(text):
        return [finding.rule_id for finding in check(text)]

    # "aged 24" makes the boyfriend an adult: found whether the sentence is ASCII or not.
    assert rule_ids("Her boyfriend, aged 24, collects her.") == ["age-aware-relationship"]
    assert rule_ids("Her boyfriend, ag\u0435d 24, collects her.") == []  # a Cyrillic e
    assert rule_ids("Her boyfriend, AGED 24, collects her \u2014 caf\u00e9") == ["age-aware-relationship"]
