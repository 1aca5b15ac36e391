"""Factories for what young people said: responses, answers, relayed voices, facilitated sessions."""

import datetime

import factory
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import PartnershipFactory
from youthvoice.voices.models import Answer, FacilitatedSession, PlaceType, Response, record_key_new
from youthvoice.voices.services import answers_create


class ResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Response

    partnership = factory.LazyAttribute(lambda response: response.consultation.partnership)
    consultation = factory.SubFactory(ConsultationFactory)
    submitted_on = datetime.date(2025, 3, 1)
    reference_code = factory.Sequence(lambda n: f"REF{n:07d}")
    record_key = 0  # no noise (insights.cellkey): figures in tests are the true counts unless keys are given

    class Params:
        # A response sent today with a reference code a young person could type, and a record key of its own
        # (cell-key noise as in production): what "see what changed" and the feedback pages look up.
        sent_today = factory.Trait(
            submitted_on=factory.LazyFunction(timezone.localdate),
            reference_code=factory.Sequence(
                lambda n: "HT7K" + "".join("ABCDEFGH"[int(d) % 8] for d in f"{n:04d}")
            ),
            record_key=factory.LazyFunction(record_key_new),
        )


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    response = factory.SubFactory(ResponseFactory)
    question = factory.LazyAttribute(lambda answer: QuestionFactory(partnership=answer.response.partnership))
    text = "Nobody listens when we say the park is not safe at night."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Through the one place answers are made, so the answer copies its response's columns.
        [answer] = answers_create(rows=[(kwargs["response"], [model_class(*args, **kwargs)])])
        return answer


def relayed_voice(*, partnership, text: str, on: datetime.date, by=None) -> Response:
    """A voice a member of staff relayed (no consultation), with its one answer."""
    response = ResponseFactory(
        partnership=partnership,
        consultation=None,
        channel=Response.Channel.RELAYED,
        consent_basis=Response.ConsentBasis.YOUNG_PERSON_AGREED,
        relayed_by=by,
        submitted_on=on,
    )
    AnswerFactory(response=response, question=QuestionFactory(partnership=partnership), text=text)
    return response


SESSION_PIN = "2468"


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
