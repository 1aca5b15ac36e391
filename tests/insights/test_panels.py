"""Young people's panels: the Borda count, validation with clear messages, the shared device, no quotes on the
panel's pages, permissions, de-identification of young people's words, results beside the analysts' themes,
and the citation in "You said, we did"."""

import datetime
from html import unescape

import pytest
from django.urls import reverse

from tests.consultations.factories import ConsultationFactory
from tests.insights.factories import CodebookFactory, CodingFactory, ThemeFactory, member
from tests.voices.factories import AnswerFactory
from youthvoice.feedback.services import FeedbackError, you_said_we_did_create, you_said_we_did_publish
from youthvoice.insights.panel.models import PanelPlacing, PanelRound, YoungPeoplesPanel
from youthvoice.insights.panel.services import (
    PanelError,
    PanelRoundInvalid,
    PlacingInput,
    borda_points,
    panel_create,
    panel_results,
    panel_round_record,
    panel_start,
    ranks_from_points,
)
from youthvoice.voices.facilitation import SESSION_PANEL

pytestmark = pytest.mark.django_db

PIN = "2468"
HELD_ON = datetime.date(2026, 3, 3)
QUOTE = "“He said he'd get me home if I carried a bag for him” (aged 15)"


# --- the maths, against a hand-worked example -------------------------------------------------------------


def test_borda_count_against_a_hand_worked_example():
    # Four themes, three groups. With 4 themes, place 1 scores 3, place 2 scores 2, place 3 scores 1, last 0.
    #   group 1: A B C D -> A 3, B 2, C 1, D 0
    #   group 2: B A D C -> B 3, A 2, D 1, C 0
    #   group 3: C A B D -> C 3, A 2, B 1, D 0
    #   totals:            A 7, B 6, C 4, D 1  -> A first, B second, C third, D fourth
    a, b, c, d = 1, 2, 3, 4
    rankings = [
        {a: 1, b: 2, c: 3, d: 4},
        {b: 1, a: 2, d: 3, c: 4},
        {c: 1, a: 2, b: 3, d: 4},
    ]
    points = borda_points(rankings, keys=[a, b, c, d])
    assert points == {a: 7, b: 6, c: 4, d: 1}
    assert ranks_from_points(points) == {a: 1, b: 2, c: 3, d: 4}


def test_equal_points_share_a_place_and_the_next_is_skipped():
    # A B C and B A C: A 2+1 = 3, B 1+2 = 3, C 0 -> A and B joint first, C third (not second).
    points = borda_points([{1: 1, 2: 2, 3: 3}, {2: 1, 1: 2, 3: 3}], keys=[1, 2, 3])
    assert points == {1: 3, 2: 3, 3: 0}
    assert ranks_from_points(points) == {1: 1, 2: 1, 3: 3}
    assert borda_points([], keys=[1, 2]) == {1: 0, 2: 0}


# --- a partnership with themes ------------------------------------------------------------------------------


@pytest.fixture
def themes():
    codebook = CodebookFactory()
    return [
        ThemeFactory(
            codebook=codebook,
            name="Feeling safe on buses",
            description="Journeys on buses, and waiting at stops, especially after dark.",
            examples=QUOTE,
        ),
        ThemeFactory(
            codebook=codebook,
            name="Somewhere to go",
            description="Places to meet friends that are free, warm and open in the evening.",
        ),
        ThemeFactory(
            codebook=codebook,
            name="Being believed",
            description="Adults listening and taking it seriously when young people say something is wrong.",
        ),
    ]


@pytest.fixture
def partnership(themes):
    return themes[0].codebook.partnership


@pytest.fixture
def worker(partnership):
    return member("practitioner", partnership)


def make_panel(themes, worker, *, participants=12, started=True, **kwargs) -> YoungPeoplesPanel:
    panel = panel_create(
        partnership=themes[0].codebook.partnership,
        user=worker,
        themes=themes,
        held_on=HELD_ON,
        participants=participants,
        **kwargs,
    )
    if started:
        panel_start(panel=panel, user=worker, pin=PIN)
    return panel


def placings(panel, order, words=None):
    """Placings for themes in ``order`` (theme objects), with ``words`` {theme: own words}."""
    by_theme = {pt.theme_id: pt for pt in panel.panel_themes.all()}
    words = words or {}
    return [
        PlacingInput(panel_theme_id=by_theme[t.pk].pk, position=n, own_wording=words.get(t))
        for n, t in enumerate(order, start=1)
    ]


