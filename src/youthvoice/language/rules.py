"""The language rules: loaded from ``data/rules.yaml`` and validated, with clear errors, before any use.

A rule's patterns are written in a small phrase language, so that rules stay readable data:

- words are separated by spaces; in the text they may be separated by any spaces, line breaks or a hyphen
  (``risk taking`` also finds ``risk-taking`` and ``risk-`` at the end of a line followed by ``taking``);
- ``word*`` matches any ending (``prostitut*``); ``a~b`` allows ``ab``, ``a b`` and ``a-b``;
- ``(a|b c)`` is a choice, ``{name}`` a choice defined once under ``macros`` (pronouns, verb forms);
- a trailing ``?`` makes a word or choice optional; ``..`` allows up to three other words in between;
- ``<verb>`` is every form of a verb or noun (``<choose>``: choose, chooses, chose, chosen, choosing): regular
  endings, and the forms listed under ``irregular`` for the rest.

A rule may also have a ``meaning`` block (see ``meaning.py``): who must do what the words say, what negation
does to them, which ages they need; those are read in the sentence only around a match.

The first word of every pattern must be a plain word or choice: the engine finds every rule that could start
at a word with one lookup, which is what keeps a check to one pass over the text however many rules there are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

import yaml

from youthvoice.language.meaning import Meaning, MeaningError, meaning_from_data
from youthvoice.language.patterns import ContextPattern

# libyaml's safe loader where PyYAML has it: about 15 times faster, so the command line starts quickly.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SEVERITIES = ("high", "medium", "low")
WORD_START, WORD_END = r"(?<![\w'\u2019])", r"(?![\w'\u2019])"
SEPARATOR = r"(?:\s*[-\u2010\u2011]\s*|\s+)"
OPTIONAL_SEPARATOR = r"(?:\s*[-\u2010\u2011]\s*|\s+)?"
GAP = r"(?:[\w'\u2019]+" + SEPARATOR + r"){0,3}"
WORD_CHARS = re.compile(r"^[\w'\u2019~*.-]+$")
MACRO_REFERENCE = re.compile(r"\{([a-z_]+)\}")
LEMMA_REFERENCE = re.compile(r"<([a-z]+)>")
VOWELS = "aeiou"
RULE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file, the rule and the field."""


@dataclass(frozen=True)
class Context:
    """Conditions on the sentence around a match, for words that harm only in some contexts."""

    require_in_sentence: tuple[ContextPattern, ...] = ()
    forbid_in_sentence: tuple[ContextPattern, ...] = ()
    forbid_before: tuple[ContextPattern, ...] = ()
    forbid_after: tuple[ContextPattern, ...] = ()
    # Words that must come just before the match (end the pattern with $). Lets a rule start at its rarer
    # word ("offender" after "young"), so common words do not stop the one-pass scan.
    require_before: tuple[ContextPattern, ...] = ()
    # Words that must come just after the match (matched at its end, like forbid_after): lets a rule start at
    # a rarer word and ask for who or what follows ("stemmed from" + something of the child's).
    require_after: tuple[ContextPattern, ...] = ()

    def __bool__(self) -> bool:
        return bool(
            self.require_in_sentence
            or self.forbid_in_sentence
            or self.forbid_before
            or self.forbid_after
            or self.require_before
            or self.require_after
        )


@dataclass(frozen=True)
class Followers:
    """The words that may follow a rule's first word: a next word in the text must be one of ``words`` or
    begin with one of ``prefixes`` (lower case, ASCII) for the rule to match there."""

    words: frozenset[str]
    prefixes: tuple[str, ...]

    def allow(self, word: str) -> bool:
        return word in self.words or word.startswith(self.prefixes)

    def __or__(self, other: Followers) -> Followers:
        return Followers(self.words | other.words, tuple(sorted(set(self.prefixes) | set(other.prefixes))))


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    patterns: tuple[str, ...]
    message: str
    why: str
    suggestions: tuple[str, ...]
    source: str
    # The rule's regular expression, compiled the first time a text has a place where the rule may start, so
    # the command line starts without compiling every rule (see ``regex``).
    regex_source: str = field(repr=False, compare=False)
    regex_flags: int = field(repr=False, compare=False)
    # First words that can start a match: exact words, and prefixes (from ``word*`` or ``a~b``).
    triggers: frozenset[str] = field(repr=False, compare=False)
    trigger_prefixes: frozenset[str] = field(repr=False, compare=False)
    context: Context = field(default_factory=Context, repr=False, compare=False)
    match_case: bool = False
    meaning: Meaning | None = field(default=None, repr=False, compare=False)
    # A broad rule that gives way to any other rule whose match overlaps its own (the specific one says more).
    fallback: bool = False
    # Each pattern's (first words, first-word prefixes, regular expression): the engine tries at a word only
    # the patterns that can start with it, not the rule's whole alternation.
    pattern_parts: tuple[tuple[frozenset[str], frozenset[str], str], ...] = field(
        default=(), repr=False, compare=False
    )
    # For each exact first word, the words that can come next (exact words, and prefixes), or None when
    # anything may (a gap, the pattern may end there): lets the scan skip a place by its next word (scan.py).
    followers: dict[str, Followers | None] = field(default_factory=dict, repr=False, compare=False)
    # Set on the rule as tried at one first word (engine.for_first_word): that word's followers.
    next_words: Followers | None = field(default=None, repr=False, compare=False)

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.regex_source, self.regex_flags)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    categories: dict[str, str]
    sources: dict[str, str]

    def by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}


