"""Compile youthvoice's message catalogues (.po to .mo) in Python, so no machine needs GNU gettext.

``./start``, ``./test`` and ``.ci/run`` call ``youthvoice compiletranslations``; compiled .mo files are
build output and never committed. Only catalogues whose .po is newer than their .mo are compiled again.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings


def catalogues() -> list[Path]:
    return sorted(po for root in settings.LOCALE_PATHS for po in Path(root).glob("*/LC_MESSAGES/*.po"))


def translations_compile(*, force: bool = False) -> list[Path]:
    """Compile every catalogue that changed; return the .mo files written."""
    written = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name)
        with mo.open("wb") as target:
            # Fuzzy entries are left out, as GNU msgfmt does: a guess is never shown to a young person.
            write_mo(target, catalog, use_fuzzy=False)
        written.append(mo)
    return written
