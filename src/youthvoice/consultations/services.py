"""Writes for the question bank and consultations. Views turn the errors raised here into messages."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from youthvoice.audit.services import audit_publication
from youthvoice.consultations.models import (
    Audience,
    Consultation,
    ConsultationQuestion,
    Question,
)
from youthvoice.consultations.question_bank import BankQuestion, load_bank
from youthvoice.language.publishing import (
    publication_gate_check,
    publication_gate_pass,
    publication_overrides_for,
)
from youthvoice.partnership.models import Partnership

Status = Consultation.Status

# draft -> open -> closed -> reported; an open consultation may go back to draft only before it opens.
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    Status.DRAFT: frozenset({Status.OPEN}),
    Status.OPEN: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset({Status.REPORTED}),
    Status.REPORTED: frozenset(),
}


# /c/exit/ is the quick exit's own address.
RESERVED_SLUGS = frozenset({"exit"})


class ConsultationError(Exception):
    """A change to a consultation that the rules do not allow; the message is fit to show to staff."""


@transaction.atomic
def question_bank_load(
    *, partnership: Partnership, bank: list[BankQuestion] | None = None
) -> tuple[int, int]:
    """Create or refresh the partnership's bank questions from the bank file. Returns (created, updated).

    Idempotent: questions are matched on their key; questions staff added themselves are left alone.
    """
    bank = load_bank() if bank is None else bank
    existing = {q.key: q for q in Question.objects.filter(partnership=partnership, from_bank_file=True)}
    created, updated = [], []
    for item in bank:
        fields = item.as_model_fields()
        question = existing.get(item.key)
        if question is None:
            created.append(Question(partnership=partnership, key=item.key, **fields))
        elif any(getattr(question, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(question, name, value)
            updated.append(question)
    Question.objects.bulk_create(created)
    if updated:
        Question.objects.bulk_update(updated, list(BankQuestion.__dataclass_fields__.keys() - {"key"}))
    return len(created), len(updated)


def question_create(
    *,
    partnership: Partnership,
    text: str,
    kind: str,
    hint: str = "",
    choices: list[str] | None = None,
    topics: list[str] | None = None,
    sensitive: bool = False,
    audience: str = Audience.YOUNG_PEOPLE,
) -> Question:
    choices = [label.strip() for label in (choices or []) if label.strip()]
    if kind in Question.CHOICE_KINDS and len(choices) < 2:
        raise ConsultationError("A choice question needs at least two choices, one on each line.")
    if kind == Question.Kind.SCALE:
        values = [str(n) for n in range(1, len(choices) + 1)]
    else:
        values = [slugify(label)[:40] or f"choice-{n}" for n, label in enumerate(choices, start=1)]
    if len(set(values)) != len(values):
        raise ConsultationError("Two choices are the same: make each choice different.")
    base = slugify(text)[:60] or "question"
    key, n = base, 1
    while Question.objects.filter(partnership=partnership, key=key).exists():
        n += 1
        key = f"{base}-{n}"
    return Question.objects.create(
        partnership=partnership,
        key=key,
        text=text.strip(),
        hint=hint.strip(),
        kind=kind,
        choices=[{"value": v, "label": label} for v, label in zip(values, choices, strict=True)],
        topics=topics or [],
        sensitive=sensitive,
        audience=audience,
    )


def _unique_slug(title: str) -> str:
    base = slugify(title)[:60] or "consultation"
    if base in RESERVED_SLUGS:
        base = f"{base}-consultation"
    slug, n = base, 1
    while Consultation.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _check_dates(*, opens_on, closes_on, feedback_due_on) -> None:
    if closes_on < opens_on:
        raise ConsultationError("The closing date must be on or after the opening date.")
    if feedback_due_on < closes_on:
        raise ConsultationError("The feedback date must be on or after the closing date.")


@transaction.atomic
def consultation_create(
    *,
    partnership: Partnership,
    title: str,
    purpose: str,
    purpose_detail: str,
    audience: str,
    channels: list[str],
    opens_on: datetime.date,
    closes_on: datetime.date,
    promise: str,
    feedback_due_on: datetime.date,
    questions: list[Question] = (),
    created_by=None,
    today: datetime.date | None = None,
) -> Consultation:
    today = today or timezone.localdate()
    _check_dates(opens_on=opens_on, closes_on=closes_on, feedback_due_on=feedback_due_on)
    if feedback_due_on < today:
        raise ConsultationError("The feedback date cannot be in the past.")
    consultation = Consultation.objects.create(
        partnership=partnership,
        slug=_unique_slug(title),
        title=title,
        purpose=purpose,
        purpose_detail=purpose_detail,
        audience=audience,
        channels=list(channels),
        opens_on=opens_on,
        closes_on=closes_on,
        promise=promise,
        feedback_due_on=feedback_due_on,
        created_by=created_by,
    )
    consultation_set_questions(consultation=consultation, questions=list(questions))
    return consultation


# What young people read about a consultation, by the name staff know each part by.
PUBLIC_FIELDS = {"title": "Title", "purpose_detail": "Why we are asking", "promise": "Our promise"}


@transaction.atomic
def consultation_update(
    *, consultation: Consultation, questions: list[Question] | None = None, user=None, **fields
):
    """Change a consultation. Once opened, what young people read passes the language check as it is
    saved (a draft's wording is checked when it opens) and each change is recorded as published."""
    # Compared with what is stored: a ModelForm has already set the new values on the instance.
    stored = Consultation.objects.filter(pk=consultation.pk).values(*PUBLIC_FIELDS, "audience").first() or {}
    if (
        "audience" in fields
        and stored
        and fields["audience"] != stored["audience"]
        and (consultation.status != Status.DRAFT or consultation.responses.exists())
    ):
        # Its answers are counted with one audience's figures: moving them would mix two audiences.
        raise ConsultationError("The audience cannot change once a consultation has opened.")
    changed = {
        name: value for name, value in fields.items() if name in PUBLIC_FIELDS and value != stored.get(name)
    }
    if consultation.status != Status.DRAFT and changed:
        blocking_wording_refuse(
            {PUBLIC_FIELDS[name]: value for name, value in changed.items()},
            consultation=consultation,
        )
    for name, value in fields.items():
        setattr(consultation, name, value)
    _check_dates(
        opens_on=consultation.opens_on,
        closes_on=consultation.closes_on,
        feedback_due_on=consultation.feedback_due_on,
    )
    consultation.save()
    if questions is not None:
        consultation_set_questions(consultation=consultation, questions=questions)
    if consultation.status != Status.DRAFT and changed:
        audit_publication(
            actor=user,
            target=consultation,
            what="consultation wording",
            partnership=consultation.partnership,
            detail={"consultation": consultation.pk, "changed": [PUBLIC_FIELDS[name] for name in changed]},
        )
    return consultation


@transaction.atomic
def consultation_set_questions(*, consultation: Consultation, questions: list[Question]) -> None:
    """Replace the consultation's questions, in the order given. Only a draft's questions can change."""
    current = list(consultation.items.values_list("question_id", flat=True))
    if current == [q.pk for q in questions]:
        return
    if consultation.status != Status.DRAFT:
        raise ConsultationError("Questions can only be changed while the consultation is a draft.")
    foreign = [q for q in questions if q.partnership_id != consultation.partnership_id]
    if foreign:
        raise ConsultationError("Questions must come from your partnership's question bank.")
    consultation.items.all().delete()
    ConsultationQuestion.objects.bulk_create(
        ConsultationQuestion(consultation=consultation, question=q, order=n)
        for n, q in enumerate(questions, 1)
    )


MOVES = {"up": -1, "down": 1}


@transaction.atomic
def consultation_move_question(*, consultation: Consultation, question: Question, direction: str) -> int:
    """Move one question a place up or down in a draft; returns its new position (1 is asked first).

    The consultation row is locked, so two builders moving questions at once take turns."""
    if direction not in MOVES:
        raise ConsultationError("Choose to move the question up or down.")
    locked = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if locked.status != Status.DRAFT:
        raise ConsultationError("Questions can only be reordered while the consultation is a draft.")
    items = list(locked.items.select_related("question").order_by("order"))
    index = next((n for n, item in enumerate(items) if item.question_id == question.pk), None)
    if index is None:
        raise ConsultationError("That question is not in this consultation.")
    target = index + MOVES[direction]
    if not 0 <= target < len(items):
        where = "first" if direction == "up" else "last"
        raise ConsultationError(f"'{question.text}' is already the {where} question.")
    items[index], items[target] = items[target], items[index]
    # Positions are unique per consultation and PostgreSQL checks that row by row: park every row above both
    # the old positions and the new ones, then number them 1, 2, 3...
    top = max(len(items), *(item.order for item in items)) + 1
    for n, item in enumerate(items):
        item.order = top + n
    ConsultationQuestion.objects.bulk_update(items, ["order"])
    for n, item in enumerate(items, start=1):
        item.order = n
    ConsultationQuestion.objects.bulk_update(items, ["order"])
    return target + 1


@transaction.atomic
def consultation_add_question(*, consultation: Consultation, question: Question) -> None:
    questions = [item.question for item in consultation.items.select_related("question")]
    if question not in questions:
        consultation_set_questions(consultation=consultation, questions=[*questions, question])


@transaction.atomic
def consultation_transition(*, consultation: Consultation, to_status: str, user=None) -> Consultation:
    """Move a consultation along draft -> open -> closed -> reported, refusing any other move.

    Opening goes through ``consultation_open``: the owner confirms the principles and the words are checked.
    Closing takes the consultation away from young people, so it is audited as "unpublished" (by ``user``).
    """
    moved = _consultation_move(consultation=consultation, to_status=to_status, opening=False)
    if moved.status == Status.CLOSED:  # only an open consultation can be closed
        audit_publication(
            actor=user,
            target=moved,
            what="consultation",
            published=False,
            detail={"title": moved.title, "slug": moved.slug, "change": "closed"},
        )
    return moved


def _consultation_move(*, consultation: Consultation, to_status: str, opening: bool) -> Consultation:
    locked = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if to_status not in ALLOWED_TRANSITIONS.get(locked.status, ()):
        raise ConsultationError(
            f"A {locked.get_status_display().lower()} consultation cannot be made "
            f"{Status(to_status).label.lower() if to_status in Status.values else to_status}."
        )
    if to_status == Status.OPEN and not locked.items.exists():
        raise ConsultationError("Add at least one question before opening the consultation.")
    if to_status == Status.OPEN and not opening:
        raise ConsultationError(
            "Open the consultation from its 'Open the consultation' page: confirm the principles first."
        )
    locked.status = to_status
    locked.save(update_fields=["status"])
    consultation.status = to_status
    return locked


# --- Wording young people read now: checked and audited as it is saved (also by translation_services) ---


def live_wording_audit(*, user, target, partnership, consultations: list[Consultation], detail: dict) -> None:
    """Wording saved for a consultation young people can answer now is published the moment it is saved."""
    if consultations:
        audit_publication(
            actor=user,
            target=target,
            what="consultation wording",
            partnership=partnership,
            detail={**detail, "open_consultations": [c.title for c in consultations]},
        )


def open_consultations_using(question: Question) -> list[Consultation]:
    return list(Consultation.objects.filter(status=Status.OPEN, items__question=question).order_by("title"))


def blocking_wording_refuse(texts: dict[str, str], *, consultation: Consultation | None = None) -> None:
    """Wording young people read passes the language check as it is saved: words the checker blocks are
    refused, unless staff already gave a reason to publish that rule's words in ``consultation``."""

    partnership = consultation.partnership if consultation is not None else None
    blocked = publication_gate_check(texts=texts, partnership=partnership).blocked_rules
    if blocked and consultation is not None:
        allowed = set(publication_overrides_for(subject=consultation).values_list("rule_id", flat=True))
        blocked = [rule for rule in blocked if rule.rule_id not in allowed]
    if blocked:
        problems = "; ".join(
            f"{rule.words} in {rule.fields}: {rule.message}"
            + (f" Write “{rule.suggestions[0]}” or similar instead." if rule.suggestions else "")
            for rule in blocked
        )
        raise ConsultationError(f"Young people would read words that blame or harm them. {problems}")


def consultation_public_texts(*, consultation: Consultation) -> dict[str, str]:
    """Everything young people read about a consultation, named for staff, for the language gate."""
    texts = {
        "Title": consultation.title,
        "Why we are asking": consultation.purpose_detail,
        "Our promise": consultation.promise,
    }
    for item in consultation.items.select_related("question").order_by("order"):
        question = item.question
        texts[f"Question {item.order}"] = question.text
        if question.hint:
            texts[f"Question {item.order} hint"] = question.hint
        if question.easy_read_text:
            texts[f"Question {item.order} easy read"] = question.easy_read_text
        if question.choices:
            texts[f"Question {item.order} answers"] = "\n".join(
                choice["label"] for choice in question.choices
            )
    return texts


@transaction.atomic
def consultation_open(
    *, consultation: Consultation, user, principle_notes: dict[int, str], language_overrides: dict[str, str]
) -> Consultation:
    """Open a draft, all or nothing: the owner confirms every principle with a note, and the words young
    people will read pass the language gate (each blocking rule fixed, or published with a reason).

    Raises ConsultationError, or youthvoice.language.publishing.PublicationBlocked with the findings."""
    from youthvoice.mandate.services import PrinciplesNotConfirmed, principle_confirmations_record

    opened = _consultation_move(consultation=consultation, to_status=Status.OPEN, opening=True)
    publication_gate_pass(
        texts=consultation_public_texts(consultation=opened),
        overrides=language_overrides,
        subject=opened,
        user=user,
        subject_label=f"Consultation: {opened.title}",
        partnership=opened.partnership,
    )
    try:
        principle_confirmations_record(
            partnership=opened.partnership, user=user, subject=opened, notes=principle_notes
        )
    except PrinciplesNotConfirmed as error:
        raise ConsultationError(str(error)) from error
    audit_publication(
        actor=user,
        target=opened,
        what="consultation",
        detail={
            "title": opened.title,
            "slug": opened.slug,
            "change": "opened",
            "questions": opened.items.count(),
            "opens_on": opened.opens_on,
            "closes_on": opened.closes_on,
        },
    )
    return opened
