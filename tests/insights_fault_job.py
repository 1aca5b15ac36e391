"""Set up a slow theme suggestion run for tests/insights/test_suggestion_fault.py, in its own process.

``python -m tests.insights_fault_job`` creates a partnership with planted free-text answers in the database
the environment names, starts a run that pauses after its analysis (first attempt only), sends the job to
the broker, and prints the run's id and how many answers it covers. Synthetic data only.
"""

import datetime
import os
import sys

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")
    django.setup()
    from django.db import transaction

    from youthvoice.consultations.models import Consultation, ConsultationQuestion, Question
    from youthvoice.insights.suggestions.services import suggestion_run_start
    from youthvoice.insights.suggestions.synthetic import planted_answers
    from youthvoice.partnership.models import Partnership
    from youthvoice.voices.models import Answer, Response
    from youthvoice.voices.services import answers_create

    pause, themes, per_theme = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    partnership = Partnership.objects.create(name="Fault test", slug="fault-test", area="Nowhere")
    today = datetime.date(2025, 1, 1)
    consultation = Consultation.objects.create(
        partnership=partnership,
        slug="fault-test",
        title="Fault test",
        purpose=Consultation.Purpose.SERVICES,
        purpose_detail="A test.",
        channels=["online"],
        opens_on=today,
        closes_on=today,
        feedback_due_on=today,
        promise="A test.",
    )
    question = Question.objects.create(partnership=partnership, key="q", text="What?", kind="free_text")
    ConsultationQuestion.objects.create(consultation=consultation, question=question, order=1)
    answers, _ = planted_answers(themes=themes, per_theme=per_theme, noise=0.3, seed=7)
    for n, (_, text) in enumerate(answers):
        response = Response.objects.create(
            partnership=partnership, consultation=consultation, submitted_on=today, reference_code=f"F{n:06d}"
        )
        answers_create(rows=[(response, [Answer(question=question, text=text)])])
    with transaction.atomic():  # the job is sent to the broker when this commits
        run = suggestion_run_start(
            partnership=partnership,
            user=None,
            consultation=consultation,
            n_themes=themes,
            parameters={"pause_after_fit_seconds": pause},
        )
    print(run.pk, len(answers))


if __name__ == "__main__":
    main()
