"""The starting glossary: ``data/glossary.yaml``, validated at load."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml

FILE = "youthvoice/language/data/glossary.yaml"


class GlossaryDataError(ValueError):
    pass


def seed_terms_from_text(text: str, *, file: str = FILE) -> list[dict[str, str]]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise GlossaryDataError(f"{file}: not valid YAML: {error}") from None
    if not isinstance(data, list) or not data:
        raise GlossaryDataError(f"{file}: must be a list of terms, each with 'term' and 'definition'")
    terms, seen = [], set()
    for index, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or set(entry) != {"term", "definition"}:
            raise GlossaryDataError(f"{file}: term #{index} must have exactly 'term' and 'definition'")
        for key in ("term", "definition"):
            if not isinstance(entry[key], str) or not entry[key].strip():
                raise GlossaryDataError(f"{file}: term #{index}: '{key}' must be non-empty text")
        if entry["term"].lower() in seen:
            raise GlossaryDataError(f"{file}: '{entry['term']}' is listed twice")
        seen.add(entry["term"].lower())
        terms.append({"term": entry["term"].strip(), "definition": " ".join(entry["definition"].split())})
    return terms


@cache
def seed_terms() -> tuple[dict[str, str], ...]:
    text = (files("youthvoice.language") / "data" / "glossary.yaml").read_text(encoding="utf-8")
    return tuple(seed_terms_from_text(text))
