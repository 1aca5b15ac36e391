import datetime

import factory
from django.utils import timezone

from tests.factories import PartnershipFactory
from youthvoice.consultations.models import Consultation, ConsultationQuestion, Question


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
