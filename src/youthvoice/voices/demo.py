"""Demo: a few hundred synthetic responses (fixed random seed) so insights and feedback have data.

Every sentence is invented and passed through the de-identifier like any real answer.
"""

import datetime
import random

from youthvoice.consultations.models import Audience, Question
from youthvoice.deidentify.engine import deidentified
from youthvoice.partnership.models import Agency, Locality
from youthvoice.voices.demographics import DEMOGRAPHIC_FIELDS
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import REFERENCE_ALPHABET, REFERENCE_LENGTH, answers_create

SEED = 20240611
RESPONSES = {
    "feeling-safe-in-brackenford": 240,
    "getting-help-when-you-need-it": 160,
    "professionals-view-of-risk": 80,
}
CHANNELS = ["online"] * 6 + ["youth_worker"] * 2 + ["school"] * 2 + ["vcs"]
TEXTS = {
    "definition-exploitation": [
        "When someone older uses you to get something for them, like money or drugs.",
        "Being made to do stuff you don't want to because you owe them.",
        "It's when they act like your friend then make you pay it back.",
        "Someone controlling you. My friend Tyler got dragged into it.",
        "Being used. People think you chose it but you didn't.",
    ],
    "harm-why-not-tell": [
        "Because they think they'll get in trouble with the police.",
        "Scared of what will happen to their family.",
        "Adults don't believe you or they blame you.",
        "They don't see it as exploitation, they think the older lot are mates.",
    ],
    "help-what-would": [
        "More youth clubs open late, and somewhere warm to go.",
        "Teachers who actually listen and don't judge.",
        "Safer buses at night from the town centre.",
        "Message me on snap: safe_kid_22 if you want to know more",
        "Stop treating us like criminals when we're the ones being used.",
    ],
    "services-what-went-well": [
        "The youth worker came back every week and didn't give up.",
        "Mr Patel at school helped me talk to someone.",
        "They listened and didn't make me repeat everything.",
    ],
    "help-one-thing": [
        "Places to go that aren't the park.",
        "Adults who ask what we think before deciding.",
        "Call 07700 900123 is what they gave out, nobody answered.",
    ],
}


def _answer(rng: random.Random, question: Question) -> Answer | None:
    if rng.random() < 0.15:
        return None  # skipped
    values = [c["value"] for c in question.choices]
    if question.kind in (Question.Kind.SINGLE, Question.Kind.SCALE):
        # Skew scales so the demo shows a pattern rather than noise: young people see more risk than
        # professionals think they do, so the perception gap shows a real difference.
        weights = None
        if question.key.startswith("places-safe") or question.key.endswith("-pro"):
            weights = list(range(len(values), 0, -1))
        elif question.key.startswith("risk-") and question.key.endswith("-yp"):
            weights = list(range(1, len(values) + 1))
        value = rng.choices(values, weights=weights)[0]
        return Answer(
            question=question, values=[value], scale_value=int(value) if question.kind == "scale" else None
        )
    if question.kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE):
        return Answer(question=question, values=rng.sample(values, k=rng.randint(1, min(3, len(values)))))
    texts = TEXTS.get(question.key)
    if not texts:
        return None
    return Answer(question=question, text=deidentified(rng.choice(texts)))


def build(*, context: dict) -> list[str]:
    consultations = context.get("consultations", [])
    partnership = context["partnership"]
    localities = list(Locality.objects.filter(partnership=partnership))
    rng = random.Random(SEED)  # noqa: S311 - synthetic data, repeatable on purpose
    created = 0
    for consultation in consultations:
        wanted = RESPONSES.get(consultation.slug, 0)
        if Response.objects.filter(consultation=consultation, idempotency_token__isnull=True).exists():
            continue
        questions = [
            item.question for item in consultation.items.select_related("question").order_by("order")
        ]
        responses = []
        professionals = consultation.audience == Audience.PROFESSIONALS
        for _n in range(wanted):
            if professionals:  # the kind of agency and the role, never who
                demographics = {
                    "respondent_agency_kind": rng.choice(Agency.Kind.values),
                    "respondent_role": rng.choice(["practitioner"] * 3 + ["leader", "analyst"]),
                }
            else:
                demographics = {
                    name: rng.choice(choices.values) for name, choices in DEMOGRAPHIC_FIELDS.items()
                }
            responses.append(
                Response(
                    partnership=partnership,
                    consultation=consultation,
                    channel="online" if professionals else rng.choice(CHANNELS),
                    submitted_on=min(
                        consultation.closes_on,
                        consultation.opens_on + datetime.timedelta(days=rng.randint(0, 13)),
                    ),
                    reference_code="".join(rng.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH)),
                    locality=rng.choice(localities + [None]) if localities and not professionals else None,
                    **demographics,
                )
            )
        Response.objects.bulk_create(responses)
        rows = []
        for response in responses:
            answers = [_answer(rng, question) for question in questions]
            rows.append((response, [answer for answer in answers if answer is not None]))
        answers_create(rows=rows)
        created += len(responses)
    if not created:
        return []
    sample = Response.objects.filter(consultation__in=consultations).order_by("pk").first()
    return [f"Synthetic responses created: {created} (a reference code to try: {sample.reference_code})"]
