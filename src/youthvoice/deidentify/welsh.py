"""Reading Welsh answers: young people may answer in Welsh (the journey offers it), and Welsh words are rare
in English, so the name finder, which weighs words by English frequencies, must not take them for names.

Private to ``youthvoice.deidentify``. ``text_is_welsh`` decides, from the journey's language and the words
themselves, whether the name finder reads a text as Welsh; ``welsh_words`` is data/welsh_words.txt, words
that are never a person's name (function words, days, months, their mutated forms).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WELSH_WORDS_FILE = Path(__file__).with_name("data") / "welsh_words.txt"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words common in Welsh and never English: a text with two of these (and fewer English ones) is Welsh.
_WELSH_MARKERS = _words(
    """yr yn yng ym mae maen roedd oedd ydy ydw yw ydi rydw rwy dwi dw dydw dydy sy sydd ddim gyda efo
    wrth ond ac neu fy dy ein eich eu hefyd iawn achos oherwydd mewn gan ganddo arno amdano wedi
    nhw chi ti fi mi hi'n i'n ti'n ni'n chi'n nhw'n fe'n o'r i'r a'r y'n mor rhy dim pwy beth pam sut
    pryd ble cael gael mynd dod gweld teimlo ofn ofni heddlu ysgol ffrind ffrindiau nos dydd"""
)
# The commonest English function words, none of them also Welsh.
_ENGLISH_MARKERS = _words(
    """the and to is was are were of it that this with my me he she they we you i'm im i've dont don't
    didn't not for on at be been have has had but so because when what who there their them his her
    him just like really"""
)
# Welsh clitics joined by an apostrophe: "i'n", "ofni'r", "mae'r", "dyw'r".
_WELSH_CLITIC = re.compile(r"^[^\W\d_]+['’](?:n|r|i|m|th|u|w)$")


@lru_cache(maxsize=1)
def welsh_words() -> frozenset[str]:
    """Words of data/welsh_words.txt, lower case; the file is checked as it is read."""
    words = set()
    for number, line in enumerate(_WELSH_WORDS_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#"):
            continue
        for word in line.split():
            if not _WORD.fullmatch(word.strip("'’")):
                raise ValueError(f"{_WELSH_WORDS_FILE.name} line {number}: {word!r} is not a word")
            words.add(word.lower())
    return frozenset(words)


def welsh_and_english_markers(text: str) -> tuple[int, int]:
    """How many words of ``text`` only Welsh uses, and how many only English uses."""
    lowered = text.lower().replace("’", "'")
    words = _WORD.findall(lowered)
    # Counted in C (``map`` over the sets); only words with an apostrophe are looked at one by one.
    welsh = sum(map(_WELSH_MARKERS.__contains__, words))
    english = sum(map(_ENGLISH_MARKERS.__contains__, words))
    if "'" in lowered:
        for word in words:
            if "'" in word and word not in _WELSH_MARKERS and _WELSH_CLITIC.match(word):
                welsh += 1  # a clitic ("ofni'r"): Welsh, and so not counted as English ("i'm" is both)
                english -= word in _ENGLISH_MARKERS
    return welsh, english


def text_is_welsh(text: str, *, language: str | None = None) -> bool:
    """Read ``text`` as Welsh? When the young person chose Welsh (``language="cy"``), unless more of its
    words are English than Welsh; otherwise only when it plainly is: two Welsh words or more, and more
    Welsh words than English ones (an English answer that names "Nos Da" stays English)."""
    welsh, english = welsh_and_english_markers(text)
    if (language or "").lower().split("-")[0] == "cy":
        return welsh >= english
    return welsh >= 2 and welsh > english
