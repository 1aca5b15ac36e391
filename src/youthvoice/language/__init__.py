"""Shared language: the victim-blaming language checker, reading age, and the glossary.

What other apps may import:

- ``check(text) -> list[Finding]``: every finding of the partnership's language rules in a text;
- ``publication_check(text) -> PublicationReport``: may this text be published to young people (no
  high-severity finding), with its findings and reading age;
- ``reading_age(text)``, ``READING_AGE_TARGET``; ``Finding``, ``PublicationReport``, ``RulesError``.
"""

from youthvoice.language.engine import Finding, check
from youthvoice.language.rules import RulesError

# Reading age brings in textstat and the CMU dictionary: imported when first asked for, so that the
# command line and other callers of check() alone start quickly.
LAZY = {
    "PublicationReport": "youthvoice.language.publication",
    "publication_check": "youthvoice.language.publication",
    "READING_AGE_TARGET": "youthvoice.language.readability",
    "reading_age": "youthvoice.language.readability",
}


def __getattr__(name: str):
    if name in LAZY:
        from importlib import import_module

        return getattr(import_module(LAZY[name]), name)
    raise AttributeError(f"module 'youthvoice.language' has no attribute {name!r}")


__all__ = [
    "READING_AGE_TARGET",
    "Finding",
    "PublicationReport",
    "RulesError",
    "check",
    "publication_check",
    "reading_age",
]
