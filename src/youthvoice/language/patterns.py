"""Context patterns: case-insensitive regular expressions with a faster twin for lower-cased ASCII text.

Rules' context conditions (``rules.py``) are searched in the sentence around every match that has them, and
with ``re.IGNORECASE`` Python folds the case of each character it compares. On ASCII text that has been
lower-cased, a case-sensitive copy of the same pattern finds exactly the same spans, provided the pattern
names no capital letter itself (``[A-Z]``, ``\\x41``), switches no flag inline (``(?-i:...)``) and has no
character outside ASCII that has a case. ``lower_case_twin`` makes that copy only when all of this holds;
otherwise the pattern is always searched case-insensitively in the original text.
"""

from __future__ import annotations

import re

# After a backslash: letters that stand for a character class or position, whatever the case folding.
CASELESS_ESCAPES = set("dDsSwWbBAZnrtfv")
INLINE_FLAGS = set("aiLmsux-")


def caseless(char: str) -> bool:
    return char.lower() == char == char.upper()


def twin_is_safe(source: str) -> bool:
    """Whether ``source``, compiled without IGNORECASE on lower-cased ASCII text, matches what it matches
    with IGNORECASE on the original text. Errs on the side of no."""
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            escaped = source[index + 1 : index + 2]
            if escaped == "u":  # \uXXXX: allowed for characters without case, such as the ’ apostrophe
                code = source[index + 2 : index + 6]
                if not re.fullmatch(r"[0-9a-fA-F]{4}", code) or not caseless(chr(int(code, 16))):
                    return False
                index += 6
                continue
            if escaped.isalpha() and escaped not in CASELESS_ESCAPES:
                return False  # \x41, \N{...}, \U...: could spell a capital
            digits = source[index + 1 : index + 4]
            if escaped == "0" or (len(digits) == 3 and digits.isdigit()):
                return False  # an octal character
            index += 2
            continue
        if source.startswith("(?", index) and source[index + 2 : index + 3] in INLINE_FLAGS:
            return False  # (?i), (?-i:...): a flag switched inline
        if not caseless(char) and char != char.lower():
            return False  # a capital letter
        if not char.isascii() and not caseless(char):
            return False
        index += 1
    return True


def lower_case_twin(pattern: re.Pattern) -> re.Pattern | None:
    if not pattern.flags & re.IGNORECASE or not twin_is_safe(pattern.pattern):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


class ContextPattern:
    """One context condition: ``search`` in a stretch of text, given the stretch lower-cased when it is ASCII
    (and None when it is not). The twin is compiled the first time it is asked for: a text that never
    reaches the condition (and the command line checking a short file) does not pay for a second compile.

    Made from a compiled pattern, or from its source and flags to be compiled on first use: the shipped
    rules (validated by the test suite, which compiles every condition) load that way, so the command line
    starts without compiling some 300 conditions a short file never reaches."""

    __slots__ = ("_exact", "_twin", "source", "flags")

    UNMADE = object()

    def __init__(self, exact: re.Pattern | str, flags: int = re.IGNORECASE):
        if isinstance(exact, re.Pattern):
            self._exact, self.source, self.flags = exact, exact.pattern, exact.flags
        else:
            self._exact, self.source, self.flags = self.UNMADE, exact, flags
        self._twin = self.UNMADE

    @property
    def exact(self) -> re.Pattern:
        if self._exact is self.UNMADE:
            self._exact = re.compile(self.source, self.flags)
        return self._exact

    @property
    def twin(self) -> re.Pattern | None:
        if self._twin is self.UNMADE:
            self._twin = lower_case_twin(self.exact)
        return self._twin

    def search(self, text: str, lowered: str | None) -> re.Match | None:
        if lowered is not None:
            twin = self.twin
            if twin is not None:
                return twin.search(lowered)
        return self.exact.search(text)

    def match(self, text: str, lowered: str | None) -> re.Match | None:
        if lowered is not None:
            twin = self.twin
            if twin is not None:
                return twin.match(lowered)
        return self.exact.match(text)

    # Kept as its source (the command line's cached checker, rules_cache.py): compiled again on first use, and
    # the UNMADE marker, which is only this process's, never written out.
    def __getstate__(self) -> dict:
        return {"source": self.source, "flags": self.flags}

    def __setstate__(self, state: dict) -> None:
        self.source, self.flags = state["source"], state["flags"]
        self._exact = self._twin = self.UNMADE

    def __repr__(self) -> str:
        return f"ContextPattern({self.source!r}, twin={self.twin is not None})"
