"""You said, we did: an update cites the themes it answers and how many voices, under disclosure control;
on the staff side each theme opens the quotes behind it."""

import pytest
from django.urls import reverse

from tests.consultations.factories import QuestionFactory
from tests.insights.factories import CodebookFactory, CodingFactory, ThemeFactory, World
from tests.partnership.factories import MembershipFactory
from youthvoice.feedback.services import FeedbackError, you_said_we_did_create
from youthvoice.voices.models import Answer

pytestmark = pytest.mark.django_db

WORDS = {
    "you_said": "You told us the park feels unsafe.",
    "we_did": "We put in more lights.",
    "status": "done",
}


@pytest.fixture
def world():
    world = World(threshold=5)
    world.words = QuestionFactory(
        partnership=world.partnership, key="help", text="What would help?", kind="free_text"
    )
    world.consultation.items.create(question=world.words, order=9)
    codebook = CodebookFactory(partnership=world.partnership, name="Safety")
    world.lights = ThemeFactory(codebook=codebook, name="Lights")
    world.buses = ThemeFactory(codebook=codebook, name="Buses")
    world.consultation.status = "closed"
    world.consultation.save()
    return world


def said(world, text, *themes, **kwargs):
    response = world.respond(answers={world.words: text}, **kwargs)
    answer = Answer.objects.get(response=response, question=world.words)
    for theme in themes:
        CodingFactory(answer=answer, theme=theme)
    return response


def test_a_published_update_cites_its_themes_and_how_many_voices_perturbed_like_any_figure(world):
    for n in range(7):
        said(world, f"lights {n}", world.lights, record_key=0)
    for n in range(5):
        said(world, f"both {n}", world.lights, world.buses, record_key=0)
    said(world, "buses only", world.buses)
    revision = you_said_we_did_create(
        consultation=world.consultation,
        theme=world.lights,
        themes_answered=[world.buses],
        user=world.leader.user,
        publish=True,
        **WORDS,
    )
    assert revision.themes_cited == ["Lights", "Buses"]
    assert revision.voices_cited == 13  # young people, each once (record keys 0: no noise)
    assert revision.voices_cited_text == "13"


def test_fewer_voices_than_the_threshold_are_published_as_fewer_than(world):
    for n in range(3):
        said(world, f"lights {n}", world.lights)
    for n in range(3):
        said(world, f"other {n}")
    revision = you_said_we_did_create(
        consultation=world.consultation, theme=world.lights, user=world.leader.user, publish=True, **WORDS
    )
    assert revision.voices_cited is None and revision.voices_cited_text == "fewer than 5"


def test_nothing_is_cited_while_no_voice_is_counted_yet(world):
    said(world, "alone", world.lights)  # a release unit of one: left out of every figure
    revision = you_said_we_did_create(
        consultation=world.consultation, theme=world.lights, user=world.leader.user, publish=True, **WORDS
    )
    assert revision.voices_cited_text == "" and revision.themes_cited == ["Lights"]


def test_a_published_count_is_perturbed_by_its_records_keys():
    from youthvoice.insights.cellkey import cell_key, perturbed
    from youthvoice.insights.disclosure import protect_count

    shown = {perturbed(protect_count(20, threshold=5), key=cell_key(k)).value for k in range(256)}
    assert min(shown) >= 5 and len(shown) > 1


def test_a_theme_from_another_partnership_is_refused(world):
    stranger = ThemeFactory()
    with pytest.raises(FeedbackError, match="partnership's own themes"):
        you_said_we_did_create(
            consultation=world.consultation, themes_answered=[stranger], user=world.leader.user, **WORDS
        )


def test_young_people_read_the_themes_and_the_count(client, world):
    for n in range(6):
        said(world, f"lights {n}", world.lights)
    you_said_we_did_create(
        consultation=world.consultation, theme=world.lights, user=world.leader.user, publish=True, **WORDS
    )
    page = client.get(
        reverse("feedback:public-consultation", args=[world.consultation.slug])
    ).content.decode()
    assert "This answers what 6 young people told us about:" in page and "Lights" in page
    assert "lights 0" not in page


def test_the_staff_page_opens_each_themes_quotes_for_those_who_read_the_dashboard(client, world):
    for n in range(6):
        said(world, f"lights voice {n}", world.lights)
    revision = you_said_we_did_create(
        consultation=world.consultation, theme=world.lights, user=world.leader.user, publish=True, **WORDS
    )
    client.force_login(world.leader.user)
    detail = client.get(reverse("feedback:detail", args=[revision.update_id])).content.decode()
    link = reverse("insights:dashboard-quotes", args=["theme", world.lights.pk])
    assert f"{link}?consultation={world.consultation.slug}" in detail
    assert "6 young people" in detail
    quotes = client.get(f"{link}?consultation={world.consultation.slug}").content.decode()
    assert "lights voice 0" in quotes
    client.force_login(MembershipFactory(role="practitioner", agency=world.leader.agency).user)
    assert link not in client.get(reverse("feedback:detail", args=[revision.update_id])).content.decode()


def test_the_form_saves_the_themes_it_answers_and_refuses_a_bad_choice(client, world):
    client.force_login(world.leader.user)
    url = reverse("feedback:new", args=[world.consultation.pk])
    bad = client.post(url, {**WORDS, "themes_answered": ["nope"], "save": "1"})
    assert bad.status_code == 400 and "Choose themes from the list" in bad.content.decode()
    good = client.post(url, {**WORDS, "themes_answered": [world.buses.pk], "save": "1"})
    assert good.status_code == 302
    detail = client.get(good["Location"]).content.decode()
    assert "Buses" in detail.split('id="themes-answered"')[1].split("</div>")[0]