def test_rounds_combine_by_borda_and_keep_young_peoples_words(themes, worker):
    buses, somewhere, believed = themes
    panel = make_panel(themes, worker)
    panel_round_record(panel=panel, placings=placings(panel, [believed, buses, somewhere]))
    panel_round_record(
        panel=panel,
        placings=placings(
            panel,
            [buses, believed, somewhere],
            {somewhere: "A place that is ours, where nobody moves us on."},
        ),
    )
    panel_round_record(panel=panel, placings=placings(panel, [believed, somewhere, buses]))
    results = panel_results(panel=panel)
    # believed 2+1+2 = 5, buses 1+2+0 = 3, somewhere 0+0+1 = 1
    assert [(r.panel_theme.label, r.points, r.rank) for r in results.themes] == [
        ("Being believed", 5, 1),
        ("Feeling safe on buses", 3, 2),
        ("Somewhere to go", 1, 3),
    ]
    assert results.rounds == 3
    assert results.themes[2].wordings == ["A place that is ours, where nobody moves us on."]
    assert results.themes[2].agreed == 2 and results.themes[0].agreed == 3
    assert results.themes[0].place_text == "first"


# --- validation -------------------------------------------------------------------------------------------


def problems_of(panel, given) -> list[str]:
    with pytest.raises(PanelRoundInvalid) as raised:
        panel_round_record(panel=panel, placings=given)
    return [message for _field, message in raised.value.problems.values()]


def test_a_place_given_twice_a_theme_missing_an_empty_change_and_too_long_are_refused(themes, worker):
    buses, somewhere, believed = themes
    panel = make_panel(themes, worker)
    pts = {pt.theme_id: pt.pk for pt in panel.panel_themes.all()}

    twice = [
        PlacingInput(pts[buses.pk], 1),
        PlacingInput(pts[somewhere.pk], 1),
        PlacingInput(pts[believed.pk], 2),
    ]
    assert problems_of(panel, twice) == [
        "“Somewhere to go” is in place 1, like “Feeling safe on buses”: give each theme its own place"
    ]
    missing = [PlacingInput(pts[buses.pk], 1), PlacingInput(pts[somewhere.pk], 2)]
    assert problems_of(panel, missing) == ["Choose a place for “Being believed”"]
    out_of_range = [
        PlacingInput(pts[buses.pk], 1),
        PlacingInput(pts[somewhere.pk], 2),
        PlacingInput(pts[believed.pk], 4),
    ]
    assert problems_of(panel, out_of_range) == ["Choose a place from 1 to 3 for “Being believed”"]
    empty = placings(panel, themes, {somewhere: "   "})
    assert problems_of(panel, empty) == [
        "Write your own words for “Somewhere to go”, or choose “Yes, these words are right”"
    ]
    long = placings(panel, themes, {believed: "word " * 101})
    assert problems_of(panel, long) == ["Keep your words for “Being believed” to 500 characters or fewer"]
    assert not PanelRound.objects.exists() and not PanelPlacing.objects.exists()


def test_a_panel_that_is_not_running_records_nothing(themes, worker):
    panel = make_panel(themes, worker, started=False)
    with pytest.raises(PanelError, match="not running"):
        panel_round_record(panel=panel, placings=placings(panel, themes))
    assert not PanelRound.objects.exists()


def test_making_a_panel_checks_its_themes_and_counts(themes, worker, partnership):
    buses, somewhere, believed = themes
    with pytest.raises(PanelError, match="between 2 and 12"):
        make_panel([buses], worker)
    quoting = ThemeFactory(codebook=buses.codebook, name="Quoted", description=f"Like {QUOTE}")
    with pytest.raises(PanelError, match="quotation marks"):
        make_panel([buses, quoting], worker)
    undefined = ThemeFactory(codebook=buses.codebook, name="Undefined", description="")
    with pytest.raises(PanelError, match="no definition"):
        make_panel([buses, undefined], worker)
    elsewhere = ThemeFactory(description="Another partnership's theme.")
    with pytest.raises(PanelError, match="your partnership's codebook"):
        make_panel([buses, elsewhere], worker)
    with pytest.raises(PanelError, match="add up to 14, more than the 12"):
        make_panel(themes, worker, age_band_counts={"14-15": 8, "16-17": 6})
    with pytest.raises(PanelError, match="between 1 and 500"):
        make_panel(themes, worker, participants=0)
    assert not YoungPeoplesPanel.objects.exists()


