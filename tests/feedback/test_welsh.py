""" "You said, we did" in Welsh: staff translate a revision; young people who chose Welsh read it, with the
page around it in Welsh and the language switcher; anything untranslated or unchecked shows in English,
marked as English."""

import pytest
from django.core.cache import cache

from tests.feedback.factories import RevisionFactory
from tests.voices.factories import ResponseFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.consultations.i18n_compile import translations_compile
from youthvoice.feedback.models import FeedbackStatus, YouSaidWeDidTranslation
from youthvoice.feedback.translations import TranslationError, update_translation_save

pytestmark = pytest.mark.django_db

WELSH_YOU_SAID = "Dywedoch chi fod y bysiau’n teimlo’n anniogel gyda’r nos."
WELSH_WE_DID = "Rhoeson ni weithwyr ieuenctid ar y bysiau hwyr."


@pytest.fixture(autouse=True)
def compiled_and_fresh():
    translations_compile()
    cache.clear()


@pytest.fixture
def leader(signed_in):
    return signed_in("leader")


def published_revision(partnership=None, **kwargs):
    extra = {"update__consultation__partnership": partnership} if partnership else {}
    return RevisionFactory(published=True, **extra, **kwargs)


def test_a_young_person_who_chose_welsh_reads_the_update_and_the_page_in_welsh(client):
    revision = published_revision()
    update_translation_save(revision=revision, language="cy", you_said=WELSH_YOU_SAID, we_did=WELSH_WE_DID)
    slug = revision.update.consultation.slug
    assert client.get(f"/you-said-we-did/{slug}/?lang=cy")["Location"] == f"/you-said-we-did/{slug}/"
    page = client.get(f"/you-said-we-did/{slug}/").content.decode()
    assert '<html lang="cy"' in page
    assert WELSH_YOU_SAID in page and WELSH_WE_DID in page and revision.we_did not in page
    assert "Dywedoch chi, gwnaethon ni" in page and "Rydyn ni’n gweithredu arno" in page  # heading, status
    assert 'hreflang="en"' in page and 'class="yv-switcher"' in page and "Exit this page" not in page
    assert "Gadael y dudalen hon" in page  # quick exit, in Welsh


def test_the_reference_code_page_is_in_welsh_too(client):
    revision = published_revision()
    update_translation_save(revision=revision, language="cy", you_said=WELSH_YOU_SAID, we_did=WELSH_WE_DID)
    code = ResponseFactory(sent_today=True, consultation=revision.update.consultation).reference_code
    client.get("/see-what-changed/?lang=cy")
    page = client.post("/see-what-changed/", {"code": code}).content.decode()
    assert "Beth ddigwyddodd ar ôl i ti gymryd rhan" in page and WELSH_WE_DID in page
    assert (
        "Allwn ni ddim dod o hyd i’r cod yna"
        in client.post("/see-what-changed/", {"code": "HT7KZZZZ"}).content.decode()
    )


def test_untranslated_or_unchecked_words_show_in_english_marked_as_english(client):
    revision = published_revision()
    update_translation_save(
        revision=revision, language="cy", you_said=WELSH_YOU_SAID, we_did=WELSH_WE_DID, placeholder=True
    )
    client.get("/you-said-we-did/?lang=cy")
    page = client.get(f"/you-said-we-did/{revision.update.consultation.slug}/").content.decode()
    assert WELSH_WE_DID not in page
    assert (
        f'<span lang="en" dir="ltr">{revision.we_did}</span> <span class="yv-in-english">(yn Saesneg)</span>'
        in page
    )


def test_english_readers_are_unchanged(client):
    revision = published_revision()
    update_translation_save(revision=revision, language="cy", you_said=WELSH_YOU_SAID, we_did=WELSH_WE_DID)
    page = client.get(f"/you-said-we-did/{revision.update.consultation.slug}/").content.decode()
    assert revision.we_did in page and WELSH_WE_DID not in page and "(in English)" not in page


def test_a_placeholder_interface_language_is_not_offered_on_these_pages(client):
    page = client.get("/you-said-we-did/").content.decode()
    assert 'hreflang="cy"' in page and 'hreflang="ar"' not in page
    client.get("/you-said-we-did/?lang=ar")
    assert '<html lang="en"' in client.get("/you-said-we-did/").content.decode()


def test_a_leader_translates_the_latest_revision_and_publishing_it_is_audited(client, leader):
    revision = published_revision(partnership=leader.agency.partnership)
    update = revision.update
    detail = client.get(f"/staff/you-said-we-did/{update.pk}/").content.decode()
    assert (
        'id="update-translations"' in detail and f"/staff/you-said-we-did/{update.pk}/translate/cy/" in detail
    )
    response = client.post(
        f"/staff/you-said-we-did/{update.pk}/translate/cy/",
        {"you_said": WELSH_YOU_SAID, "we_did": WELSH_WE_DID},
    )
    assert response.status_code == 302
    saved = YouSaidWeDidTranslation.objects.get()
    assert (saved.revision, saved.language, saved.saved_by) == (revision, "cy", leader.user)
    assert AuditEvent.objects.filter(action="published", target_type__icontains="translation").exists()
    assert "translated and checked" in client.get(f"/staff/you-said-we-did/{update.pk}/").content.decode()


def test_bad_translation_input_is_a_clear_400_and_keeps_what_was_saved(client, leader):
    revision = published_revision(
        partnership=leader.agency.partnership, status=FeedbackStatus.CANT_DO, cant_do_reason="No money."
    )
    update = revision.update
    update_translation_save(revision=revision, language="cy", you_said="a", we_did="b", cant_do_reason="c")
    response = client.post(
        f"/staff/you-said-we-did/{update.pk}/translate/cy/", {"you_said": "x", "we_did": "y"}
    )
    assert response.status_code == 400 and "Translate why we can" in response.content.decode()
    assert YouSaidWeDidTranslation.objects.get().cant_do_reason == "c"
    assert client.get(f"/staff/you-said-we-did/{update.pk}/translate/xx/").status_code == 404
    assert client.get(f"/staff/you-said-we-did/{update.pk}/translate/en/").status_code == 404


def test_the_service_refuses_incomplete_words_and_english(db):
    revision = published_revision()
    with pytest.raises(TranslationError):
        update_translation_save(revision=revision, language="cy", you_said="", we_did="b")
    with pytest.raises(TranslationError):
        update_translation_save(revision=revision, language="en", you_said="a", we_did="b")
    assert not YouSaidWeDidTranslation.objects.exists()


def test_another_partnerships_update_cannot_be_translated(client, leader):
    other = published_revision()
    response = client.post(
        f"/staff/you-said-we-did/{other.update.pk}/translate/cy/", {"you_said": "a", "we_did": "b"}
    )
    assert response.status_code == 404 and not YouSaidWeDidTranslation.objects.exists()


def test_too_few_voices_to_count_are_said_in_welsh_inside_the_welsh_sentence(client):
    revision = published_revision(voices_cited=None, voices_threshold=10)
    update_translation_save(revision=revision, language="cy", you_said=WELSH_YOU_SAID, we_did=WELSH_WE_DID)
    slug = revision.update.consultation.slug
    client.get(f"/you-said-we-did/{slug}/?lang=cy")
    page = client.get(f"/you-said-we-did/{slug}/").content.decode()
    assert "Mae hyn yn ateb yr hyn a ddywedodd llai na 10 o bobl ifanc wrthym." in page
    assert "fewer than" not in page
    english = client.get(f"/you-said-we-did/{slug}/?lang=en", follow=True).content.decode()
    assert "This answers what fewer than 10 young people told us." in english
