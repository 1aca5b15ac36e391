"""Answers and codings carry copies of their response's dashboard columns: they never differ from it.

Every way the product makes answers and codings is run here, then the copies are compared with the
response's. A new way that builds them elsewhere fails ``test_answers_and_codings_are_made_in_one_place``;
on PostgreSQL the database itself refuses an answer out of step with its response.
"""

import datetime
import re
from pathlib import Path

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from tests.consultations.factories import (
    ConsultationFactory,
    QuestionFactory,
    open_consultation_with_questions,
)
from tests.insights.factories import (
    CodebookFactory,
    CodingFactory,
    ThemeFactory,
    World,
    consultation_with_answers,
)
from tests.partnership.factories import LocalityFactory, MembershipFactory
from tests.voices.factories import AnswerFactory
from youthvoice.consultations.models import ConsultationQuestion
from youthvoice.insights.coding.services import coding_set, codings_out_of_step
from youthvoice.insights.models import Coding, ThemeSuggestion, ThemeSuggestionRun
from youthvoice.insights.suggestions.models import ThemeSuggestionAssignment
from youthvoice.insights.suggestions.services import suggestion_accept
from youthvoice.voices.imports import responses_import_csv
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.selectors import answers_out_of_step
from youthvoice.voices.services import (
    AnswerInput,
    relayed_voice_correct,
    relayed_voice_record,
    response_submit,
)

pytestmark = pytest.mark.django_db
SRC = Path(__file__).resolve().parents[2] / "src" / "youthvoice"


def assert_in_step():
    assert Answer.objects.exists()
    assert list(answers_out_of_step()) == []
    assert list(codings_out_of_step()) == []
    for answer in Answer.objects.select_related("response"):
        for name in Answer.FROM_RESPONSE:
            assert getattr(answer, name) == getattr(answer.response, name), name


def submit(channel, place_type=""):
    consultation = open_consultation_with_questions()
    locality = LocalityFactory(partnership=consultation.partnership)
    questions = list(consultation.questions.all())
    answers = {
        q.pk: AnswerInput(values=[q.choices[0]["value"]] if q.choices else [], text="") for q in questions
    }
    answers[questions[0].pk] = AnswerInput(text="The park at night")
    response, created = response_submit(
        consultation=consultation,
        answers=answers,
        about_you={"age_band": "14-15", "locality": str(locality.pk)},
        token=f"token-{channel}",
        channel=channel,
        place_type=place_type,
    )
    assert created and response.locality == locality and response.answers.count() == len(questions)


def test_journey_answers_copy_their_response():
    submit("online")
    assert_in_step()


def test_facilitated_session_answers_copy_their_response():
    submit("youth_worker", place_type="youth_club")  # a session submits through the journey, by channel
    assert_in_step()


@pytest.mark.parametrize("with_consultation", [True, False])
def test_relayed_voices_copy_their_response_and_follow_a_correction(with_consultation):
    today = timezone.localdate()
    practitioner = MembershipFactory(role="practitioner")
    partnership = practitioner.agency.partnership
    question = QuestionFactory(partnership=partnership, text="What did they share?")
    consultation = ConsultationFactory(partnership=partnership) if with_consultation else None
    response = relayed_voice_record(
        relayed_by=practitioner.user,
        partnership=partnership,
        question=question,
        text="Older lads made him hold stuff",
        shared_on=today - datetime.timedelta(days=3),
        consent_basis="young_person_agreed",
        consultation=consultation,
    )
    theme = ThemeFactory(codebook=CodebookFactory(partnership=partnership))
    coding_set(answer=response.answers.get(), themes=[theme], user=practitioner.user)
    assert_in_step()
    relayed_voice_correct(
        response=response,
        relayed_by=practitioner.user,
        text="Older lads at the park made him hold stuff",
        shared_on=today - datetime.timedelta(days=10),
        consent_basis="information_sharing",
    )
    assert (
        Answer.objects.get().submitted_on
        == Coding.objects.get().submitted_on
        == today - datetime.timedelta(10)
    )
    assert_in_step()


def test_imported_answers_copy_their_response():
    consultation = ConsultationFactory(status="closed")
    LocalityFactory(partnership=consultation.partnership, name="Northgate")
    question = QuestionFactory(partnership=consultation.partnership, key="safe-where")
    ConsultationQuestion.objects.create(consultation=consultation, question=question, order=1)
    responses_import_csv(
        consultation=consultation,
        file_bytes=b"where,area,when\nThe bus,Northgate,2025-01-02\nThe park,,2025-01-03\n",
        mapping={"where": "safe-where", "area": "locality", "when": "submitted_on"},
        user=None,
    )
    assert Response.objects.filter(channel="imported").count() == 2
    assert_in_step()


def test_demo_answers_copy_their_response(demo):
    assert_in_step()


def test_factories_make_answers_and_codings_the_products_way():
    world = World()
    world.respond(channel="school", locality=world.north, answers={world.places: ["park"]})
    world.respond(world.professionals, channel="vcs", answers={world.risk_pro: ["2"]})
    AnswerFactory()
    consultation, _ = consultation_with_answers(texts=["one", "two"])
    CodingFactory(answer=Answer.objects.filter(response__consultation=consultation).first())
    assert_in_step()


def test_accepted_suggestions_code_answers_with_their_copies():
    consultation, _ = consultation_with_answers(texts=["one", "two", "three"])
    run = ThemeSuggestionRun.objects.create(partnership=consultation.partnership, status="finished")
    suggestion = ThemeSuggestion.objects.create(run=run, index=0, label="Parks", confidence=0.8, size=3)
    ThemeSuggestionAssignment.objects.bulk_create(
        ThemeSuggestionAssignment(suggestion=suggestion, answer=answer, weight=0.5)
        for answer in Answer.objects.all()
    )
    suggestion_accept(suggestion=suggestion, user=None)
    assert Coding.objects.count() == 3
    assert_in_step()


def test_a_copy_out_of_step_is_found():
    answer = AnswerFactory()
    Answer.objects.filter(pk=answer.pk).update(
        locality=LocalityFactory(partnership=answer.response.partnership)
    )
    assert list(answers_out_of_step()) == [answer]


CREATES = re.compile(r"\b(Answer|Coding)(\.objects|\.\w+\.model\._default_manager)?\.(bulk_)?create\(|"
                     r"\b(answers|codings)\.(create|bulk_create|get_or_create|update_or_create)\(|"
                     r"\b(Answer|Coding)\.objects\.(get_or_create|update_or_create)\(")  # fmt: skip
ONE_PLACE = {
    ("voices/services.py", "def answers_create"),
    ("insights/coding/services.py", "def codings_create"),
}


def test_answers_and_codings_are_made_in_one_place():
    """Only ``answers_create`` and ``codings_create`` save new answers and codings (they set the copies)."""
    found = []
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        function = ""
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if line.startswith("def "):
                function = line.split("(")[0]
            if CREATES.search(line) and (str(path.relative_to(SRC)), function) not in ONE_PLACE:
                found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert found == []


def test_the_scan_finds_a_direct_create():
    assert CREATES.search("Answer.objects.create(response=response)")
    assert CREATES.search("response.answers.create(question=question)")
    assert CREATES.search("Coding.objects.bulk_create(codings)")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the foreign key is PostgreSQL's")
def test_postgresql_refuses_an_answer_out_of_step_with_its_response():
    answer = AnswerFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.filter(pk=answer.pk).update(submitted_on=answer.submitted_on - datetime.timedelta(1))
        connection.check_constraints()
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.filter(pk=answer.response_id).update(channel="school")  # answers not brought along
        connection.check_constraints()
