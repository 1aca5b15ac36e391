"""Sections the apps above core add to the public home page and the staff home page.

Core sits below the apps whose news these pages show (open consultations, updates to take back to young
people), so it cannot import them: each app registers a section in its AppConfig.ready(), and core renders
what the registered functions return, in order. A function returning None adds nothing for this request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

PUBLIC_HOME = "public_home"
STAFF_HOME = "staff_home"
PLACES = (PUBLIC_HOME, STAFF_HOME)


@dataclass(frozen=True)
class HomeSection:
    key: str
    template: str
    context: Callable[..., dict | None]
    order: int


_registry: dict[str, dict[str, HomeSection]] = {place: {} for place in PLACES}


def home_section_register(
    *, place: str, key: str, template: str, context: Callable[..., dict | None], order: int = 50
) -> None:
    """Add (or replace, by ``key``) a section; ``context(request)`` gives its template's context."""
    if place not in PLACES:
        raise ValueError(f"Sections go on {PLACES}, not {place!r}")
    _registry[place][key] = HomeSection(key=key, template=template, context=context, order=order)


def home_sections(*, place: str, request) -> list[dict]:
    """The sections to render on ``place`` for ``request``: [{"template": ..., "data": {...}}]."""
    shown = []
    for section in sorted(_registry[place].values(), key=lambda s: (s.order, s.key)):
        data = section.context(request)
        if data is not None:
            shown.append({"template": section.template, "data": data})
    return shown
