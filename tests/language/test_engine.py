"""The checker engine: inflections, case, line breaks, hyphens, context, directives and positions."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from youthvoice.language import check
from youthvoice.language.engine import Checker
from youthvoice.language.rules import default_rules


def rule_ids(text):
    return [finding.rule_id for finding in check(text)]


@pytest.mark.parametrize(
    "text",
    [
        "put herself at risk",
        "puts himself at risk",
        "placing themselves at risk",
        "Putting Themselves At Risk",
        "putting herself\nat risk",
        "putting   herself \r\n at  risk",
    ],
)
def test_inflections_pronouns_case_and_line_breaks_are_matched(text):
    assert rule_ids(text) == ["putting-self-at-risk"]


@pytest.mark.parametrize(
    "text", ["risk-taking", "risk taking", "risktaking", "risk-\ntaking", "risk\u2011taking"]
)
def test_hyphenation_variants_are_matched(text):
    assert rule_ids(text) == ["risk-taking-behaviour"]


def test_the_adult_putting_the_child_at_risk_is_not_flagged():
    assert check("The adult put the child at risk.") == []


def test_a_peer_boyfriend_is_not_flagged_but_an_adult_one_is():
    assert check("She reported her boyfriend, aged 16, to the police.") == []
    # the partner's adult age is read: the age-aware finding, which says the age, is the one given
    assert rule_ids("She says her boyfriend, aged 26, picks her up.") == ["age-aware-relationship"]


def test_sexually_active_is_flagged_only_about_a_child_being_abused():
    assert rule_ids("She is 14 and sexually active with a 25-year-old man.") == ["sexually-active-child"]
    assert check("The clinic gives advice to anyone who is sexually active.") == []


def test_consent_to_a_referral_is_not_flagged():
    assert check("She consented to the referral.") == []
    assert rule_ids("He told police she consented.") == ["consented"]


def test_finding_carries_position_message_and_suggestions():
    text = "First line.\nShe is a child prostitute, the file said."
    [finding] = check(text)
    assert finding.rule_id == "child-prostitute"
    assert finding.category == "adultifying"
    assert finding.severity == "high"
    assert text[finding.start : finding.end] == finding.text == "child prostitute"
    assert (finding.line, finding.column) == (2, 10)
    assert finding.message and finding.why and finding.source
    assert "child who is being sexually exploited" in finding.suggestions


def test_ignore_directive_applies_to_its_line_only():
    text = "He is a gang member. [yv-ignore: gang-member]\nHe is a gang member."
    assert [(f.rule_id, f.line) for f in check(text)] == [("gang-member", 2)]


def test_ignore_directive_names_only_the_rules_it_ignores():
    text = "A gang member and a drug runner <!-- youthvoice: ignore gang-member -->"
    assert rule_ids(text) == ["drug-runner"]


def test_ignore_directive_alone_on_a_line_applies_to_the_next_line():
    text = "<!-- youthvoice: ignore -->\nShe is a child prostitute.\nShe is a child prostitute."
    assert [f.line for f in check(text)] == [3]


def test_quoted_young_persons_words_are_not_flagged_across_lines():
    text = (
        "She said: [yv-quote]he was my boyfriend,\nhe's 25, I chose it[/yv-quote]. "
        "Her boyfriend, 25, was arrested."
    )
    findings = check(text)
    assert [f.rule_id for f in findings] == ["age-aware-relationship"]
    assert findings[0].start > text.index("[/yv-quote]")


def test_html_comment_quote_and_unclosed_quote_run_to_the_end():
    assert check("<!-- youthvoice: quote -->I was putting myself at risk<!-- youthvoice: end quote -->") == []
    assert check("[yv-quote] I was a drug runner. And a gang member.") == []


def test_rule_names_inside_directives_are_never_reported():
    assert check("[yv-ignore: child-prostitute, drug-runner]") == []


def test_overlapping_matches_keep_the_longest():
    assert rule_ids("She has an older boyfriend, 30.") == ["older-boyfriend"]


def test_acronym_rules_match_case():
    assert rule_ids("CSE") == ["jargon-cse"]
    assert check("We had mash for lunch.") == []


def test_findings_are_in_order_of_position_on_a_long_text():
    text = ("A quiet line of text about the youth club.\n" * 500 + "He is a drug runner.\n") * 20
    findings = check(text)
    assert len(findings) == 20
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert findings[-1].line == 20 * 501


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_checked_without_error_and_spans_are_inside_it(text):
    for finding in check(text):
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["She is", " putting ", "herself", " at risk", "\n", "-", " gang", " member", "x"])
    )
)
def test_one_pass_engine_agrees_with_checking_each_rule_on_its_own(parts):
    text = "".join(parts)
    checker = Checker(default_rules())
    one_pass = {(rule.id, start, end) for rule, start, end in checker.raw_matches(text)}
    per_rule = set()
    for rule in default_rules().rules:
        for match in rule.regex.finditer(text):
            per_rule.add((rule.id, match.start(), match.end()))
    assert one_pass == per_rule
