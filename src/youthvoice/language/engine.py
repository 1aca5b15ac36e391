"""The language checker: one pass over the text, however many rules there are.

How it stays one pass: every rule starts with a known word, its anchor (see ``rules.py``). The anchor scan
(``scan.py``) walks the text once with an Aho-Corasick automaton of every anchor and stops only at words
that could start a rule, naming the few rules that start with that word; only those are tried, anchored at
that spot. Adding rules adds automaton states, not passes. Context conditions, directives, and line and
column are then worked out only around the matches, so a clean stretch of text costs only the scan.

The cascade's second stage (``meaning.py``) reads only the sentences around matches: whether the words are
quoted from someone else or discussed as wording, and, for rules with a ``meaning`` block, who does what they
say, negation and ages (with spaCy's parse of that one sentence where a subject must be found).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache

from youthvoice.language.directives import suppressed_spans
from youthvoice.language.meaning import parse_all, verdict
from youthvoice.language.rules import WORD_END, WORD_START, Rule, RuleSet, default_rules
from youthvoice.language.scan import AnchorScan

SENTENCE_END = re.compile(r"[.!?](?=[\s\"'\u201d\u2019)]|$)|\n\s*\n")
# Anchored at the start of a stretch, the greedy ".*" backs off from its end to the last sentence end in it:
# one C-speed match, never a list of every sentence end before the match. (Where a blank-line run is cut by
# the stretch, both this and the last of ``SENTENCE_END.finditer`` end at the last newline of the run.)
LAST_SENTENCE_END = re.compile(r"(?s:.*)(?:" + SENTENCE_END.pattern + ")")
CONTEXT_REACH = 400  # characters either side of a match that context rules may look at


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    category: str
    severity: str
    start: int
    end: int
    line: int
    column: int
    text: str
    message: str
    suggestions: tuple[str, ...]
    why: str
    source: str

    def as_dict(self) -> dict:
        # Every field is a string or a number, so a shallow copy will do (asdict deep-copies each one).
        data = {field.name: getattr(self, field.name) for field in fields(self)}
        data["suggestions"] = list(self.suggestions)
        return data


def trie_regex(words: set[str]) -> str:
    """A regular expression matching any of ``words``, shaped as a trie so each position costs little."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def for_first_word(rule: Rule, word: str, *, prefix: bool) -> Rule:
    """The rule as tried where a word starts with ``word``: only its patterns that can start there, so a rule
    with many patterns costs one small match at each place, not its whole alternation."""
    parts = [
        source for exact, prefixes, source in rule.pattern_parts if word in (prefixes if prefix else exact)
    ]
    next_words = None if prefix else rule.followers.get(word)
    if not rule.pattern_parts or len(parts) == len(rule.pattern_parts):
        return rule if next_words is None else replace(rule, next_words=next_words)
    return replace(
        rule, regex_source=WORD_START + "(?:" + "|".join(parts) + ")" + WORD_END, next_words=next_words
    )


