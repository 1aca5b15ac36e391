"""Every page a young person sees shares one layout: quick exit, help with tap-to-call links, the language
switcher (only languages that are complete and reviewed), and the page in the language they chose."""

import pytest
from django.core.cache import cache

from tests.language.factories import GlossaryTermFactory
from youthvoice.consultations.i18n_compile import translations_compile

pytestmark = pytest.mark.django_db

# Each page and its heading in Welsh.
PAGES = {
    "/": "Lleisiau pobl ifanc am gamfanteisio ar blant",
    "/you-said-we-did/": "Dywedoch chi, gwnaethon ni",
    "/see-what-changed/": "Gweld beth sydd wedi newid",
    "/how-we-look-after-what-you-tell-us/": "Sut rydyn ni’n gofalu am beth rwyt ti’n ei ddweud wrthon ni",
    "/glossary/": "Geiriau a’u hystyr",
}


@pytest.fixture(autouse=True)
def compiled_and_fresh():
    translations_compile()
    cache.clear()
    GlossaryTermFactory()  # the glossary has something to show


@pytest.mark.parametrize("path", PAGES)
def test_every_young_persons_page_has_quick_exit_help_and_the_switcher(client, path):
    page = client.get(path).content.decode()
    assert "govuk-exit-this-page" in page and 'href="tel:08001111"' in page and 'href="tel:999"' in page
    assert 'class="yv-switcher"' in page and 'hreflang="cy"' in page
    assert 'hreflang="ar"' not in page  # a placeholder interface is not offered


@pytest.mark.parametrize(("path", "heading"), PAGES.items())
def test_every_young_persons_page_is_in_welsh_when_chosen(client, path, heading):
    response = client.get(path + "?lang=cy")
    assert response.status_code == 302 and response["Location"] == path
    page = client.get(path).content.decode()
    assert '<html lang="cy"' in page and heading in page
    assert "Gadael y dudalen hon" in page and "Angen help nawr?" in page


def test_glossary_words_in_english_are_marked_as_english_in_welsh(client):
    client.get("/glossary/?lang=cy")
    page = client.get("/glossary/").content.decode()
    assert 'id="glossary-in-english"' in page and 'lang="en">A plain definition' in page


def test_a_tampered_language_or_reading_mode_changes_nothing(client):
    for query in ["?lang=xx", "?easy=2", "?lang=<script>"]:
        response = client.get("/you-said-we-did/" + query)
        assert response.status_code == 302 and response["Location"] == "/you-said-we-did/"
    assert '<html lang="en"' in client.get("/you-said-we-did/").content.decode()
