"""Factories for consultations, their questions and their translations."""

import datetime

import factory
from django.utils import timezone

from tests.partnership.factories import PartnershipFactory
from youthvoice.consultations.models import (
    Consultation,
    ConsultationQuestion,
    ConsultationTranslation,
    Question,
    QuestionTranslation,
)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    partnership = factory.SubFactory(PartnershipFactory)
    key = factory.Sequence(lambda n: f"question-{n}")
    text = factory.Sequence(lambda n: f"Test question {n}?")
    kind = Question.Kind.FREE_TEXT
    topics = ["places"]

    class Params:
        single = factory.Trait(
            kind=Question.Kind.SINGLE,
            choices=[{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}],
        )
        multiple = factory.Trait(
            kind=Question.Kind.MULTIPLE,
            choices=[
                {"value": "park", "label": "Parks"},
                {"value": "online", "label": "Online"},
                {"value": "bus", "label": "Buses"},
            ],
        )
        scale = factory.Trait(
            kind=Question.Kind.SCALE,
            choices=[{"value": str(n), "label": f"Point {n}"} for n in range(1, 6)],
        )


class ConsultationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    partnership = factory.SubFactory(PartnershipFactory)
    slug = factory.Sequence(lambda n: f"consultation-{n}")
    title = factory.Sequence(lambda n: f"Consultation {n}")
    purpose = Consultation.Purpose.LANGUAGE_AND_HARM
    purpose_detail = "We want to hear where you feel safe."
    channels = ["online"]
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))
    promise = "We will read every answer and change what we do."
    feedback_due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60))
    status = Consultation.Status.OPEN

    @factory.post_generation
    def questions(consultation, create, extracted, **kwargs):
        if create and extracted:
            ConsultationQuestion.objects.bulk_create(
                ConsultationQuestion(consultation=consultation, question=q, order=n)
                for n, q in enumerate(extracted, start=1)
            )


def open_consultation_with_questions(**kwargs) -> Consultation:
    """An open consultation asking: a free-text, a single choice (sensitive), a multiple choice, a scale."""
    partnership = kwargs.pop("partnership", None) or PartnershipFactory()
    questions = [
        QuestionFactory(partnership=partnership, text="Where do you feel unsafe?", key="where-unsafe"),
        QuestionFactory(
            partnership=partnership,
            single=True,
            sensitive=True,
            text="Has anyone asked you to carry things?",
            key="carry",
        ),
        QuestionFactory(
            partnership=partnership, multiple=True, text="Which places feel risky?", key="places"
        ),
        QuestionFactory(
            partnership=partnership, scale=True, text="How safe do you feel at night?", key="night"
        ),
    ]
    return ConsultationFactory(partnership=partnership, questions=questions, **kwargs)


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
