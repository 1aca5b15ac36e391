"""Changes to the strategic mandate: roles, champion, assessments, principles, workshops, actions, and the
strategy review's scoping conversations, partnership themes and change goals."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from youthvoice.deidentify.engine import deidentified
from youthvoice.mandate.models import (
    ASSESSMENT_DIMENSIONS,
    Action,
    ActionProgressNote,
    BoardOwnership,
    ChangeGoal,
    GovernanceBoard,
    Lens,
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
from youthvoice.mandate.principles import principles_default
from youthvoice.mandate.review_prompts import review_prompt
from youthvoice.partnership.models import Agency, Partnership


class MandateError(Exception):
    """A change to the strategic mandate that cannot be made; the message says why in plain words."""


class ForeignToPartnership(MandateError):
    pass


class DueDateInPast(MandateError):
    pass


class PrinciplesNotConfirmed(MandateError):
    pass


def _require_same_partnership(partnership: Partnership, *objects) -> None:
    for obj in objects:
        if obj is not None and obj.partnership_id != partnership.pk:
            raise ForeignToPartnership(f"{obj} does not belong to {partnership}.")


# --- Roles and responsibilities -----------------------------------------------------------------------


def responsibility_save(
    *,
    partnership: Partnership,
    agency: Agency,
    lens: str,
    level: str,
    description: str,
    within_our_gift: str = "",
    responsibility: Responsibility | None = None,
) -> Responsibility:
    """Create a matrix cell, or change ``responsibility`` when given."""
    _require_same_partnership(partnership, agency)
    if responsibility is not None:
        _require_same_partnership(partnership, responsibility.agency)
    if not description.strip():
        raise MandateError("Say what the agency does.")
    responsibility = responsibility or Responsibility()
    responsibility.agency = agency
    responsibility.lens = lens
    responsibility.level = level
    responsibility.description = description.strip()
    responsibility.within_our_gift = within_our_gift.strip()
    responsibility.full_clean()
    responsibility.save()
    return responsibility


def responsibility_delete(*, partnership: Partnership, responsibility: Responsibility) -> None:
    _require_same_partnership(partnership, responsibility.agency)
    responsibility.delete()


@transaction.atomic
def champion_appoint(
    *, partnership: Partnership, name: str, role_title: str, agency: Agency, since: datetime.date
) -> StrategicChampion:
    """Make a new strategic champion current; the one before is kept in the history, ended on ``since``."""
    _require_same_partnership(partnership, agency)
    current = (
        StrategicChampion.objects.select_for_update()
        .filter(partnership=partnership, until__isnull=True)
        .first()
    )
    if current is not None:
        if since < current.since:
            raise MandateError(
                f"The new champion cannot start before the current one did ({current.since:%d %B %Y})."
            )
        current.until = since
        current.save(update_fields=["until"])
    return StrategicChampion.objects.create(
        partnership=partnership, name=name.strip(), role_title=role_title.strip(), agency=agency, since=since
    )


# --- Strategy assessment ------------------------------------------------------------------------------


def strategy_assessment_record(
    *,
    partnership: Partnership,
    assessed_on: datetime.date,
    assessed_by,
    ratings: dict[str, int],
    notes: dict[str, str],
) -> StrategyAssessment:
    """Record a new review. Earlier reviews are never changed, so the change between reviews stays visible."""
    if assessed_on > timezone.localdate():
        raise MandateError("The assessment date cannot be in the future.")
    fields: dict = {}
    for name, label in ASSESSMENT_DIMENSIONS:
        rating = ratings.get(name)
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise MandateError(f"Rate {label.lower()} from 1 to 5.")
        fields[name] = rating
        fields[f"{name}_notes"] = (notes.get(name) or "").strip()
    return StrategyAssessment.objects.create(
        partnership=partnership, assessed_on=assessed_on, assessed_by=assessed_by, **fields
    )


# --- Principles ---------------------------------------------------------------------------------------


def principles_seed(*, partnership: Partnership) -> int:
    """Give the partnership the shipped principles it does not have yet; return how many were added."""
    existing = set(Principle.objects.filter(partnership=partnership).values_list("order", flat=True))
    missing = [
        Principle(partnership=partnership, order=data.order, title=data.title, description=data.description)
        for data in principles_default()
        if data.order not in existing
    ]
    Principle.objects.bulk_create(missing, ignore_conflicts=True)
    return len(missing)


@transaction.atomic
def principle_confirmations_record(
    *,
    partnership: Partnership,
    user,
    subject: models.Model,
    notes: dict[int, str],
    subject_label: str = "",
) -> list[PrincipleConfirmation]:
    """Record that ``user`` confirmed every one of the partnership's principles for ``subject``, each with a
    note (``notes`` maps principle id to note). Nothing is stored unless every principle has a note."""
    principles = list(Principle.objects.filter(partnership=partnership))
    if not principles:
        raise PrinciplesNotConfirmed("This partnership has no principles to confirm yet.")
    unknown = set(notes) - {principle.pk for principle in principles}
    if unknown:
        raise PrinciplesNotConfirmed("A confirmation names a principle of another partnership.")
    missing = [principle.title for principle in principles if not (notes.get(principle.pk) or "").strip()]
    if missing:
        raise PrinciplesNotConfirmed(
            "Confirm each principle with a note. Missing: " + "; ".join(missing) + "."
        )
    subject_type = ContentType.objects.get_for_model(subject)
    today = timezone.localdate()
    return PrincipleConfirmation.objects.bulk_create(
        PrincipleConfirmation(
            principle=principle,
            confirmed_by=user,
            confirmed_on=today,
            note=notes[principle.pk].strip(),
            subject_type=subject_type,
            subject_id=subject.pk,
            subject_label=(subject_label or str(subject))[:300],
        )
        for principle in principles
    )


# --- Workshops and actions ----------------------------------------------------------------------------


def workshop_create(
    *, partnership: Partnership, title: str, held_on: datetime.date, notes: str = ""
) -> Workshop:
    if not title.strip():
        raise MandateError("Give the workshop a title.")
    return Workshop.objects.create(partnership=partnership, title=title.strip(), held_on=held_on, notes=notes)


def _action_check(action: Action) -> None:
    _require_same_partnership(action.partnership, action.owner_agency, action.workshop)
    if action.source == Action.Source.WORKSHOP and action.workshop is None:
        raise MandateError("Choose the workshop the action came from.")
    if action.source != Action.Source.WORKSHOP:
        action.workshop = None
    if action.status == Action.Status.CANT_DO and not action.cant_do_reason.strip():
        raise MandateError("Say why the action can't be done.")


def action_create(*, partnership: Partnership, created_by, **fields) -> Action:
    """Create an action. A new action cannot be due in the past."""
    action = Action(partnership=partnership, created_by=created_by, **fields)
    if action.due_on < timezone.localdate():
        raise DueDateInPast("The due date cannot be in the past for a new action.")
    _action_check(action)
    action.save()
    return action


def action_update(*, action: Action, **fields) -> Action:
    """Change an action. Its existing due date may have passed, but a changed one cannot be in the past."""
    old_due = action.due_on
    for name, value in fields.items():
        setattr(action, name, value)
    if action.due_on != old_due and action.due_on < timezone.localdate():
        raise DueDateInPast("A changed due date cannot be in the past.")
    _action_check(action)
    action.save()
    return action


def action_note_add(*, action: Action, author, note: str) -> ActionProgressNote:
    if not note.strip():
        raise MandateError("Write the progress note.")
    return ActionProgressNote.objects.create(action=action, author=author, note=note.strip())


# --- Strategy review: scoping, themes, change goal ----------------------------------------------------

SCOPING_ITEMS_MAX = 30  # per list: a conversation's notes, not a document


@transaction.atomic
def scoping_conversation_record(
    *,
    partnership: Partnership,
    held_on: datetime.date,
    agency: Agency | None,
    team_name: str,
    participants: str,
    items: dict[str, list[str]],
    recorded_by,
) -> ScopingConversation:
    """Record one agency's or team's scoping conversation with its items (kind -> one text per item).

    Who took part and every item are de-identified before they are stored: practitioners talk about
    people, and these notes are read across the partnership."""
    _require_same_partnership(partnership, agency)
    if held_on > timezone.localdate():
        raise MandateError("The conversation cannot have been held in the future.")
    team_name = team_name.strip()
    if agency is None and not team_name:
        raise MandateError("Choose the agency or enter the team's name.")
    participants = deidentified(participants)
    if not participants:
        raise MandateError("Say who took part, as roles and how many (no names).")
    unknown = set(items) - set(ScopingItemKind.values)
    if unknown:
        raise MandateError(f"Unknown kind of item: {', '.join(sorted(unknown))}.")
    cleaned = {
        kind: [text.strip() for text in items.get(kind, []) if text.strip()]
        for kind in ScopingItemKind.values
    }
    for kind, label in ScopingItemKind.choices:
        if len(cleaned[kind]) > SCOPING_ITEMS_MAX:
            raise MandateError(f"Write at most {SCOPING_ITEMS_MAX} {label.lower()}, one a line.")
    if not any(cleaned.values()):
        raise MandateError("Write at least one priority, enabler, barrier or aspiration.")
    conversation = ScopingConversation.objects.create(
        partnership=partnership,
        held_on=held_on,
        agency=agency,
        team_name=team_name,
        participants=participants,
        recorded_by=recorded_by,
    )
    ScopingItem.objects.bulk_create(
        ScopingItem(conversation=conversation, kind=kind, order=order, text=deidentified(text)[:500])
        for kind, texts in cleaned.items()
        for order, text in enumerate(texts, start=1)
    )
    return conversation


@transaction.atomic
def partnership_theme_create(
    *, partnership: Partnership, name: str, items: list[ScopingItem], created_by
) -> PartnershipTheme:
    """Group scoping items from across the partnership under one theme."""
    name = name.strip()
    if not name:
        raise MandateError("Give the theme a name.")
    if PartnershipTheme.objects.filter(partnership=partnership, name__iexact=name).exists():
        raise MandateError(f"There is already a theme called “{name}”: choose another name.")
    if not items:
        raise MandateError("Choose the items the theme groups.")
    if any(item.conversation.partnership_id != partnership.pk for item in items):
        raise ForeignToPartnership("An item belongs to another partnership.")
    theme = PartnershipTheme.objects.create(partnership=partnership, name=name, created_by=created_by)
    theme.items.set(items)
    return theme


@transaction.atomic
def change_goal_record(
    *,
    partnership: Partnership,
    statement: str,
    agreed_on: datetime.date,
    themes: list[PartnershipTheme],
    recorded_by,
) -> ChangeGoal:
    """Record the change goal the partnership agreed, and the themes that led to it."""
    statement = statement.strip()
    if not statement:
        raise MandateError("Write the change goal.")
    if agreed_on > timezone.localdate():
        raise MandateError("The date it was agreed cannot be in the future.")
    if not themes:
        raise MandateError("Choose the themes that led to the change goal.")
    _require_same_partnership(partnership, *themes)
    goal = ChangeGoal.objects.create(
        partnership=partnership, statement=statement, agreed_on=agreed_on, recorded_by=recorded_by
    )
    goal.themes.set(themes)
    return goal


def _cited_in_a_completed_review(obj) -> StrategyReview | None:
    """A completed review is a record: what it cited as evidence stays."""
    return (
        StrategyReview.objects.filter(
            answers__in=obj.review_answers.all(), status=StrategyReview.Status.COMPLETE
        )
        .order_by("-held_on")
        .first()
    )


def _refuse_if_cited(obj, what: str) -> None:
    review = _cited_in_a_completed_review(obj)
    if review is not None:
        raise MandateError(
            f"{what} is evidence in the completed review of {review.held_on:%-d %B %Y}, "
            "so it stays on record."
        )


@transaction.atomic
def scoping_conversation_delete(*, partnership: Partnership, conversation: ScopingConversation) -> None:
    """Remove a conversation recorded by mistake, with its items (themes keep their other items)."""
    _require_same_partnership(partnership, conversation)
    _refuse_if_cited(conversation, f"The conversation with {conversation.who}")
    emptied = [
        theme
        for theme in PartnershipTheme.objects.filter(items__conversation=conversation).distinct()
        if not theme.items.exclude(conversation=conversation).exists()
    ]
    if emptied:
        names = ", ".join(f"“{theme.name}”" for theme in emptied)
        raise MandateError(
            f"The theme {names} groups only this conversation's items: remove the theme first."
            if len(emptied) == 1
            else f"The themes {names} group only this conversation's items: remove those themes first."
        )
    conversation.delete()


@transaction.atomic
def partnership_theme_delete(*, partnership: Partnership, theme: PartnershipTheme) -> None:
    """Remove a theme; its items stay in their conversations. A change goal needs at least one theme."""
    _require_same_partnership(partnership, theme)
    _refuse_if_cited(theme, f"The theme “{theme.name}”")
    for goal in theme.change_goals.all():
        if not goal.themes.exclude(pk=theme.pk).exists():
            raise MandateError(
                f"The change goal agreed on {goal.agreed_on:%-d %B %Y} rests on this theme alone: "
                "record the change goal again from other themes first."
            )
    theme.delete()


@transaction.atomic
def governance_board_delete(*, partnership: Partnership, board: GovernanceBoard) -> None:
    """Remove a board from the map; boards that reported to it report to no one until edited."""
    _require_same_partnership(partnership, board)
    _refuse_if_cited(board, board.name)
    board.delete()


# --- Strategy review: governance map ------------------------------------------------------------------


def _reaches(start: GovernanceBoard, target_pk: int) -> bool:
    """Whether ``start`` reports, directly or up a chain, to the board ``target_pk``."""
    seen: set[int] = set()
    frontier = [start]
    while frontier:
        board = frontier.pop()
        for parent in board.reports_to.all():
            if parent.pk == target_pk:
                return True
            if parent.pk not in seen:
                seen.add(parent.pk)
                frontier.append(parent)
    return False


@transaction.atomic
def governance_board_save(
    *,
    partnership: Partnership,
    name: str,
    chair_role: str,
    meets: str,
    reports_to: list[GovernanceBoard],
    ownership: dict[str, str],
    board: GovernanceBoard | None = None,
) -> GovernanceBoard:
    """Add a board, or change ``board``: its details, whom it reports to, and its role (``owns``,
    ``contributes`` or ``none``) for each area of child exploitation. Reporting lines never go round in a
    circle."""
    if board is not None:
        _require_same_partnership(partnership, board)
    _require_same_partnership(partnership, *reports_to)
    name, chair_role = name.strip(), chair_role.strip()
    if not name:
        raise MandateError("Give the board or group its name.")
    if not chair_role:
        raise MandateError("Say who chairs it, by role.")
    if meets not in GovernanceBoard.Frequency.values:
        raise MandateError("Choose how often it meets.")
    taken = GovernanceBoard.objects.filter(partnership=partnership, name__iexact=name)
    if board is not None:
        taken = taken.exclude(pk=board.pk)
    if taken.exists():
        raise MandateError(f"There is already a board called “{name}”.")
    roles = {area: ownership.get(area, "none") for area in Lens.values}
    if set(ownership) - set(Lens.values) or any(
        role not in {*BoardOwnership.Role.values, "none"} for role in roles.values()
    ):
        raise MandateError("Choose owns, contributes or none for each area.")
    if board is not None:
        if any(parent.pk == board.pk for parent in reports_to):
            raise MandateError("A board cannot report to itself.")
        if any(_reaches(parent, board.pk) for parent in reports_to):
            raise MandateError(
                "That reporting line would go round in a circle: "
                "a board below this one cannot be above it too."
            )
    board = board or GovernanceBoard(partnership=partnership)
    board.name, board.chair_role, board.meets = name, chair_role, meets
    board.save()
    board.reports_to.set(reports_to)
    board.ownerships.all().delete()
    BoardOwnership.objects.bulk_create(
        BoardOwnership(board=board, area=area, role=role) for area, role in roles.items() if role != "none"
    )
    return board


# --- Strategy review: the review workspace ------------------------------------------------------------

EVIDENCE_FIELDS = ("themes", "actions", "scoping_conversations", "governance_boards")


def strategy_review_latest(*, partnership: Partnership) -> StrategyReview | None:
    return StrategyReview.objects.filter(partnership=partnership).order_by("-held_on", "-id").first()


@transaction.atomic
def strategy_review_start(
    *, partnership: Partnership, held_on: datetime.date, title: str, created_by
) -> StrategyReview:
    """Start a review. It starts from the last review's answers (copied, each linked to the answer it came
    from), so the team edits what changed instead of starting again. One draft at a time."""
    title = title.strip()
    if not title:
        raise MandateError("Give the review a title.")
    draft = StrategyReview.objects.select_for_update().filter(
        partnership=partnership, status=StrategyReview.Status.DRAFT
    )
    if draft.exists():
        raise MandateError(f"Complete the draft review “{draft.get().title}” before starting another.")
    last = strategy_review_latest(partnership=partnership)
    review = StrategyReview.objects.create(
        partnership=partnership, held_on=held_on, title=title, started_from=last, created_by=created_by
    )
    if last is not None:
        for old in last.answers.prefetch_related(*EVIDENCE_FIELDS):
            new = ReviewAnswer.objects.create(
                review=review,
                prompt_key=old.prompt_key,
                answer=old.answer,
                rating=old.rating,
                owner_agency=old.owner_agency,
                owner_role=old.owner_role,
                previous=old,
                updated_by=old.updated_by,
            )
            for name in EVIDENCE_FIELDS:
                getattr(new, name).set(getattr(old, name).all())
    return review


def _require_draft(review: StrategyReview) -> None:
    if not review.is_draft:
        raise MandateError("This review is complete, so its answers cannot change. Start a new review.")


@transaction.atomic
def review_answer_save(
    *,
    review: StrategyReview,
    prompt_key: str,
    answer: str,
    rating: int | None,
    owner_agency: Agency | None,
    owner_role: str,
    evidence: dict[str, list],
    updated_by,
) -> ReviewAnswer:
    """Answer one prompt of a draft review (or change its answer). The answer is de-identified: it records a
    discussion, and people talk about colleagues and families. ``evidence`` maps each of EVIDENCE_FIELDS to
    the partnership's objects the answer rests on."""
    _require_draft(review)
    prompt = review_prompt(prompt_key)
    if prompt is None:
        raise MandateError("There is no such question in the review.")
    partnership = review.partnership
    _require_same_partnership(partnership, owner_agency)
    if set(evidence) - set(EVIDENCE_FIELDS):
        raise MandateError("Unknown kind of evidence.")
    for name in ("themes", "actions", "governance_boards", "scoping_conversations"):
        _require_same_partnership(partnership, *evidence.get(name, []))
    text = deidentified(answer)
    if not text:
        raise MandateError("Write the answer.")
    if prompt.rated:
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise MandateError("Rate it from 1 (weak) to 5 (strong).")
    elif rating is not None:
        raise MandateError("This question is not rated: leave the rating out.")
    owner_role = owner_role.strip()
    if owner_agency is None and not owner_role:
        raise MandateError("Choose the agency that owns this, or name the role that does.")
    saved, _ = ReviewAnswer.objects.update_or_create(
        review=review,
        prompt_key=prompt_key,
        defaults={
            "answer": text,
            "rating": rating,
            "owner_agency": owner_agency,
            "owner_role": owner_role[:200],
            "updated_by": updated_by,
        },
    )
    for name in EVIDENCE_FIELDS:
        getattr(saved, name).set(evidence.get(name, []))
    return saved


