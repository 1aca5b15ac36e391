"""Analysts code de-identified answers with the partnership's themes; leaders never see the answers."""

import pytest

from tests.insights.factories import (
    CodebookFactory,
    CodingFactory,
    ThemeFactory,
    consultation_with_answers,
    member,
)
from tests.voices.factories import AnswerFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.insights.coding.services import (
    CodingError,
    coding_answers,
    coding_first_uncoded_position,
    coding_progress,
    coding_set,
    theme_add,
)
from youthvoice.insights.models import Coding, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    consultation, question = consultation_with_answers(
        texts=[f"Answer number {n} about parks" for n in range(5)]
    )
    codebook = CodebookFactory(partnership=consultation.partnership)
    themes = [ThemeFactory(codebook=codebook, name=name) for name in ["Parks", "Police", "Online"]]
    analyst = member("analyst", consultation.partnership)
    answers = list(coding_answers(consultation=consultation, question=question))
    return consultation, question, themes, analyst, answers


def url(consultation, question, at=1):
    return f"/staff/insights/coding/{consultation.pk}/{question.pk}/?at={at}"


def test_coding_set_makes_the_chosen_themes_exactly_the_accepted_ones(setup):
    _, _, (parks, police, online), analyst, answers = setup
    coding_set(answer=answers[0], themes=[parks, police], user=analyst)
    coding_set(answer=answers[0], themes=[police, online], user=analyst)
    accepted = Coding.objects.filter(answer=answers[0], status=Coding.Status.ACCEPTED)
    assert {c.theme.name for c in accepted} == {"Police", "Online"}
    assert not Coding.objects.filter(answer=answers[0], theme=parks).exists()  # an analyst's own: removed
    assert all(c.coded_by == analyst and c.source == Coding.Source.HUMAN for c in accepted)


def test_unticking_a_suggested_coding_rejects_it_and_keeps_the_record(setup):
    _, _, (parks, police, _), analyst, answers = setup
    CodingFactory(answer=answers[0], theme=parks, source=Coding.Source.SUGGESTED, confidence=0.7)
    coding_set(answer=answers[0], themes=[police], user=analyst)
    suggested = Coding.objects.get(answer=answers[0], theme=parks)
    assert suggested.status == Coding.Status.REJECTED and suggested.source == Coding.Source.SUGGESTED


def test_themes_of_another_partnership_are_refused(setup):
    _, _, _, analyst, answers = setup
    elsewhere = ThemeFactory()
    with pytest.raises(CodingError):
        coding_set(answer=answers[0], themes=[elsewhere], user=analyst)
    assert not Coding.objects.exists()


def test_progress_counts_answers_with_an_accepted_theme(setup):
    consultation, question, (parks, *_), analyst, answers = setup
    coding_set(answer=answers[0], themes=[parks], user=analyst)
    coding_set(answer=answers[2], themes=[parks], user=analyst)
    queryset = coding_answers(consultation=consultation, question=question)
    progress = coding_progress(answers=queryset)
    assert (progress.coded, progress.total, progress.percent) == (2, 5, 40)
    assert coding_first_uncoded_position(answers=queryset) == 2


def test_theme_add_refuses_a_duplicate_name_whatever_its_case(setup):
    consultation, *_ = setup
    with pytest.raises(CodingError, match="already a theme"):
        theme_add(partnership=consultation.partnership, name="  parks ")
    with pytest.raises(CodingError, match="Enter a name"):
        theme_add(partnership=consultation.partnership, name="   ")
    assert theme_add(partnership=consultation.partnership, name="Money  and debt").name == "Money and debt"


def test_analyst_codes_an_answer_and_moves_to_the_next(client, setup):
    consultation, question, (parks, police, _), analyst, answers = setup
    client.force_login(analyst)
    page = client.get(url(consultation, question))
    assert page.status_code == 200
    assert answers[0].text in page.text and "0 of 5 answers coded" in page.text
    response = client.post(url(consultation, question), {"theme": [parks.pk, police.pk], "go": "next"})
    assert response.status_code == 302 and response["Location"].endswith("?at=2")
    assert {c.theme_id for c in Coding.objects.filter(answer=answers[0])} == {parks.pk, police.pk}
    assert "1 of 5 answers coded" in client.get(url(consultation, question, 2)).text


def test_viewing_an_answer_is_audited(client, setup):
    consultation, question, _, analyst, answers = setup
    client.force_login(analyst)
    client.get(url(consultation, question, 3))
    event = AuditEvent.objects.get(action=AuditEvent.Action.VIEW, actor=analyst)
    assert event.target_id == str(answers[2].pk) and event.partnership == consultation.partnership


