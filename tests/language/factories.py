"""Factories for the glossary and young people's own definitions."""

import datetime

import factory

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import PartnershipFactory
from tests.voices.factories import AnswerFactory
from youthvoice.consultations.models import Question
from youthvoice.language.models import GlossaryTerm, YoungPeoplesDefinition
from youthvoice.voices.models import Response


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm

    partnership = factory.SubFactory(PartnershipFactory)
    term = factory.Sequence(lambda n: f"Word {n}")
    slug = factory.LazyAttribute(lambda term: term.term.lower().replace(" ", "-"))
    definition = "A plain definition a young person can read."
    published = True


class YoungPeoplesDefinitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = YoungPeoplesDefinition

    term = factory.SubFactory(GlossaryTermFactory)
    text = factory.Sequence(lambda n: f"What it means to me, number {n}.")
    shown_publicly = False


def consultation_with_definitions(*, partnership=None, texts=("Being used.",), key="definition-grooming"):
    """A consultation asking one definition question, its answers (one response each), and the term."""
    partnership = partnership or PartnershipFactory()
    consultation = ConsultationFactory(partnership=partnership)
    word = key.removeprefix("definition-")
    question = QuestionFactory(
        partnership=partnership, key=key, kind=Question.Kind.DEFINITION, text=f"What does {word} mean to you?"
    )
    consultation.items.create(question=question, order=1)
    answers = [
        AnswerFactory(
            response=Response.objects.create(
                partnership=partnership,
                consultation=consultation,
                submitted_on=datetime.date(2025, 3, 1),
                reference_code=f"D{consultation.pk}R{n:05d}",
            ),
            question=question,
            text=text,
        )
        for n, text in enumerate(texts)
    ]
    term = GlossaryTermFactory(partnership=partnership, term=word.capitalize(), slug=word)
    return consultation, question, answers, term
