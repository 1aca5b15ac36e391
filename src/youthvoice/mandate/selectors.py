"""Reading the strategic mandate: the responsibilities matrix, champions, assessments, principles, actions."""

import datetime
import textwrap
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, Count, ExpressionWrapper, Prefetch, Q, QuerySet

from youthvoice.mandate.models import (
    ASSESSMENT_DIMENSIONS,
    Action,
    BoardOwnership,
    ChangeGoal,
    GovernanceBoard,
    Lens,
    Level,
    PartnershipTheme,
    Principle,
    PrincipleConfirmation,
    Responsibility,
    ReviewAnswer,
    ScopingConversation,
    ScopingItem,
    ScopingItemKind,
    StrategicChampion,
    StrategyAssessment,
    StrategyReview,
    Workshop,
)
from youthvoice.mandate.review_prompts import PromptGroup, ReviewPrompt, review_prompt_groups
from youthvoice.partnership.models import Agency, Partnership


@dataclass(frozen=True)
class MatrixCell:
    level: str
    level_label: str
    responsibility: Responsibility | None


@dataclass(frozen=True)
class MatrixRow:
    agency: Agency
    cells: list[MatrixCell]  # one per level, in Level order
    is_gap: bool  # the agency has nothing at any level of this lens


@dataclass(frozen=True)
class MatrixLens:
    lens: str
    label: str
    rows: list[MatrixRow]
    empty_levels: list[str]  # level labels no agency covers: gaps for the whole partnership

    @property
    def agency_gaps(self) -> list[Agency]:
        return [row.agency for row in self.rows if row.is_gap]


@dataclass(frozen=True)
class Matrix:
    levels: list[tuple[str, str]]
    lenses: list[MatrixLens]

    @property
    def gap_count(self) -> int:
        return sum(len(lens.agency_gaps) + len(lens.empty_levels) for lens in self.lenses)

    def by_agency(self) -> list[tuple[Agency, list[tuple[MatrixLens, MatrixRow]]]]:
        """The same cells, agency first: for the mandate document."""
        if not self.lenses or not self.lenses[0].rows:
            return []
        return [
            (row.agency, [(lens, lens.rows[index]) for lens in self.lenses])
            for index, row in enumerate(self.lenses[0].rows)
        ]


def responsibility_matrix(*, partnership: Partnership) -> Matrix:
    """Agency x lens x level. A lens an agency covers at no level is a gap, and so is a lens and level that
    no agency covers."""
    agencies = list(Agency.objects.filter(partnership=partnership).order_by("name"))
    cells = {
        (r.agency_id, r.lens, r.level): r
        for r in Responsibility.objects.filter(agency__partnership=partnership).select_related("agency")
    }
    lenses = []
    for lens, lens_label in Lens.choices:
        rows = []
        for agency in agencies:
            row_cells = [
                MatrixCell(level=level, level_label=label, responsibility=cells.get((agency.pk, lens, level)))
                for level, label in Level.choices
            ]
            is_gap = all(cell.responsibility is None for cell in row_cells)
            rows.append(MatrixRow(agency=agency, cells=row_cells, is_gap=is_gap))
        empty_levels = [
            level_label
            for index, (_level, level_label) in enumerate(Level.choices)
            if agencies and all(row.cells[index].responsibility is None for row in rows)
        ]
        lenses.append(MatrixLens(lens=lens, label=lens_label, rows=rows, empty_levels=empty_levels))
    return Matrix(levels=list(Level.choices), lenses=lenses)


def champion_current(*, partnership: Partnership) -> StrategicChampion | None:
    return (
        StrategicChampion.objects.filter(partnership=partnership, until__isnull=True)
        .select_related("agency")
        .first()
    )


def champions_history(*, partnership: Partnership) -> QuerySet[StrategicChampion]:
    return StrategicChampion.objects.filter(partnership=partnership).select_related("agency")


@dataclass(frozen=True)
class DimensionChange:
    label: str
    latest: int
    previous: int | None
    latest_notes: str

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.latest - self.previous

    @property
    def change_text(self) -> str:
        change = self.change
        if change is None:
            return "First assessment"
        if change == 0:
            return "No change"
        return f"Up {change}" if change > 0 else f"Down {-change}"


@dataclass(frozen=True)
class AssessmentComparison:
    latest: StrategyAssessment | None
    previous: StrategyAssessment | None
    dimensions: list[DimensionChange]


def assessments_history(*, partnership: Partnership) -> QuerySet[StrategyAssessment]:
    return StrategyAssessment.objects.filter(partnership=partnership).select_related("assessed_by")


