"""Young people's definitions imported from consultation answers: once each, hidden until staff choose."""

import pytest
from django.db import IntegrityError
from django.urls import reverse

from tests.consultations.factories import QuestionFactory
from tests.language.factories import GlossaryTermFactory, consultation_with_definitions
from tests.partnership.factories import MembershipFactory
from tests.voices.factories import AnswerFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.language import demo, selectors
from youthvoice.language.errors import GlossaryError
from youthvoice.language.models import YoungPeoplesDefinition
from youthvoice.language.services import young_peoples_definitions_import

pytestmark = pytest.mark.django_db
URL = reverse("language:definitions-import")


def member(role, partnership):
    return MembershipFactory(role=role, agency__partnership=partnership).user


# --- the service and the selectors ---------------------------------------------------------------------


def test_import_adds_the_answers_as_hidden_young_peoples_words_with_their_source():
    _consultation, _question, answers, term = consultation_with_definitions(
        texts=["Being used.", " Fake nice. "]
    )
    result = young_peoples_definitions_import(term=term, answer_ids=[a.pk for a in answers])
    assert (result.imported, result.already_imported) == (2, 0)
    imported = list(term.young_peoples_definitions.order_by("source_answer_id"))
    assert [(d.text, d.source_answer_id, d.shown_publicly) for d in imported] == [
        ("Being used.", answers[0].pk, False),
        ("Fake nice.", answers[1].pk, False),
    ]


def test_importing_again_adds_nothing_even_for_another_term():
    consultation, _question, answers, term = consultation_with_definitions(
        texts=["Being used.", "Fake nice."]
    )
    young_peoples_definitions_import(term=term, answer_ids=[answers[0].pk])
    other = GlossaryTermFactory(partnership=consultation.partnership)
    result = young_peoples_definitions_import(term=other, answer_ids=[a.pk for a in answers])
    assert (result.imported, result.already_imported) == (1, 1)
    result = young_peoples_definitions_import(term=term, answer_ids=[a.pk for a in answers])
    assert (result.imported, result.already_imported) == (0, 2)
    assert YoungPeoplesDefinition.objects.count() == 2


def test_the_database_refuses_a_second_import_of_one_answer():
    _consultation, _question, [answer], term = consultation_with_definitions()
    young_peoples_definitions_import(term=term, answer_ids=[answer.pk])
    with pytest.raises(IntegrityError):
        YoungPeoplesDefinition.objects.create(term=term, text="Again", source_answer_id=answer.pk)


def test_words_gathered_another_way_have_no_source_and_do_not_clash():
    _consultation, _question, _answers, term = consultation_with_definitions()
    YoungPeoplesDefinition.objects.create(term=term, text="From a workshop")
    YoungPeoplesDefinition.objects.create(term=term, text="From another workshop")
    assert term.young_peoples_definitions.count() == 2


@pytest.mark.parametrize("kind", ["another partnership", "not a definition question", "no such answer"])
def test_answers_that_are_not_this_partnerships_definitions_are_refused_and_nothing_is_imported(kind):
    consultation, _question, [answer], term = consultation_with_definitions()
    if kind == "another partnership":
        *_, [stranger], _term = consultation_with_definitions()
        wrong = stranger.pk
    elif kind == "not a definition question":
        free_text = QuestionFactory(partnership=consultation.partnership)
        wrong = AnswerFactory(response=answer.response, question=free_text, text="Free text.").pk
    else:
        wrong = answer.pk + 1000
    with pytest.raises(GlossaryError, match="Choose from the answers listed"):
        young_peoples_definitions_import(term=term, answer_ids=[answer.pk, wrong])
    assert not YoungPeoplesDefinition.objects.exists()


def test_an_empty_or_huge_choice_is_refused():
    _consultation, _question, _answers, term = consultation_with_definitions()
    with pytest.raises(GlossaryError, match="Choose at least one answer"):
        young_peoples_definitions_import(term=term, answer_ids=[])
    with pytest.raises(GlossaryError, match="500 answers or fewer"):
        young_peoples_definitions_import(term=term, answer_ids=range(1, 502))


def test_candidates_are_this_consultations_definition_answers_with_words_not_yet_imported():
    consultation, question, answers, term = consultation_with_definitions(
        texts=["Being used.", "   ", "", "Fake nice."]
    )
    consultation_with_definitions(partnership=consultation.partnership, key="definition-exploitation")
    candidates = selectors.definition_answers_not_imported(consultation=consultation)
    assert list(candidates) == [answers[0], answers[3]]
    young_peoples_definitions_import(term=term, answer_ids=[answers[0].pk])
    assert list(selectors.definition_answers_not_imported(consultation=consultation, question=question)) == [
        answers[3]
    ]


