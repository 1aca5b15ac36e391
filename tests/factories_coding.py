"""Factories for the coding screen and suggested themes: free-text answers with planted themes."""

import datetime

import factory

from tests.factories import MembershipFactory
from tests.factories_consultations import ConsultationFactory, QuestionFactory
from tests.factories_insights import CodebookFactory, ThemeFactory
from youthvoice.insights.coding.services import codings_create
from youthvoice.insights.models import Coding
from youthvoice.insights.suggestions.synthetic import planted_answers
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import answers_create


class ResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Response

    partnership = factory.LazyAttribute(lambda response: response.consultation.partnership)
    consultation = factory.SubFactory(ConsultationFactory)
    submitted_on = datetime.date(2025, 3, 1)
    reference_code = factory.Sequence(lambda n: f"REF{n:07d}")
    record_key = 0  # no noise (insights.cellkey): figures in tests are the true counts unless keys are given


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


class CodingFactory(factory.django.DjangoModelFactory):
    """A coding (accepted, by an analyst, unless told otherwise) made the way the product makes them."""

    class Meta:
        model = Coding

    answer = factory.SubFactory(AnswerFactory)
    theme = factory.LazyAttribute(
        lambda coding: ThemeFactory(codebook=CodebookFactory(partnership=coding.answer.response.partnership))
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        [coding] = codings_create(codings=[model_class(*args, **kwargs)])
        return coding


def consultation_with_answers(*, partnership=None, texts=None, themes=3, per_theme=12, seed=1):
    """A consultation with one free-text question and its answers (planted themes unless ``texts``)."""
    kwargs = {"partnership": partnership} if partnership else {}
    consultation = ConsultationFactory(**kwargs)
    question = QuestionFactory(partnership=consultation.partnership, text="What would make you feel safer?")
    consultation.items.create(question=question, order=1)
    if texts is None:
        answers, _ = planted_answers(themes=themes, per_theme=per_theme, noise=0.3, seed=seed)
        texts = [text for _, text in answers]
    responses = Response.objects.bulk_create(
        Response(
            partnership=consultation.partnership,
            consultation=consultation,
            submitted_on=datetime.date(2025, 3, 1),
            reference_code=f"C{consultation.pk}R{n:05d}",
        )
        for n in range(len(texts))
    )
    answers_create(
        rows=(
            (response, [Answer(question=question, text=text)])
            for response, text in zip(responses, texts, strict=True)
        )
    )
    return consultation, question


def member(role: str, partnership):
    """A user with ``role`` in an agency of ``partnership``."""
    return MembershipFactory(role=role, agency__partnership=partnership).user
