"""Factories for themes and coding, population baselines, and the dashboard's small world."""

from __future__ import annotations

import datetime
import itertools

import factory

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.partnership.factories import LocalityFactory, MembershipFactory, PartnershipFactory
from tests.voices.factories import AnswerFactory
from youthvoice.consultations.models import (
    Audience,
    Question,
)
from youthvoice.insights.coding.services import codings_create
from youthvoice.insights.models import Codebook, Coding, PopulationBaseline, PopulationCell, Theme
from youthvoice.insights.suggestions.synthetic import planted_answers
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import answers_create


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


DAY = datetime.date(2025, 3, 10)


_codes = itertools.count(1)


LIKELIHOOD = [{"value": str(n), "label": f"Point {n}"} for n in range(1, 6)]


class World:
    """A partnership (threshold 5) with two localities, a young people's and a professionals' consultation."""

    def __init__(self, threshold: int = 5):
        self.leader = MembershipFactory(role="leader")
        self.partnership = self.leader.agency.partnership
        self.partnership.disclosure_threshold = threshold
        self.partnership.save()
        self.north = LocalityFactory(partnership=self.partnership, name="Northgate")
        self.river = LocalityFactory(partnership=self.partnership, name="Riverside")
        self.places = QuestionFactory(
            partnership=self.partnership,
            key="places-unsafe",
            text="Where do you feel unsafe?",
            kind=Question.Kind.PLACE,
            choices=[
                {"value": "social_media", "label": "Social media apps"},
                {"value": "gaming", "label": "Online games"},
                {"value": "park", "label": "Parks"},
                {"value": "transport", "label": "Buses"},
            ],
        )
        self.harm = QuestionFactory(
            partnership=self.partnership,
            key="harm-seen",
            text="What have you seen?",
            kind=Question.Kind.MULTIPLE,
            choices=[
                {"value": "carrying_drugs", "label": "Carrying drugs"},
                {"value": "threats", "label": "Threats"},
            ],
        )
        self.risk_yp = QuestionFactory(
            partnership=self.partnership,
            key="risk-yp",
            text="How likely is it you would be asked to carry drugs?",
            kind=Question.Kind.SCALE,
            choices=LIKELIHOOD,
            mirror_key="risk",
        )
        self.risk_pro = QuestionFactory(
            partnership=self.partnership,
            key="risk-pro",
            text="How likely is it a young person would be asked to carry drugs?",
            kind=Question.Kind.SCALE,
            choices=LIKELIHOOD,
            mirror_key="risk",
            audience=Audience.PROFESSIONALS,
        )
        self.consultation = ConsultationFactory(
            partnership=self.partnership,
            title="Feeling safe",
            questions=[self.places, self.harm, self.risk_yp],
        )
        self.other = ConsultationFactory(
            partnership=self.partnership, title="Getting help", questions=[self.harm]
        )
        self.professionals = ConsultationFactory(
            partnership=self.partnership,
            title="Professionals' view",
            audience=Audience.PROFESSIONALS,
            questions=[self.risk_pro],
        )

    def respond(self, consultation=None, *, channel="online", on=DAY, locality=None, answers=None, **about):
        # Record key 0 carries no noise (insights.cellkey), so tests read the figures before perturbation
        # unless they give keys of their own.
        about.setdefault("record_key", 0)
        response = Response.objects.create(
            partnership=self.partnership,
            consultation=consultation or self.consultation,
            channel=channel,
            submitted_on=on,
            reference_code=f"T{next(_codes):07d}",
            locality=locality,
            **about,
        )
        made = []
        for question, values in (answers or {}).items():
            if isinstance(values, str):  # words (already de-identified, as every stored answer is)
                made.append(Answer(question=question, text=values))
                continue
            scale = int(values[0]) if question.kind == Question.Kind.SCALE else None
            made.append(Answer(question=question, values=values, scale_value=scale))
        answers_create(rows=[(response, made)])
        return response

    def respond_many(self, count: int, **kwargs) -> list[Response]:
        return [self.respond(**kwargs) for _ in range(count)]


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
