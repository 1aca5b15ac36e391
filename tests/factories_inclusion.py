"""Factories for languages, easy read and facilitated sessions (issue 8)."""

import factory
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from tests.factories import PartnershipFactory
from tests.factories_consultations import ConsultationFactory, open_consultation_with_questions
from youthvoice.consultations.models import ConsultationTranslation, QuestionTranslation
from youthvoice.voices.models import FacilitatedSession, PlaceType

SESSION_PIN = "2468"


class QuestionTranslationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionTranslation

    language = "cy"
    text = factory.Sequence(lambda n: f"Cwestiwn prawf {n}?")


class ConsultationTranslationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsultationTranslation

    language = "cy"
    title = "Teimlo’n ddiogel"
    purpose_detail = "Rydyn ni eisiau gwybod ble rwyt ti’n teimlo’n ddiogel."
    promise = "Byddwn ni’n darllen pob ateb."


class FacilitatedSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FacilitatedSession

    partnership = factory.SubFactory(PartnershipFactory)
    consultation = factory.LazyAttribute(
        lambda s: ConsultationFactory(partnership=s.partnership, channels=["online", "youth_worker"])
    )
    channel = "youth_worker"
    place_type = PlaceType.YOUTH_CLUB
    pin_hash = factory.LazyFunction(lambda: make_password(SESSION_PIN))
    started_on = factory.LazyFunction(timezone.localdate)


def welsh_consultation():
    """The test consultation with Welsh for the consultation, questions 1 and 4 (fully) and 3 (no choices).

    Question 2 has no Welsh at all, so it falls back to English.
    """
    consultation = open_consultation_with_questions()
    ConsultationTranslationFactory(consultation=consultation)
    questions = {item.order: item.question for item in consultation.items.select_related("question")}
    QuestionTranslationFactory(question=questions[1], text="Ble rwyt ti’n teimlo’n anniogel?")
    QuestionTranslationFactory(question=questions[3], text="Pa lefydd sy’n teimlo’n beryglus?")
    QuestionTranslationFactory(
        question=questions[4],
        text="Pa mor ddiogel wyt ti’n teimlo yn y nos?",
        choice_labels={str(n): f"Pwynt {n}" for n in range(1, 6)},
    )
    return consultation
