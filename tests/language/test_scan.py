"""The anchor scan behind the one-pass engine: it finds every place where any rule matches."""

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from youthvoice.language import scan
from youthvoice.language.engine import Checker, context_start, sentence_bounds, without_overlaps
from youthvoice.language.meaning import verdict
from youthvoice.language.rules import default_rules

# Words the rules start with or look for, words that merely begin like them, separators inside and outside
# ASCII, and the four characters that case-insensitive matching folds to ASCII letters.
PIECES = [
    "She is",
    " putting ",
    "Herself",
    " at risk",
    "boyfriend",
    ", aged 24",
    " drug runner",
    "sexually active",
    "SEX",
    "child prostitute",
    "gang member",
    "risk-taking",
    "risk-\n",
    "taking",
    "in care",
    "looked after",
    "consented",
    "LADO",
    "CSE",
    "yp",
    "options",
    "worker",
    "information",
    "put",
    # a first word looked for with its next word (" agreed to "), and the separators that may come between
    "agreed",
    " to",
    " with",
    ",  ",
    " -\n ",
    "\t",
    "\u00e9",
    "\u017fex",
    "\u0130n care",
    "\u0131",
    "\u212aeen",
    "\u2014",
    "\u201c",
    "\u00a0",
    "\u2019s",
    "'s",
    "\n",
    "-",
    " ",
    ".",
    "x",
    "_",
    "3",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@pytest.fixture(scope="module")
def checker():
    return Checker(default_rules())


def every_match(text):
    """What the scan must find: each place where each rule's own expression matches, tried everywhere."""
    return {
        (rule.id, start, match.end())
        for rule in default_rules().rules
        for start in range(len(text) + 1)
        if (match := rule.regex.match(text, start))
    }


@settings(max_examples=150, deadline=None)
@given(texts)
def test_the_engine_finds_exactly_the_places_where_some_rule_matches(text):
    checker = Checker(default_rules())
    assert {(rule.id, start, end) for rule, start, end in checker.raw_matches(text)} == every_match(text)


@settings(max_examples=150, deadline=None)
@given(texts.filter(lambda text: not any(char in text for char in scan.CASE_FOLDS_TO_ASCII)))
def test_the_automaton_and_the_exact_regex_scan_give_the_same_matches_in_the_same_order(text):
    checker = Checker(default_rules())

    def matches(stops):
        return [(rule.id, start) for start, rules in stops for rule in rules if rule.regex.match(text, start)]

    assert matches(checker.scan.stops(text)) == matches(checker.scan.regex_stops(text))


@settings(max_examples=100, deadline=None)
@given(texts, st.integers(min_value=1, max_value=40))
def test_cutting_a_long_text_into_windows_changes_nothing(monkeypatch_window, text, window):
    checker = Checker(default_rules())
    whole = list(checker.raw_matches(text))
    with monkeypatch_window(window):
        assert list(checker.raw_matches(text)) == whole


@pytest.fixture(scope="module")
def monkeypatch_window():
    from contextlib import contextmanager

    @contextmanager
    def window(size):
        saved, scan.WINDOW = scan.WINDOW, size
        try:
            yield
        finally:
            scan.WINDOW = saved

    return window


def test_windows_end_before_a_space_and_a_word_longer_than_a_window_is_kept_whole(monkeypatch):
    monkeypatch.setattr(scan, "WINDOW", 8)
    text = "a " + "x" * 30 + " put herself at risk"
    pieces = list(scan.scan_windows(text))
    # Byte i of a window stands for character origin + i; the first window's first byte is made up.
    assert b"".join(window[origin < 0 : -1] for origin, window in pieces) == text.encode()
    assert len(pieces) > 3
    assert all(window.endswith(b" ") for _origin, window in pieces)
    assert [finding.rule_id for finding in Checker(default_rules()).check(text)] == ["putting-self-at-risk"]


def test_a_huge_text_is_scanned_in_windows_with_findings_everywhere(checker):
    text = "Notes from the visit. She is putting herself at risk.\n" * 50_000  # about 2.7 MB
    findings = checker.check(text)
    assert len(findings) == 50_000
    assert (findings[-1].line, findings[-1].column) == (50_000, 30)


def test_the_characters_that_fold_to_ascii_letters_are_all_listed():
    ascii_word_char = re.compile(r"[a-z0-9_']", re.IGNORECASE)
    folding = [
        chr(code)
        for code in range(128, sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000
        and (ascii_word_char.fullmatch(chr(code)) or any(c.isascii() for c in chr(code).lower()))
    ]
    assert "".join(folding) == scan.CASE_FOLDS_TO_ASCII


@pytest.mark.parametrize(
    "text",
    ["\u017fexually active", "putting her\u017felf at risk", "\u0130n care", "a \u212aid in care"],
)
def test_text_with_folding_characters_is_checked_like_any_other(checker, text):
    assert {(r.id, s, e) for r, s, e in checker.raw_matches(text)} == every_match(text)


def test_the_exact_scan_is_compiled_only_for_a_text_that_needs_it():
    checker = Checker(default_rules())
    checker.check("Staff felt she was putting herself at risk.")
    assert isinstance(checker.scan._regex, str)  # an ordinary text: the automaton alone
    assert checker.check("Staff felt she was putting her\u017felf at risk.")
    assert checker.scan._regex.flags & re.IGNORECASE


def test_no_rules_starting_with_a_word_means_no_stops():
    empty = scan.AnchorScan(by_word={}, by_prefix={}, regex=re.compile("x"))
    assert list(empty.stops("put herself at risk")) == []


@settings(max_examples=100, deadline=None)
@given(texts)
def test_check_keeps_the_raw_matches_that_their_context_allows_without_overlaps(text):
    checker = Checker(default_rules())
    allowed = []
    for rule, start, end in checker.raw_matches(text):
        if (allowed_start := context_start(rule, start, end, text=text)) is None:
            continue
        # the second stage reads the sentence around each match
        sentence_start, sentence_end = sentence_bounds(text, start, end)
        if text[sentence_end : sentence_end + 1] in (".", "!", "?"):
            sentence_end += 1
        sentence = text[sentence_start:sentence_end]
        if verdict(rule.meaning, sentence, start - sentence_start, end - sentence_start).keep:
            allowed.append((rule, allowed_start, end))
    expected = [(rule.id, start, end) for rule, start, end in without_overlaps(allowed)]
    assert [(f.rule_id, f.start, f.end) for f in checker.check(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "She agreed to go with them.",
        "She agreed  to go with them.",
        "She agreed -\n to go with them.",
        "She agreed\tto go with them.",
        "She agreed",
        "We agreed the plan; she agreed to go.",
    ],
)
@pytest.mark.parametrize("window", [1, 3, 8, 12, 64])
def test_a_first_word_and_its_next_word_are_found_whatever_comes_between_or_where_the_window_ends(
    monkeypatch_window, text, window
):
    # "agreed" is looked for with its next words (" agreed to "): two spaces, a hyphen and a line break, a
    # tab, the end of the text and the end of a scan window must all still stop there.
    checker = Checker(default_rules())
    assert any(rule.next_words is not None for rule in checker.scan.by_word["agreed"])
    expected = {(rule.id, start, end) for rule, start, end in checker.raw_matches(text)} | set()
    assert expected == every_match(text)
    with monkeypatch_window(window):
        assert {(rule.id, start, end) for rule, start, end in checker.raw_matches(text)} == every_match(text)