# --- the phrase language -------------------------------------------------------------------------------


# The phrase language's splits are pure and asked for again and again while rules are built (the same
# choice inside many patterns, and again for each first word's followers): remembered, the linter starts
# sooner.
@cache
def split_tokens(pattern: str) -> tuple[str, ...]:
    """Split on spaces outside parentheses."""
    tokens, depth, current = [], 0, ""
    for char in pattern:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("a ')' has no matching '('")
        if char == " " and depth == 0:
            if current:
                tokens.append(current)
            current = ""
        else:
            current += char
    if depth:
        raise ValueError("a '(' is not closed")
    if current:
        tokens.append(current)
    return tuple(tokens)


@cache
def split_choices(inner: str) -> tuple[str, ...]:
    choices, depth, current = [], 0, ""
    for char in inner:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            choices.append(current)
            current = ""
        else:
            current += char
    choices.append(current)
    if any(not choice.strip() for choice in choices):
        raise ValueError(f"an empty choice in '({inner})'")
    return tuple(choice.strip() for choice in choices)


def word_regex(word: str) -> str:
    if not WORD_CHARS.match(word) or word in {"~", "*"}:
        raise ValueError(f"'{word}' is not a word (letters, digits, ', -, ~ and a final *)")
    if "*" in word[:-1]:
        raise ValueError(f"'{word}': '*' may only end a word")
    out = ""
    for char in word:
        if char == "*":
            out += r"[\w'\u2019]*"
        elif char == "~":
            out += OPTIONAL_SEPARATOR
        elif char == "-":
            out += SEPARATOR
        elif char in "'\u2019":
            out += "['\u2019]"
        else:
            out += re.escape(char)
    return out