def test_the_staff_form_says_what_is_wrong_and_keeps_what_was_typed(client, themes, worker):
    client.force_login(worker)
    url = reverse("insights:panel-new")
    page = client.get(url).content.decode()
    assert "Feeling safe on buses" in page and QUOTE not in page  # examples never shown
    data = {"themes": [themes[0].pk], "held_on": "31/2/2026", "participants": "eight", "age_14_15": "-1"}
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 400
    for message in (
        "Choose between 2 and 12 themes",
        "Enter a real date, like 2026-03-27",
        "Enter how many young people are taking part, as a number",
        "The number aged 14 to 15 cannot be below 0",
    ):
        assert message in page
    assert 'value="eight"' in page
    data = {"themes": [t.pk for t in themes], "held_on": "2026-03-03", "participants": "5", "age_14_15": "6"}
    response = client.post(url, data)
    assert response.status_code == 400
    assert "The age bands add up to 6, more than the 5 young people taking part" in response.content.decode()
    data["age_14_15"] = "3"
    response = client.post(url, data)
    panel = YoungPeoplesPanel.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("insights:panel", args=[panel.pk])
    assert panel.age_band_counts == {"14-15": 3} and panel.participants == 5


def test_blocking_words_in_a_theme_stop_the_panel_until_a_reason_is_given(client, themes, worker):
    themes[1].description = "Places to go so young people stop putting themselves at risk."
    themes[1].save()
    client.force_login(worker)
    data = {"themes": [t.pk for t in themes], "held_on": "2026-03-03", "participants": "12"}
    response = client.post(reverse("insights:panel-new"), data)
    assert response.status_code == 400 and "putting themselves at risk" in response.content.decode()
    assert not YoungPeoplesPanel.objects.exists()


# --- the shared device ------------------------------------------------------------------------------------


def start_on_device(client, panel, worker):
    client.force_login(worker)
    response = client.post(reverse("insights:panel-start", args=[panel.pk]), {"pin": PIN, "pin_again": PIN})
    assert response.status_code == 302 and response["Location"] == reverse(
        "panel:run", args=[panel.public_id]
    )
    return response


def round_data(panel, order, words=None, agree=None) -> dict:
    by_theme = {pt.theme_id: pt.pk for pt in panel.panel_themes.all()}
    data = {"save": "1"}
    for n, theme in enumerate(order, start=1):
        pk = by_theme[theme.pk]
        data[f"position_{pk}"] = str(n)
        wording = (words or {}).get(theme)
        data[f"agree_{pk}"] = (agree or {}).get(theme, "change" if wording is not None else "keep")
        data[f"wording_{pk}"] = wording or ""
    return data


def test_a_group_ranks_on_the_device_and_the_next_group_follows(client, themes, worker):
    panel = make_panel(themes, worker, started=False)
    start_on_device(client, panel, worker)
    assert "_auth_user_id" not in client.session  # the worker is signed out on the device
    url = reverse("panel:run", args=[panel.public_id])
    page = client.get(url).content.decode()
    for theme in themes:
        assert theme.name in page and theme.description in page
    assert "Exit this page" in page
    response = client.post(url, round_data(panel, themes[::-1]))
    assert response.status_code == 302 and response["Location"] == reverse(
        "panel:saved", args=[panel.public_id]
    )
    assert "Start the next group" in client.get(response["Location"]).content.decode()
    client.post(url, round_data(panel, themes))
    assert panel.rounds.count() == 2
    # A quick exit forgets what a young person entered but keeps the device's panel for the next group.
    assert client.post(reverse("journey:exit")).status_code == 204
    assert client.get(url).status_code == 200
    # The worker ends it with the PIN; the device then shows nothing of it.
    end = reverse("panel:end", args=[panel.public_id])
    assert client.post(end, {"pin": "0000"}).status_code == 400
    assert client.post(end, {"pin": PIN}).status_code == 200
    panel.refresh_from_db()
    assert panel.ended_on is not None
    assert client.get(url).status_code == 404


def test_the_page_shows_problems_and_keeps_what_the_group_wrote(client, themes, worker):
    buses, somewhere, believed = themes
    panel = make_panel(themes, worker, started=False)
    start_on_device(client, panel, worker)
    url = reverse("panel:run", args=[panel.public_id])
    data = round_data(panel, themes, words={somewhere: "A warm place that is ours"})
    pts = {pt.theme_id: pt.pk for pt in panel.panel_themes.all()}
    data[f"position_{pts[believed.pk]}"] = "1"  # place 1 twice
    data[f"agree_{pts[buses.pk]}"] = "change"  # a change with no words
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in page
    assert "is in place 1, like “Feeling safe on buses”: give each theme its own place" in page
    assert "Write your own words for “Feeling safe on buses”" in page
    assert "A warm place that is ours" in page
    assert not PanelRound.objects.exists()


