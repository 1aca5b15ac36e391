"""Synthetic free-text answers with planted themes, for tests, benchmarks and the demo. Invented text only."""

from __future__ import annotations

import numpy as np


def _words(text: str) -> list[str]:
    return text.split()


PLANTED_THEMES: dict[str, list[str]] = {
    "police": _words(
        "police officers stopped searched custody arrested cautioned uniform patrol station "
        "handcuffs detained questioned"
    ),
    "online": _words(
        "online snapchat instagram messages followers groomed nudes screenshots account blocked tiktok gaming"
    ),
    "places": _words(
        "park underpass alley bus stop shopping centre dark streetlights night estate station stairwell"
    ),
    "school": _words(
        "school teachers excluded detention lessons classroom headteacher exams uniform unit pupil referral"
    ),
    "money": _words("money debt owed trainers cash drugs county lines phone deliver runner paid shotting"),
    "home": _words("home family mum dad siblings foster carers placement bedroom arguments kicked out"),
    "friends": _words("friends mates older boyfriend girlfriend peers gang crew pressure loyalty respect"),
}
# Words any answer may use, whatever it is about.
COMMON = _words(
    "feel felt think know people young adults help listen trust scared worried safe unsafe "
    "nobody somebody someone always never sometimes really lot time day week things"
)


def planted_answers(
    *,
    themes: int = 5,
    per_theme: int = 200,
    noise: float = 0.3,
    seed: int = 0,
    start_id: int = 1,
    filler_words: int = 0,
) -> tuple[list[tuple[int, str]], list[str]]:
    """``themes * per_theme`` answers, each mostly words of one planted theme, with ``noise`` common words.

    ``filler_words`` > 0 draws half the noise from that many made-up words with a Zipf (power-law)
    frequency, as in real text, so that the vocabulary is realistically large for benchmarks.

    Returns the ``(answer_id, text)`` pairs (shuffled) and, in the same order, the planted theme of each.
    """
    names = list(PLANTED_THEMES)
    if not 1 <= themes <= len(names):
        raise ValueError(f"themes must be from 1 to {len(names)}")
    rng = np.random.default_rng(seed)
    filler = [_made_up_word(k) for k in range(filler_words)]
    answers, truth = [], []
    for name in names[:themes]:
        vocabulary = PLANTED_THEMES[name]
        for _ in range(per_theme):
            length = int(rng.integers(6, 15))
            from_common = rng.random(length) < noise
            words = [
                _noise_word(rng, filler) if common else vocabulary[rng.integers(len(vocabulary))]
                for common in from_common
            ]
            answers.append(" ".join(words))
            truth.append(name)
    order = rng.permutation(len(answers))
    return [(start_id + k, answers[i]) for k, i in enumerate(order)], [truth[i] for i in order]


def _made_up_word(k: int) -> str:
    letters = "bcdfghjklmnpqrstvwxz"
    word = "zy"
    while True:
        k, digit = divmod(k, len(letters))
        word += letters[digit]
        if not k:
            return word


def _noise_word(rng: np.random.Generator, filler: list[str]) -> str:
    if filler and rng.random() < 0.5:
        return filler[min(int(rng.zipf(1.05)) - 1, len(filler) - 1)]
    return COMMON[rng.integers(len(COMMON))]
