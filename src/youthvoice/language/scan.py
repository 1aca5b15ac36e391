"""Where rules may start: the anchor scan behind the one-pass engine.

Every rule starts with a known first word, its anchor (see ``rules.py``). The scan finds each place in a text
where a word begins with an anchor and names the few rules that may start there; the engine then tries only
those rules' own regular expressions, anchored at that place, on the original text.

How it stays fast: Python's regular expressions try a match at every word of the text, which costs more than
everything else the checker does. Instead the text is copied, 64 KB at a time, into bytes in which every
character that cannot be part of a word is a space (characters outside ASCII become spaces too; no anchor
has one), and an Aho-Corasick automaton compiled in Rust (ahocorasick-rs) finds every " anchor" in one pass,
returning all the hits at once. So the whole scan is a few C-speed passes and one Python step per hit, and
more rules add automaton states, not passes.

The scan only has to be complete, never exact: a rule's own expression decides, so an extra place (a word
after a non-ASCII letter, say) costs a failed match and nothing else. It is complete because each anchor is
ASCII letters, digits or "_" and lower-casing only makes ASCII letters of ASCII letters, except for four
characters that Python's case-insensitive matching also treats as ASCII letters (``CASE_FOLDS_TO_ASCII``).
A text with one of those is scanned with the regular expression instead, which is exact for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ahocorasick_rs import BytesAhoCorasick, MatchKind

WORD_CHAR = re.compile(r"[\w'\u2019]")
# İ (its lower case is "i" and a combining dot), dotless ı, long ſ and the Kelvin sign K: outside ASCII, yet
# matched by an ASCII letter under re.IGNORECASE. tests/language/test_scan.py checks the list is complete.
CASE_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# bytes.translate table for the scan copy: ASCII word characters stay, everything else becomes a space.
SCAN_BYTES = bytes(i if i < 128 and WORD_CHAR.match(chr(i)) else 32 for i in range(256))
# Characters per window. Small enough that each window's hits are freed before Python's garbage collector
# promotes them to its oldest generation (with 1 MB windows, full collections took a seventh of the time on
# a 20 MB text), large enough that the calls into the automaton are few.
WINDOW = 1 << 16


class AnchorScan:
    """Finds the places where rules may start: ``stops(text)`` yields (offset, rules) in order of offset."""

    def __init__(self, *, by_word: dict[str, list], by_prefix: dict[str, list], regex: re.Pattern | str):
        self.by_word, self.by_prefix = by_word, by_prefix
        self.prefix_lengths = sorted({len(prefix) for prefix in by_prefix}, reverse=True)
        # The exact scan, for texts with characters that fold to ASCII letters: given as a pattern, or as its
        # source, compiled (case-insensitively) only when such a text comes; few ever do, and compiling
        # it is a tenth of the command line's start.
        self._regex = regex
        # Each whole-word anchor is looked for with the space after it (" go "), each first-word prefix
        # without (" go"), so a word that merely begins with a whole-word anchor ("about" for "a") is no
        # stop at all. Matches may overlap (" go" and " go " at the same place): the automaton reports them
        # in order of their end, so at each place the last one reported is the longest, and the rules for the
        # place depend only on it (every shorter prefix anchor there is a prefix of it): both lists are made
        # here, one per pattern (see ``stops``).
        #
        # A whole-word anchor whose every rule knows the words that may follow it (``Rule.next_words``) is
        # looked for with each of those next words instead (" put herself ", " put pupil"): most places a
        # common first word is met are followed by words no rule wants, and are then no stop at all. Where
        # separators other than one space come between the two words (a comma, a line break and spaces),
        # " put  " (two spaces) stops for every rule of the word; where the word is the last of a scan
        # window, its next word is in the next window, and ``stops`` stops there for every rule too.
        exact, prefixes = sorted(by_word), sorted(by_prefix)
        patterns: list[bytes] = []
        self.rules_by_pattern = []
        self.last_word_rules: dict[bytes, list] = {}
        for word in exact:
            rules, anchor = self.rules_for(word), b" " + word.encode("ascii")
            followers = [rule.next_words for rule in rules]
            if not rules or any(f is None for f in followers):
                patterns.append(anchor + b" ")
                self.rules_by_pattern.append(rules)
                continue
            self.last_word_rules[word.encode("ascii")] = rules
            for next_word in sorted(set().union(*(f.words for f in followers))):
                patterns.append(anchor + b" " + next_word.encode("ascii") + b" ")
                self.rules_by_pattern.append([rule for rule in rules if rule.next_words.allow(next_word)])
            for start in sorted(set().union(*(f.prefixes for f in followers))):
                patterns.append(anchor + b" " + start.encode("ascii"))
                self.rules_by_pattern.append(
                    [rule for rule in rules if start.startswith(rule.next_words.prefixes)]
                )
            patterns.append(anchor + b"  ")
            self.rules_by_pattern.append(rules)
        patterns += [b" " + prefix.encode("ascii") for prefix in prefixes]
        self.rules_by_pattern += [self.rules_for(prefix, word_goes_on=True) for prefix in prefixes]
        self.patterns = patterns
        self.automaton = automaton(patterns)

    # The automaton (Rust) cannot be pickled; the command line keeps a built checker on disk (rules_cache.py),
    # and making the automaton again from its patterns takes milliseconds.
    def __getstate__(self) -> dict:
        return {**vars(self), "automaton": None}

    def __setstate__(self, state: dict) -> None:
        vars(self).update(state)
        self.automaton = automaton(self.patterns)

    @property
    def regex(self) -> re.Pattern:
        if isinstance(self._regex, str):
            self._regex = re.compile(self._regex, re.IGNORECASE)
        return self._regex

    def rules_for(self, word: str, *, word_goes_on: bool = False) -> list:
        """The rules that may start at ``word`` (as written in the text, any case), in a fixed order: those
        whose first word it is, then those whose first-word prefix it begins with, longest prefix first.
        With ``word_goes_on``, ``word`` is only the start of a longer word."""
        key = word.translate(FOLD_TO_ASCII).lower().replace("\u2019", "'")
        found = [] if word_goes_on else list(self.by_word.get(key, ()))
        for length in self.prefix_lengths:
            if length <= len(key):
                found.extend(self.by_prefix.get(key[:length], ()))
        return found

    def stops(self, text: str) -> Iterator[tuple[int, list]]:
        if self.automaton is None:
            return
        if not text.isascii() and any(char in text for char in CASE_FOLDS_TO_ASCII):
            yield from self.regex_stops(text)
            return
        find_matches, rules_by_pattern = self.automaton.find_matches_as_indexes, self.rules_by_pattern
        last_word_rules = self.last_word_rules
        for origin, window in scan_windows(text):
            # A hit is the space before a word; for each place the dict keeps the last (longest) pattern.
            by_place = {
                origin + hit + 1: rules_by_pattern[pattern]
                for pattern, hit, _end in find_matches(window, overlapping=True)
            }
            yield from [(place, rules) for place, rules in by_place.items() if rules]
            if last_word_rules:
                # The window's last word: its next word, if any, is in the next window (see __init__).
                body = window.rstrip()
                space = body.rfind(b" ")
                rules = last_word_rules.get(body[space + 1 :])
                if rules and origin + space + 1 not in by_place:
                    yield origin + space + 1, rules

    def regex_stops(self, text: str) -> Iterator[tuple[int, list]]:
        for stop in self.regex.finditer(text):
            rules = self.rules_for(stop.group())
            if rules:
                yield stop.start(), rules


def automaton(patterns: list[bytes]) -> BytesAhoCorasick | None:
    return BytesAhoCorasick(patterns, MatchKind.Standard) if patterns else None


def scan_windows(text: str) -> Iterator[tuple[int, bytes]]:
    """(origin, bytes): the scan copy of ``text`` in pieces, where byte i stands for character origin + i.

    Each piece but the first starts at a space and ends just before one, so no word is cut in two; the first
    starts with a made-up space (origin -1), so that a word at the very start is found like any other. Each
    ends with a made-up space, so that the byte after a word is always there.
    """
    start, size = 0, WINDOW
    while start < len(text):
        end = min(len(text), start + size)
        window = text[start:end].lower().encode("ascii", "replace").translate(SCAN_BYTES)
        if end < len(text):
            cut = window.rfind(b" ", 1)
            if cut == -1:  # one very long word: take a bigger piece
                size *= 2
                continue
            window, end = window[:cut], start + cut
        yield (-1, b" " + window + b" ") if start == 0 else (start, window + b" ")
        start, size = end, WINDOW
