"""From a figure to the voices behind it: the de-identified quotes of one group, where it may be quoted.

A *group* is what one row of a dashboard figure counts, under the same filters: the answers given a theme,
the young people who named a place where they feel unsafe, those who had seen a kind of exploitation. Its
quotes are shown only when all of these hold (``disclosure.quote_publishable`` and the published figure):

- the dashboard shows figures at all for the filters (enough responses in whole release units);
- the row's figure is shown, not ``[c]`` (a figure hidden to protect another stays hidden: reading its
  quotes page by page would count it);
- at least ``threshold`` different young people are in the group.

Otherwise nothing but a message. Quotes come from the same whole release units as the figure
(``insights.dashboard.aggregates``), never with the writer's demographics, date, channel or reference code,
and never an answer held back by ``insights.dashboard.quote_rules`` (safeguarding concerns, words describing
the writer). How many quotes there are is never said: beside the figure it would count the answers held back.

Nor can it be counted by paging: a group offers at most as many quotes as the lowest true count its
published figure could stand for (``cellkey.lowest_count_behind``), so the pages, the last page's length
and whether there is a next page are the same for every true count behind that figure, unless so many
answers are held back that fewer can be quoted. Counting them never undoes the figure's perturbation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet, Sum

from youthvoice.consultations.models import Audience, Question
from youthvoice.insights.cellkey import cell_key, lowest_count_behind, perturbed
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.config import load_dashboard_config
from youthvoice.insights.dashboard.quote_rules import quotable
from youthvoice.insights.dashboard.selectors import choices_protected, places_protected, themes_protected
from youthvoice.insights.disclosure import Cell, protect_count, quote_publishable
from youthvoice.partnership.models import Locality, Partnership
from youthvoice.voices.models import Answer, Response

PAGE_SIZE = 20
KINDS = {
    "theme": "Theme",
    "place": "Place where young people feel unsafe",
    "exploitation": "Type of exploitation seen or heard about",
}
HELD_BACK_NOTE = (
    "Answers that raise a safeguarding concern, and answers whose words describe the young person who wrote "
    "them (their age, gender, background, care or where they live), are never shown here, in any group."
)


class QuoteGroupNotFound(LookupError):
    """No such group on the dashboard (an unknown kind, theme or choice): the message is fit to show."""


@dataclass(frozen=True)
class QuoteGroup:
    kind: str
    value: str
    label: str
    figure: Cell  # the row's figure as the dashboard publishes it
    publishable: bool
    message: str = ""  # why no quote is shown, when not publishable
    # The answers quotes may come from; None when the group may not be quoted.
    answers: QuerySet[Answer] | None = field(default=None, repr=False, compare=False)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    @property
    def most_quotes(self) -> int:
        """How many quotes the group may offer at most: what its published figure allows anyone to know."""
        if not self.publishable or self.figure.value is None:
            return 0
        return lowest_count_behind(self.figure.value, floor=self.figure.threshold)


@dataclass(frozen=True)
class Quote:
    answer_id: int
    text: str
    question: str


@dataclass(frozen=True)
class QuotePage:
    group: QuoteGroup
    number: int
    quotes: list[Quote]
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def too_few_message(threshold: int) -> str:
    return (
        f"Too few young people are in this group to show what they said: quotes are shown only where at "
        f"least {threshold} young people are in a group and its figure is shown. Try a wider date range or "
        "fewer filters."
    )


def quote_group(*, partnership: Partnership, kind: str, value: str, filters: DashboardFilters) -> QuoteGroup:
    """The group behind one row of a dashboard figure, and whether its quotes may be shown.

    Raises ``QuoteGroupNotFound`` for a kind or value the dashboard has no row for."""
    if kind not in KINDS:
        raise QuoteGroupNotFound("There is no such kind of figure: quotes are by theme, place or type.")
    threshold = partnership.disclosure_threshold
    filters = filters.banded()
    if kind == "theme":
        label, figure, people, answers = _theme(partnership, value, filters, threshold)
    else:
        label, figure, people, answers = _choice(partnership, kind, value, filters, threshold)
    publishable = (
        figure.value is not None
        and aggregates.response_count(partnership=partnership, filters=filters).n >= threshold
        and quote_publishable(group_size=people.values("pk").distinct().count(), threshold=threshold)
    )
    if not publishable:
        return QuoteGroup(kind, value, label, figure, False, too_few_message(threshold))
    return QuoteGroup(kind, value, label, figure, True, answers=answers)


def _theme(partnership, value, filters, threshold):
    listed = aggregates.themes_listed(partnership=partnership)
    position = next((i for i, (pk, _, _) in enumerate(listed) if str(pk) == value), None)
    if position is None:
        raise QuoteGroupNotFound("There is no such theme in your partnership's codebooks.")
    table = themes_protected(partnership=partnership, filters=filters, threshold=threshold)
    label, figure = table.rows()[position]
    codings = aggregates.codings_matching(
        theme_ids=[listed[position][0]], filters=filters, partnership=partnership
    )
    answers = _young_peoples(Answer.objects.filter(pk__in=codings.values("answer_id")))
    people = Response.objects.filter(pk__in=answers.values("response_id"))
    return label, figure, people, answers


def _choice(partnership, kind, value, filters, threshold):
    config = load_dashboard_config()
    if kind == "place":
        found = places_protected(partnership=partnership, filters=filters, threshold=threshold, config=config)
        if found is None:
            raise QuoteGroupNotFound("No consultation asks where young people feel unsafe.")
        values = [place for place, _, _ in found.places]
        labels = [label for _, label, _ in found.places]
        cells, question = found.place_totals, found.question
    else:
        found = choices_protected(
            partnership=partnership, filters=filters, threshold=threshold, key=config.exploitation_question
        )
        if found is None:
            raise QuoteGroupNotFound(
                "No consultation asks which types of exploitation young people have seen."
            )
        values, labels, cells, question = (
            found.values,
            list(found.table.labels),
            found.table.cells,
            found.question,
        )
    if value not in values:
        raise QuoteGroupNotFound(f"“{value}” is not one of the answers to “{question.text}”.")
    position = values.index(value)
    chose = aggregates.answers_matching(question=question, filters=filters).filter(
        aggregates.choice_chosen(value)
    )
    people = Response.objects.filter(pk__in=_young_peoples(chose).values("response_id"))
    # What those young people wrote in words: the question's own words, and their other answers in words.
    answers = Answer.objects.filter(response__in=people, question__kind__in=Question.TEXT_KINDS)
    return labels[position], cells[position], people, answers


def _young_peoples(answers):
    return answers.filter(Q(consultation__isnull=True) | Q(consultation__audience=Audience.YOUNG_PEOPLE))


def quote_page(*, group: QuoteGroup, page: int, partnership: Partnership) -> QuotePage | None:
    """One page of the group's quotes, newest answers first; ``None`` for a page past the last.

    Nothing is read when the group may not be quoted. Held-back answers are skipped before paging, so every
    page is full but the last, and no page shows where one was held back. No more than ``most_quotes`` are
    offered in all, so paging cannot count the group."""
    if not group.publishable:
        return QuotePage(group, 1, [], has_next=False) if page == 1 else None
    start = (page - 1) * PAGE_SIZE
    stop = min(start + PAGE_SIZE + 1, group.most_quotes)  # one past the page: is there a next page?
    if start >= stop:
        return QuotePage(group, 1, [], has_next=False) if page == 1 else None
    localities = list(Locality.objects.filter(partnership=partnership).values_list("name", flat=True))
    found: list[Quote] = []
    seen = 0
    rows = (
        group.answers.exclude(text="")
        .order_by("-pk")
        .values_list("pk", "text", "question__text", "response__at_risk_now")
    )
    for pk, text, question, at_risk_now in rows.iterator(chunk_size=500):
        if not quotable(text, at_risk_now=at_risk_now, localities=localities):
            continue
        if seen >= start:
            found.append(Quote(pk, text, question))
        seen += 1
        if seen >= stop:
            break
    if page > 1 and not found:
        return None
    return QuotePage(group, page, found[:PAGE_SIZE], has_next=len(found) > PAGE_SIZE)


def voices_answered(*, consultation, themes) -> Cell:
    """How many young people's voices an update answers, as a published figure standing on its own.

    The young people of ``consultation`` who gave an answer with an accepted coding of one of ``themes``
    (every young person of it when no theme is given), over whole release units of months that have ended
    like every dashboard figure, then protected (``fewer than`` the threshold) and perturbed by the cell key
    of the same records."""
    partnership = consultation.partnership
    filters = DashboardFilters(consultation=consultation)
    people = aggregates.responses_young_people(partnership=partnership, filters=filters)
    if themes:
        codings = aggregates.codings_matching(
            theme_ids=[theme.pk for theme in themes], filters=filters, partnership=partnership
        )
        people = people.filter(
            pk__in=Answer.objects.filter(pk__in=codings.values("answer_id")).values("response")
        )
    tally = people.aggregate(n=Count("pk"), keys=Sum("record_key"))
    cell = protect_count(tally["n"], threshold=partnership.disclosure_threshold)
    return perturbed(cell, key=cell_key(tally["keys"]))