class Checker:
    def __init__(self, ruleset: RuleSet):
        self.ruleset = ruleset
        by_word: dict[str, list[Rule]] = {}
        by_prefix: dict[str, list[Rule]] = {}
        for rule in ruleset.rules:
            for word in rule.triggers:
                by_word.setdefault(word, []).append(for_first_word(rule, word, prefix=False))
            for prefix in rule.trigger_prefixes:
                by_prefix.setdefault(prefix, []).append(for_first_word(rule, prefix, prefix=True))
        # The exact scan with a regular expression, only for texts the anchor scan cannot take (scan.py): a
        # stop is a word that is some rule's first word, or begins with some rule's first-word prefix.
        alternatives = []
        if by_word:
            alternatives.append(trie_regex(set(by_word)) + r"(?![\w'\u2019])")
        if by_prefix:
            alternatives.append(trie_regex(set(by_prefix)) + r"[\w'\u2019]*")
        pattern = r"(?<![\w'\u2019])(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")"
        self.with_context = {rule.id for rule in ruleset.rules if rule.context}
        self.remembered: dict[tuple[str, str, int, int], tuple | bool] = {}
        self.remembered_in_year = date.today().year
        self.scan = AnchorScan(by_word=by_word, by_prefix=by_prefix, regex=pattern)

    def judged(self, matches: list[tuple[Rule, int, int]], text: str) -> tuple[list, dict]:
        """The matches their sentence keeps: the rule's context conditions, then the second stage
        (``meaning.verdict``); with the messages that say more than the rule's own, by (rule id, start).

        Both depend only on the sentence and where the match is in it, so a sentence met again (templates,
        copied paragraphs: case notes repeat themselves) gets the answer it had before."""
        remembered = self.remembered
        with_context = self.with_context
        answers, waiting = [], []
        last_sentence_end, search_end, text_length = LAST_SENTENCE_END.match, SENTENCE_END.search, len(text)
        for rule, start, end in matches:
            # sentence_bounds, written out: this runs once for each match, and most are turned down.
            low = start - CONTEXT_REACH if start > CONTEXT_REACH else 0
            found = last_sentence_end(text, low, start)
            sentence_start = found.end() if found else low
            reach = end + CONTEXT_REACH if end + CONTEXT_REACH < text_length else text_length
            found = search_end(text, end, reach)
            sentence_end = found.start() if found else reach
            key = (rule.id, text[sentence_start:sentence_end], start - sentence_start, end - sentence_start)
            answer = remembered.get(key)
            if answer is False:
                continue  # turned down before: most matches end here
            if answer is None:
                answer = self.judge(
                    rule,
                    start,
                    end,
                    text,
                    sentence_start,
                    sentence_end,
                    rule.id in with_context,
                    may_parse=False,
                )
                if answer is None:  # needs a parse: all such sentences are parsed together below
                    waiting.append(len(answers))
                else:
                    remember(remembered, key, answer)
            answers.append((rule, start, end, sentence_start, sentence_end, key, answer))
        if waiting:
            parse_all(text[answers[i][3] : full_stop_end(text, answers[i][4])] for i in waiting)
            for i in waiting:
                rule, start, end, sentence_start, sentence_end, key, _ = answers[i]
                answer = self.judge(
                    rule, start, end, text, sentence_start, sentence_end, rule.id in with_context
                )
                remember(remembered, key, answer)
                answers[i] = (rule, start, end, sentence_start, sentence_end, key, answer)
        kept, messages = [], {}
        for rule, _start, end, sentence_start, _sentence_end, _key, answer in answers:
            if answer is not False:
                found_offset, message = answer
                kept.append((rule, sentence_start + found_offset, end))
                if message:
                    messages[(rule.id, sentence_start + found_offset)] = message
        return kept, messages

    def judge_into(self, matches: list[tuple[Rule, int, int]], text: str, kept: list, messages: dict) -> None:
        """``judged`` for one batch of a text's matches (``MATCHES_JUDGED_TOGETHER``), added to the text's."""
        more_kept, more_messages = self.judged(matches, text)
        kept += more_kept
        messages.update(more_messages)

    @staticmethod
    def judge(rule, start, end, text, sentence_start, sentence_end, has_context, *, may_parse=True):
        """(where the finding starts, from the sentence start; a message or None), or False; None when the
        answer needs a parse and ``may_parse`` is false."""
        if has_context:
            found = context_start(rule, start, end, text=text, bounds=(sentence_start, sentence_end))
        else:
            found = start
        if found is None:
            return False
        answer = verdict(
            rule.meaning,
            text[sentence_start : full_stop_end(text, sentence_end)],
            start - sentence_start,
            end - sentence_start,
            may_parse=may_parse,
        )
        if answer is None:
            return None
        if not answer.keep:
            return False
        return found - sentence_start, answer.message

    def raw_matches(self, text: str):
        """(rule, start, end) for every rule match, before context and directives are applied."""
        for start, rules in self.scan.stops(text):
            for rule in rules:
                match = rule.regex.match(text, start)
                if match:
                    yield rule, start, match.end()

    def check(self, text: str) -> list[Finding]:
        if (year := date.today().year) != self.remembered_in_year:
            # An answer can depend on the year ("born in 2011" is a child's age this year, not next).
            self.remembered.clear()
            self.remembered_in_year = year
        kept, messages, matches = [], {}, []
        # raw_matches, written out: this loop runs once for each place a rule may start.
        for start, rules in self.scan.stops(text):
            for rule in rules:
                match = rule.regex.match(text, start)
                if match is not None:
                    matches.append((rule, start, match.end()))
            if len(matches) >= MATCHES_JUDGED_TOGETHER:
                self.judge_into(matches, text, kept, messages)
                matches = []
        if matches:
            self.judge_into(matches, text, kept, messages)
        if not kept:
            return []
        matches = without_overlaps(kept)
        if not matches:
            return []
        # Directives are rare: look for them only when their marker is in the text (a fast substring test).
        lowered = text.lower()
        has_directives = "youthvoice:" in lowered or "yv-" in lowered
        suppressed = suppressed_spans(text, known_rule_ids=None) if has_directives else None
        findings = []
        lines = LineCounter(text)
        for rule, start, end in matches:
            if suppressed is not None and suppressed.covers(start, end, rule.id):
                continue
            line, column = lines.position(start)
            findings.append(
                Finding(
                    rule_id=rule.id,
                    category=rule.category,
                    severity=rule.severity,
                    start=start,
                    end=end,
                    line=line,
                    column=column,
                    text=text[start:end],
                    message=messages.get((rule.id, start), rule.message),
                    suggestions=rule.suggestions,
                    why=rule.why,
                    source=self.ruleset.sources[rule.source],
                )
            )
        return findings


