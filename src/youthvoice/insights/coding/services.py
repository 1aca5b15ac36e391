"""Coding: analysts give themes from the partnership's codebook to de-identified free-text answers.

Reads (``coding_*`` selectors) and writes (``coding_set``, ``theme_add``) for the coding screen. Only accepted
codings count; an analyst's choice on an answer replaces what was accepted before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, QuerySet

from youthvoice.consultations.models import Consultation, Question
from youthvoice.insights.models import Codebook, Coding, Theme, ThemeVersion
from youthvoice.partnership.models import Partnership
from youthvoice.voices.models import Answer
from youthvoice.voices.selectors import copies_out_of_step

# Every answer with words: free text, definitions, and the "anywhere else" a young person wrote for a place.
CODABLE_KINDS = (Question.Kind.FREE_TEXT, Question.Kind.DEFINITION, Question.Kind.PLACE)
# The coding screen's consultation number for relayed voices not given for any consultation.
RELAYED_SCOPE = 0
DEFAULT_CODEBOOK_NAME = "Themes"


class CodingError(ValueError):
    """A coding request that cannot be carried out; the message is for the analyst."""


def codable_answers(*, partnership: Partnership, consultation: Consultation | None = None) -> QuerySet:
    """De-identified free-text answers with some text, of one consultation or the whole partnership."""
    answers = Answer.objects.filter(
        response__partnership=partnership, question__kind__in=CODABLE_KINDS
    ).exclude(text="")
    if consultation is not None:
        answers = answers.filter(response__consultation=consultation)
    return answers.order_by("pk")


def coding_questions(*, consultation: Consultation) -> list[Question]:
    """The consultation's free-text questions, in the consultation's order."""
    return [
        item.question
        for item in consultation.items.select_related("question").filter(question__kind__in=CODABLE_KINDS)
    ]


def coding_consultations(*, partnership: Partnership) -> list[Consultation]:
    return list(
        Consultation.objects.filter(
            partnership=partnership, items__question__kind__in=CODABLE_KINDS
        ).distinct()
    )


def coding_answers(*, consultation: Consultation | None, question: Question) -> QuerySet:
    """The answers to code for one question of one consultation, oldest first (a stable order to page by).

    With no consultation: the answers of relayed voices not given for any consultation.
    """
    if consultation is None:
        return codable_answers(partnership=question.partnership).filter(
            question=question, response__consultation__isnull=True
        )
    return codable_answers(partnership=consultation.partnership, consultation=consultation).filter(
        question=question
    )


def relayed_coding_questions(*, partnership: Partnership) -> list[Question]:
    """Questions answered in relayed voices given for no consultation (usually the relayed-voice question)."""
    pks = (
        codable_answers(partnership=partnership)
        .filter(response__consultation__isnull=True)
        .values_list("question_id", flat=True)
        .distinct()
    )
    return list(Question.objects.filter(pk__in=pks).order_by("pk"))


@dataclass(frozen=True)
class CodingProgress:
    coded: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.coded / self.total) if self.total else 0


def coding_progress(*, answers: QuerySet) -> CodingProgress:
    """How many of ``answers`` have at least one accepted theme."""
    accepted = Coding.objects.filter(answer=OuterRef("pk"), status=Coding.Status.ACCEPTED)
    return CodingProgress(
        coded=answers.filter(Exists(accepted)).count(),
        total=answers.count(),
    )


def coding_first_uncoded_position(*, answers: QuerySet) -> int | None:
    """The 1-based position of the first answer without an accepted theme, or None when all are coded."""
    accepted = Coding.objects.filter(answer=OuterRef("pk"), status=Coding.Status.ACCEPTED)
    first = answers.filter(~Exists(accepted)).values_list("pk", flat=True).first()
    if first is None:
        return None
    return answers.filter(pk__lt=first).count() + 1


def codebook_for(*, partnership: Partnership) -> Codebook | None:
    """The codebook the coding screen uses: the partnership's first, by name."""
    return Codebook.objects.filter(partnership=partnership).first()


def codebook_themes(*, partnership: Partnership) -> list[Theme]:
    codebook = codebook_for(partnership=partnership)
    return list(codebook.themes.order_by("created_at", "pk")) if codebook else []


def codings_create(*, codings: Iterable[Coding], ignore_conflicts: bool = False) -> list[Coding]:
    """Save unsaved codings, each with its ``answer`` loaded: the one place codings are made.

    Every coding gets a copy of its answer's dashboard filter columns (``Coding.FROM_ANSWER``), which the
    answer copied from its response. Nothing else may build a ``Coding`` for saving
    (tests/voices/test_response_copies.py checks every path).
    """
    codings = list(codings)
    for coding in codings:
        for name in Coding.FROM_ANSWER:
            setattr(coding, name, getattr(coding.answer, name))
    return Coding.objects.bulk_create(codings, batch_size=2000, ignore_conflicts=ignore_conflicts)