def assessments_compare(*, partnership: Partnership) -> AssessmentComparison:
    """The latest assessment against the one before, dimension by dimension."""
    latest, previous, *_ = [*assessments_history(partnership=partnership)[:2], None, None]
    dimensions = []
    if latest is not None:
        dimensions = [
            DimensionChange(
                label=label,
                latest=getattr(latest, name),
                previous=getattr(previous, name) if previous else None,
                latest_notes=getattr(latest, f"{name}_notes"),
            )
            for name, label in ASSESSMENT_DIMENSIONS
        ]
    return AssessmentComparison(latest=latest, previous=previous, dimensions=dimensions)


def principles_for(*, partnership: Partnership) -> QuerySet[Principle]:
    return Principle.objects.filter(partnership=partnership)


def principle_confirmations_for(
    *, partnership: Partnership, limit: int = 80
) -> QuerySet[PrincipleConfirmation]:
    return PrincipleConfirmation.objects.filter(principle__partnership=partnership).select_related(
        "principle", "confirmed_by"
    )[:limit]


def principle_confirmations_for_subject(*, subject) -> QuerySet[PrincipleConfirmation]:
    return PrincipleConfirmation.objects.filter(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk
    ).select_related("principle", "confirmed_by")


def workshops_for(*, partnership: Partnership) -> QuerySet[Workshop]:
    return Workshop.objects.filter(partnership=partnership).annotate(action_count=Count("actions"))


def _overdue_q(*, today: datetime.date) -> Q:
    return Q(due_on__lt=today) & ~Q(status__in=Action.CLOSED_STATUSES)


def actions_filtered(
    *,
    partnership: Partnership,
    today: datetime.date,
    status: str = "",
    owner_agency: Agency | None = None,
    overdue_only: bool = False,
    source: str = "",
) -> QuerySet[Action]:
    """The partnership's actions, filtered, each annotated with ``overdue`` (due before today, not closed)."""
    actions = (
        Action.objects.filter(partnership=partnership)
        .select_related("owner_agency", "workshop")
        .annotate(overdue=ExpressionWrapper(_overdue_q(today=today), output_field=BooleanField()))
    )
    if status:
        actions = actions.filter(status=status)
    if owner_agency is not None:
        actions = actions.filter(owner_agency=owner_agency)
    if overdue_only:
        actions = actions.filter(_overdue_q(today=today))
    if source:
        actions = actions.filter(source=source)
    return actions.order_by("due_on", "id")


def actions_overdue_count(*, partnership: Partnership, today: datetime.date) -> int:
    return Action.objects.filter(_overdue_q(today=today), partnership=partnership).count()


# --- Strategy review: scoping, themes, change goal ----------------------------------------------------


@dataclass(frozen=True)
class ScopingRow:
    """One conversation's items, kind by kind (in ScopingItemKind order), for the side-by-side view."""

    conversation: ScopingConversation
    columns: list[list[ScopingItem]]


@dataclass(frozen=True)
class ScopingBoard:
    kinds: list[tuple[str, str]]
    rows: list[ScopingRow]
    themes: list[PartnershipTheme]
    change_goals: list[ChangeGoal]

    @property
    def ungrouped_count(self) -> int:
        return sum(
            1 for row in self.rows for column in row.columns for item in column if not item.theme_names
        )


def scoping_items_for(*, partnership: Partnership) -> QuerySet[ScopingItem]:
    return (
        ScopingItem.objects.filter(conversation__partnership=partnership)
        .select_related("conversation__agency")
        .order_by("conversation__held_on", "conversation_id", "kind", "order")
    )


def partnership_themes_for(*, partnership: Partnership) -> QuerySet[PartnershipTheme]:
    return PartnershipTheme.objects.filter(partnership=partnership).prefetch_related(
        Prefetch("items", queryset=ScopingItem.objects.select_related("conversation__agency"))
    )


def scoping_board(*, partnership: Partnership) -> ScopingBoard:
    """Every scoping conversation's items side by side, each item marked with the themes that group it."""
    kinds = list(ScopingItemKind.choices)
    conversations = list(
        ScopingConversation.objects.filter(partnership=partnership)
        .select_related("agency")
        .order_by("held_on", "id")
    )
    themes = list(partnership_themes_for(partnership=partnership))
    theme_names: dict[int, list[str]] = {}
    for theme in themes:
        for item in theme.items.all():
            theme_names.setdefault(item.pk, []).append(theme.name)
    by_conversation: dict[int, dict[str, list[ScopingItem]]] = {}
    for item in ScopingItem.objects.filter(conversation__partnership=partnership).order_by("kind", "order"):
        item.theme_names = theme_names.get(item.pk, [])
        by_conversation.setdefault(item.conversation_id, {}).setdefault(item.kind, []).append(item)
    rows = [
        ScopingRow(
            conversation=conversation,
            columns=[by_conversation.get(conversation.pk, {}).get(kind, []) for kind, _ in kinds],
        )
        for conversation in conversations
    ]
    goals = list(ChangeGoal.objects.filter(partnership=partnership).prefetch_related("themes"))
    return ScopingBoard(kinds=kinds, rows=rows, themes=themes, change_goals=goals)


