"""Agreement between two coders: Cohen's kappa per theme, as NVivo and ATLAS.ti report it.

Each theme is treated on its own as "applied" or "not applied" to each answer both coders coded, giving a
2×2 table per theme:

                    second: applied   second: not applied
    first: applied        a                  b
    first: not applied    c                  d

    n = a + b + c + d
    observed agreement  p_o = (a + d) / n
    chance agreement    p_e = ((a + b)(a + c) + (c + d)(b + d)) / n²
    kappa               κ   = (p_o − p_e) / (1 − p_e)

When both coders put every answer in the same column (p_e = 1) kappa is 0/0; like NVivo we report 1, since
the coders agree on every answer. Plain Python, no Django: the numbers are checked by hand in the tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class AgreementTable:
    both: int  # a: both coders applied the theme
    first_only: int  # b
    second_only: int  # c
    neither: int  # d

    @property
    def n(self) -> int:
        return self.both + self.first_only + self.second_only + self.neither

    @property
    def percent_agreement(self) -> float:
        return 100 * (self.both + self.neither) / self.n if self.n else 0.0

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa, or None when there are no answers."""
        n = self.n
        if not n:
            return None
        observed = (self.both + self.neither) / n
        first_yes, first_no = self.both + self.first_only, self.second_only + self.neither
        second_yes, second_no = self.both + self.second_only, self.first_only + self.neither
        chance = (first_yes * second_yes + first_no * second_no) / (n * n)
        if chance == 1:
            return 1.0
        return (observed - chance) / (1 - chance)


def agreement_table(*, applied_by_first: Iterable[bool], applied_by_second: Iterable[bool]) -> AgreementTable:
    """The 2×2 table from two equal-length sequences of "theme applied?" per answer."""
    first, second = list(applied_by_first), list(applied_by_second)
    if len(first) != len(second):
        raise ValueError("Both coders must be compared on the same answers.")
    pairs = list(zip(first, second, strict=True))
    return AgreementTable(
        both=sum(1 for f, s in pairs if f and s),
        first_only=sum(1 for f, s in pairs if f and not s),
        second_only=sum(1 for f, s in pairs if s and not f),
        neither=sum(1 for f, s in pairs if not f and not s),
    )


@dataclass(frozen=True)
class ThemeAgreement:
    theme_id: int
    table: AgreementTable


def agreement_by_theme(
    *,
    theme_ids: Iterable[int],
    first_codes: Mapping[int, set[int]],
    second_codes: Mapping[int, set[int]],
) -> list[ThemeAgreement]:
    """Per theme, the agreement table over the answers both coders coded.

    ``first_codes`` and ``second_codes`` map an answer's id to the theme ids that coder applied; only answers
    in both maps are compared (an answer the second coder has not reached yet is left out).
    """
    answer_ids = sorted(set(first_codes) & set(second_codes))
    return [
        ThemeAgreement(
            theme_id=theme_id,
            table=agreement_table(
                applied_by_first=[theme_id in first_codes[pk] for pk in answer_ids],
                applied_by_second=[theme_id in second_codes[pk] for pk in answer_ids],
            ),
        )
        for theme_id in theme_ids
    ]


def mean_kappa(agreements: Iterable[ThemeAgreement]) -> float | None:
    """The unweighted mean of the themes' kappas (NVivo's overall figure), or None when there are none."""
    kappas = [item.table.kappa for item in agreements if item.table.kappa is not None]
    return sum(kappas) / len(kappas) if kappas else None
