"""Shared language: the victim-blaming language checker, reading age, and the glossary.

What other apps may import:

- ``check(text) -> list[Finding]``: every finding of the partnership's language rules in a text;
- ``publication_check(text) -> PublicationReport``: may this text be published to young people (no
  high-severity finding), with its findings and reading age;
- ``reading_age(text)``, ``READING_AGE_TARGET``; ``Finding``, ``PublicationReport``, ``RulesError``.
"""

from youthvoice.language.engine import Finding, check
from youthvoice.language.publication import PublicationReport, publication_check
from youthvoice.language.readability import READING_AGE_TARGET, reading_age
from youthvoice.language.rules import RulesError

__all__ = [
    "READING_AGE_TARGET",
    "Finding",
    "PublicationReport",
    "RulesError",
    "check",
    "publication_check",
    "reading_age",
]
