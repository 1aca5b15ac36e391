"""Young people are offered a language only when it is complete and reviewed: the interface (not a
placeholder catalogue) and, on a consultation, its wording and every question's."""

import pytest
from django.core.cache import cache

from tests.consultations.factories import (
    ConsultationTranslationFactory,
    QuestionTranslationFactory,
    open_consultation_with_questions,
)
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.consultations.translation import consultation_languages

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def compiled_and_fresh():
    translations_compile()
    cache.clear()


def complete_welsh(consultation, *, placeholder: bool = False):
    ConsultationTranslationFactory(consultation=consultation, placeholder=placeholder)
    for item in consultation.items.select_related("question"):
        question = item.question
        QuestionTranslationFactory(
            question=question,
            text=f"Cwestiwn {item.order}?",
            hint="Awgrym" if question.hint else "",
            choice_labels={choice["value"]: f"Dewis {choice['value']}" for choice in question.choices},
        )
    return consultation


def codes(consultation) -> list[str]:
    return [code for code, _name in consultation_languages(consultation=consultation)]


def test_a_placeholder_interface_language_is_never_offered(client):
    consultation = open_consultation_with_questions()
    page = client.get(f"/c/{consultation.slug}/").content.decode()
    assert 'hreflang="ar"' not in page and "placeholder-note" not in page
    assert "ar" not in codes(complete_welsh(consultation))


def test_welsh_is_offered_once_the_consultation_is_complete_and_reviewed(client):
    consultation = open_consultation_with_questions()
    assert codes(consultation) == ["en"]
    assert 'hreflang="cy"' not in client.get(f"/c/{consultation.slug}/").content.decode()
    complete_welsh(consultation)
    assert codes(consultation) == ["en", "cy"]
    client.get(f"/c/{consultation.slug}/?lang=cy")
    page = client.get(f"/c/{consultation.slug}/").content.decode()
    assert '<html lang="cy"' in page and "Teimlo’n ddiogel" in page and "(yn Saesneg)" not in page


@pytest.mark.parametrize("gap", ["a question missing", "a choice label missing", "marked a placeholder"])
def test_any_gap_or_unreviewed_part_keeps_the_language_back(gap):
    consultation = complete_welsh(open_consultation_with_questions())
    translations = consultation.items.get(order=3).question.translations
    if gap == "a question missing":
        translations.all().delete()
    elif gap == "a choice label missing":
        translation = translations.get()
        translation.choice_labels = dict(list(translation.choice_labels.items())[1:])
        translation.save()
    else:
        translations.update(placeholder=True)
    assert codes(consultation) == ["en"]


def test_a_young_person_who_chose_welsh_sees_an_unfinished_consultation_in_english_and_is_told(client):
    finished = complete_welsh(open_consultation_with_questions())
    unfinished = open_consultation_with_questions()
    client.get(f"/c/{finished.slug}/?lang=cy")
    page = client.get(f"/c/{unfinished.slug}/").content.decode()
    assert '<html lang="en"' in page and 'id="language-not-offered"' in page
    assert "This consultation is not in Cymraeg yet, so it is shown in English." in page
    # Their choice is kept for the next consultation that is in Welsh.
    assert '<html lang="cy"' in client.get(f"/c/{finished.slug}/").content.decode()


def test_a_translator_can_still_try_an_unreviewed_language_on_a_test_site(client, settings):
    settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = True
    consultation = open_consultation_with_questions()
    assert codes(consultation) == ["en", "cy", "ar"]
    client.get(f"/c/{consultation.slug}/?lang=ar")
    assert 'id="placeholder-note"' in client.get(f"/c/{consultation.slug}/").content.decode()
