"""Young people's words and what they mean (``data/young_peoples_words.yaml``), validated at load.

``with_meanings(text)`` writes the plain meaning after each young people's word it knows ("the feds never
come" -> "the feds (police) never come"), so the sentence model and the word counts both see that "feds",
"boydem" and "police" say one thing. The answer's own words stay, so quotes and labels keep its voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files

import yaml

FILE = "youthvoice/insights/data/young_peoples_words.yaml"


class VocabularyDataError(ValueError):
    pass


def meanings_from_text(text: str, *, file: str = FILE) -> dict[str, str]:
    """``{word: meaning}`` from the YAML text; raises ``VocabularyDataError`` naming what is wrong."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise VocabularyDataError(f"{file}: not valid YAML: {error}") from None
    if not isinstance(data, list) or not data:
        raise VocabularyDataError(f"{file}: must be a list of entries, each with 'means' and 'words'")
    meanings: dict[str, str] = {}
    for index, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or set(entry) != {"means", "words"}:
            raise VocabularyDataError(f"{file}: entry #{index} must have exactly 'means' and 'words'")
        means, words = entry["means"], entry["words"]
        if not isinstance(means, str) or not means.strip():
            raise VocabularyDataError(f"{file}: entry #{index}: 'means' must be non-empty text")
        if not isinstance(words, list) or not words:
            raise VocabularyDataError(f"{file}: entry #{index}: 'words' must be a non-empty list")
        for word in words:
            key = " ".join(str(word).lower().split())
            if not key:
                raise VocabularyDataError(f"{file}: entry #{index}: a word is empty")
            if key in meanings and meanings[key] != means:
                raise VocabularyDataError(f"{file}: '{key}' means both '{meanings[key]}' and '{means}'")
            meanings[key] = means.strip()
    return meanings


@cache
def young_peoples_words() -> Mapping[str, str]:
    text = (files("youthvoice.insights") / "data" / "young_peoples_words.yaml").read_text(encoding="utf-8")
    return meanings_from_text(text)


class MeaningWriter:
    """Adds meanings after the words of one lexicon; build once, use for many texts."""

    def __init__(self, meanings: Mapping[str, str]) -> None:
        self.meanings = {key.lower(): value for key, value in meanings.items()}
        # Longest first, so "the old bill" wins over "old bill". A hyphen or apostrophe joins words
        # ("old-bill" is not "old bill"), but a possessive 's does not hide one.
        alternatives = sorted(self.meanings, key=len, reverse=True)
        pattern = "|".join(r"\s+".join(map(re.escape, word.split())) for word in alternatives)
        self.pattern = (
            re.compile(rf"(?<![\w'-])(?:{pattern})(?!\w|-\w|'(?!s\b)\w)", re.IGNORECASE) if pattern else None
        )

    def __call__(self, text: str) -> str:
        if self.pattern is None or not text:
            return text

        def add(match: re.Match) -> str:
            word = match.group(0)
            meaning = self.meanings[" ".join(word.lower().split())]
            return word if meaning == word.lower() else f"{word} ({meaning})"

        return self.pattern.sub(add, text)

    def many(self, texts: Iterable[str]) -> list[str]:
        return [self(text) for text in texts]


def with_meanings(text: str) -> str:
    return _default_writer()(text)


@cache
def _default_writer() -> MeaningWriter:
    return MeaningWriter(young_peoples_words())