class LineCounter:
    """Line and column (both from 1) of offsets given in increasing order, counting newlines once, in C."""

    def __init__(self, text: str):
        self.text, self.offset, self.line = text, 0, 1

    def position(self, offset: int) -> tuple[int, int]:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.line, offset - line_start + 1


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    low = max(0, start - CONTEXT_REACH)
    last_end = LAST_SENTENCE_END.match(text, low, start)
    sentence_start = last_end.end() if last_end else low
    after = SENTENCE_END.search(text, end, min(len(text), end + CONTEXT_REACH))
    sentence_end = after.start() if after else min(len(text), end + CONTEXT_REACH)
    return sentence_start, sentence_end


def context_start(
    rule: Rule, start: int, end: int, *, text: str, bounds: tuple[int, int] | None = None
) -> int | None:
    """Where the finding starts if the rule's context allows the match (earlier, to take in the words a
    ``require_before`` condition needed), or None if the context rules it out. ``bounds``: the match's
    ``sentence_bounds`` where the caller has them already (``Checker.judged`` works them out the same way)."""
    context = rule.context
    if not context:
        return start
    sentence_start, sentence_end = bounds if bounds is not None else sentence_bounds(text, start, end)
    sentence = text[sentence_start:sentence_end]
    # Lower-cased ASCII lets most patterns run without case folding (patterns.py); offsets are unchanged.
    sentence_lowered = sentence.lower() if sentence.isascii() else None
    if context.require_in_sentence and not any(
        p.search(sentence, sentence_lowered) for p in context.require_in_sentence
    ):
        return None
    if any(p.search(sentence, sentence_lowered) for p in context.forbid_in_sentence):
        return None
    before = text[sentence_start:start]
    before_lowered = sentence_lowered[: start - sentence_start] if sentence_lowered is not None else None
    if any(p.search(before, before_lowered) for p in context.forbid_before):
        return None
    if any(p.exact.match(text, end, sentence_end) for p in context.forbid_after):
        return None
    if context.require_after and not any(
        p.exact.match(text, end, sentence_end) for p in context.require_after
    ):
        return None
    if context.require_before:
        found = next((m for p in context.require_before if (m := p.search(before, before_lowered))), None)
        if found is None:
            return None
        return sentence_start + found.start()
    return start


# Matches judged in one go in a long text. Most are turned down; judged a few thousand at a time, they are
# freed before they pile up: tens of thousands held at once, on a 5 MB text, set off one of Python's full
# garbage collections, which walks every long-lived object of the process (the rules, the dictionaries) and
# cost a quarter of the check (bench/README.md, session 16). A 2,000-word note has about a hundred.
MATCHES_JUDGED_TOGETHER = 2_000
SENTENCES_REMEMBERED = 50_000  # (rule, sentence, place) answers kept per checker; a few MB at most


def full_stop_end(text: str, sentence_end: int) -> int:
    """The sentence's end with its full stop, if it has one: the parse reads a sentence better with it."""
    return sentence_end + 1 if text[sentence_end : sentence_end + 1] in (".", "!", "?") else sentence_end


def remember(remembered: dict, key, answer) -> None:
    if len(remembered) >= SENTENCES_REMEMBERED:
        remembered.clear()
    remembered[key] = answer


def covered_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans merged into disjoint ones, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def overlaps_any(covered: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(starts, end) - 1  # the last disjoint span starting before ``end``
    return index >= 0 and covered[index][1] > start


def without_overlaps(matches: list[tuple[Rule, int, int]]) -> list[tuple[Rule, int, int]]:
    """Where matches overlap, keep the longest (the most specific rule); one sweep in order of position. A
    fallback rule's match gives way to any other rule's match it overlaps."""
    if any(rule.fallback for rule, _start, _end in matches):
        covered = covered_spans([(start, end) for rule, start, end in matches if not rule.fallback])
        starts = [start for start, _end in covered]
        matches = [
            match
            for match in matches
            if not match[0].fallback or not overlaps_any(covered, starts, match[1], match[2])
        ]
    kept: list[tuple[Rule, int, int]] = []
    for match in sorted(matches, key=lambda m: (m[1], -(m[2] - m[1]))):
        if kept and match[1] < kept[-1][2]:
            if match[2] - match[1] > kept[-1][2] - kept[-1][1]:
                kept[-1] = match
            continue
        kept.append(match)
    return kept


@cache
def default_checker() -> Checker:
    return Checker(default_rules())


def check(text: str) -> list[Finding]:
    """Every finding of the partnership's language rules in ``text``, in order of position."""
    return default_checker().check(text)
