"""Raw aggregates for the leaders' dashboard, each one SQL query (never a Python loop over rows).

These return true counts: nothing here may be published as it is. ``insights.dashboard.selectors`` passes
every figure through ``insights.disclosure`` before a page, chart or export sees it.

Filters (consultation, date range, channel) apply to young people's responses. Professionals answer the
mirrored perception items in their own consultations, so for them only the date range applies.

**Audiences.** Young people's figures count only young people's consultations (and relayed voices, which
have none): parents' and carers' and community members' answers (issue 17) are counted in their own
panels (``insights.dashboard.audiences``), never in young people's (``audience_q``).

**Differencing.** Every figure is counted over whole *release units*: the responses of one consultation
(or of none, for relayed voices) through one channel in one calendar month. Date filters are widened to
whole months (``DashboardFilters.banded``), and a unit with fewer than the partnership's threshold of
responses is left out of every figure (``units_left_out``). So every population any query publishes is a
union of units of at least ``threshold`` responses, and so is every group an attacker can isolate by adding
and subtracting any number of queries, through any surface (docs/security.md, "Disclosure control").

**Cell keys.** Each count comes with the sum of its records' keys (``Response.record_key``, copied onto
answers and codings), summed by the same query, so ``insights.cellkey`` can perturb it: see that module.

**Time.** Only months that have ended are counted (``published_before``): the current month's units are
left out until the month ends, so two snapshots of the same filters taken on different days are equal.

**Roll-ups.** The counts are read from the roll-ups (``insights.dashboard.models``): counts and key sums per
release unit (consultation, channel, month, the grain every filter above is cut at) and per the one thing a
figure groups by, kept current by database triggers on every write (``insights.dashboard.rollups``). A figure
sums a few thousand roll-up rows instead of counting millions of answers, and equals the count over the rows
(tests/insights/test_rollups.py, on both databases, against the counts from the rows in
tests/dashboard_from_rows.py). The row querysets below (``answers_matching``, ``codings_matching``,
``responses_young_people``) serve the quotes, which read the rows themselves; answers and codings carry
copies of their response's filter columns (``Answer.FROM_RESPONSE``, ``Coding.FROM_ANSWER``) for them.
"""

from __future__ import annotations

import datetime
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import BooleanField, Count, F, Func, Q, QuerySet, Sum, Value
from django.utils import timezone

from youthvoice.consultations.models import Audience, Consultation, Question
from youthvoice.insights.models import AnswerRollup, Coding, CodingRollup, ResponseRollup, Theme
from youthvoice.partnership.models import Partnership
from youthvoice.voices.demographics import PREFER_NOT_TO_SAY
from youthvoice.voices.models import Answer, Response

REPRESENTATION_FIELDS = ("age_band", "gender", "ethnic_group", "locality", "send", "care_experienced")
# Yes-or-no questions are compared with a share of the population: only a yes or a no counts there.
YES_NO_FIELDS = ("send", "care_experienced")
KEYS = 256  # record keys run from 0 to 255; a cell key is their sum mod 256 (insights.cellkey)


class Tally(NamedTuple):
    """A count and the cell key of the records it counts."""

    n: int
    key: int


def _key(key_sum: int | None) -> int:
    return (key_sum or 0) % KEYS


def published_before() -> datetime.date:
    """The first day of the current month: only months that have ended are published."""
    return month_start(timezone.localdate())


