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
# The open consultations' answers come in their first two months (both ended: the consultations opened on
# the first of the month before last). In the second month young people name online places and online
# harms more often, so the dashboard's comparison of the two months shows a real change over time.
TWO_MONTHS = {"feeling-safe-in-brackenford", "professionals-view-of-risk"}
LATER_MONTH_WEIGHTS = {
    "places-unsafe": {"social_media": 4, "messaging": 3, "gaming": 2},
    "harm-seen": {"pressured_photos": 4, "gifts_for_favours": 2, "none": 0.5},
}
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


def _weighted_sample(rng: random.Random, values: list[str], weights: dict[str, float], k: int) -> list[str]:
    """``k`` different values, each drawn with its weight (1 unless given)."""
    left, chosen = list(values), []
    for _ in range(k):
        value = rng.choices(left, weights=[weights.get(v, 1) for v in left])[0]
        chosen.append(value)
        left.remove(value)
    return chosen


def _answer(rng: random.Random, question: Question, *, later: bool = False) -> Answer | None:
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
        k = rng.randint(1, min(3, len(values)))
        weights = LATER_MONTH_WEIGHTS.get(question.key) if later else None
        chosen = _weighted_sample(rng, values, weights, k) if weights else rng.sample(values, k=k)
        return Answer(question=question, values=chosen)
    texts = TEXTS.get(question.key)
    if not texts:
        return None
    return Answer(question=question, text=deidentified(rng.choice(texts)))


def _month_of(consultation, n: int, wanted: int) -> datetime.date:
    """The first day of the month the ``n``th of ``wanted`` answers comes in: the second half a month on."""
    if consultation.slug not in TWO_MONTHS or n < wanted // 2:
        return consultation.opens_on
    return (consultation.opens_on.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


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
        for n in range(wanted):
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
                        _month_of(consultation, n, wanted) + datetime.timedelta(days=rng.randint(0, 13)),
                    ),
                    reference_code="".join(rng.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH)),
                    locality=rng.choice(localities + [None]) if localities and not professionals else None,
                    **demographics,
                )
            )
        Response.objects.bulk_create(responses)
        rows = []
        for response in responses:
            in_two = consultation.slug in TWO_MONTHS
            later = in_two and response.submitted_on.replace(day=1) > consultation.opens_on
            answers = [_answer(rng, question, later=later) for question in questions]
            rows.append((response, [answer for answer in answers if answer is not None]))
        answers_create(rows=rows)
        created += len(responses)
    if not created:
        return []
    sample = Response.objects.filter(consultation__in=consultations).order_by("pk").first()
    return [f"Synthetic responses created: {created} (a reference code to try: {sample.reference_code})"]