def test_the_page_works_without_javascript_previous_and_last(client, setup):
    consultation, question, (parks, *_), analyst, answers = setup
    client.force_login(analyst)
    response = client.post(url(consultation, question, 3), {"theme": [parks.pk], "go": "previous"})
    assert response["Location"].endswith("?at=2")
    response = client.post(url(consultation, question, 5), {"theme": [], "go": "next"}, follow=True)
    assert "That was the last answer" in response.text


def test_leaders_and_practitioners_cannot_reach_the_coding_screen(client, setup):
    consultation, question, *_ = setup
    for role in ["leader", "practitioner"]:
        client.force_login(member(role, consultation.partnership))
        assert client.get("/staff/insights/coding/").status_code == 403
        assert client.get(url(consultation, question)).status_code == 403
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.VIEW).exists()


def test_bad_input_gets_a_clear_4xx_and_keeps_what_was_saved(client, setup):
    consultation, question, (parks, *_), analyst, answers = setup
    client.force_login(analyst)
    client.post(url(consultation, question), {"theme": [parks.pk], "go": "stay"})
    bad = client.post(url(consultation, question), {"theme": ["999999"], "go": "next"})
    assert bad.status_code == 400 and "Error: " in bad.text and "Choose themes from the list" in bad.text
    assert client.post(url(consultation, question), {"theme": ["x"]}).status_code == 400
    assert client.get(url(consultation, question, 99)).status_code == 404
    assert client.get(url(consultation, question, "two")).status_code == 404
    other_consultation, other_question = consultation_with_answers(texts=["a", "b"])
    assert client.get(url(other_consultation, other_question)).status_code == 404  # another partnership's
    assert Coding.objects.get(answer=answers[0]).theme == parks


def test_a_theme_can_be_added_inline_and_a_duplicate_is_refused(client, setup):
    consultation, question, _, analyst, _ = setup
    client.force_login(analyst)
    add = f"/staff/insights/coding/{consultation.pk}/{question.pk}/themes/?at=2"
    response = client.post(add, {"name": "Trusted adults"})
    assert response.status_code == 302 and response["Location"].endswith("?at=2")
    assert Theme.objects.filter(
        name="Trusted adults", codebook__partnership=consultation.partnership
    ).exists()
    duplicate = client.post(add, {"name": "trusted adults"})
    assert duplicate.status_code == 400 and "already a theme" in duplicate.text
    assert client.post(add, {"name": ""}).status_code == 400


def test_the_index_lists_free_text_questions_with_progress(client, setup):
    consultation, question, *_ = setup
    AnswerFactory(response__consultation=consultation)  # a question that is not in the consultation
    client.force_login(member("admin", consultation.partnership))
    page = client.get("/staff/insights/coding/")
    assert page.status_code == 200 and question.text in page.text and consultation.title in page.text


def test_relayed_voices_and_written_place_answers_can_be_coded(client):
    import datetime

    from tests.consultations.factories import QuestionFactory
    from tests.voices.factories import relayed_voice
    from youthvoice.consultations.models import Question

    consultation, _ = consultation_with_answers(texts=["About the park"])
    partnership = consultation.partnership
    theme = ThemeFactory(codebook=CodebookFactory(partnership=partnership), name="Zyxtransport")
    analyst = member("analyst", partnership)
    relayed = relayed_voice(
        partnership=partnership, text="The bus stop at night", on=datetime.date(2025, 3, 2)
    )
    relayed_answer = relayed.answers.get()
    place = QuestionFactory(
        partnership=partnership, kind=Question.Kind.PLACE, text="Where do you feel unsafe?"
    )
    consultation.items.create(question=place, order=2)
    written = AnswerFactory(response=consultation.responses.first(), question=place, text="Behind the shops")
    coding_set(answer=written, themes=[theme], user=analyst)  # "anywhere else" words: codable
    client.force_login(analyst)
    index = client.get("/staff/insights/coding/").content.decode()
    assert "Relayed voices (not for a consultation)" in index and relayed_answer.question.text in index
    page = client.get(url_relayed := f"/staff/insights/coding/0/{relayed_answer.question.pk}/?at=1")
    assert page.status_code == 200 and "The bus stop at night" in page.content.decode()
    assert client.post(url_relayed, {"theme": [str(theme.pk)]}).status_code == 302
    assert Coding.objects.filter(answer=relayed_answer, theme=theme, status=Coding.Status.ACCEPTED).exists()
    assert client.get(f"/staff/insights/coding/0/{relayed_answer.question.pk}/sample/").status_code == 404
