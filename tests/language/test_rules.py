"""The rules file: enough rules in every category, and a broken file is refused with a clear error."""

import collections
import re

import pytest

from youthvoice.language.rules import RulesError, default_rules, rules_from_file, rules_from_text

GOOD = """
categories: {victim-blaming: Victim-blaming}
sources: {guide: A guide}
macros: {self: [herself, himself]}
rules:
  - id: a-rule
    category: victim-blaming
    severity: high
    patterns: ["put {self} at risk"]
    message: m
    why: w
    suggestions: [s]
    source: guide
"""


def test_the_rules_cover_every_category_with_at_least_80_rules():
    rules = default_rules()
    assert len(rules.rules) >= 80
    counts = collections.Counter(rule.category for rule in rules.rules)
    assert set(counts) == set(rules.categories)
    assert all(count >= 5 for count in counts.values())


def test_every_rule_has_reasons_suggestions_and_a_named_source():
    rules = default_rules()
    for rule in rules.rules:
        assert rule.why and rule.message and rule.suggestions, rule.id
        assert rules.sources[rule.source], rule.id


def test_a_valid_small_rules_file_loads():
    assert [rule.id for rule in rules_from_text(GOOD).rules] == ["a-rule"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("severity: high", "severity: urgent"), "rule 'a-rule': 'severity' must be one of"),
        (
            ("category: victim-blaming\n    severity", "category: nonsense\n    severity"),
            "'category' must be one",
        ),
        (("source: guide\n", "source: missing\n"), "'source' must name an entry"),
        (
            ('patterns: ["put {self} at risk"]', 'patterns: ["put {selves} at risk"]'),
            "unknown macro '{selves}'",
        ),
        (('patterns: ["put {self} at risk"]', 'patterns: ["(put at risk"]'), "'(' is not closed"),
        (('patterns: ["put {self} at risk"]', 'patterns: ["at? risk"]'), "must start with a word"),
        (('patterns: ["put {self} at risk"]', "patterns: []"), "'patterns' must be a list"),
        (("    why: w\n", ""), "rule 'a-rule': the field 'why' is missing"),
        (("id: a-rule", "id: A Rule"), "'id' must be lower-case"),
        (("    message: m\n", "    message: m\n    colour: red\n"), "unknown field(s) ['colour']"),
        (("rules:\n", "rulez:\n"), "the section 'rules' is missing"),
        (("sources: {guide: A guide}", "sources: {guide: A guide"), "not valid YAML"),
    ],
)
def test_a_broken_rules_file_names_the_rule_and_field(change, message):
    with pytest.raises(RulesError) as error:
        rules_from_text(GOOD.replace(*change), file="my-rules.yaml")
    assert message in str(error.value)
    assert str(error.value).startswith("my-rules.yaml")


def test_a_broken_context_regex_is_refused():
    broken = GOOD + "    context: {require_in_sentence: ['(unclosed']}\n"
    with pytest.raises(RulesError, match=r"context.require_in_sentence' has a broken regular expression"):
        rules_from_text(broken)


def test_a_duplicate_rule_is_refused():
    rule = GOOD.split("rules:\n")[1]
    with pytest.raises(RulesError, match="defined twice"):
        rules_from_text(GOOD + rule)


def test_an_unreadable_rules_file_is_refused(tmp_path):
    with pytest.raises(RulesError, match="cannot be read"):
        rules_from_file(tmp_path / "missing.yaml")
    binary = tmp_path / "rules.yaml"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(RulesError, match="cannot be read"):
        rules_from_file(binary)


def test_every_context_condition_of_the_shipped_rules_compiles():
    # The shipped rules load with their context conditions compiled on first use (the command line starts
    # faster); this is where a broken one is caught instead.
    from youthvoice.language.rules import CONTEXT_KEYS

    rules = default_rules()
    conditions = [p for rule in rules.rules for key in CONTEXT_KEYS for p in getattr(rule.context, key)]
    assert len(conditions) > 100
    for condition in conditions:
        assert condition.exact.pattern == condition.source


def test_a_rules_file_with_a_broken_condition_is_refused_at_load_unless_compiling_later():
    text = """
categories: {jargon: Jargon}
sources: {g: Guidance}
rules:
- id: broken-condition
  category: jargon
  severity: low
  patterns: ["word"]
  message: m
  why: w
  suggestions: [s]
  source: g
  context: {require_in_sentence: ['(']}
"""
    with pytest.raises(RulesError, match="broken-condition.*require_in_sentence"):
        rules_from_text(text)
    later = rules_from_text(text, compile_now=False)
    with pytest.raises(re.error):
        later.rules[0].context.require_in_sentence[0].search("text", None)


def test_the_words_that_may_follow_a_first_word_are_read_from_the_patterns():
    from youthvoice.language.rules import followers_of

    macros = {"self": ["herself", "himself"], "<irregular>": {}}
    found = followers_of(["<put> {self} at risk", "put (own)? (life|pupil*) at", "one-off"], macros)
    assert found["put"].words == {"herself", "himself", "own", "life"} and found["put"].prefixes == ("pupil",)
    assert found["puts"].words == {"herself", "himself"}
    assert found["one"].words == {"off"}
    # a gap, or a pattern that may end after its first word, says nothing about the next word
    assert followers_of(["risk .. taking", "risky"], macros) == {"risk": None, "risky": None}
