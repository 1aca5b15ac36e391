"""Reads for consultations, including which consultation may take a young person's answers today."""

from __future__ import annotations

import datetime

from django.db.models import Count, QuerySet
from django.utils import timezone

from youthvoice.consultations.models import JOURNEY_AUDIENCES, Audience, Consultation, Question
from youthvoice.partnership.models import Partnership


class ConsultationNotFound(Exception):
    """No consultation by that address is (or was) taking answers: show a 404."""


class ConsultationNotYetOpen(ConsultationNotFound):
    """The consultation is open but its first day is still to come: say when it opens."""

    def __init__(self, consultation: Consultation):
        self.consultation = consultation
        super().__init__(consultation.slug)


class ConsultationClosed(Exception):
    """The consultation has closed: show a 410 with what happens next."""

    def __init__(self, consultation: Consultation):
        self.consultation = consultation
        super().__init__(consultation.title)


def consultations_for_partnership(*, partnership: Partnership) -> QuerySet[Consultation]:
    return Consultation.objects.filter(partnership=partnership).annotate(
        question_count=Count("items", distinct=True), response_count=Count("responses", distinct=True)
    )


def questions_for_partnership(*, partnership: Partnership, audience: str | None = None) -> QuerySet[Question]:
    questions = Question.objects.filter(partnership=partnership)
    if audience:
        questions = questions.filter(audience=audience)
    return questions.order_by("pk")


def consultation_questions(*, consultation: Consultation) -> list[Question]:
    return [item.question for item in consultation.items.select_related("question").order_by("order")]


def consultation_is_open(*, consultation: Consultation, today: datetime.date | None = None) -> bool:
    today = today or timezone.localdate()
    return (
        consultation.status == Consultation.Status.OPEN
        and consultation.opens_on <= today <= consultation.closes_on
    )


def consultation_takes_answers_now(*, consultation: Consultation, today: datetime.date | None = None) -> bool:
    """Whether the consultation takes answers today, read from the database (one query), not from a copy a
    worker keeps in memory: staff may have closed it a moment ago, on another server."""
    today = today or timezone.localdate()
    return Consultation.objects.filter(
        pk=consultation.pk,
        status=Consultation.Status.OPEN,
        opens_on__lte=today,
        closes_on__gte=today,
    ).exists()


def journey_consultation_find(*, slug: str) -> Consultation | None:
    """The consultation at /c/<slug>/ that is or was taking answers (not a draft): young people's, or parents'
    and carers' or community members' (professionals answer signed in)."""
    return (
        Consultation.objects.select_related("partnership")
        .filter(slug=slug, audience__in=JOURNEY_AUDIENCES)
        .exclude(status=Consultation.Status.DRAFT)
        .first()
    )


def consultation_for_journey(*, slug: str, today: datetime.date | None = None) -> Consultation:
    """The consultation at /c/<slug>/, if it takes answers today; else ConsultationNotFound/Closed."""
    today = today or timezone.localdate()
    consultation = journey_consultation_find(slug=slug)
    if consultation is None:
        raise ConsultationNotFound(slug)
    if consultation.status != Consultation.Status.OPEN or today > consultation.closes_on:
        raise ConsultationClosed(consultation)
    if today < consultation.opens_on:
        raise ConsultationNotYetOpen(consultation)
    return consultation


def consultations_open_to_young_people(*, today: datetime.date | None = None) -> QuerySet[Consultation]:
    """Consultations taking young people's answers today, for the public home page: closing soonest first."""
    today = today or timezone.localdate()
    return (
        Consultation.objects.select_related("partnership")
        .filter(
            status=Consultation.Status.OPEN,
            audience=Audience.YOUNG_PEOPLE,
            opens_on__lte=today,
            closes_on__gte=today,
        )
        .order_by("closes_on", "title")
    )
