"""Staff reorder a draft consultation's questions with "Move up" and "Move down"; young people follow it."""

import datetime

import pytest
from django.utils import timezone

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from youthvoice.consultations.models import Consultation
from youthvoice.consultations.services import ConsultationError, consultation_move_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    consultation = ConsultationFactory(status="draft")
    questions = [
        QuestionFactory(partnership=consultation.partnership, text=f"Question {letter}?", key=f"q-{letter}")
        for letter in "abc"
    ]
    from youthvoice.consultations.models import ConsultationQuestion

    ConsultationQuestion.objects.bulk_create(
        ConsultationQuestion(consultation=consultation, question=q, order=n)
        for n, q in enumerate(questions, 1)
    )
    return consultation


def asked(consultation) -> list[str]:
    return [item.question.text for item in consultation.items.select_related("question").order_by("order")]


def question(consultation, text):
    return consultation.items.get(question__text=text).question


def move(client, consultation, text, direction):
    url = f"/staff/consultations/{consultation.pk}/questions/{question(consultation, text).pk}/move/"
    return client.post(url, {"direction": direction})


def test_moving_a_question_swaps_it_with_its_neighbour_and_numbers_from_one(draft):
    assert (
        consultation_move_question(
            consultation=draft, question=question(draft, "Question c?"), direction="up"
        )
        == 2
    )
    assert asked(draft) == ["Question a?", "Question c?", "Question b?"]
    consultation_move_question(consultation=draft, question=question(draft, "Question a?"), direction="down")
    assert asked(draft) == ["Question c?", "Question a?", "Question b?"]
    assert list(draft.items.order_by("order").values_list("order", flat=True)) == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "direction", "message"),
    [
        ("Question a?", "up", "already the first question"),
        ("Question c?", "down", "already the last question"),
        ("Question b?", "sideways", "up or down"),
    ],
)
def test_moves_off_the_ends_or_in_no_direction_are_refused(draft, text, direction, message):
    with pytest.raises(ConsultationError, match=message):
        consultation_move_question(consultation=draft, question=question(draft, text), direction=direction)
    assert asked(draft) == ["Question a?", "Question b?", "Question c?"]


def test_only_a_draft_can_be_reordered(draft):
    Consultation.objects.filter(pk=draft.pk).update(status="open")
    with pytest.raises(ConsultationError, match="only be reordered while the consultation is a draft"):
        consultation_move_question(
            consultation=draft, question=question(draft, "Question b?"), direction="up"
        )
    assert asked(draft) == ["Question a?", "Question b?", "Question c?"]


def test_a_question_from_elsewhere_cannot_be_moved(draft):
    with pytest.raises(ConsultationError, match="not in this consultation"):
        consultation_move_question(consultation=draft, question=QuestionFactory(), direction="up")


def test_the_page_has_move_buttons_that_work_without_javascript(signed_in, client, draft):
    signed_in("analyst", draft.partnership)
    page = client.get(f"/staff/consultations/{draft.pk}/").content.decode()
    first, second = question(draft, "Question a?"), question(draft, "Question b?")
    # Plain forms: no "Move up" on the first question, no "Move down" on the last; the hidden words say which.
    assert page.count('name="direction" value="up"') == 2 and page.count('name="direction" value="down"') == 2
    assert f'action="/staff/consultations/{draft.pk}/questions/{first.pk}/move/"' in page
    assert 'Move down<span class="govuk-visually-hidden">: question 1, Question a?</span>' in page
    response = move(client, draft, "Question b?", "up")
    assert response.status_code == 302
    assert response.url == f"/staff/consultations/{draft.pk}/#question-{second.pk}"
    assert asked(draft) == ["Question b?", "Question a?", "Question c?"]
    assert "&#x27;Question b?&#x27; is now question 1." in client.get(response.url).content.decode()