def review_answer_raise_action(
    *,
    answer: ReviewAnswer,
    title: str,
    description: str,
    owner_agency: Agency,
    due_on: datetime.date,
    created_by,
) -> Action:
    """Raise an action from an answer, flagged to the strategic group. Allowed on a complete review too:
    actions often come out of reading a finished review."""
    prompt = review_prompt(answer.prompt_key)
    question = prompt.question if prompt else answer.prompt_key
    if not title.strip():
        raise MandateError("Give the action a title.")
    return action_create(
        partnership=answer.review.partnership,
        created_by=created_by,
        title=title.strip(),
        description=description.strip(),
        source=Action.Source.REVIEW,
        source_reference=f"{answer.review.title}: {question}"[:300],
        owner_agency=owner_agency,
        due_on=due_on,
        review_answer=answer,
        for_strategic_group=True,
    )


@transaction.atomic
def strategy_review_complete(*, review: StrategyReview) -> StrategyReview:
    review = StrategyReview.objects.select_for_update().get(pk=review.pk)
    _require_draft(review)
    if not review.answers.exists():
        raise MandateError("Answer at least one question before completing the review.")
    review.status = StrategyReview.Status.COMPLETE
    review.completed_on = timezone.localdate()
    review.save(update_fields=["status", "completed_on"])
    return review
