import pytest
from django.core.management import call_command

from youthvoice.consultations.models import Consultation, Question
from youthvoice.voices.models import Answer, Response

pytestmark = pytest.mark.django_db


def test_demo_seeds_bank_consultations_and_a_few_hundred_deidentified_responses(demo):
    assert Question.objects.count() >= 30
    assert Consultation.objects.filter(status="open", title="Feeling safe in Brackenford").exists()
    closed = Consultation.objects.get(status="closed", slug="getting-help-when-you-need-it")
    assert closed.feedback_due_on < closed.closes_on.__class__.today()
    assert 200 <= Response.objects.count() <= 1000
    assert Response.objects.values("channel").distinct().count() >= 3
    assert Response.objects.values("age_band").distinct().count() >= 4
    texts = " ".join(Answer.objects.exclude(text="").values_list("text", flat=True))
    assert "[NAME]" in texts and "Tyler" not in texts and "07700" not in texts


def test_demo_twice_duplicates_nothing(demo):
    counts = (
        Question.objects.count(),
        Consultation.objects.count(),
        Response.objects.count(),
        Answer.objects.count(),
    )
    call_command("demo", quiet=True)
    assert (
        Question.objects.count(),
        Consultation.objects.count(),
        Response.objects.count(),
        Answer.objects.count(),
    ) == counts