def test_refused_moves_explain_themselves(signed_in, client, draft):
    signed_in("leader", draft.partnership)
    top = move(client, draft, "Question a?", "up")
    assert top.status_code == 409 and "already the first question" in top.content.decode()
    nonsense = move(client, draft, "Question a?", "<script>")
    assert (
        nonsense.status_code == 400 and "Choose to move the question up or down" in nonsense.content.decode()
    )
    Consultation.objects.filter(pk=draft.pk).update(status="open")
    opened = move(client, draft, "Question b?", "up")
    assert opened.status_code == 409 and "only be reordered while" in opened.content.decode()
    assert 'value="up"' not in client.get(f"/staff/consultations/{draft.pk}/").content.decode()
    assert asked(draft) == ["Question a?", "Question b?", "Question c?"]


def test_who_may_move_questions(signed_in, client, draft):
    url = f"/staff/consultations/{draft.pk}/questions/{question(draft, 'Question b?').pk}/move/"
    assert client.post(url, {"direction": "up"}).status_code == 302  # signed out: to sign in
    signed_in("practitioner", draft.partnership)
    assert client.post(url, {"direction": "up"}).status_code == 403
    assert 'value="up"' not in client.get(f"/staff/consultations/{draft.pk}/").content.decode()
    signed_in("admin", draft.partnership)
    assert client.get(url).status_code == 405
    other = ConsultationFactory(status="draft")
    signed_in("admin", other.partnership)
    assert client.post(url, {"direction": "up"}).status_code == 404  # another partnership's consultation
    assert asked(draft) == ["Question a?", "Question b?", "Question c?"]


def test_unknown_question_is_not_found(signed_in, client, draft):
    signed_in("analyst", draft.partnership)
    stranger = QuestionFactory(partnership=draft.partnership)
    url = f"/staff/consultations/{draft.pk}/questions/{stranger.pk}/move/"
    assert client.post(url, {"direction": "up"}).status_code == 404


def test_changing_the_details_keeps_the_order_and_adds_new_questions_at_the_end(signed_in, client, draft):
    signed_in("analyst", draft.partnership)
    move(client, draft, "Question c?", "up")
    move(client, draft, "Question c?", "up")
    extra = QuestionFactory(partnership=draft.partnership, text="Question d?")
    form = {
        "title": draft.title,
        "purpose": draft.purpose,
        "purpose_detail": draft.purpose_detail,
        "audience": draft.audience,
        "channels": draft.channels,
        "opens_on": draft.opens_on.isoformat(),
        "closes_on": draft.closes_on.isoformat(),
        "promise": draft.promise,
        "feedback_due_on": draft.feedback_due_on.isoformat(),
        "questions": [extra.pk, *draft.items.values_list("question_id", flat=True)],
    }
    assert client.post(f"/staff/consultations/{draft.pk}/edit/", form).status_code == 302
    assert asked(draft) == ["Question c?", "Question a?", "Question b?", "Question d?"]


def test_young_people_are_asked_in_the_new_order(signed_in, client, draft):
    signed_in("analyst", draft.partnership)
    move(client, draft, "Question c?", "up")
    move(client, draft, "Question c?", "up")
    client.logout()
    Consultation.objects.filter(pk=draft.pk).update(
        status="open", opens_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    client.post(f"/c/{draft.slug}/")
    pages = [client.get(f"/c/{draft.slug}/q/{n}/").content.decode() for n in (1, 2, 3)]
    assert ["Question c?" in pages[0], "Question a?" in pages[1], "Question b?" in pages[2]] == [True] * 3


def test_positions_counted_from_zero_are_renumbered_without_a_clash():
    # Imports and older data number from 0; PostgreSQL checks unique positions row by row while updating.
    from youthvoice.consultations.models import ConsultationQuestion

    consultation = ConsultationFactory(status="draft")
    questions = [QuestionFactory(partnership=consultation.partnership, text=f"Q{n}?") for n in range(4)]
    ConsultationQuestion.objects.bulk_create(
        ConsultationQuestion(consultation=consultation, question=q, order=n) for n, q in enumerate(questions)
    )
    consultation_move_question(consultation=consultation, question=questions[3], direction="up")
    assert asked(consultation) == ["Q0?", "Q1?", "Q3?", "Q2?"]
    assert list(consultation.items.order_by("order").values_list("order", flat=True)) == [1, 2, 3, 4]
