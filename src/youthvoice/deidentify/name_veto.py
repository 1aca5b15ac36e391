"""The name veto: put back a word the rules took out as a name when a learned model is sure it is not one.

Why: the rules were written from the development sets, where 98.7 % of their name removals are right, but on
text by writers nobody had read they change 5 to 9 % of the lines that hold nothing to remove, mostly by
taking a capitalised everyday word or a word that is also a name ("Grace period", "Will it help") for a
person. Training-only sets written by new writers for learned layers (``evaluation/training/deidentify/``,
which nobody reads and no rule is fitted to) show those mistakes, and a logistic regression learns them.

What: for each ``[NAME]`` the engine puts in, ``removal_features`` describes the removed words (their form
and shape, whether the name lists and the dictionary know them, how common they are), where they stand
(capital, start of a sentence), the words either side and what else was taken out, and **the step of the
engine that made the removal**. The features are hashed into ``FEATURE_BUCKETS`` buckets and the model's
weights summed: plain Python, no library at run time. Where the probability that the removal is an
identifier is below the model's threshold, the engine puts the words back (``engine.deidentify``).

Guardrails, because putting back a real name breaks the promise made to young people:
- only NAME removals are judged; phone numbers, addresses, schools, handles are never put back;
- only removals by the steps that the training data shows go wrong often enough to learn from
  (``vetoable_steps`` in the model file, chosen by the build from its counts; with today's weights only
  ``find_names`` and ``actor_names``): a name after a title or after "my name is" is never put back;
- never a word the project lists as a name wherever it stands (``cues.first_names``: "Tyler", "Jayden");
- only removals whose every word is an everyday English word (in the dictionary, or common): a word like
  "Kacper" or "Hui" is a name wherever it stands, and the mistakes the veto exists for are everyday words;
- off unless ``YOUTHVOICE_DEIDENTIFY_NAME_VETO`` is true (``DEFAULT_ON``; bench/README.md, session 14, has
  the figures that chose the default).

The weights are in ``data/name_veto.json``, built by ``scripts/build-name-veto``
(``name_veto_training.py``) from the development sets and every training-only set; the file names the sets
and their SHA-256, and holds no text of theirs (only hashed buckets). Loaded once, on the first name removal.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

SETTING = "YOUTHVOICE_DEIDENTIFY_NAME_VETO"
# Off until it is shown to put back far more everyday words than names: out of fold on the training-only
# sets it restored nearly one real name for each line it gave back (bench/README.md, session 14).
DEFAULT_ON = False
FEATURE_BUCKETS = 2**18
KIND = "NAME"
EVERYDAY_ZIPF = 3.5  # the line names.py draws between a rare word and an everyday one (_RARE_ZIPF)

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+|[^\w\s]")
_SENTENCE_END = frozenset('.!?:;"“”(')
_POSSESSIVE = re.compile(r"['’]s$")
_DIGITS, _LOWER, _UPPER, _REPEATS = (
    re.compile(r"\d"),
    re.compile(r"[a-z]"),
    re.compile(r"[A-Z]"),
    re.compile(r"(.)\1{2,}"),
)


class NameVetoError(ValueError):
    """The weights file is missing a field or holds something out of range."""


@dataclass(frozen=True)
class NameVeto:
    weights: dict[int, float]
    intercept: float
    threshold: float
    vetoable_steps: frozenset[str]
    trained_on: tuple[str, ...] = ()

    def probability(self, features: list[str]) -> float:
        """The probability that the removal these features describe is an identifier."""
        weights = self.weights
        score = self.intercept + sum(weights.get(bucket(feature), 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=200_000)
def bucket(feature: str) -> int:
    # blake2b, not hash(): the same bucket in every process, on every machine, at build and at run time.
    digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % FEATURE_BUCKETS


def model_from_text(text: str) -> NameVeto:
    try:
        data = json.loads(text)
        model = NameVeto(
            weights={int(b): float(w) for b, w in data["weights"].items()},
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            vetoable_steps=frozenset(str(step) for step in data["vetoable_steps"]),
            trained_on=tuple(data["trained_on"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise NameVetoError(f"The name veto's weights file cannot be read: {error}") from None
    if data.get("feature_buckets") != FEATURE_BUCKETS or any(
        not 0 <= b < FEATURE_BUCKETS for b in model.weights
    ):
        raise NameVetoError("The name veto's weights file was built for another number of feature buckets.")
    if not 0.0 <= model.threshold < 1.0:
        raise NameVetoError("The name veto's threshold must be at least 0 and below 1.")
    return model


def weights_path():
    return files("youthvoice.deidentify") / "data" / "name_veto.json"


@cache
def default_model() -> NameVeto:
    """The committed weights, read once from the package."""
    return model_from_text(weights_path().read_text("utf-8"))


def veto_switched_on() -> bool:
    """``YOUTHVOICE_DEIDENTIFY_NAME_VETO`` from Django's settings (read from the environment there); where
    Django is not set up (benches), the default: a caller that wants the veto passes ``name_veto``."""
    from django.conf import settings

    if settings.configured:
        return bool(getattr(settings, SETTING, DEFAULT_ON))
    return DEFAULT_ON


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    taken: str  # the kind of placeholder the engine put over it, "" where it left it


def _tokens(text: str, spans) -> list[_Token]:
    out = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        taken = next((kind for s, e, kind in spans if s < end and start < e), "")
        out.append(_Token(start, end, match.group(0), taken))
    return out


def _shape(word: str) -> str:
    return _REPEATS.sub(r"\1\1", _UPPER.sub("X", _LOWER.sub("x", _DIGITS.sub("d", word))))


def _zipf(frequencies: dict[str, float], word: str) -> float:
    frequency = frequencies.get(word, 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


def _neighbour(token: _Token | None, prefix: str, lexicon) -> list[str]:
    if token is None:
        return [f"{prefix}pad"]
    if token.taken:
        return [f"{prefix}taken={token.taken}"]
    first, surnames, dictionary, frequencies = lexicon
    lower = token.text.lower()
    base = _POSSESSIVE.sub("", lower)
    out = [
        f"{prefix}w={lower}",
        f"{prefix}shape={_shape(token.text)}",
        f"{prefix}zipf={min(int(_zipf(frequencies, base)), 7)}",
    ]
    if base in first:
        out.append(f"{prefix}first")
    if base in surnames:
        out.append(f"{prefix}surname")
    if base in dictionary:
        out.append(f"{prefix}dict")
    return out


def removal_features(text: str, spans, steps, index: int, lexicon=None, tokens=None) -> list[str]:
    """What the model reads about removal ``index`` of ``spans`` ((start, end, kind) in ``text``), made by
    ``steps[index]``. ``lexicon``: ``names._lexicon()``; ``tokens``: the text's tokens, when already cut."""
    if lexicon is None:
        from youthvoice.deidentify.names import _lexicon

        lexicon = _lexicon()
    first, surnames, dictionary, frequencies = lexicon
    start, end, kind = spans[index]
    step = steps[index]
    toks = tokens if tokens is not None else _tokens(text, spans)
    inside = [i for i, t in enumerate(toks) if t.start < end and start < t.end]
    out = ["bias", f"kind={kind}", f"step={step}", f"kind_step={kind}|{step}"]
    if not inside:
        return [*out, "no_tokens"]
    head, tail = inside[0], inside[-1]
    token = toks[head]
    sentence_start = head == 0 or toks[head - 1].text in _SENTENCE_END
    capital = token.text[:1].isupper()
    words = [toks[i] for i in inside if toks[i].text[:1].isalnum()]
    others = sum(1 for i, (s, e, k) in enumerate(spans) if k == KIND and i != index)
    out += [
        f"n={min(len(words), 4)}",
        f"start={sentence_start}",
        f"cap={capital}",
        f"cap_start={capital}_{sentence_start}",
        f"step_cap_start={step}|{capital}|{sentence_start}",
        f"others={min(others, 2)}",
        f"upper={token.text.isupper() and len(token.text) > 1}",
    ]
    for position, word in enumerate(words[:3]):
        lower = word.text.lower()
        base = _POSSESSIVE.sub("", lower)
        zipf = _zipf(frequencies, base)
        listed = base in first or base in surnames
        everyday = base in dictionary or zipf >= 3.5
        tag = "h" if position == 0 else "t"
        out += [
            f"{tag}:w={lower}",
            f"{tag}:shape={_shape(word.text)}",
            f"{tag}:zipf={min(int(zipf), 7)}",
            f"{tag}:suffix={lower[-3:]}",
            f"{tag}:first={base in first}",
            f"{tag}:surname={base in surnames}",
            f"{tag}:dict={base in dictionary}",
            f"{tag}:cap_listed_everyday={word.text[:1].isupper()}_{listed}_{everyday}",
            f"{tag}:step_listed_everyday={step}|{listed}|{everyday}",
        ]
    for offset in (-2, -1):
        j = head + offset
        out += _neighbour(toks[j] if j >= 0 else None, f"{offset}:", lexicon)
    for offset in (1, 2):
        j = tail + offset
        out += _neighbour(toks[j] if j < len(toks) else None, f"+{offset}:", lexicon)
    if head > 0:
        out.append(f"pair-1={toks[head - 1].text.lower()}|{capital}")
    if tail + 1 < len(toks):
        out.append(f"pair+1={toks[tail + 1].text.lower()}")
    return out


