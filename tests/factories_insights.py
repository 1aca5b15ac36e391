import factory

from tests.factories import PartnershipFactory
from youthvoice.insights.models import Codebook, PopulationBaseline, PopulationCell, Theme
from youthvoice.partnership.models import Locality


class LocalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locality

    partnership = factory.SubFactory(PartnershipFactory)
    name = factory.Sequence(lambda n: f"Locality {n}")


class PopulationBaselineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PopulationBaseline

    partnership = factory.SubFactory(PartnershipFactory)
    name = "Population estimates"
    year = 2024
    active = True


class PopulationCellFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PopulationCell

    baseline = factory.SubFactory(PopulationBaselineFactory)
    age_band = "14-15"
    gender = "girl"
    ethnic_group = "white"
    locality = factory.LazyAttribute(lambda cell: LocalityFactory(partnership=cell.baseline.partnership))
    count = 100


class CodebookFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Codebook

    partnership = factory.SubFactory(PartnershipFactory)
    name = factory.Sequence(lambda n: f"Codebook {n}")


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    codebook = factory.SubFactory(CodebookFactory)
    name = factory.Sequence(lambda n: f"Theme {n}")