def test_the_term_a_question_asks_about_is_found_by_its_key():
    _consultation, question, _answers, term = consultation_with_definitions()
    assert selectors.glossary_term_for_question(question=question) == term
    question.key = "definition-sextortion"
    assert selectors.glossary_term_for_question(question=question) is None


def test_the_demo_imports_each_wording_once_leaves_out_redacted_ones_and_shows_them():
    consultation, _question, answers, term = consultation_with_definitions(
        texts=["Being used.", "Being used.", "My friend [NAME] got dragged in.", "Fake nice."]
    )
    assert demo.import_definition_answers(partnership=consultation.partnership) == 2
    shown = term.young_peoples_definitions.filter(shown_publicly=True)
    assert sorted(shown.values_list("text", flat=True)) == ["Being used.", "Fake nice."]
    shown.filter(text="Fake nice.").update(shown_publicly=False)  # a curator hides one
    assert demo.import_definition_answers(partnership=consultation.partnership) == 0
    assert term.young_peoples_definitions.count() == 2
    assert list(
        term.young_peoples_definitions.filter(shown_publicly=True).values_list("text", flat=True)
    ) == ["Being used."]


# --- the page ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"), [("analyst", 200), ("admin", 200), ("leader", 403), ("practitioner", 403)]
)
def test_only_analysts_and_admins_may_import(client, role, status):
    consultation, *_ = consultation_with_definitions()
    client.force_login(member(role, consultation.partnership))
    assert client.get(URL, {"consultation": consultation.pk}).status_code == status


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/staff/sign-in/" in response["Location"]


def test_the_glossary_page_links_to_the_import_for_those_who_may_use_it(client):
    consultation, *_ = consultation_with_definitions()
    glossary = reverse("language:glossary-staff")
    client.force_login(member("analyst", consultation.partnership))
    assert URL in client.get(glossary).content.decode()
    client.force_login(member("leader", consultation.partnership))
    assert URL not in client.get(glossary).content.decode()


def test_answers_are_listed_page_by_page_with_the_suggested_term_and_each_page_is_audited(client):
    texts = [f"Wording number {n}." for n in range(30)]
    consultation, question, answers, _term = consultation_with_definitions(texts=texts)
    analyst = member("analyst", consultation.partnership)
    client.force_login(analyst)
    first = client.get(URL, {"consultation": consultation.pk, "question": question.pk})
    page = first.content.decode()
    assert first.status_code == 200
    assert "Wording number 0." in page and "Wording number 24." in page and "Wording number 25." not in page
    assert "30 answers, page 1 of 2" in page
    assert '<option value="grooming" selected>' in page
    second = client.get(URL, {"consultation": consultation.pk, "question": question.pk, "page": 2})
    assert "Wording number 29." in second.content.decode()
    events = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW, actor=analyst).order_by("pk")
    assert [event.detail["page"] for event in events] == [1, 2]
    assert events[1].detail["answers"] == [answer.pk for answer in answers[25:]]
    assert events[1].target_id == str(consultation.pk)


def test_the_ticked_answers_are_imported_hidden_and_leave_the_list(client):
    consultation, _question, answers, term = consultation_with_definitions(
        texts=["Being used.", "Fake nice."]
    )
    client.force_login(member("analyst", consultation.partnership))
    query = f"?consultation={consultation.pk}"
    response = client.post(URL + query, {"term": "grooming", "answer": [answers[1].pk]}, follow=True)
    assert response.redirect_chain == [(URL + query, 302)]
    page = response.content.decode()
    assert "1 answer added to “Grooming”." in page
    assert "Fake nice." not in page and "Being used." in page
    assert term.young_peoples_definitions.get().shown_publicly is False
    public = client.get(reverse("language:glossary-public", args=[consultation.partnership.slug]))
    assert "Fake nice." not in public.content.decode()


def test_imported_words_appear_on_the_public_glossary_once_staff_choose_them(client):
    consultation, _question, [answer], term = consultation_with_definitions(texts=["Fake nice."])
    client.force_login(member("analyst", consultation.partnership))
    client.post(URL + f"?consultation={consultation.pk}", {"term": "grooming", "answer": [answer.pk]})
    definition = term.young_peoples_definitions.get()
    term_page = reverse("language:glossary-term", args=[term.slug])
    assert client.post(term_page, {"action": "curate", "shown": [definition.pk]}).status_code == 302
    public = client.get(reverse("language:glossary-public", args=[consultation.partnership.slug]))
    assert "Fake nice." in public.content.decode()