def _listed_as_name(text: str, start: int, end: int) -> bool:
    """A word of the removal is on the project's list of names that are names wherever they stand."""
    from youthvoice.deidentify.cues import first_names

    always = first_names()
    return any(_POSSESSIVE.sub("", word.lower()) in always for word in _TOKEN.findall(text, start, end))


def _everyday_words(text: str, start: int, end: int, lexicon) -> bool:
    """Every word of the removal is one English uses every day (in the dictionary, or common): only such a
    word can be an everyday word mistaken for a name ("Grace", "Bishop"); "Hui" or "Kacper" is a name."""
    _, _, dictionary, frequencies = lexicon
    words = [_POSSESSIVE.sub("", word.lower()) for word in _TOKEN.findall(text, start, end)]
    words = [word for word in words if word[:1].isalpha()]
    return bool(words) and all(
        word in dictionary or _zipf(frequencies, word) >= EVERYDAY_ZIPF for word in words
    )


def removals_to_put_back(text: str, spans, steps, model: NameVeto | None = None) -> set[int]:
    """The indices of the NAME removals of ``spans`` (made by ``steps``) that the veto puts back."""
    model = model or default_model()
    candidates = [
        index
        for index, (start, end, kind) in enumerate(spans)
        if kind == KIND and steps[index] in model.vetoable_steps and not _listed_as_name(text, start, end)
    ]
    if not candidates:
        return set()
    from youthvoice.deidentify.names import _lexicon

    lexicon = _lexicon()
    candidates = [index for index in candidates if _everyday_words(text, *spans[index][:2], lexicon)]
    if not candidates:
        return set()
    toks = _tokens(text, spans)
    return {
        index
        for index in candidates
        if model.probability(removal_features(text, spans, steps, index, lexicon, toks)) < model.threshold
    }
