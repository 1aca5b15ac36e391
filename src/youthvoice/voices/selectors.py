"""Reads for responses: the "see what changed" lookup, a practitioner's relayed voices, and copy checks."""

from __future__ import annotations

from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import Coalesce

from youthvoice.consultations.models import Consultation, Question
from youthvoice.partnership.models import Partnership
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.relayers import relayed_voices_of_relayer
from youthvoice.voices.services import REFERENCE_ALPHABET, REFERENCE_LENGTH


def reference_code_normalise(code: str) -> str:
    """Forgive spaces, dashes and lower case in a code typed by hand."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def consultation_for_reference_code(*, code: str) -> Consultation | None:
    """The consultation a reference code belongs to, or None. Never reveals the response itself."""
    code = reference_code_normalise(code)
    if len(code) != REFERENCE_LENGTH or set(code) - set(REFERENCE_ALPHABET):
        return None
    response = Response.objects.filter(reference_code=code).select_related("consultation").first()
    return response.consultation if response is not None else None


def response_for_token(*, token: str) -> Response | None:
    if not token:
        return None
    return Response.objects.filter(idempotency_token=token).first()


def relayed_voices_for(*, user) -> QuerySet[Response]:
    """The relayed voices ``user`` may list and correct (``voices.relayers``): their own, or their agency's
    for an agency's system."""
    return (
        relayed_voices_of_relayer(user=user)
        .select_related("consultation")
        .prefetch_related("answers")
        .order_by("-submitted_on", "-pk")
    )


def response_texts(*, response: Response) -> list[str]:
    return [text for text in response.answers.values_list("text", flat=True) if text]


def copies_out_of_step(queryset: QuerySet, *, source: str, names: tuple[str, ...]) -> QuerySet:
    """Rows of ``queryset`` whose copied columns ``names`` differ from those of their ``source`` relation.

    NULL counts as a value (a relayed voice may have no consultation): NULL beside NULL is in step.
    """
    differs = Q()
    for name in names:
        mine, theirs = F(name), F(f"{source}__{name}")
        if name.endswith("_id"):
            mine, theirs = Coalesce(mine, Value(0)), Coalesce(theirs, Value(0))
        queryset = queryset.alias(**{f"mine_{name}": mine, f"theirs_{name}": theirs})
        differs |= ~Q(**{f"mine_{name}": F(f"theirs_{name}")})
    return queryset.filter(differs)


def answers_out_of_step() -> QuerySet[Answer]:
    """Answers whose copies of their response's columns (``Answer.FROM_RESPONSE``) differ: always none."""
    return copies_out_of_step(Answer.objects.all(), source="response", names=Answer.FROM_RESPONSE)


# --- definition answers, which voices provides to language's glossary (language.definition_answers) -----


def definition_answers(*, partnership: Partnership) -> QuerySet[Answer]:
    """Answers with words in them to the partnership's definition questions ("What does grooming mean to
    you?"). Their text was de-identified before it was saved."""
    return Answer.objects.filter(
        response__partnership=partnership,
        question__partnership=partnership,
        question__kind=Question.Kind.DEFINITION,
        text__regex=r"\S",
    )


def definition_consultations(*, partnership: Partnership) -> QuerySet[Consultation]:
    """The partnership's consultations that ask at least one definition question, newest first."""
    return (
        Consultation.objects.filter(partnership=partnership, items__question__kind=Question.Kind.DEFINITION)
        .distinct()
        .order_by("-opens_on", "title")
    )


def definition_questions(*, partnership: Partnership) -> QuerySet[Question]:
    return Question.objects.filter(partnership=partnership, kind=Question.Kind.DEFINITION).order_by("text")
