"""What the roll-up triggers cost each submission: ``response_submit`` timed with and without them.

In one run, on the database given (PostgreSQL or SQLite), it stores young people's answers through
``voices.services.response_submit`` (the journey's send step, from the check to the commit) in rounds:
with the triggers (as in production) and with them dropped, alternately, so load on the machine falls on
both alike. Each round deletes what it stored in the same state, so the roll-ups stay in step.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python bench/rollup_write_cost.py
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")

KEYS = [
    "places-unsafe", "places-safe", "harm-seen", "harm-debt", "services-heard-of", "services-used",
    "trusted-adult-have", "help-priorities", "risk-drugs-yp", "risk-online-yp", "help-one-thing",
]  # fmt: skip


def world():
    from youthvoice.consultations.models import Consultation, ConsultationQuestion, Question
    from youthvoice.consultations.services import question_bank_load
    from youthvoice.partnership.models import Partnership

    partnership, created = Partnership.objects.get_or_create(
        slug="rollup-write-bench", defaults={"name": "Roll-up write bench", "area": "Bench"}
    )
    if created:
        question_bank_load(partnership=partnership)
    today = datetime.date.today()
    consultation, created = Consultation.objects.get_or_create(
        partnership=partnership,
        slug="rollup-write-bench",
        defaults=dict(
            title="Write bench", purpose="services", purpose_detail="Bench", channels=["online"],
            opens_on=today - datetime.timedelta(days=1), closes_on=today + datetime.timedelta(days=30),
            promise="Bench", feedback_due_on=today + datetime.timedelta(days=60), status="open",
        ),
    )  # fmt: skip
    questions = [Question.objects.get(partnership=partnership, key=key) for key in KEYS]
    if created:
        for order, question in enumerate(questions, start=1):
            ConsultationQuestion.objects.create(consultation=consultation, question=question, order=order)
    return consultation, questions


def answers_for(questions, rng):
    from youthvoice.consultations.models import Question
    from youthvoice.voices.services import DeidentifiedAnswerInput

    answers = {}
    for question in questions:
        if question.kind in (Question.Kind.FREE_TEXT, Question.Kind.DEFINITION):
            answers[question.pk] = DeidentifiedAnswerInput(text="More youth clubs open late")
            continue
        values = [choice["value"] for choice in question.choices]
        many = question.kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE)
        answers[question.pk] = DeidentifiedAnswerInput(
            values=rng.sample(values, rng.randint(1, 3) if many else 1)
        )
    return answers


def triggers(on: bool) -> None:
    from django.db import connection

    from youthvoice.insights.dashboard import rollups

    statements = rollups.triggers_drop_sql(connection.vendor)
    if on:
        statements += rollups.triggers_sql(connection.vendor)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def round_(consultation, questions, count, rng) -> list[float]:
    from youthvoice.voices.models import Response
    from youthvoice.voices.services import response_submit

    about = {"age_band": "14-15", "gender": "girl", "ethnic_group": "white"}
    timings, stored = [], []
    for _ in range(count):
        answers = answers_for(questions, rng)
        started = time.perf_counter()
        response, _ = response_submit(
            consultation=consultation, answers=answers, about_you=about, token=uuid.uuid4().hex,
            questions=questions,
        )  # fmt: skip
        timings.append((time.perf_counter() - started) * 1000)
        stored.append(response.pk)
    Response.objects.filter(pk__in=stored).delete()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=100, help="per round")
    parser.add_argument("--rounds", type=int, default=4, help="of each kind, alternating")
    args = parser.parse_args()
    import django

    django.setup()
    from django.db import connection

    print(f"Database: {connection.vendor}; load average at the start: {os.getloadavg()}")
    consultation, questions = world()
    rng = random.Random(1)
    round_(consultation, questions, 20, rng)  # warm up
    results: dict[str, list[float]] = {"with triggers": [], "without": []}
    try:
        for _ in range(args.rounds):
            for label, on in (("with triggers", True), ("without", False)):
                triggers(on)
                results[label] += round_(consultation, questions, args.submissions, rng)
    finally:
        triggers(True)
    print(f"Load average at the end: {os.getloadavg()}")
    print(f"{len(KEYS)} answers a submission, {args.rounds} x {args.submissions} submissions each way")
    print(f"{'send step (response_submit)':30} {'mean':>8} {'p50':>8} {'p95':>8}")
    for label, values in results.items():
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(f"{label:30} {statistics.mean(values):6.2f}ms {statistics.median(values):6.2f}ms {p95:6.2f}ms")


if __name__ == "__main__":
    main()