@dataclass(frozen=True)
class DashboardFilters:
    consultation: Consultation | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    channel: str = ""

    @property
    def any(self) -> bool:
        return bool(self.consultation or self.date_from or self.date_to or self.channel)

    def banded(self) -> DashboardFilters:
        """The same filters with the dates widened to whole calendar months (the release's date bands)."""
        return DashboardFilters(
            consultation=self.consultation,
            date_from=month_start(self.date_from) if self.date_from else None,
            date_to=month_end(self.date_to) if self.date_to else None,
            channel=self.channel,
        )

    def as_dict(self) -> dict:
        return {
            "consultation": self.consultation.slug if self.consultation else "",
            "date_from": self.date_from,
            "date_to": self.date_to,
            "channel": self.channel,
        }


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def month_end(day: datetime.date) -> datetime.date:
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def units_left_out(*, partnership: Partnership) -> list[tuple[int | None, str, datetime.date]]:
    """The release units (consultation, channel, month) with 1 to threshold - 1 responses, in one query.

    They are left out of every published figure: a unit that small, subtracted from a wider query, would
    show a handful of young people's answers.
    """
    rows = (
        ResponseRollup.objects.filter(
            partnership_id=partnership.pk, dimension="", month__lt=published_before()
        )
        .values("consultation_id", "channel", "month")
        .annotate(total=Sum("n"))
        .filter(total__gt=0, total__lt=partnership.disclosure_threshold)
        .values_list("consultation_id", "channel", "month")
        .order_by()
    )
    return [(consultation or None, channel, month) for consultation, channel, month in rows]


def _units_q(units, *, prefix: str) -> Q:
    """Rows outside the given release units."""
    q = Q()
    for consultation, channel, month in units:
        q |= Q(
            **{
                f"{prefix}consultation": consultation,
                f"{prefix}channel": channel,
                f"{prefix}submitted_on__gte": month,
                f"{prefix}submitted_on__lte": month_end(month),
            }
        )
    return ~q if units else Q()


class JSONArrayHas(Func):
    """True where a JSON array of strings (a choice answer's ``values``) holds the given value."""

    output_field = BooleanField()
    arity = 2

    def as_sql(self, compiler, connection, **extra):
        # Dispatched here rather than by as_<vendor>: an aggregate's filter calls as_sql directly.
        (lhs, lhs_params), (rhs, rhs_params) = (compiler.compile(e) for e in self.source_expressions)
        params = (*lhs_params, *rhs_params)
        if connection.vendor == "postgresql":
            value = self.source_expressions[1]
            if isinstance(value, Value):
                # A constant array: cast once when planned, not built again for every row (3x faster at
                # half a million answers, bench/README.md).
                return f"({lhs} @> %s::jsonb)", (*lhs_params, json.dumps([str(value.value)]))
            return f"({lhs} @> jsonb_build_array(({rhs})::text))", params
        # SQLite. Only compiled column and placeholder SQL is interpolated; the value is a parameter.
        return f"EXISTS (SELECT 1 FROM json_each({lhs}) WHERE json_each.value = {rhs})", params  # noqa: S608


def _response_q(
    filters: DashboardFilters,
    *,
    partnership: Partnership,
    prefix: str = "",
    dates_only: bool = False,
    whole_units: bool = True,
) -> Q:
    """The filters, banded, over whole release units only (see the module's "Differencing")."""
    filters = filters.banded()
    q = _units_q(units_left_out(partnership=partnership), prefix=prefix) if whole_units else Q()
    q &= Q(**{f"{prefix}submitted_on__lt": published_before()})
    if filters.date_from:
        q &= Q(**{f"{prefix}submitted_on__gte": filters.date_from})
    if filters.date_to:
        q &= Q(**{f"{prefix}submitted_on__lte": filters.date_to})
    if dates_only:
        return q
    if filters.consultation:
        q &= Q(**{f"{prefix}consultation": filters.consultation})
    if filters.channel:
        q &= Q(**{f"{prefix}channel": filters.channel})
    return q


def _rollup_q(
    filters: DashboardFilters, *, partnership: Partnership, dates_only: bool = False, whole_units: bool = True
) -> Q:
    """``_response_q`` for the roll-ups, whose rows are release units: the same months, units and filters."""
    filters = filters.banded()
    q = Q(month__lt=published_before())
    if whole_units:
        for consultation, channel, month in units_left_out(partnership=partnership):
            q &= ~Q(consultation_id=consultation or 0, channel=channel, month=month)
    if filters.date_from:
        q &= Q(month__gte=filters.date_from)
    if filters.date_to:
        q &= Q(month__lte=filters.date_to)
    if dates_only:
        return q
    if filters.consultation:
        q &= Q(consultation_id=filters.consultation.pk)
    if filters.channel:
        q &= Q(channel=filters.channel)
    return q


