"""Parents' and carers' and community members' figures (issue 17): each audience in its own panel.

Their answers are never counted in young people's figures (``insights.dashboard.aggregates.audience_q``), and
young people's never in theirs. Every figure here passes the same disclosure control as the leaders'
dashboard: whole release units only, suppression on the true counts, then cell-key perturbation
(``insights.dashboard.selectors`` says how). What is shown: how many responded, how they are connected (if
they said), the counts of each choice and scale question they were asked, and, where the same scale question
was asked of young people, how their view of risk compares with young people's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from youthvoice.consultations.models import ADULT_AUDIENCES, Audience, Question
from youthvoice.insights.cellkey import perturbed, perturbed_one_way
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.aggregates import DashboardFilters, Tally
from youthvoice.insights.dashboard.selectors import (
    Dashboard,
    FigureTable,
    _bar,
    _hidden_sentence,
    choices_protected,
    left_out_count,
    perception_table,
    withheld_count,
    withheld_message,
)
from youthvoice.insights.disclosure import percentage, protect_count, protect_one_way
from youthvoice.partnership.models import Partnership
from youthvoice.voices.demographics import PREFER_NOT_TO_SAY, RELATIONSHIPS_BY_AUDIENCE

# The address of each audience's panel: /staff/insights/dashboard/audience/<slug>/.
AUDIENCE_SLUGS = {"parents-and-carers": Audience.PARENTS_CARERS, "community": Audience.COMMUNITY}
SLUG_OF = {audience: slug for slug, audience in AUDIENCE_SLUGS.items()}
# How each audience is named inside a sentence, one of them and all of them.
PERSON = {Audience.PARENTS_CARERS: "a parent or carer", Audience.COMMUNITY: "a community member"}


@dataclass
class AudienceDashboard(Dashboard):
    who: FigureTable | None = None  # how respondents are connected, if they said
    questions: list[FigureTable] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return SLUG_OF[self.audience]

    @property
    def people(self) -> str:
        return self.audience_label.lower()

    def tables(self) -> list[FigureTable]:
        return [table for table in [self.who, *self.questions, self.perception] if table is not None]


def audience_dashboard_build(
    *, partnership: Partnership, audience: str, filters: DashboardFilters
) -> AudienceDashboard:
    """One adult audience's figures for these filters, every figure disclosure-controlled."""
    if audience not in ADULT_AUDIENCES:
        raise ValueError(f"{audience!r} has no panel of its own.")
    threshold = partnership.disclosure_threshold
    filters = filters.banded()
    counted = aggregates.audience_response_count(partnership=partnership, audience=audience, filters=filters)
    responses = perturbed(protect_count(counted.n, threshold=threshold), key=counted.key)
    board = AudienceDashboard(partnership, filters, threshold, responses, audience=audience)
    requested = aggregates.response_count_requested(
        partnership=partnership, filters=filters, audience=audience
    )
    board.left_out = left_out_count(counted=counted, requested=requested, threshold=threshold)
    board.message = withheld_message(
        count=counted.n,
        threshold=threshold,
        filters=filters,
        requested=requested.n,
        people=board.people,
        person=PERSON[audience],
    )
    if board.message:
        board.responses = withheld_count(requested=requested.n, threshold=threshold)
        return board
    board.who = _who(partnership, audience, filters, threshold, board.people)
    for question in aggregates.audience_questions(
        partnership=partnership, audience=audience, filters=filters
    ):
        table = _question_table(partnership, audience, filters, threshold, question, board.people)
        if table is not None:
            board.questions.append(table)
    # Young people's side of the comparison is from the same dates, in their own consultations.
    dates = DashboardFilters(date_from=filters.date_from, date_to=filters.date_to)
    board.perception = perception_table(partnership, dates, threshold, other=audience)
    return board


def _who(partnership, audience, filters, threshold, people: str) -> FigureTable | None:
    tallies = aggregates.relationship_counts(partnership=partnership, audience=audience, filters=filters)
    choices = [c for c in RELATIONSHIPS_BY_AUDIENCE[audience] if c != PREFER_NOT_TO_SAY]
    nobody = Tally(0, 0)
    table = protect_one_way(
        [tallies.get(c.value, nobody).n for c in choices],
        labels=[str(c.label) for c in choices],
        threshold=threshold,
    )
    table = perturbed_one_way(table, keys=[tallies.get(c.value, nobody).key for c in choices])
    rows = [
        (label, (cell, percentage(numerator=cell, denominator=table.total))) for label, cell in table.rows()
    ]
    rows.append(("All who told us", (table.total, "")))
    return FigureTable(
        f"{SLUG_OF[audience]}-who",
        f"Who answered: {people}",
        ("How they are connected", people.capitalize(), "Share of those who told us"),
        tuple(rows),
        f"How {people} who told us are connected. Nobody was asked about a child's age, name or school."
        + _hidden_sentence(sum(cell.suppressed for cell in table.cells), "figure"),
        tuple(_bar(label, cell) for label, cell in table.rows()),
        note=table.note,
    )


def _question_table(partnership, audience, filters, threshold, question: Question, people: str):
    # Only answers in this audience's consultations, whatever question they are to.
    protected = choices_protected(
        partnership=partnership, filters=filters, threshold=threshold, key=question.key, audience=audience
    )
    if protected is None:
        return None
    table, answered = protected.table, protected.answered
    rows = [(label, (cell, percentage(numerator=cell, denominator=answered))) for label, cell in table.rows()]
    rows.append((f"{people.capitalize()} who answered", (answered, "")))
    several = question.kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE)
    summary = f'Answers to "{question.text}".' + (
        " Each person could choose more than one." if several else ""
    )
    summary += _hidden_sentence(sum(cell.suppressed for cell in table.cells), "figure")
    return FigureTable(
        f"{SLUG_OF[audience]}-{question.key}",
        question.text,
        ("Answer", people.capitalize(), "Share of those who answered"),
        tuple(rows),
        summary,
        tuple(_bar(label, cell) for label, cell in table.rows()),
        note=table.note,
    )
