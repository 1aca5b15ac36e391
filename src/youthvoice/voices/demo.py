"""Demo: a few hundred synthetic responses (fixed random seed) so insights and feedback have data.

Every sentence is invented and passed through the de-identifier like any real answer.
"""

import datetime
import random

from django.utils import timezone

from youthvoice.consultations.models import ADULT_AUDIENCES, Audience, Question
from youthvoice.deidentify.engine import deidentified
from youthvoice.partnership.models import Agency, Locality
from youthvoice.voices.demographics import DEMOGRAPHIC_FIELDS, RELATIONSHIPS_BY_AUDIENCE
from youthvoice.voices.import_demo import build_import
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.relayed_demo import build_relayed_voices
from youthvoice.voices.services import REFERENCE_ALPHABET, REFERENCE_LENGTH, answers_create

SEED = 20240611
RESPONSES = {
    "feeling-safe-in-brackenford": 240,
    "getting-help-when-you-need-it": 160,
    "professionals-view-of-risk": 80,
    "keeping-children-safe-parents-and-carers": 90,
}
# Parents' and carers' scales: how their answers lean, lowest point first (each list's length is the scale's).
PARENT_SCALE_WEIGHTS = {
    "parents-know-criminal": [4, 5, 3, 1, 1],  # most know little about county lines
    "parents-trust-services": [2, 3, 4, 3, 1],
    "risk-drugs-parents": [2, 4, 4, 2, 1],  # they see less risk than young people do
}
# Most who answer a parents' consultation are parents; a few prefer not to say.
RELATIONSHIP_WEIGHTS = {"parent": 8, "carer": 3, "family": 2, "resident": 4}
# Who answers, not uniformly: most are 14 to 17 and girls, reached through schools and youth work; young
# adults, boys and Asian young people are under-heard against the demo's population baseline
# (insights/demo.py), so the representation page shows a real gap. Values not listed weigh 0.
DEMOGRAPHIC_WEIGHTS = {
    "age_band": {"11-13": 20, "14-15": 32, "16-17": 28, "18-21": 9, "22-25": 4, "prefer_not_to_say": 7},
    "gender": {"girl": 52, "boy": 36, "non_binary": 4, "self_described": 2, "prefer_not_to_say": 6},
    "ethnic_group": {"asian": 4, "black": 6, "mixed": 6, "white": 74, "other": 3, "prefer_not_to_say": 7},
    "send": {"yes": 15, "no": 62, "not_sure": 13, "prefer_not_to_say": 10},
    "care_experienced": {"yes": 4, "no": 82, "not_sure": 6, "prefer_not_to_say": 8},
}
# Choices that do not go with any other (a demo answer picking several leaves them out).
ALONE = {"none", "nothing", "dont_know"}
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
    "parents-worries": [
        "Who my son is talking to on his phone late at night. He gets messages from numbers I don't know.",
        "She has started coming home with new trainers and says a friend bought them.",
        "Older lads hanging round outside the chip shop after school, offering the kids lifts.",
        "That my daughter won't tell me if something happens online because she thinks I'll take her phone.",
        "Knife crime. My boy says he needs to carry something to feel safe and that terrifies me.",
        "I worry about the park by the estate after dark. There is nowhere else for them to go.",
    ],
    "parents-one-thing": [
        "Listen to us the first time. I rang three times before anyone came out.",
        "Don't make parents feel like we are the problem when we ask for help.",
        "Tell us the signs to look for, in plain English, before it is too late.",
        "One person to talk to instead of being passed around. Call Sharon on 07700 900456 was all I got.",
        "Run sessions for parents in the evening, not in the middle of a working day.",
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
        elif question.key in PARENT_SCALE_WEIGHTS:
            weights = PARENT_SCALE_WEIGHTS[question.key]
        value = rng.choices(values, weights=weights)[0]
        return Answer(
            question=question, values=[value], scale_value=int(value) if question.kind == "scale" else None
        )
    if question.kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE):
        if question.audience in ADULT_AUDIENCES:
            k = rng.randint(1, 3)
            if k == 1:
                return Answer(question=question, values=[rng.choice(values)])
            return Answer(question=question, values=rng.sample([v for v in values if v not in ALONE], k=k))
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
        adults = consultation.audience in ADULT_AUDIENCES
        for n in range(wanted):
            if professionals:  # the kind of agency and the role, never who
                demographics = {
                    "respondent_agency_kind": rng.choice(Agency.Kind.values),
                    "respondent_role": rng.choice(["practitioner"] * 3 + ["leader", "analyst"]),
                }
            elif adults:  # how they are connected, if they said; never anything about a child
                choices = RELATIONSHIPS_BY_AUDIENCE[consultation.audience]
                weights = [RELATIONSHIP_WEIGHTS.get(choice, 1) for choice in choices]
                demographics = {"respondent_relationship": rng.choices(choices, weights=weights)[0]}
            else:
                demographics = {
                    name: rng.choices(
                        choices.values, weights=[DEMOGRAPHIC_WEIGHTS[name].get(v, 0) for v in choices.values]
                    )[0]
                    for name, choices in DEMOGRAPHIC_FIELDS.items()
                }
            responses.append(
                Response(
                    partnership=partnership,
                    consultation=consultation,
                    channel="online" if professionals or adults else rng.choice(CHANNELS),
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
    relayed = build_relayed_voices(partnership=partnership, today=timezone.localdate())
    relayed += build_import(partnership=partnership)
    if not created:
        return relayed
    sample = Response.objects.filter(consultation__in=consultations).order_by("pk").first()
    return [
        f"Synthetic responses created: {created} (a reference code to try: {sample.reference_code})",
        *relayed,
    ]