def test_up_and_down_buttons_reorder_without_javascript_and_save_nothing(client, themes, worker):
    buses, somewhere, believed = themes
    panel = make_panel(themes, worker, started=False)
    start_on_device(client, panel, worker)
    url = reverse("panel:run", args=[panel.public_id])
    pts = {pt.theme_id: pt.pk for pt in panel.panel_themes.all()}
    data = {f"wording_{pts[somewhere.pk]}": "Ours", f"agree_{pts[somewhere.pk]}": "change"}
    response = client.post(url, {**data, "move": f"{pts[believed.pk]}:up"})
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" not in page
    order = [page.index(f'id="theme-{pts[t.pk]}"') for t in (buses, believed, somewhere)]
    assert order == sorted(order)  # believed moved above somewhere
    assert "Ours" in page
    assert '<option value="2" selected>2</option>' in page.split(f'id="theme-{pts[believed.pk]}"')[1][:3000]
    assert client.post(url, {"move": "nonsense"}).status_code == 200
    assert not PanelRound.objects.exists()


def test_young_peoples_words_are_de_identified(client, themes, worker):
    panel = make_panel(themes, worker, started=False)
    start_on_device(client, panel, worker)
    words = "Ngozi Adeyemi at 14 Quarrel Lane says a place to chill, ring 07700 900777"
    data = round_data(panel, themes, words={themes[1]: words})
    client.post(reverse("panel:run", args=[panel.public_id]), data)
    stored = PanelPlacing.objects.exclude(own_wording="").get().own_wording
    assert "a place to chill" in stored
    for piece in ("Ngozi", "Adeyemi", "Quarrel", "900777"):
        assert piece not in stored


def test_a_device_not_running_the_panel_sees_nothing(client, themes, worker):
    panel = make_panel(themes, worker)
    for name in ("panel:run", "panel:saved"):
        response = client.get(reverse(name, args=[panel.public_id]))
        assert response.status_code == 404 and "Feeling safe on buses" not in response.content.decode()
    assert client.get(reverse("panel:end", args=[panel.public_id])).status_code == 404
    session = client.session
    session[SESSION_PANEL] = "not-a-uuid"
    session.save()
    assert client.get(reverse("panel:run", args=[panel.public_id])).status_code == 404


# --- no quotes, small counts, permissions -----------------------------------------------------------------


def test_no_quote_or_answer_is_shown_on_the_panel_pages(client, themes, worker):
    answer = AnswerFactory(text="He waits by the bus station for me every night")
    CodingFactory(answer=answer, theme=themes[0])
    panel = make_panel(themes, worker, started=False)
    staff_page = client_get(client, worker, reverse("insights:panel", args=[panel.pk]))
    start_on_device(client, panel, worker)
    young_page = client.get(reverse("panel:run", args=[panel.public_id])).content.decode()
    for page in (staff_page, young_page):
        assert "Feeling safe on buses" in page
        assert QUOTE not in page and answer.text not in page


def test_theme_names_and_definitions_are_marked_as_english_for_screen_readers(client, themes, worker):
    # Analysts write themes in English; a young person reading the panel in Welsh hears them read as English.
    panel = make_panel(themes, worker, started=False)
    start_on_device(client, panel, worker)
    young_page = client.get(reverse("panel:run", args=[panel.public_id])).content.decode()
    shown = list(panel.panel_themes.all())
    assert len(shown) == len(themes)
    for panel_theme in shown:
        assert f'id="definition-{panel_theme.pk}" lang="en"' in young_page
    assert 'lang="en">Feeling safe on buses<' in young_page


def client_get(client, user, url) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_small_numbers_of_young_people_are_not_shown(client, themes, worker):
    panel = make_panel(themes, worker, participants=7, age_band_counts={"14-15": 4, "16-17": 3})
    page = client_get(client, worker, reverse("insights:panel", args=[panel.pk]))
    assert 'id="participants">fewer than 10<' in page
    ages = page.split('id="age-bands"')[1].split("</table>")[0]
    assert ">4<" not in ages and ">3<" not in ages and ">7<" not in ages and "[c]" in ages


