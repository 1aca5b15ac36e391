"""Demo: the question bank, an open and a closed consultation for young people, one for professionals and one
for parents and carers."""

import datetime

from django.utils import timezone

from youthvoice.consultations.demo_access import build_access
from youthvoice.consultations.models import Audience, Consultation, ConsultationQuestion, Question
from youthvoice.consultations.services import question_bank_load

OPEN_KEYS = [
    "places-unsafe",
    "places-safe-at-night",
    "definition-exploitation",
    "harm-seen",
    "harm-why-not-tell",
    "trusted-adult-have",
    "trusted-adult-who",
    "risk-drugs-yp",
    "help-what-would",
]
# The professionals' side of the perception gap: the mirrors of the young people's risk-drugs and risk-tell.
PROFESSIONALS_KEYS = ["risk-drugs-pro", "risk-tell-pro"]
# Parents and carers (issue 17): their own questions, with the young people's risk-drugs mirrored.
PARENTS_KEYS = [
    "parents-worries",
    "parents-signs-noticed",
    "parents-know-criminal",
    "parents-online-worries",
    "parents-where-help",
    "parents-what-stops",
    "parents-trust-services",
    "risk-drugs-parents",
    "parents-support-wanted",
    "parents-one-thing",
]
CLOSED_KEYS = [
    "services-heard-of",
    "services-listened",
    "services-what-went-well",
    "risk-tell-yp",
    "help-one-thing",
]


def _ensure(partnership, *, slug, keys, **fields):
    consultation, _ = Consultation.objects.update_or_create(
        slug=slug, defaults={"partnership": partnership, **fields}
    )
    if not consultation.items.exists():
        questions = {q.key: q for q in Question.objects.filter(partnership=partnership, key__in=keys)}
        ConsultationQuestion.objects.bulk_create(
            ConsultationQuestion(consultation=consultation, question=questions[key], order=n)
            for n, key in enumerate(keys, start=1)
        )
    return consultation


def build(*, context: dict) -> list[str]:
    partnership = context["partnership"]
    question_bank_load(partnership=partnership)
    today = timezone.localdate()
    # The open consultations opened on the first of the month before last, so that their demo answers (the
    # first two weeks of each of their first two months) fall in months that have ended: the dashboard
    # publishes only those, and can compare the two months (change over time).
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    opened = (last_month - datetime.timedelta(days=1)).replace(day=1)
    open_consultation = _ensure(
        partnership,
        slug="feeling-safe-in-brackenford",
        keys=OPEN_KEYS,
        title="Feeling safe in Brackenford",
        purpose=Consultation.Purpose.LANGUAGE_AND_HARM,
        purpose_detail="We want to know where young people feel safe and unsafe in Brackenford, online and "
        "offline, and what exploitation means to you, in your own words.",
        audience=Audience.YOUNG_PEOPLE,
        channels=["online", "youth_worker", "school", "vcs"],
        opens_on=opened,
        closes_on=today + datetime.timedelta(days=30),
        promise="The partnership's strategic group will read every answer. We will use them to decide where "
        "youth workers go and what we change first, and we will tell you what we did.",
        feedback_due_on=today + datetime.timedelta(days=90),
        status=Consultation.Status.OPEN,
    )
    closed_consultation = _ensure(
        partnership,
        slug="getting-help-when-you-need-it",
        keys=CLOSED_KEYS,
        title="Getting help when you need it",
        purpose=Consultation.Purpose.SERVICES,
        purpose_detail="We asked young people what it is like to get help from services in Brackenford.",
        audience=Audience.YOUNG_PEOPLE,
        channels=["online", "school"],
        opens_on=today - datetime.timedelta(days=150),
        closes_on=today - datetime.timedelta(days=100),
        promise="We will share what you told us with every agency and publish what each one will change.",
        feedback_due_on=today - datetime.timedelta(days=10),
        status=Consultation.Status.CLOSED,
    )
    professionals_consultation = _ensure(
        partnership,
        slug="professionals-view-of-risk",
        keys=PROFESSIONALS_KEYS,
        title="What professionals think young people face",
        purpose=Consultation.Purpose.LANGUAGE_AND_HARM,
        purpose_detail="We ask staff of partner agencies the same questions as young people, to see where "
        "what we think we know differs from what young people tell us.",
        audience=Audience.PROFESSIONALS,
        channels=["online"],
        opens_on=opened,
        closes_on=today + datetime.timedelta(days=30),
        promise="We will put your answers beside young people's and share the differences with every agency.",
        feedback_due_on=today + datetime.timedelta(days=90),
        status=Consultation.Status.OPEN,
    )
    parents_consultation = _ensure(
        partnership,
        slug="keeping-children-safe-parents-and-carers",
        keys=PARENTS_KEYS,
        title="Keeping children safe: what parents and carers think",
        purpose=Consultation.Purpose.SERVICES,
        purpose_detail="We want to hear from parents and carers in Brackenford: what worries you about "
        "your children's safety, what you have noticed, and what would help you get support early.",
        audience=Audience.PARENTS_CARERS,
        channels=["online", "vcs"],
        opens_on=last_month,
        closes_on=today + datetime.timedelta(days=30),
        promise="We will read every answer alongside what young people told us, and use them to change how "
        "services support families. We will publish what we did.",
        feedback_due_on=today + datetime.timedelta(days=90),
        status=Consultation.Status.OPEN,
    )
    context["consultations"] = [
        open_consultation,
        closed_consultation,
        professionals_consultation,
        parents_consultation,
    ]
    return [
        f"Young people's journey: /c/{open_consultation.slug}/",
        f"Parents' and carers' journey: /c/{parents_consultation.slug}/",
        *build_access(consultation=open_consultation),
    ]
