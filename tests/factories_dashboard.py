"""A small consultation world for the dashboard: the bank's place, exploitation and mirrored questions."""

from __future__ import annotations

import datetime
import itertools

from tests.factories import MembershipFactory
from tests.factories_consultations import ConsultationFactory, QuestionFactory
from tests.factories_insights import LocalityFactory
from youthvoice.consultations.models import Audience, Question
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import answers_create

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