# --- Strategy review: governance map ------------------------------------------------------------------

DIAGRAM_BOX_WIDTH, DIAGRAM_BOX_HEIGHT, DIAGRAM_GAP_X, DIAGRAM_GAP_Y, DIAGRAM_MARGIN = 320, 76, 30, 60, 10


@dataclass(frozen=True)
class GovernanceRow:
    board: GovernanceBoard
    roles: list[str]  # one per area in Lens order: "owns", "contributes" or "none"


@dataclass(frozen=True)
class DiagramBox:
    board: GovernanceBoard
    x: int
    y: int
    width: int = DIAGRAM_BOX_WIDTH
    height: int = DIAGRAM_BOX_HEIGHT

    @property
    def centre_x(self) -> int:
        return self.x + self.width // 2

    @property
    def text_rows(self) -> list[tuple[int, str, str]]:
        """(y, words, kind) for each line of text: the name on up to two lines, then the chair. SVG text does
        not wrap, so the lines are cut here to fit the box (the full name is in the table and the list)."""
        name = textwrap.wrap(self.board.name, 32, max_lines=2, placeholder="…")
        chair = textwrap.wrap(f"Chair: {self.board.chair_role}", 48, max_lines=1, placeholder="…")
        rows = [("name", line) for line in name] + [("chair", line) for line in chair]
        top = self.y + (self.height - 18 * len(rows)) // 2 + 13
        return [(top + 18 * index, words, kind) for index, (kind, words) in enumerate(rows)]


@dataclass(frozen=True)
class DiagramLine:
    """A reporting line, drawn from the top of the board that reports to the bottom of the one above."""

    from_board: GovernanceBoard
    to_board: GovernanceBoard
    x1: int
    y1: int
    x2: int
    y2: int


@dataclass(frozen=True)
class GovernanceMap:
    areas: list[tuple[str, str]]
    rows: list[GovernanceRow]
    overlaps: list[tuple[str, list[GovernanceBoard]]]  # an area owned by more than one board
    gaps: list[str]  # areas no board owns
    boxes: list[DiagramBox]
    lines: list[DiagramLine]
    width: int
    height: int


def _levels(boards: list[GovernanceBoard], parents: dict[int, list[int]]) -> dict[int, int]:
    """Each board's row in the diagram: a board sits one row below the lowest board it reports to."""
    level: dict[int, int] = {}

    def of(pk: int, path: frozenset[int]) -> int:
        if pk not in level:
            above = [p for p in parents.get(pk, []) if p not in path]  # a loop (never saved) ends here
            level[pk] = 1 + max((of(p, path | {pk}) for p in above), default=-1)
        return level[pk]

    for board in boards:
        of(board.pk, frozenset())
    return level


def governance_map(*, partnership: Partnership) -> GovernanceMap:
    """The boards by area (owns, contributes, none), the areas owned twice or by no one, and the reporting
    lines laid out as a diagram: boards that report to no one on the top row."""
    boards = list(
        GovernanceBoard.objects.filter(partnership=partnership).prefetch_related("reports_to", "ownerships")
    )
    areas = list(Lens.choices)
    rows = []
    owners: dict[str, list[GovernanceBoard]] = {area: [] for area, _ in areas}
    for board in boards:
        roles = {o.area: o.role for o in board.ownerships.all()}
        rows.append(GovernanceRow(board=board, roles=[roles.get(area, "none") for area, _ in areas]))
        for area, role in roles.items():
            if role == BoardOwnership.Role.OWNS:
                owners[area].append(board)
    overlaps = [(label, owners[area]) for area, label in areas if len(owners[area]) > 1]
    gaps = [label for area, label in areas if boards and not owners[area]]

    parents = {board.pk: [p.pk for p in board.reports_to.all()] for board in boards}
    levels = _levels(boards, parents)
    by_level: dict[int, list[GovernanceBoard]] = {}
    for board in boards:
        by_level.setdefault(levels[board.pk], []).append(board)
    boxes: dict[int, DiagramBox] = {}
    for level, members in by_level.items():
        for index, board in enumerate(members):
            boxes[board.pk] = DiagramBox(
                board=board,
                x=DIAGRAM_MARGIN + index * (DIAGRAM_BOX_WIDTH + DIAGRAM_GAP_X),
                y=DIAGRAM_MARGIN + level * (DIAGRAM_BOX_HEIGHT + DIAGRAM_GAP_Y),
            )
    lines = [
        DiagramLine(
            from_board=board,
            to_board=parent,
            x1=boxes[board.pk].centre_x,
            y1=boxes[board.pk].y,
            x2=boxes[parent.pk].centre_x,
            y2=boxes[parent.pk].y + DIAGRAM_BOX_HEIGHT,
        )
        for board in boards
        for parent in board.reports_to.all()
        if parent.pk in boxes
    ]
    widest = max((len(members) for members in by_level.values()), default=0)
    width = 2 * DIAGRAM_MARGIN + widest * DIAGRAM_BOX_WIDTH + max(widest - 1, 0) * DIAGRAM_GAP_X
    height = (
        2 * DIAGRAM_MARGIN + len(by_level) * DIAGRAM_BOX_HEIGHT + max(len(by_level) - 1, 0) * DIAGRAM_GAP_Y
    )
    return GovernanceMap(
        areas=areas, rows=rows, overlaps=overlaps, gaps=gaps, boxes=list(boxes.values()), lines=lines,
        width=width, height=height,
    )  # fmt: skip


