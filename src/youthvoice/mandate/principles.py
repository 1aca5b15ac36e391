"""The partnership's principles as data: loaded from data/principles.yaml and validated at load."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

PRINCIPLES_FILE = Path(__file__).parent / "data" / "principles.yaml"


class PrinciplesDataError(ValueError):
    """The principles file is malformed; the message says where and how to fix it."""


@dataclass(frozen=True)
class PrincipleData:
    order: int
    title: str
    description: str


def principles_parse(*, text: str, source: str = "principles.yaml") -> list[PrincipleData]:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise PrinciplesDataError(f"{source}: not valid YAML: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("principles"), list):
        raise PrinciplesDataError(f"{source}: expected a top-level 'principles:' list.")
    entries = document["principles"]
    if not entries:
        raise PrinciplesDataError(f"{source}: the 'principles' list is empty.")
    principles: list[PrincipleData] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: principle {number}"
        if not isinstance(entry, dict) or set(entry) != {"title", "description"}:
            raise PrinciplesDataError(f"{where}: give exactly 'title' and 'description'.")
        title, description = entry["title"], entry["description"]
        for key, value, limit in [("title", title, 200), ("description", description, 2000)]:
            if not isinstance(value, str) or not value.strip():
                raise PrinciplesDataError(f"{where}: '{key}' must be non-empty text.")
            if len(value) > limit:
                raise PrinciplesDataError(f"{where}: '{key}' is longer than {limit} characters.")
        if title.strip().lower() in seen:
            raise PrinciplesDataError(f"{where}: the title '{title}' is used twice.")
        seen.add(title.strip().lower())
        principles.append(PrincipleData(order=number, title=title.strip(), description=description.strip()))
    return principles


@cache
def principles_default() -> tuple[PrincipleData, ...]:
    """The eight principles shipped with youthvoice."""
    return tuple(
        principles_parse(text=PRINCIPLES_FILE.read_text(encoding="utf-8"), source=str(PRINCIPLES_FILE))
    )