def _rollup_audience_q(*, partnership: Partnership, audience: str) -> Q:
    """``audience_q`` for the roll-ups (consultation 0: relayed voices, young people's)."""
    ids = Consultation.objects.filter(partnership=partnership, audience=audience).values("pk")
    q = Q(consultation_id__in=ids)
    if audience == Audience.YOUNG_PEOPLE:
        q |= Q(consultation_id=0)
    return q


def _rollup_tally(cells: QuerySet) -> Tally:
    row = cells.aggregate(n=Sum("n"), keys=Sum("key_sum"))
    return Tally(row["n"] or 0, _key(row["keys"]))


def _response_cells(
    *, partnership: Partnership, audience: str, filters: DashboardFilters, dimension: str = "", **options
) -> QuerySet[ResponseRollup]:
    return ResponseRollup.objects.filter(partnership_id=partnership.pk, dimension=dimension).filter(
        _rollup_audience_q(partnership=partnership, audience=audience),
        _rollup_q(filters, partnership=partnership, **options),
    )


def audience_q(*, partnership: Partnership, audience: str, prefix: str = "") -> Q:
    """Rows (responses, answers or codings) of one audience's consultations; young people's include relayed
    voices, which belong to no consultation. A subquery of the partnership's few consultations, so answers'
    and codings' own consultation column is filtered where it is, without a join."""
    ids = Consultation.objects.filter(partnership=partnership, audience=audience).values("pk")
    q = Q(**{f"{prefix}consultation__in": ids})
    if audience == Audience.YOUNG_PEOPLE:
        q |= Q(**{f"{prefix}consultation__isnull": True})
    return q


def responses_of_audience(
    *, partnership: Partnership, audience: str, filters: DashboardFilters
) -> QuerySet[Response]:
    """One audience's responses matching the filters (whole release units only)."""
    return Response.objects.filter(partnership=partnership).filter(
        audience_q(partnership=partnership, audience=audience), _response_q(filters, partnership=partnership)
    )


def responses_young_people(*, partnership: Partnership, filters: DashboardFilters) -> QuerySet[Response]:
    """Young people's responses (consultations for young people, and relayed voices) matching the filters."""
    return Response.objects.filter(partnership=partnership).filter(
        Q(consultation__isnull=True) | Q(consultation__audience=Audience.YOUNG_PEOPLE),
        _response_q(filters, partnership=partnership),
    )


def response_count(*, partnership: Partnership, filters: DashboardFilters) -> Tally:
    """Young people's responses that the figures for these filters count (whole release units only)."""
    return audience_response_count(partnership=partnership, audience=Audience.YOUNG_PEOPLE, filters=filters)


def response_count_requested(
    *, partnership: Partnership, filters: DashboardFilters, audience: str = Audience.YOUNG_PEOPLE
) -> Tally:
    """An audience's responses (young people's unless said) in the filters' date bands (months that have
    ended), small release units included. Published only as the difference from ``response_count``,
    perturbed (the responses left out)."""
    return _rollup_tally(
        _response_cells(partnership=partnership, audience=audience, filters=filters, whole_units=False)
    )


def audience_response_count(*, partnership: Partnership, audience: str, filters: DashboardFilters) -> Tally:
    """One audience's responses that its figures for these filters count (whole release units only)."""
    return _rollup_tally(_response_cells(partnership=partnership, audience=audience, filters=filters))


