import factory
from django.utils import timezone

from tests.factories_consultations import ConsultationFactory
from youthvoice.feedback.models import FeedbackStatus, YouSaidWeDid, YouSaidWeDidRevision
from youthvoice.voices.models import Response


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


class ResponseFactory(factory.django.DjangoModelFactory):
    """A sent response with a reference code, and no answers: enough for the "see what changed" lookup."""

    class Meta:
        model = Response

    consultation = factory.SubFactory(ConsultationFactory)
    partnership = factory.SelfAttribute("consultation.partnership")
    submitted_on = factory.LazyFunction(timezone.localdate)
    reference_code = factory.Sequence(lambda n: "HT7K" + "".join("ABCDEFGH"[int(d) % 8] for d in f"{n:04d}"))