# --- Strategy review: the review workspace ------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRow:
    """One prompt of a review: its answer (if any) beside the answer in the review it started from."""

    prompt: ReviewPrompt
    answer: ReviewAnswer | None
    previous: ReviewAnswer | None  # the same prompt in the review this one started from

    @property
    def change_text(self) -> str:
        """What changed since the last review, in words (never by colour alone)."""
        if self.answer is None:
            return "Not answered yet" if self.previous is None else "Not carried forward"
        if self.previous is None:
            return "New since the last review"
        changes = []
        if self.answer.answer != self.previous.answer:
            changes.append("answer changed")
        if self.answer.rating != self.previous.rating and self.answer.rating and self.previous.rating:
            step = self.answer.rating - self.previous.rating
            changes.append(f"rating {'up' if step > 0 else 'down'} {abs(step)}")
        if self.answer.owner != self.previous.owner:
            changes.append("owner changed")
        if _evidence_ids(self.answer) != _evidence_ids(self.previous):
            changes.append("evidence changed")
        return ("Changed: " + ", ".join(changes)) if changes else "Same as the last review"

    @property
    def changed(self) -> bool:
        return not self.change_text.startswith(("Same", "Not answered"))


def _evidence_ids(answer: ReviewAnswer) -> tuple:
    return tuple(
        frozenset(item.pk for item in getattr(answer, name).all())
        for name in ("themes", "actions", "scoping_conversations", "governance_boards")
    )


@dataclass(frozen=True)
class ReviewGroup:
    group: PromptGroup
    rows: list[ReviewRow]


@dataclass(frozen=True)
class ReviewWorkspace:
    review: StrategyReview
    groups: list[ReviewGroup]
    raised_actions: list[Action]

    @property
    def answered_count(self) -> int:
        return sum(1 for group in self.groups for row in group.rows if row.answer is not None)

    @property
    def prompt_count(self) -> int:
        return sum(len(group.rows) for group in self.groups)

    @property
    def changed_count(self) -> int:
        return sum(1 for group in self.groups for row in group.rows if row.changed)


def strategy_reviews_for(*, partnership: Partnership) -> QuerySet[StrategyReview]:
    return StrategyReview.objects.filter(partnership=partnership).annotate(answer_count=Count("answers"))


def _answers_of(review: StrategyReview | None) -> dict[str, ReviewAnswer]:
    if review is None:
        return {}
    answers = ReviewAnswer.objects.filter(review=review).select_related("owner_agency", "updated_by")
    answers = answers.prefetch_related(
        "themes", "actions", "scoping_conversations__agency", "governance_boards", "raised_actions"
    )
    return {answer.prompt_key: answer for answer in answers}


def review_workspace(*, review: StrategyReview) -> ReviewWorkspace:
    """Every prompt, grouped as in the prompts file, with this review's answer and the last review's."""
    answers = _answers_of(review)
    previous = _answers_of(review.started_from)
    groups = [
        ReviewGroup(
            group=group,
            rows=[
                ReviewRow(prompt=prompt, answer=answers.get(prompt.key), previous=previous.get(prompt.key))
                for prompt in group.prompts
            ],
        )
        for group in review_prompt_groups()
    ]
    raised = list(
        Action.objects.filter(review_answer__review=review).select_related("owner_agency", "review_answer")
    )
    return ReviewWorkspace(review=review, groups=groups, raised_actions=raised)
