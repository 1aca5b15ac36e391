import factory

from tests.factories import PartnershipFactory
from youthvoice.language.models import GlossaryTerm, YoungPeoplesDefinition


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