def test_importing_an_answer_someone_else_just_imported_says_so(client):
    consultation, _question, answers, term = consultation_with_definitions(
        texts=["Being used.", "Fake nice."]
    )
    young_peoples_definitions_import(term=term, answer_ids=[answers[0].pk])
    client.force_login(member("analyst", consultation.partnership))
    response = client.post(
        URL + f"?consultation={consultation.pk}",
        {"term": "grooming", "answer": [a.pk for a in answers]},
        follow=True,
    )
    assert "1 answer added" in response.content.decode()
    assert "1 had already been imported" in response.content.decode()
    assert term.young_peoples_definitions.count() == 2


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"consultation": "abc"}, "Choose a consultation from the list"),
        ({"consultation": "99999999999999999999999"}, "Choose a consultation from the list"),
        ({"consultation": ""}, "Choose a consultation"),
        ({"consultation": "{mine}", "question": "abc"}, "Choose a question from the list"),
        ({"consultation": "{mine}", "question": "{elsewhere}"}, "That question is not in this consultation"),
    ],
)
def test_a_bad_choice_of_consultation_or_question_is_a_clear_400(client, query, message):
    consultation, *_ = consultation_with_definitions()
    other, other_question, *_ = consultation_with_definitions(
        partnership=consultation.partnership, key="definition-exploitation"
    )
    client.force_login(member("analyst", consultation.partnership))
    filled = {
        key: value.format(mine=consultation.pk, elsewhere=other_question.pk) for key, value in query.items()
    }
    response = client.get(URL, filled)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert response.content.decode().count("There is a problem") == 1


def test_another_partnerships_consultation_cannot_be_listed(client):
    consultation, *_ = consultation_with_definitions()
    stranger, *_ = consultation_with_definitions()
    client.force_login(member("analyst", consultation.partnership))
    response = client.get(URL, {"consultation": stranger.pk})
    assert response.status_code == 400
    assert "Being used." not in response.content.decode()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.VIEW).exists()


def test_a_page_number_out_of_range_shows_the_last_page(client):
    consultation, *_ = consultation_with_definitions()
    client.force_login(member("analyst", consultation.partnership))
    for page in ("abc", "9999", "-1"):
        response = client.get(URL, {"consultation": consultation.pk, "page": page})
        assert response.status_code == 200 and "Being used." in response.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"term": "grooming"}, "Choose at least one answer to import"),
        ({"term": "grooming", "answer": ["abc"]}, "Choose answers from the list"),
        ({"term": "grooming", "answer": ["99999999999999999999999"]}, "Choose answers from the list"),
        ({"term": "grooming", "answer": ["0"]}, "Choose answers from the list"),
        ({"term": "grooming", "answer": ["{stranger}"]}, "Choose from the answers listed"),
        ({"answer": ["{mine}"]}, "Choose the glossary word these answers define"),
        ({"term": "no-such-word", "answer": ["{mine}"]}, "Choose a word from the glossary"),
    ],
)
def test_a_bad_import_is_a_clear_400_that_keeps_the_ticks_and_imports_nothing(client, data, message):
    consultation, _question, [answer], _term = consultation_with_definitions()
    *_, [stranger], _stranger_term = consultation_with_definitions()
    client.force_login(member("analyst", consultation.partnership))
    filled = {
        key: [v.format(mine=answer.pk, stranger=stranger.pk) for v in value]
        if isinstance(value, list)
        else value
        for key, value in data.items()
    }
    response = client.post(URL + f"?consultation={consultation.pk}", filled)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and "There is a problem" in page
    assert not YoungPeoplesDefinition.objects.exists()
    if filled.get("answer") == [str(answer.pk)]:
        assert f'value="{answer.pk}" aria-describedby="answer-{answer.pk}-question" checked' in page


def test_posting_without_a_consultation_is_a_clear_400(client):
    _consultation, _question, [answer], _term = consultation_with_definitions()
    client.force_login(member("analyst", answer.response.partnership))
    response = client.post(URL, {"term": "grooming", "answer": [answer.pk]})
    assert response.status_code == 400
    assert "Choose a consultation first" in response.content.decode()
    assert not YoungPeoplesDefinition.objects.exists()


def test_when_everything_is_imported_the_page_says_so(client):
    consultation, _question, [answer], term = consultation_with_definitions()
    young_peoples_definitions_import(term=term, answer_ids=[answer.pk])
    client.force_login(member("analyst", consultation.partnership))
    response = client.get(URL, {"consultation": consultation.pk})
    assert "There are no answers left to import" in response.content.decode()
