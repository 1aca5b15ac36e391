"""Finding a consultation: open ones on the home page, a future one says when it opens, staff preview."""

import pytest

from tests.consultations.factories import ConsultationFactory, open_consultation_with_questions
from tests.dates import days
from tests.language.factories import GlossaryTermFactory
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.models import Audience, Consultation, ConsultationTranslation
from youthvoice.core import home_sections as home_sections_module
from youthvoice.core.home_sections import PUBLIC_HOME, _registry, home_section_register, home_sections

pytestmark = pytest.mark.django_db


def test_home_lists_consultations_open_today_with_who_they_are_for(client):
    shown = ConsultationFactory(title="Safe on the buses", closes_on=days(5))
    ConsultationFactory(title="Still a draft", status=Consultation.Status.DRAFT)
    ConsultationFactory(title="For professionals", audience=Audience.PROFESSIONALS)
    ConsultationFactory(title="Not yet open", opens_on=days(3), closes_on=days(9))
    ConsultationFactory(title="Closed already", status=Consultation.Status.CLOSED)
    page = client.get("/").content.decode()
    assert f'href="/c/{shown.slug}/"' in page
    assert f"For young people in {shown.partnership.area}" in page
    assert shown.closes_on.strftime("%-d %B %Y") in page
    for hidden in ("Still a draft", "For professionals", "Not yet open", "Closed already"):
        assert hidden not in page


def test_home_says_so_when_nothing_is_open_and_links_the_loop_and_the_glossary(client):
    page = client.get("/").content.decode()
    assert "There is nothing to answer right now" in page
    assert 'id="home-you-said-we-did" href="/you-said-we-did/"' in page
    assert 'id="home-glossary" href="/glossary/"' in page


def test_home_sections_are_ordered_and_may_add_nothing(rf, monkeypatch):
    monkeypatch.setattr(home_sections_module, "_registry", {p: dict(s) for p, s in _registry.items()})
    home_section_register(place=PUBLIC_HOME, key="zz-test-none", template="x.html", context=lambda r: None)
    keys = [s["template"] for s in home_sections(place=PUBLIC_HOME, request=rf.get("/"))]
    assert "x.html" not in keys
    assert keys[0] == "consultations/home_open.html"
    with pytest.raises(ValueError, match="Sections go on"):
        home_section_register(place="footer", key="k", template="x.html", context=lambda r: {})


def test_a_consultation_not_yet_open_says_when_it_opens_instead_of_404(client):
    consultation = ConsultationFactory(opens_on=days(3), closes_on=days(9))
    response = client.get(f"/c/{consultation.slug}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f"This consultation opens on {days(3).strftime('%-d %B %Y')}" in page
    assert consultation.title in page
    assert "Exit this page" in page
    assert "Start now" not in page
    # Nor can anyone skip ahead to its questions.
    assert client.post(f"/c/{consultation.slug}/").status_code == 200
    assert client.get(f"/c/{consultation.slug}/q/1/").status_code == 200
    assert "opens on" in client.get(f"/c/{consultation.slug}/q/1/").content.decode()


def test_a_draft_is_still_not_found_for_young_people(client):
    consultation = ConsultationFactory(status=Consultation.Status.DRAFT)
    assert client.get(f"/c/{consultation.slug}/").status_code == 404


def test_staff_preview_a_draft_as_young_people_will_see_it(signed_in, client):
    consultation = open_consultation_with_questions()
    consultation.status = Consultation.Status.DRAFT
    consultation.save()
    signed_in("analyst", consultation.partnership)
    detail = client.get(f"/staff/consultations/{consultation.pk}/").content.decode()
    assert f'href="/staff/consultations/{consultation.pk}/preview/"' in detail
    page = client.get(f"/staff/consultations/{consultation.pk}/preview/").content.decode()
    assert "This is what young people will see once the consultation opens" in page
    assert consultation.promise in page
    assert "Where do you feel unsafe?" in page
    assert "Sensitive: young people see a content note first" in page
    assert "<form" not in page.split('id="preview-questions"')[1]  # nothing can be sent from a preview


def test_preview_in_welsh_uses_the_translation(signed_in, client):
    consultation = open_consultation_with_questions()
    ConsultationTranslation.objects.create(
        consultation=consultation,
        language="cy",
        title="Teimlo'n ddiogel",
        purpose_detail="Pam",
        promise="Addewid",
    )
    signed_in("analyst", consultation.partnership)
    page = client.get(f"/staff/consultations/{consultation.pk}/preview/?language=cy").content.decode()
    assert "Teimlo&#x27;n ddiogel" in page and "Addewid" in page
    assert 'lang="cy"' in page


def test_preview_in_an_unknown_language_explains_and_shows_english(signed_in, client):
    consultation = open_consultation_with_questions()
    signed_in("analyst", consultation.partnership)
    response = client.get(f"/staff/consultations/{consultation.pk}/preview/?language=<script>")
    assert response.status_code == 400
    page = response.content.decode()
    assert "We do not offer that language" in page
    assert "<script>" not in page
    assert consultation.promise in page


def test_preview_is_for_staff_of_the_partnership_and_young_peoples_consultations(signed_in, client):
    consultation = open_consultation_with_questions()
    assert client.get(f"/staff/consultations/{consultation.pk}/preview/").status_code == 302
    client.force_login(MembershipFactory(role="analyst").user)
    assert client.get(f"/staff/consultations/{consultation.pk}/preview/").status_code == 404
    professionals = ConsultationFactory(audience=Audience.PROFESSIONALS)
    signed_in("analyst", professionals.partnership)
    assert client.get(f"/staff/consultations/{professionals.pk}/preview/").status_code == 404


# --- One layout for every page a young person sees ---------------------------------------------------------


@pytest.fixture
def public_pages(db):
    consultation = ConsultationFactory()
    term = GlossaryTermFactory(partnership=consultation.partnership)
    return [
        "/",
        f"/c/{consultation.slug}/",
        "/you-said-we-did/",
        "/see-what-changed/",
        "/glossary/",
        f"/glossary/{term.partnership.slug}/",
        "/how-we-look-after-what-you-tell-us/",
    ]


def test_every_young_persons_page_has_quick_exit_and_tap_to_call_help(client, public_pages, settings):
    settings.QUICK_EXIT_URL = "https://exit.example/weather"
    for url in public_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert 'href="https://exit.example/weather"' in page and "Exit this page" in page, url
        assert 'href="tel:999"' in page and 'href="tel:08001111"' in page, url
        assert 'href="https://www.fearless.org/" rel="noreferrer noopener"' in page, url
        assert "analytics" in page and "google" not in page.lower(), url
