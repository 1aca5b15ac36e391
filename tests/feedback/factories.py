"""Factories for "You said, we did" updates and their revisions."""

import factory
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory
from youthvoice.feedback.models import FeedbackStatus, YouSaidWeDid, YouSaidWeDidRevision


class YouSaidWeDidFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = YouSaidWeDid

    consultation = factory.SubFactory(ConsultationFactory, status="closed")
    partnership = factory.SelfAttribute("consultation.partnership")


class RevisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = YouSaidWeDidRevision

    update = factory.SubFactory(YouSaidWeDidFactory)
    number = factory.Sequence(lambda n: n + 1)
    you_said = "You said the buses feel unsafe at night."
    we_did = "We put youth workers on the late buses."
    status = FeedbackStatus.ACTING

    class Params:
        published = factory.Trait(published_on=factory.LazyFunction(timezone.localdate))