def test_staff_of_another_partnership_cannot_open_a_panel(client, themes, worker):
    panel = make_panel(themes, worker)
    stranger = member("analyst", ConsultationFactory().partnership)
    client.force_login(stranger)
    assert client.get(reverse("insights:panel", args=[panel.pk])).status_code == 404
    start = reverse("insights:panel-start", args=[panel.pk])
    assert client.post(start, {"pin": PIN, "pin_again": PIN}).status_code == 404
    assert client.post(reverse("insights:panel-end-staff", args=[panel.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("insights:panels")).status_code == 302  # to sign in


# --- beside the analysts' themes, and cited in "You said, we did" ---------------------------------------


def ranked_panel(themes, worker, *, end=True):
    buses, somewhere, believed = themes
    panel = make_panel(themes, worker)
    panel_round_record(
        panel=panel,
        placings=placings(panel, [believed, buses, somewhere], {somewhere: "A place that is ours"}),
    )
    panel_round_record(panel=panel, placings=placings(panel, [believed, somewhere, buses]))
    if end:
        panel.ended_on = HELD_ON
        panel.save()
    return panel


def test_the_codebook_and_dashboard_show_the_panel_beside_each_theme(client, themes, worker, partnership):
    ranked_panel(themes, worker)
    analyst = member("analyst", partnership)
    page = client_get(client, analyst, reverse("insights:codebook"))
    believed = page.split(f'data-theme="{themes[2].pk}"')[1][:4000]
    assert "first of 3" in believed and "Ranked by 1 panel." in believed
    somewhere = page.split(f'data-theme="{themes[1].pk}"')[1][:4000]
    assert "A place that is ours" in somewhere
    dashboard = client_get(client, analyst, reverse("insights:dashboard"))
    table = dashboard.split('id="panel-themes"')[1].split("</table>")[0]
    assert "Being believed" in table and "First of 3" in table and "A place that is ours" in table


def test_an_update_cites_the_panel_in_plain_words(client, themes, worker, partnership):
    panel = ranked_panel(themes, worker)
    leader = member("leader", partnership)
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    revision = you_said_we_did_create(
        consultation=consultation,
        theme=themes[2],
        user=leader,
        you_said="Adults do not always believe you.",
        we_did="We are training staff to listen.",
        status="acting",
        panel=panel,
    )
    you_said_we_did_publish(update=revision.update, user=leader)
    page = unescape(
        client.get(reverse("feedback:public-consultation", args=[consultation.slug])).content.decode()
    )
    assert "Young people's panel on 3 March 2026 ranked this first out of 3 themes." in page
    staff = client_get(client, leader, reverse("feedback:detail", args=[revision.update_id]))
    assert "ranked this first out of 3 themes" in staff


def test_only_an_ended_panel_that_ranked_the_theme_can_be_cited(themes, worker, partnership):
    leader = member("leader", partnership)
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    running = ranked_panel(themes, worker, end=False)
    words = {"you_said": "Buses feel unsafe.", "we_did": "We asked for lights.", "status": "acting"}
    with pytest.raises(FeedbackError, match="has ended"):
        you_said_we_did_create(
            consultation=consultation, theme=themes[0], user=leader, panel=running, **words
        )
    other = ThemeFactory(codebook=themes[0].codebook, name="Other", description="Something else.")
    running.ended_on = HELD_ON
    running.save()
    with pytest.raises(FeedbackError, match="did not rank this theme"):
        you_said_we_did_create(consultation=consultation, theme=other, user=leader, panel=running, **words)
    assert not consultation.feedback_updates.exists()


def test_the_update_form_offers_ended_panels_and_saves_the_citation(client, themes, worker, partnership):
    panel = ranked_panel(themes, worker)
    leader = member("leader", partnership)
    consultation = ConsultationFactory(partnership=partnership, status="closed")
    client.force_login(leader)
    url = reverse("feedback:new", args=[consultation.pk])
    assert "Cite a young people&#x27;s panel" in client.get(url).content.decode()
    data = {
        "theme": themes[2].pk,
        "you_said": "Adults do not always believe you.",
        "we_did": "We are training staff to listen.",
        "status": "acting",
        "panel": panel.pk,
        "save": "1",
    }
    assert client.post(url, data).status_code == 302
    from youthvoice.feedback.models import YouSaidWeDidRevision

    assert YouSaidWeDidRevision.objects.get().panel == panel
    bad = {**data, "panel": "999999"}
    response = client.post(url, bad)
    assert response.status_code == 400 and "Choose a panel from the list" in response.content.decode()