def relationship_counts(
    *, partnership: Partnership, audience: str, filters: DashboardFilters
) -> dict[str, Tally]:
    """An adult audience's respondents by how they are connected, leaving out those who did not say."""
    rows = (
        responses_of_audience(partnership=partnership, audience=audience, filters=filters)
        .exclude(respondent_relationship__in=["", PREFER_NOT_TO_SAY])
        .values("respondent_relationship")
        .annotate(n=Count("pk"), keys=Sum("record_key"))
        .order_by()
    )
    return {row["respondent_relationship"]: Tally(row["n"], _key(row["keys"])) for row in rows}


def audience_questions(
    *, partnership: Partnership, audience: str, filters: DashboardFilters
) -> list[Question]:
    """The choice and scale questions an audience was asked (in the filtered consultation, if one)."""
    consultations = Consultation.objects.filter(partnership=partnership, audience=audience)
    if filters.consultation:
        consultations = consultations.filter(pk=filters.consultation.pk)
    return list(
        Question.objects.filter(
            partnership=partnership,
            audience=audience,
            kind__in=Question.CHOICE_KINDS,
            consultations__in=consultations,
        )
        .distinct()
        .order_by("pk")
    )


def themes_listed(*, partnership: Partnership) -> list[tuple[int, str, str]]:
    """The partnership's themes as (pk, codebook name, theme name), in the order the dashboard lists them."""
    return list(
        Theme.objects.filter(codebook__partnership=partnership)
        .values_list("pk", "codebook__name", "name")
        .order_by("codebook__name", "name", "pk")
    )


def theme_counts(*, partnership: Partnership, filters: DashboardFilters) -> list[tuple[str, Tally]]:
    """Accepted codings per theme of the partnership's codebooks (themes with none included, as 0)."""
    themes = themes_listed(partnership=partnership)
    if not themes:
        return []
    counts = {
        theme: Tally(n, _key(keys))
        for theme, n, keys in CodingRollup.objects.filter(
            theme_id__in=[pk for pk, _, _ in themes], status=Coding.Status.ACCEPTED
        )
        .filter(_rollup_q(filters, partnership=partnership))
        # Young people's themes: codings of adults' answers (issue 17) never count here.
        .filter(_rollup_audience_q(partnership=partnership, audience=Audience.YOUNG_PEOPLE))
        .values("theme_id")
        .annotate(n=Sum("n"), keys=Sum("key_sum"))
        .values_list("theme_id", "n", "keys")
        .order_by()
    }
    several = len({codebook for _, codebook, _ in themes}) > 1
    return [
        (f"{codebook}: {name}" if several else name, counts.get(pk, Tally(0, 0)))
        for pk, codebook, name in themes
    ]


def _question(*, partnership: Partnership, key: str) -> Question | None:
    return Question.objects.filter(partnership=partnership, key=key).first()


def answers_matching(*, question: Question, filters: DashboardFilters) -> QuerySet[Answer]:
    """Answers to ``question`` that the figures for these filters count (whole release units only)."""
    return _answers(question=question, filters=filters)


def codings_matching(*, theme_ids: list[int], filters: DashboardFilters, partnership) -> QuerySet[Coding]:
    """Accepted codings of these themes that the figures for these filters count (whole release units)."""
    return (
        Coding.objects.filter(theme__in=theme_ids, status=Coding.Status.ACCEPTED)
        .filter(_response_q(filters, partnership=partnership))
        # As theme_counts: young people's themes never count (or quote) adults' answers.
        .filter(audience_q(partnership=partnership, audience=Audience.YOUNG_PEOPLE))
    )


def choice_chosen(value: str) -> JSONArrayHas:
    """True where a choice answer chose ``value`` (the filter the choice counts use)."""
    return JSONArrayHas(F("values"), Value(value))


def _answers(
    *, question: Question, filters: DashboardFilters, audience: str | None = None
) -> QuerySet[Answer]:
    # Filtered on the answer's own copies of the response's columns; aggregates count ``submitted_on``
    # (never null), not ``pk``, so the covering index answers them without reading the table.
    answers = Answer.objects.filter(question=question).filter(
        _response_q(filters, partnership=question.partnership)
    )
    if audience:
        answers = answers.filter(audience_q(partnership=question.partnership, audience=audience))
    return answers