def codings_out_of_step() -> QuerySet[Coding]:
    """Codings whose copies of their answer's columns (``Coding.FROM_ANSWER``) differ: always none."""
    return copies_out_of_step(Coding.objects.all(), source="answer", names=Coding.FROM_ANSWER)


def accepted_theme_ids(*, answer: Answer) -> set[int]:
    return set(
        Coding.objects.filter(answer=answer, status=Coding.Status.ACCEPTED).values_list("theme_id", flat=True)
    )


@transaction.atomic
def coding_set(*, answer: Answer, themes: Iterable[Theme], user) -> set[int]:
    """Make ``themes`` exactly the accepted themes of ``answer``; returns their ids.

    A theme newly chosen is coded by ``user``; a suggested coding the analyst keeps or ticks becomes accepted
    (it keeps its source); an analyst's coding they untick is removed, and a suggested one (accepted, or
    advice waiting for review that they left unticked) is marked rejected, so the record of what was
    suggested stays.
    """
    themes = list(themes)
    partnership = answer.response.partnership
    if any(theme.codebook.partnership_id != partnership.pk for theme in themes):
        raise CodingError("Choose themes from your partnership's codebook.")
    if answer.question.kind not in CODABLE_KINDS or not answer.text:
        raise CodingError("Only free-text answers can be coded.")
    chosen = {theme.pk for theme in themes}
    existing = {
        coding.theme_id: coding for coding in Coding.objects.select_for_update().filter(answer=answer)
    }
    for theme_id in chosen:
        coding = existing.get(theme_id)
        if coding is None:
            codings_create(
                codings=[Coding(answer=answer, theme_id=theme_id, source=Coding.Source.HUMAN, coded_by=user)]
            )
        elif coding.status != Coding.Status.ACCEPTED:
            coding.status = Coding.Status.ACCEPTED
            coding.coded_by = user
            coding.save(update_fields=["status", "coded_by", "coded_on"])
    for theme_id, coding in existing.items():
        if theme_id in chosen:
            continue
        if coding.status == Coding.Status.SUGGESTED:  # advice the analyst saw and did not take
            coding.status = Coding.Status.REJECTED
            coding.coded_by = user
            coding.save(update_fields=["status", "coded_by", "coded_on"])
            continue
        if coding.status != Coding.Status.ACCEPTED:
            continue
        if coding.source == Coding.Source.HUMAN:
            coding.delete()
        else:
            coding.status = Coding.Status.REJECTED
            coding.coded_by = user
            coding.save(update_fields=["status", "coded_by", "coded_on"])
    return chosen


def theme_add(*, partnership: Partnership, name: str, description: str = "") -> Theme:
    """Add a theme to the partnership's codebook (making a codebook first if it has none)."""
    name = " ".join(name.split())
    if not name:
        raise CodingError("Enter a name for the theme.")
    if len(name) > Theme._meta.get_field("name").max_length:
        raise CodingError("The theme's name must be 200 characters or fewer.")
    codebook = codebook_for(partnership=partnership)
    if codebook is None:
        codebook, _ = Codebook.objects.get_or_create(partnership=partnership, name=DEFAULT_CODEBOOK_NAME)
    if codebook.themes.filter(name__iexact=name).exists():
        raise CodingError(f"There is already a theme called “{name}”.")
    try:
        with transaction.atomic():
            return Theme.objects.create(codebook=codebook, name=name, description=description)
    except IntegrityError as error:  # the same name added at the same moment
        raise CodingError(f"There is already a theme called “{name}”.") from error


MAX_DEFINITION_LENGTH = 5000


@transaction.atomic
def theme_definition_set(*, theme: Theme, description: str, examples: str, user) -> bool:
    """Change a theme's definition and examples; True when they changed.

    A change keeps the old definition as a ``ThemeVersion`` and raises the theme's version by one, so
    analysts can see what a theme meant when an answer was coded.
    """
    description, examples = description.strip(), examples.strip()
    if len(description) > MAX_DEFINITION_LENGTH or len(examples) > MAX_DEFINITION_LENGTH:
        raise CodingError(f"Keep the definition and the examples to {MAX_DEFINITION_LENGTH} characters each.")
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    if (description, examples) == (theme.description, theme.examples):
        return False
    ThemeVersion.objects.create(
        theme=theme,
        version=theme.version,
        name=theme.name,
        description=theme.description,
        examples=theme.examples,
        replaced_by=user,
    )
    theme.description, theme.examples, theme.version = description, examples, theme.version + 1
    theme.save(update_fields=["description", "examples", "version"])
    return True


def codings_follow_response(*, response, fields: dict) -> None:
    """Codings copy their answer's dashboard columns: bring them into step with ``response``'s new ``fields``.
    Registered with ``voices.services.response_copies_follower_register`` when insights is ready."""
    Coding.objects.filter(answer__response=response).update(
        **{name: fields[name] for name in Coding.FROM_ANSWER}
    )