def inflections(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """Every form of ``lemma``: its irregular forms when listed, else the regular -s, -ed and -ing."""
    if lemma in irregular:
        return [lemma, *irregular[lemma]]
    if lemma.endswith(("ee", "ye", "oe")):
        stem_ing, stem_ed = lemma + "ing", lemma + "d"  # agree: agreeing, agreed
    elif lemma.endswith("e"):
        stem_ing, stem_ed = lemma[:-1] + "ing", lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        stem_ing, stem_ed = lemma + "ing", lemma[:-1] + "ied"
    elif (
        len(lemma) <= 4
        and lemma[-1] not in VOWELS + "wxy"
        and lemma[-2:-1] in tuple(VOWELS)
        and lemma[-3:-2] not in tuple(VOWELS)
    ):
        stem_ing, stem_ed = lemma + lemma[-1] + "ing", lemma + lemma[-1] + "ed"  # stop: stopping, stopped
    else:
        stem_ing, stem_ed = lemma + "ing", lemma + "ed"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return [lemma, third, stem_ed, stem_ing]


def token_choices(token: str, macros: dict[str, list[str]]) -> Sequence[str] | None:
    """The choices a token stands for, or None for a single word."""
    if token[:1] not in "(<{":
        return None  # a plain word: most tokens, asked about tens of thousands of times as rules are built
    if token.startswith("(") and token.endswith(")"):
        return split_choices(token[1:-1])
    lemma = LEMMA_REFERENCE.fullmatch(token)
    if lemma:
        return inflections(lemma.group(1), macros.get("<irregular>", {}))  # type: ignore[arg-type]
    found = MACRO_REFERENCE.fullmatch(token)
    if found:
        if found.group(1) not in macros:
            raise ValueError(f"unknown macro '{{{found.group(1)}}}'; define it under 'macros'")
        return macros[found.group(1)]
    return None


def phrase_regex(pattern: str, macros: dict[str, list[str]]) -> str:
    parts: list[str] = []
    for token in split_tokens(pattern.strip()):
        optional = token.endswith("?") and len(token) > 1
        core = token[:-1] if optional else token
        if core == "..":
            parts.append(("gap", GAP))
            continue
        choices = token_choices(core, macros)
        body = "(?:" + "|".join(phrase_regex(choice, macros) for choice in choices) + ")" if choices else None
        body = body or word_regex(core)
        parts.append(("optional" if optional else "word", body))
    if not parts:
        raise ValueError("the pattern is empty")
    out = ""
    for index, (kind, body) in enumerate(parts):
        if index == 0:
            if kind != "word":
                raise ValueError("a pattern must start with a word or a choice, not an optional part or '..'")
            out = body
        elif kind == "gap":
            out += SEPARATOR + body  # the words in the gap each end with a separator
        elif kind == "optional":
            out += f"(?:{SEPARATOR}{body})?"
        else:
            previous_is_gap = parts[index - 1][0] == "gap"
            out += ("" if previous_is_gap else SEPARATOR) + body
    return out


def first_words(pattern: str, macros: dict[str, list[str]]) -> list[str]:
    token = split_tokens(pattern.strip())[0]
    choices = token_choices(token, macros)
    if choices is None:
        return [token.lower()]
    words: list[str] = []
    for choice in choices:
        words.extend(first_words(choice, macros))
    return words


SPECIAL = re.compile(r"([~*\-'\u2019])")


def word_follower(word: str) -> Followers | None:
    """A phrase word as a next word in the scan copy (lower case; separators and ’ are spaces there)."""
    word = word.lower()
    stem, *rest = SPECIAL.split(word)
    if not stem or not stem.isascii() or not re.fullmatch(r"[a-z0-9_]+", stem):
        return None
    if rest and rest[0] != "-":
        return Followers(frozenset(), (stem,))
    return Followers(frozenset({stem}), ())


def union(found: list[Followers | None]) -> Followers | None:
    if not found or any(f is None for f in found):
        return None
    result = found[0]
    for other in found[1:]:
        result = result | other
    return result


def starting_words(tokens: Sequence[str], macros: dict[str, list[str]]) -> Followers | None:
    """The words a phrase (as tokens) may start with, or None when it may be empty or start with anything."""
    if not tokens:
        return None
    token = tokens[0]
    optional = token.endswith("?") and len(token) > 1
    core = token[:-1] if optional else token
    if core == "..":
        return None
    choices = token_choices(core, macros)
    if choices is None:
        found = word_follower(core)
    else:
        found = union([starting_words(split_tokens(choice), macros) for choice in choices])
    return union([found, starting_words(tokens[1:], macros)]) if optional else found


def words_after(tokens: Sequence[str], word: str, macros: dict[str, list[str]]) -> Followers | None:
    """The words that may come after ``word`` when a phrase (as tokens) starts with it."""
    choices = token_choices(tokens[0], macros)
    found = []
    for choice in choices if choices is not None else [tokens[0]]:
        inner = split_tokens(choice)
        if len(inner) > 1 or token_choices(inner[0], macros) is not None:
            if word in first_words(choice, macros):
                found.append(words_after(inner + tokens[1:], word, macros))
            continue
        stem, *rest = SPECIAL.split(choice.lower().replace("\u2019", "'"))
        if stem != word:
            continue
        if not rest:
            found.append(starting_words(tokens[1:], macros))
        elif rest[0] == "-":  # "one-off": the next word is the one after the hyphen
            found.append(word_follower("".join(rest[1:])))
        else:
            found.append(None)
    return union(found)


def followers_of(patterns: list[str], macros: dict[str, list[str]]) -> dict[str, Followers | None]:
    """For each exact first word of the patterns, what may follow it (None: anything)."""
    by_word: dict[str, list[Followers | None]] = {}
    for pattern in patterns:
        tokens = split_tokens(pattern.strip())
        exact, _prefixes = trigger_sets([pattern], macros)
        for word in exact:
            by_word.setdefault(word, []).append(words_after(tokens, word, macros))
    return {word: union(found) for word, found in by_word.items()}


def trigger_sets(patterns: list[str], macros: dict[str, list[str]]) -> tuple[frozenset[str], frozenset[str]]:
    exact, prefixes = set(), set()
    for pattern in patterns:
        for word in first_words(pattern, macros):
            word = word.replace("\u2019", "'")
            if word.startswith("'"):
                continue  # ('s, 're) never start a match: a word character always comes before them
            # After "-" (a separator in the text) the first word ends; after "~", "*" or "'" it may go on.
            stem, *rest = re.split(r"([~*\-'])", word)
            if not stem.isascii():
                raise ValueError(
                    f"the first word '{word}' must be ASCII: the one-pass scan looks words up in ASCII"
                )
            if rest and rest[0] != "-":
                prefixes.add(stem)
            else:
                exact.add(stem)
    return frozenset(exact), frozenset(prefixes)


# --- loading and validation ------------------------------------------------------------------------------


def _text(value, *, where: str, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RulesError(f"{where}: '{name}' must be non-empty text")
    return " ".join(value.split())


def _texts(value, *, where: str, name: str, allow_empty: bool = False) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or (not value and not allow_empty):
        raise RulesError(f"{where}: '{name}' must be a list of text with at least one entry")
    return [_text(item, where=where, name=name) for item in value]


def _context_regexes(
    value,
    *,
    where: str,
    name: str,
    macros: dict[str, list[str]],
    regex_macros: dict[str, str],
    compile_now: bool = True,
) -> tuple[ContextPattern, ...]:
    """Context conditions are regular expressions; ``{name}`` stands for a regex macro or a word macro."""

    def expand(found: re.Match) -> str:
        name = found.group(1)
        if name in regex_macros:
            return f"(?:{regex_macros[name]})"
        if name in macros:
            return WORD_START + "(?:" + "|".join(phrase_regex(w, {}) for w in macros[name]) + ")" + WORD_END
        return found.group(0)

    compiled = []
    for source in _texts(value, where=where, name=name):
        expanded = MACRO_REFERENCE.sub(expand, source)
        if not compile_now:
            compiled.append(ContextPattern(expanded, re.IGNORECASE))
            continue
        try:
            compiled.append(ContextPattern(re.compile(expanded, re.IGNORECASE)))
        except re.error as error:
            message = f"{where}: '{name}' has a broken regular expression {source!r}: {error}"
            raise RulesError(message) from None
    return tuple(compiled)


CONTEXT_KEYS = (
    "require_in_sentence",
    "forbid_in_sentence",
    "forbid_before",
    "forbid_after",
    "require_before",
    "require_after",
)
RULE_KEYS = {
    "id",
    "category",
    "severity",
    "patterns",
    "message",
    "why",
    "suggestions",
    "source",
    "context",
    "match_case",
    "meaning",
    "fallback",
}
OPTIONAL_RULE_KEYS = {"context", "match_case", "meaning", "fallback"}


def rule_from_data(
    data,
    *,
    index: int,
    file: str,
    macros: dict[str, list[str]],
    regex_macros: dict[str, str],
    categories: dict,
    sources: dict,
    compile_now: bool = True,
) -> Rule:
    where = f"{file}: rule #{index + 1}"
    if not isinstance(data, dict):
        raise RulesError(f"{where}: each rule must be a mapping of fields")
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise RulesError(f"{where}: 'id' must be lower-case words joined by hyphens, got {rule_id!r}")
    where = f"{file}: rule '{rule_id}'"
    unknown = set(data) - RULE_KEYS
    if unknown:
        raise RulesError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}")
    for required in sorted(RULE_KEYS - OPTIONAL_RULE_KEYS):
        if required not in data:
            raise RulesError(f"{where}: the field '{required}' is missing")
    if data["category"] not in categories:
        raise RulesError(f"{where}: 'category' must be one of {sorted(categories)}, got {data['category']!r}")
    if data["severity"] not in SEVERITIES:
        raise RulesError(f"{where}: 'severity' must be one of {list(SEVERITIES)}, got {data['severity']!r}")
    if data["source"] not in sources:
        raise RulesError(f"{where}: 'source' must name an entry under 'sources', got {data['source']!r}")
    patterns = _texts(data["patterns"], where=where, name="patterns")
    match_case = data.get("match_case", False)
    if not isinstance(match_case, bool):
        raise RulesError(f"{where}: 'match_case' must be true or false, got {match_case!r}")
    # Each pattern's regular expression is built once (the command line builds every rule at start).
    pattern_regexes = []
    for pattern in patterns:
        try:
            pattern_regexes.append(phrase_regex(pattern, macros))
        except (ValueError, re.error) as error:
            raise RulesError(f"{where}: 'patterns': {pattern!r}: {error}") from None
    try:
        regex_source = WORD_START + "(?:" + "|".join(pattern_regexes) + ")" + WORD_END
        triggers, prefixes = trigger_sets(patterns, macros)
        pattern_parts = tuple(
            (*trigger_sets([p], macros), source) for p, source in zip(patterns, pattern_regexes, strict=True)
        )
        followers = followers_of(patterns, macros)
    except (ValueError, re.error) as error:
        raise RulesError(f"{where}: 'patterns': {error}") from None
    context_data = data.get("context") or {}
    if not isinstance(context_data, dict) or set(context_data) - set(CONTEXT_KEYS):
        raise RulesError(f"{where}: 'context' may only have {list(CONTEXT_KEYS)}")
    context = Context(
        **{
            key: _context_regexes(
                value,
                where=where,
                name=f"context.{key}",
                macros=macros,
                regex_macros=regex_macros,
                compile_now=compile_now,
            )
            for key, value in context_data.items()
        }
    )
    meaning = None
    if "meaning" in data:
        try:
            meaning = meaning_from_data(data["meaning"], where=where)
        except MeaningError as error:
            raise RulesError(str(error)) from None
    fallback = data.get("fallback", False)
    if not isinstance(fallback, bool):
        raise RulesError(f"{where}: 'fallback' must be true or false, got {fallback!r}")
    return Rule(
        fallback=fallback,
        meaning=meaning,
        id=rule_id,
        category=data["category"],
        severity=data["severity"],
        patterns=tuple(patterns),
        message=_text(data["message"], where=where, name="message"),
        why=_text(data["why"], where=where, name="why"),
        suggestions=tuple(_texts(data["suggestions"], where=where, name="suggestions")),
        source=data["source"],
        regex_source=regex_source,
        pattern_parts=pattern_parts,
        followers=followers,
        regex_flags=0 if match_case else re.IGNORECASE,
        triggers=triggers,
        trigger_prefixes=prefixes,
        context=context,
        match_case=match_case,
    )


def rules_from_text(text: str, *, file: str = "rules", compile_now: bool = True) -> RuleSet:
    """The rules in ``text``, validated. ``compile_now=False`` leaves context conditions to compile on first
    use (only for the shipped rules, whose every condition the test suite compiles)."""
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        raise RulesError(f"{file}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise RulesError(f"{file}: must be a mapping with 'categories', 'sources', 'macros' and 'rules'")
    for key in ("categories", "sources", "rules"):
        if key not in data:
            raise RulesError(f"{file}: the section '{key}' is missing")
    categories, sources, macros_data = data["categories"], data["sources"], data.get("macros") or {}
    regex_macros = data.get("regex_macros") or {}
    for name, section in (
        ("categories", categories),
        ("sources", sources),
        ("macros", macros_data),
        ("regex_macros", regex_macros),
    ):
        if not isinstance(section, dict):
            raise RulesError(f"{file}: '{name}' must be a mapping")
    macros = {}
    for name, words in macros_data.items():
        if not re.fullmatch(r"[a-z_]+", str(name)):
            raise RulesError(f"{file}: macro name {name!r} must be lower-case letters and underscores")
        macros[name] = _texts(words, where=f"{file}: macro '{name}'", name="words")
    irregular = data.get("irregular") or {}
    if not isinstance(irregular, dict) or not all(
        re.fullmatch(r"[a-z]+", str(lemma))
        and isinstance(forms, list)
        and forms
        and all(isinstance(form, str) and re.fullmatch(r"[a-z'\u2019]+", form) for form in forms)
        for lemma, forms in irregular.items()
    ):
        raise RulesError(f"{file}: 'irregular' must map a lower-case word to a list of its other forms")
    macros["<irregular>"] = irregular  # read by '<word>' in patterns
    for name, source in regex_macros.items() if compile_now else ():
        try:
            re.compile(str(source))
        except re.error as error:
            message = f"{file}: regex macro '{name}' is a broken regular expression: {error}"
            raise RulesError(message) from None
    if not isinstance(data["rules"], list) or not data["rules"]:
        raise RulesError(f"{file}: 'rules' must be a non-empty list")
    rules, seen = [], set()
    for index, item in enumerate(data["rules"]):
        rule = rule_from_data(
            item,
            index=index,
            file=file,
            macros=macros,
            regex_macros=regex_macros,
            categories=categories,
            sources=sources,
            compile_now=compile_now,
        )
        if rule.id in seen:
            raise RulesError(f"{file}: rule '{rule.id}' is defined twice")
        seen.add(rule.id)
        rules.append(rule)
    return RuleSet(rules=tuple(rules), categories=dict(categories), sources=dict(sources))


def rules_from_file(path: Path | str) -> RuleSet:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RulesError(f"{path}: cannot be read: {error}") from None
    return rules_from_text(text, file=str(path))


@cache
def default_rules() -> RuleSet:
    resource = files("youthvoice.language") / "data" / "rules.yaml"
    return rules_from_text(
        resource.read_text(encoding="utf-8"), file="youthvoice/language/data/rules.yaml", compile_now=False
    )
