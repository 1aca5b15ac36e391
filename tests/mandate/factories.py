"""Factories for the strategic mandate: responsibilities, champions, assessments, workshops, actions."""

import datetime

import factory
from django.utils import timezone

from tests.partnership.factories import AgencyFactory, PartnershipFactory
from youthvoice.mandate.models import Action, Responsibility, StrategicChampion, StrategyAssessment, Workshop


class ResponsibilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Responsibility

    agency = factory.SubFactory(AgencyFactory)
    lens = "prevention"
    level = "operational"
    description = factory.Sequence(lambda n: f"Does useful thing {n}")
    within_our_gift = "Our own staff rota"


class ChampionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategicChampion

    partnership = factory.SubFactory(PartnershipFactory)
    agency = factory.SubFactory(AgencyFactory, partnership=factory.SelfAttribute("..partnership"))
    name = "Jo Example"
    role_title = "Director"
    since = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategyAssessment

    partnership = factory.SubFactory(PartnershipFactory)
    assessed_on = factory.LazyFunction(timezone.localdate)
    public_value = 3
    operational_capacity = 3
    authorising_environment = 3
    culture = 3
    values = 3
    voice = 3


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workshop

    partnership = factory.SubFactory(PartnershipFactory)
    title = factory.Sequence(lambda n: f"Workshop {n}")
    held_on = factory.LazyFunction(timezone.localdate)


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    partnership = factory.SubFactory(PartnershipFactory)
    title = factory.Sequence(lambda n: f"Action {n}")
    source = Action.Source.OTHER
    owner_agency = factory.SubFactory(AgencyFactory, partnership=factory.SelfAttribute("..partnership"))
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