@dataclass(frozen=True)
class ChoiceCounts:
    question: Question
    choices: list[tuple[str, str]]  # (value, label)
    answered: int  # answers to the question (people, one answer each)
    counts: dict[str, int]  # choice value -> answers that chose it
    answered_key: int = 0  # cell keys (insights.cellkey)
    keys: dict[str, int] = field(default_factory=dict)


def choice_counts(
    *, partnership: Partnership, key: str, filters: DashboardFilters, audience: str | None = None
) -> ChoiceCounts | None:
    """How many answers chose each choice of a single or multiple choice question, in one query.
    ``audience``: count only answers in that audience's consultations."""
    question = _question(partnership=partnership, key=key)
    if question is None:
        return None
    choices = [(c["value"], c["label"]) for c in question.choices]
    sums = {
        (part, value): (n, keys)
        for part, value, n, keys in _answer_cells(question=question, filters=filters, audience=audience)
        .filter(part__in=[AnswerRollup.Part.ANSWER, AnswerRollup.Part.CHOICE])
        .values("part", "value")
        .annotate(total=Sum("n"), keys=Sum("key_sum"))
        .values_list("part", "value", "total", "keys")
        .order_by()
    }
    answered, answered_keys = sums.get((AnswerRollup.Part.ANSWER, ""), (0, 0))
    chosen = {value: sums.get((AnswerRollup.Part.CHOICE, value), (0, 0)) for value, _ in choices}
    counts = {value: n for value, (n, _) in chosen.items()}
    keys = {value: _key(key_sum) for value, (_, key_sum) in chosen.items()}
    return ChoiceCounts(question, choices, answered, counts, _key(answered_keys), keys)


def _answer_cells(
    *, question: Question, filters: DashboardFilters, audience: str | None = None
) -> QuerySet[AnswerRollup]:
    """``_answers`` for the roll-ups: the question's cells in the filters' whole release units."""
    cells = AnswerRollup.objects.filter(question_id=question.pk).filter(
        _rollup_q(filters, partnership=question.partnership)
    )
    if audience:
        cells = cells.filter(_rollup_audience_q(partnership=question.partnership, audience=audience))
    return cells


@dataclass(frozen=True)
class PlaceCounts:
    question: Question
    choices: list[tuple[str, str]]
    by_locality: dict[int | None, dict[str, int]]  # locality id (None: not given) -> place -> mentions
    keys_by_locality: dict[int | None, dict[str, int]] = field(default_factory=dict)  # cell keys


def place_counts_by_locality(
    *, partnership: Partnership, key: str, filters: DashboardFilters
) -> PlaceCounts | None:
    """Mentions of each place, by the respondent's locality, in one grouped query."""
    question = _question(partnership=partnership, key=key)
    if question is None:
        return None
    choices = [(c["value"], c["label"]) for c in question.choices]
    sums = {
        (part, locality or None, value): (n, keys)
        for part, locality, value, n, keys in _answer_cells(question=question, filters=filters)
        .filter(part__in=[AnswerRollup.Part.ANSWER, AnswerRollup.Part.CHOICE])
        .values("part", "locality_id", "value")
        .annotate(total=Sum("n"), keys=Sum("key_sum"))
        .values_list("part", "locality_id", "value", "total", "keys")
        .order_by()
    }
    # A locality is a column where any answer came from it, whatever it chose (as a GROUP BY of answers).
    localities = [
        locality
        for part, locality, _ in sums
        if part == AnswerRollup.Part.ANSWER and sums[part, locality, ""][0]
    ]
    chosen = {
        locality: {
            value: sums.get((AnswerRollup.Part.CHOICE, locality, value), (0, 0)) for value, _ in choices
        }
        for locality in localities
    }
    by_locality = {locality: {value: n for value, (n, _) in row.items()} for locality, row in chosen.items()}
    keys = {locality: {value: _key(k) for value, (_, k) in row.items()} for locality, row in chosen.items()}
    return PlaceCounts(question, choices, by_locality, keys)


