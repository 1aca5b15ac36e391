"""Languages: the young person chooses one on the first page, every page follows it, answers keep it."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.cache import cache

import youthvoice
from tests.consultations.factories import (
    QuestionTranslationFactory,
    open_consultation_with_questions,
    welsh_consultation,
)
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.i18n_compile import catalogues, translations_compile
from youthvoice.consultations.models import ConsultationTranslation, QuestionTranslation
from youthvoice.consultations.services import ConsultationError
from youthvoice.consultations.translation import Shown, question_shown, translation_gaps
from youthvoice.consultations.translation_services import question_translation_save
from youthvoice.voices.models import Response

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def compiled_and_fresh(settings):
    translations_compile()
    cache.clear()
    # These tests try partly translated and placeholder languages, as a translator would on a test site;
    # what young people are offered by default is in test_inclusion_languages_offered.py.
    settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES = True
    yield
    cache.clear()


def qid(consultation, position):
    return consultation.items.get(order=position).question_id


def html(response) -> str:
    return response.content.decode()


def strings(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


def test_welsh_catalogue_is_complete_and_arabic_is_marked_placeholder():
    by_language = {po.parent.parent.name: po for po in catalogues()}
    assert {"cy", "ar"} <= set(by_language)
    with by_language["cy"].open("rb") as source:
        welsh = read_po(source)
    untranslated = [m.id for m in welsh if m.id and not all(strings(m))]
    assert untranslated == []
    assert not [m.id for m in welsh if m.fuzzy and m.id]
    with by_language["ar"].open("rb") as source:
        arabic = read_po(source)
    translated = [m for m in arabic if m.id and any(strings(m))]
    assert translated and all("PLACEHOLDER" in " ".join(m.user_comments) for m in translated)


def test_compiled_catalogues_are_not_committed():
    assert "*.mo" in (settings.BASE_DIR / ".gitignore").read_text().split()


def test_first_page_offers_every_language_with_its_own_name(client):
    consultation = open_consultation_with_questions()
    page = html(client.get(f"/c/{consultation.slug}/"))
    assert '<html lang="en" class="govuk-template" dir="ltr">' in page
    assert 'lang="cy" hreflang="cy">Cymraeg</a>' in page
    assert 'lang="ar" hreflang="ar">العربية</a>' in page


def test_choosing_welsh_redirects_and_every_page_is_in_welsh(client):
    consultation = welsh_consultation()
    response = client.get(f"/c/{consultation.slug}/?lang=cy")
    assert response.status_code == 302 and response["Location"] == f"/c/{consultation.slug}/"
    page = html(client.get(f"/c/{consultation.slug}/"))
    assert '<html lang="cy"' in page
    assert "Dechrau nawr" in page and "Teimlo’n ddiogel" in page and "Angen help nawr?" in page
    for english in ("Start now", "Need help now?", "Before you start", "Exit this page"):
        assert english not in page
    client.post(f"/c/{consultation.slug}/")
    page = html(client.get(f"/c/{consultation.slug}/q/1/"))
    assert "Ble rwyt ti’n teimlo’n anniogel?" in page
    assert "Parhau" in page and "Hepgor y cwestiwn hwn" in page and "Continue" not in page


def test_cookies_are_only_the_session(client):
    consultation = open_consultation_with_questions()
    client.get(f"/c/{consultation.slug}/?lang=cy")
    assert set(client.cookies) == {settings.SESSION_COOKIE_NAME}


def test_unknown_language_code_is_a_clear_400(client):
    consultation = open_consultation_with_questions()
    response = client.get(f"/c/{consultation.slug}/?lang=xx")
    assert response.status_code == 400
    assert "We do not have that language" in html(response)
    assert client.get(f"/c/{consultation.slug}/?lang=%3Cscript%3E").status_code == 400
    assert client.get(f"/c/{consultation.slug}/?easy=maybe").status_code == 400


def test_language_can_be_changed_on_any_page_and_keeps_the_answers(client):
    consultation = welsh_consultation()
    client.post(f"/c/{consultation.slug}/")
    client.post(f"/c/{consultation.slug}/q/1/", {"question": qid(consultation, 1), "text": "by the canal"})
    response = client.get(f"/c/{consultation.slug}/q/1/?lang=cy&return=check")
    assert response["Location"] == f"/c/{consultation.slug}/q/1/?return=check"
    page = html(client.get(f"/c/{consultation.slug}/q/1/"))
    assert "by the canal" in page and '<html lang="cy"' in page


def test_missing_translation_falls_back_to_english_visibly_marked(client):
    consultation = welsh_consultation()
    client.get(f"/c/{consultation.slug}/?lang=cy")
    client.post(f"/c/{consultation.slug}/")
    client.post(f"/c/{consultation.slug}/q/2/before/", {"action": "continue"})
    page = html(client.get(f"/c/{consultation.slug}/q/2/"))
    # Question 2 has no Welsh: its text and its choices are English, marked, never empty.
    assert '<span lang="en" dir="ltr">Has anyone asked you to carry things?</span>' in page
    assert '<span class="yv-in-english">(yn Saesneg)</span>' in page
    assert '<span lang="en" dir="ltr">Yes</span>' in page
    # Question 3 is translated but its choices are not: only the choices fall back.
    page = html(client.get(f"/c/{consultation.slug}/q/3/"))
    assert "Pa lefydd sy’n teimlo’n beryglus?" in page
    assert '<span lang="en" dir="ltr">Parks</span>' in page


def test_shown_text_never_empty_and_escapes_html():
    shown = Shown("<b>Hi</b>\nthere", fallback=True)
    rendered = shown.__html__()
    assert "&lt;b&gt;Hi&lt;/b&gt;<br>there" in rendered and 'lang="en"' in rendered
    assert not Shown("")


def test_question_shown_prefers_own_language_then_english(db):
    consultation = welsh_consultation()
    question = consultation.items.get(order=4).question
    shown = question_shown(question=question, language="cy")
    assert str(shown.text) == "Pa mor ddiogel wyt ti’n teimlo yn y nos?" and not shown.text.fallback
    assert [str(c.label) for c in shown.choices][0] == "Pwynt 1"
    english = question_shown(question=question, language="en")
    assert str(english.text) == "How safe do you feel at night?" and not english.text.fallback


def test_answers_are_stored_with_the_language_they_were_given_in(client):
    consultation = welsh_consultation()
    client.get(f"/c/{consultation.slug}/?lang=cy")
    client.post(f"/c/{consultation.slug}/")
    client.post(f"/c/{consultation.slug}/q/1/", {"question": qid(consultation, 1), "text": "yn y parc"})
    page = html(client.get(f"/c/{consultation.slug}/check/"))
    assert "Gwiria dy atebion" in page
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = client.post(f"/c/{consultation.slug}/check/", {"token": token}, follow=True)
    assert "Mae dy atebion wedi’u hanfon" in html(done)
    assert Response.objects.get().language == "cy"


def test_rtl_language_sets_dir_and_lang_and_says_it_is_a_placeholder(client):
    consultation = open_consultation_with_questions()
    client.get(f"/c/{consultation.slug}/?lang=ar")
    page = html(client.get(f"/c/{consultation.slug}/"))
    assert '<html lang="ar" class="govuk-template" dir="rtl">' in page
    assert 'id="placeholder-note"' in page and "ابدأ الآن" in page
    # The consultation has no Arabic wording: its title falls back to English, marked.
    assert f'<span lang="en" dir="ltr">{consultation.title}</span>' in page


def test_staff_pages_stay_in_english(client):
    membership = MembershipFactory(role="analyst")
    client.force_login(membership.user)
    consultation = open_consultation_with_questions(partnership=membership.agency.partnership)
    client.get(f"/c/{consultation.slug}/?lang=cy")
    page = html(client.get("/staff/consultations/"))
    assert '<html lang="en-GB"' in page


def test_translation_service_refuses_english_unknown_language_and_unknown_choices(db):
    consultation = open_consultation_with_questions()
    question = consultation.items.get(order=4).question
    for language in ("en", "xx"):
        with pytest.raises(ConsultationError):
            question_translation_save(question=question, language=language, text="x")
    with pytest.raises(ConsultationError):
        question_translation_save(question=question, language="cy", text="x", choice_labels={"99": "Dim"})


def test_translation_screen_shows_what_is_missing_and_saves_wording(client):
    membership = MembershipFactory(role="analyst")
    client.force_login(membership.user)
    consultation = open_consultation_with_questions(partnership=membership.agency.partnership)
    question = consultation.items.get(order=4).question
    overview = html(client.get("/staff/translations/"))
    assert "Cymraeg" in overview
    gaps = translation_gaps(partnership=consultation.partnership, language="cy")
    assert gaps.missing_count == 5  # one consultation and four questions
    page = html(client.get("/staff/translations/cy/"))
    assert page.count("Missing") == 5
    data = {
        "text": "Pa mor ddiogel?",
        "hint": "",
        "easy_read_text": "",
        **{f"choice_{n}": f"P{n}" for n in range(5)},
    }
    response = client.post(f"/staff/translations/cy/questions/{question.pk}/", data)
    assert response.status_code == 302
    saved = QuestionTranslation.objects.get(question=question, language="cy")
    assert saved.choice_labels == {str(n + 1): f"P{n}" for n in range(5)}
    assert translation_gaps(partnership=consultation.partnership, language="cy").missing_count == 4
    response = client.post(
        f"/staff/translations/cy/consultations/{consultation.pk}/",
        {"title": "Teitl", "purpose_detail": "Pam", "promise": "Addewid", "placeholder": "on"},
    )
    assert response.status_code == 302
    assert ConsultationTranslation.objects.get(consultation=consultation).placeholder is True


def test_translation_screen_refuses_unknown_language_and_other_partnerships(client):
    membership = MembershipFactory(role="analyst")
    client.force_login(membership.user)
    other = open_consultation_with_questions()
    assert client.get("/staff/translations/xx/").status_code == 404
    assert (
        client.get(f"/staff/translations/cy/questions/{other.items.first().question_id}/").status_code == 404
    )
    assert client.get(f"/staff/translations/en/consultations/{other.pk}/").status_code == 404


def test_practitioners_can_see_but_not_change_translations(client):
    membership = MembershipFactory(role="practitioner")
    client.force_login(membership.user)
    consultation = open_consultation_with_questions(partnership=membership.agency.partnership)
    QuestionTranslationFactory(question=consultation.items.first().question)
    assert client.get("/staff/translations/cy/").status_code == 200
    response = client.post(f"/staff/translations/cy/questions/{consultation.items.first().question_id}/", {})
    assert response.status_code == 403


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext's xgettext is not installed")
def test_welsh_catalogue_has_every_string_the_code_asks_for(tmp_path):
    """Run makemessages on a copy of the code: a newly wrapped string without Welsh fails here."""
    package = Path(youthvoice.__file__).resolve().parent
    copy = tmp_path / "youthvoice"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__", "static"))
    subprocess.run(
        # django-admin, not "python -m django": the copy's celery.py must not shadow the celery package.
        [
            Path(sys.executable).parent / "django-admin",
            "makemessages",
            "-l",
            "cy",
            "--no-location",
            "-i",
            "*/migrations/*",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "youthvoice.settings"},
    )
    with (copy / "locale/cy/LC_MESSAGES/django.po").open("rb") as source:
        wanted = {m.id for m in read_po(source) if m.id}
    with (package / "locale/cy/LC_MESSAGES/django.po").open("rb") as source:
        shipped = {m.id for m in read_po(source) if m.id and all(strings(m)) and not m.fuzzy}
    assert sorted(map(str, wanted - shipped)) == []
