"""Pages young people read: only published updates, "See what changed" by reference code, the Atom feed."""

import pytest

from tests.consultations.factories import ConsultationFactory
from tests.feedback.factories import RevisionFactory
from tests.voices.factories import ResponseFactory
from youthvoice.feedback.public_views import LOOKUPS_PER_HOUR

pytestmark = pytest.mark.django_db


def test_young_people_see_only_published_updates(client):
    published = RevisionFactory(published=True, we_did="Published words about the buses")
    RevisionFactory(update=published.update, number=published.number + 1, we_did="A later draft not out yet")
    RevisionFactory(we_did="A draft nobody has published")
    listing = client.get("/you-said-we-did/").content.decode()
    assert published.update.consultation.title in listing
    page = client.get(f"/you-said-we-did/{published.update.consultation.slug}/").content.decode()
    assert "Published words about the buses" in page
    assert "A later draft not out yet" not in page and "A draft nobody has published" not in page
    assert "Exit this page" in page and "0800 1111" in page


def test_a_consultation_with_nothing_published_says_when_we_promised(client):
    consultation = ConsultationFactory(status="closed")
    page = client.get(f"/you-said-we-did/{consultation.slug}/").content.decode()
    assert "We have not published anything about this yet" in page
    assert f"{consultation.feedback_due_on:%-d %B %Y}" in page


def test_draft_and_unknown_consultations_are_not_found(client):
    draft = ConsultationFactory(status="draft")
    for slug in [draft.slug, "no-such-consultation"]:
        response = client.get(f"/you-said-we-did/{slug}/")
        assert response.status_code == 404 and "See what changed" in response.content.decode()


def test_reference_code_leads_to_its_consultations_updates_and_nothing_about_the_answers(client):
    revision = RevisionFactory(published=True, we_did="Youth workers on the late buses")
    response_row = ResponseFactory(sent_today=True, consultation=revision.update.consultation)
    typed = response_row.reference_code.lower()[:4] + " " + response_row.reference_code.lower()[4:]
    response = client.post("/see-what-changed/", {"code": typed})
    assert response.status_code == 200  # shown in place: the code never travels in an address
    page = response.content.decode()
    assert revision.update.consultation.title in page
    assert f'href="/you-said-we-did/{revision.update.consultation.slug}/"' in page
    assert "Youth workers on the late buses" in page and response_row.reference_code not in page


@pytest.mark.parametrize("code", ["HT7KZZZZ", "nonsense", "1234", "ĦŦ7K-ÆÆÆÆ", "A" * 40])
def test_unknown_reference_code_gets_a_clear_message_and_the_form_again(client, code):
    response = client.post("/see-what-changed/", {"code": code})
    html = response.content.decode()
    assert response.status_code == 404
    assert "We cannot find that code" in html and "<title>Error: " in html
    assert 'name="code"' in html and "Exit this page" in html


def test_empty_or_oversized_code_is_a_400_with_a_message(client):
    assert "Enter your reference code" in client.post("/see-what-changed/", {"code": " "}).content.decode()
    assert client.post("/see-what-changed/", {"code": "x" * 100}).status_code == 400
    assert client.post("/see-what-changed/", {}).status_code == 400


def test_a_draft_consultations_code_reveals_nothing(client):
    response_row = ResponseFactory(sent_today=True, consultation__status="draft")
    assert client.post("/see-what-changed/", {"code": response_row.reference_code}).status_code == 404


def test_guessing_codes_is_rate_limited(client):
    for _ in range(LOOKUPS_PER_HOUR):
        assert client.post("/see-what-changed/", {"code": "HT7KZZZZ"}).status_code == 404
    response = client.post("/see-what-changed/", {"code": "HT7KZZZZ"})
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "try again in an hour" in response.content.decode()


def test_malformed_codes_do_not_use_up_the_lookups(client):
    response_row = ResponseFactory(sent_today=True)
    for _ in range(LOOKUPS_PER_HOUR + 5):
        assert client.post("/see-what-changed/", {"code": "x" * 100}).status_code == 400
    assert (
        client.post("/see-what-changed/", {"code": response_row.reference_code}).status_code == 200
    )  # shown in place


def test_atom_feed_lists_published_updates_only(client):
    published = RevisionFactory(published=True, we_did="Feed-worthy words")
    RevisionFactory(we_did="Secret draft words")
    response = client.get("/you-said-we-did/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Feed-worthy words" in body and "Secret draft words" not in body
    assert published.update.consultation.title in body
    assert f"/you-said-we-did/{published.update.consultation.slug}/#update-{published.update_id}" in body


def test_public_pages_are_never_cached(client):
    response = client.get("/you-said-we-did/")
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