@dataclass(frozen=True)
class MirroredItem:
    mirror_key: str
    text: str  # the young people's wording
    scale: list[tuple[str, str]]
    young_people: dict[int, int]  # scale point -> answers
    professionals: dict[int, int]
    young_people_keys: dict[int, int] = field(default_factory=dict)  # scale point -> cell key
    professionals_keys: dict[int, int] = field(default_factory=dict)


def mirrored_scale_counts(
    *, partnership: Partnership, filters: DashboardFilters, other: str = Audience.PROFESSIONALS
) -> list[MirroredItem]:
    """For each mirrored scale item, how many young people and another audience (professionals unless said)
    gave each point (two queries). ``professionals`` below holds the other audience's counts."""
    questions = list(
        Question.objects.filter(partnership=partnership, kind=Question.Kind.SCALE).exclude(mirror_key="")
    )
    young = {q.mirror_key: q for q in questions if q.audience == Audience.YOUNG_PEOPLE}
    others = {q.mirror_key for q in questions if q.audience == other}
    keys = sorted(set(young) & others)
    mirror_keys = {
        q.pk: q.mirror_key
        for q in questions
        if q.mirror_key in keys and q.audience in (Audience.YOUNG_PEOPLE, other)
    }
    counts: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    key_sums: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    for audience, condition in (
        (Audience.YOUNG_PEOPLE, _rollup_q(filters, partnership=partnership)),
        (other, _rollup_q(filters, partnership=partnership, dates_only=True)),
    ):
        ids = [q.pk for q in questions if q.pk in mirror_keys and q.audience == audience]
        rows = (
            AnswerRollup.objects.filter(question_id__in=ids, part=AnswerRollup.Part.SCALE)
            .filter(condition)
            # Each side only from its own audience's consultations (young people's: and relayed voices).
            .filter(_rollup_audience_q(partnership=partnership, audience=audience))
            .values("question_id", "value")
            .annotate(total=Sum("n"), keys=Sum("key_sum"))
            .filter(total__gt=0)
            .order_by()
        )
        for row in rows:
            point = int(row["value"])
            counts[(mirror_keys[row["question_id"]], audience)][point] = row["total"]
            key_sums[(mirror_keys[row["question_id"]], audience)][point] = _key(row["keys"])
    return [
        MirroredItem(
            key,
            young[key].text,
            [(c["value"], c["label"]) for c in young[key].choices],
            counts[(key, Audience.YOUNG_PEOPLE)],
            counts[(key, other)],
            key_sums[(key, Audience.YOUNG_PEOPLE)],
            key_sums[(key, other)],
        )
        for key in keys
    ]


def channel_group_counts(
    *, partnership: Partnership, filters: DashboardFilters, field: str
) -> dict[tuple[str, str | int], Tally]:
    """Respondents by channel and by one demographic ``field``, leaving out those who did not say."""
    if field not in REPRESENTATION_FIELDS:
        raise ValueError(f"Cannot group respondents by {field!r}.")
    cells = _response_cells(
        partnership=partnership, audience=Audience.YOUNG_PEOPLE, filters=filters, dimension=field
    )
    if field == "locality":
        cells = cells.exclude(value="")
    elif field in YES_NO_FIELDS:
        cells = cells.filter(value__in=["yes", "no"])
    else:
        cells = cells.exclude(value__in=["", PREFER_NOT_TO_SAY])
    rows = cells.values("channel", "value").annotate(total=Sum("n"), keys=Sum("key_sum")).filter(total__gt=0)
    return {
        (row["channel"], int(row["value"]) if field == "locality" else row["value"]): Tally(
            row["total"], _key(row["keys"])
        )
        for row in rows.order_by()
    }
