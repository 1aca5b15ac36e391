"""The glossary: seed data, publishing through the language check, curation of young people's words."""

import pytest
from django.urls import reverse

from tests.language.factories import GlossaryTermFactory, YoungPeoplesDefinitionFactory
from tests.partnership.factories import MembershipFactory
from youthvoice.language import demo, publication_check
from youthvoice.language.errors import GlossaryError
from youthvoice.language.glossary import GlossaryDataError, seed_terms, seed_terms_from_text
from youthvoice.language.models import GlossaryTerm, YoungPeoplesDefinition
from youthvoice.language.services import glossary_term_save, young_peoples_definitions_curate


def test_the_seed_glossary_has_at_least_20_terms_that_may_be_published():
    terms = seed_terms()
    assert len(terms) >= 20
    names = {term["term"] for term in terms}
    assert {"County lines", "Grooming", "Cuckooing", "Sextortion", "Trusted adult", "Consent"} <= names
    for term in terms:
        assert publication_check(term["definition"]).may_publish, term["term"]


def test_a_broken_glossary_file_is_refused_with_a_clear_error():
    with pytest.raises(GlossaryDataError, match=r"term #2 must have exactly 'term' and 'definition'"):
        seed_terms_from_text("- {term: A, definition: B}\n- {term: C}\n")


@pytest.mark.django_db
def test_a_definition_with_blocking_wording_cannot_be_published_but_can_be_drafted():
    term = GlossaryTermFactory(published=False)
    with pytest.raises(GlossaryError, match="cannot be published"):
        glossary_term_save(
            partnership=term.partnership,
            term="Runner",
            definition="A drug runner who chooses this lifestyle.",
            published=True,
        )
    draft = glossary_term_save(
        partnership=term.partnership, term="Runner", definition="A drug runner.", published=False
    )
    assert draft.published is False


@pytest.mark.django_db
def test_the_public_glossary_shows_only_published_terms_and_chosen_quotes(client):
    shown = YoungPeoplesDefinitionFactory(
        text="When someone acts like a mate but wants something.", shown_publicly=True
    )
    YoungPeoplesDefinitionFactory(term=shown.term, text="A hidden quote", shown_publicly=False)
    GlossaryTermFactory(partnership=shown.term.partnership, term="Unpublished", published=False)
    response = client.get(reverse("language:glossary-public", args=[shown.term.partnership.slug]))
    page = response.content.decode()
    assert response.status_code == 200
    assert shown.term.definition in page and shown.text in page
    assert "A hidden quote" not in page and "Unpublished" not in page
    assert "0800 1111" in page


@pytest.mark.django_db
def test_the_glossary_index_goes_straight_to_the_only_partnership(client):
    term = GlossaryTermFactory()
    assert term.term in client.get(reverse("language:glossary")).content.decode()


@pytest.mark.django_db
def test_an_unknown_partnership_glossary_is_404(client):
    assert client.get(reverse("language:glossary-public", args=["nowhere"])).status_code == 404


@pytest.fixture
def analyst(client):
    membership = MembershipFactory(role="analyst")
    client.force_login(membership.user)
    return membership


@pytest.mark.django_db
def test_staff_add_a_term_and_errors_are_shown(client, analyst):
    url = reverse("language:glossary-staff")
    bad = client.post(url, {"term": "", "definition": ""})
    assert bad.status_code == 400
    assert "<title>Error: Glossary" in bad.content.decode()
    ok = client.post(url, {"term": "Exploitation", "definition": "When someone uses you.", "published": "on"})
    assert ok.status_code == 302
    assert GlossaryTerm.objects.get(partnership=analyst.agency.partnership, slug="exploitation").published


@pytest.mark.django_db
def test_staff_cannot_publish_a_victim_blaming_definition(client, analyst):
    response = client.post(
        reverse("language:glossary-staff"),
        {"term": "Missing", "definition": "When a child is choosing to go missing.", "published": "on"},
    )
    assert response.status_code == 400
    assert "cannot be published" in response.content.decode()
    assert not GlossaryTerm.objects.exists()


@pytest.mark.django_db
def test_staff_curate_which_quotes_appear(client, analyst):
    term = GlossaryTermFactory(partnership=analyst.agency.partnership)
    first, second = YoungPeoplesDefinitionFactory.create_batch(2, term=term)
    url = reverse("language:glossary-term", args=[term.slug])
    response = client.post(url, {"action": "curate", "shown": [second.pk]})
    assert response.status_code == 302
    first.refresh_from_db(), second.refresh_from_db()
    assert (first.shown_publicly, second.shown_publicly) == (False, True)
    assert second.curated_by == analyst.user and second.curated_at is not None


@pytest.mark.django_db
def test_curating_a_quote_of_another_term_is_refused(client, analyst):
    term = GlossaryTermFactory(partnership=analyst.agency.partnership)
    other = YoungPeoplesDefinitionFactory()
    response = client.post(
        reverse("language:glossary-term", args=[term.slug]), {"action": "curate", "shown": [other.pk]}
    )
    assert response.status_code == 400
    other.refresh_from_db()
    assert other.shown_publicly is False


@pytest.mark.django_db
def test_staff_add_a_young_persons_words(client, analyst):
    term = GlossaryTermFactory(partnership=analyst.agency.partnership)
    url = reverse("language:glossary-term", args=[term.slug])
    assert client.post(url, {"action": "quote", "text": ""}).status_code == 400
    client.post(url, {"action": "quote", "text": "Being used.", "shown_publicly": "on"})
    quote = YoungPeoplesDefinition.objects.get(term=term)
    assert quote.shown_publicly and quote.curated_by == analyst.user


@pytest.mark.django_db
def test_staff_cannot_reach_another_partnerships_term(client, analyst):
    other = GlossaryTermFactory()
    assert client.get(reverse("language:glossary-term", args=[other.slug])).status_code == 404


@pytest.mark.django_db
def test_practitioners_cannot_curate(client):
    client.force_login(MembershipFactory(role="practitioner").user)
    assert client.get(reverse("language:glossary-staff")).status_code == 403


@pytest.mark.django_db
def test_curate_service_reports_changes():
    term = GlossaryTermFactory()
    quote = YoungPeoplesDefinitionFactory(term=term)
    assert young_peoples_definitions_curate(term=term, shown_ids={quote.pk}, user=None) == 1
    assert young_peoples_definitions_curate(term=term, shown_ids={quote.pk}, user=None) == 0


@pytest.mark.django_db
def test_demo_glossary_is_idempotent():
    from youthvoice.partnership import demo as partnership_demo

    context = {}
    partnership_demo.build(context=context)
    demo.build(context=context)
    counts = (GlossaryTerm.objects.count(), YoungPeoplesDefinition.objects.count())
    demo.build(context=context)
    assert counts == (GlossaryTerm.objects.count(), YoungPeoplesDefinition.objects.count())
    assert counts[0] >= 20 and YoungPeoplesDefinition.objects.filter(shown_publicly=True).exists()
