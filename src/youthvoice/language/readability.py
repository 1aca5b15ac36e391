"""Reading age: how old a reader usually is before they can read a text easily.

UK reading age is the US school grade plus five; the grade is Flesch-Kincaid's, from textstat. youthvoice aims
for a reading age of 12 or below in everything it publishes to young people.
"""

from __future__ import annotations

import re

import textstat

READING_AGE_TARGET = 12
HAS_WORDS = re.compile(r"[A-Za-z]{2,}")


def reading_age(text: str) -> float | None:
    """The reading age of ``text`` in years (one decimal place), or None when it has no words to measure."""
    if not HAS_WORDS.search(text):
        return None
    grade = textstat.flesch_kincaid_grade(text)
    return round(max(grade, 0.0) + 5, 1)


def meets_reading_target(age: float | None) -> bool:
    return age is not None and age <= READING_AGE_TARGET
