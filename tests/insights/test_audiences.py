"""Parents' and carers' and community members' figures (issue 17): their own panels, never young people's."""

import csv
import io

import pytest

from tests.consultations.factories import ConsultationFactory, QuestionFactory
from tests.insights.factories import (
    DAY,
    LIKELIHOOD,
    CodebookFactory,
    CodingFactory,
    PopulationBaselineFactory,
    PopulationCellFactory,
    ThemeFactory,
    World,
)
from tests.partnership.factories import MembershipFactory
from youthvoice.consultations.models import Audience, Question
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.audiences import audience_dashboard_build
from youthvoice.insights.dashboard.selectors import dashboard_build
from youthvoice.insights.models import Coding
from youthvoice.voices.models import Answer

pytestmark = pytest.mark.django_db
URL = "/staff/insights/dashboard/audience/parents-and-carers/"


class Families(World):
    """The dashboard's world, with a parents' and carers' consultation asking its own questions, one a
    mirror of young people's risk item, one written."""

    def __init__(self, threshold: int = 5):
        super().__init__(threshold=threshold)
        self.worries = QuestionFactory(
            partnership=self.partnership,
            key="parents-online-worries",
            text="What worries you about what your children do online?",
            kind=Question.Kind.MULTIPLE,
            audience=Audience.PARENTS_CARERS,
            choices=[
                {"value": "strangers", "label": "Strangers contacting them"},
                {"value": "photos", "label": "Pressure to send photos"},
            ],
        )
        self.risk_parents = QuestionFactory(
            partnership=self.partnership,
            key="risk-parents",
            text="How likely is it a young person round here would be asked to carry drugs?",
            kind=Question.Kind.SCALE,
            choices=LIKELIHOOD,
            mirror_key="risk",
            audience=Audience.PARENTS_CARERS,
        )
        self.written = QuestionFactory(
            partnership=self.partnership, key="parents-worries", audience=Audience.PARENTS_CARERS
        )
        self.parents = ConsultationFactory(
            partnership=self.partnership,
            title="Parents and carers",
            audience=Audience.PARENTS_CARERS,
            questions=[self.worries, self.risk_parents, self.written],
        )


@pytest.fixture
def world():
    return Families(threshold=5)


def everything(board) -> list:
    """Every figure a dashboard publishes, as text: the headline, the coverage and every table's cells."""
    return [str(board.responses), board.coverage, board.message] + [
        (
            table.slug,
            table.title,
            [(label, [str(c) for c in cells]) for label, cells in table.rows],
            table.summary,
        )
        for table in board.tables()
    ]


def rows(table) -> dict[str, list[str]]:
    return {label: [str(cell) for cell in cells] for label, cells in table.rows}


def young_peoples_world(world):
    """Young people's answers of each kind the dashboard counts: places, harm, risk, themes, baselines."""
    baseline = PopulationBaselineFactory(partnership=world.partnership)
    for locality in (world.north, world.river):
        PopulationCellFactory(baseline=baseline, locality=locality, count=500, age_band="14-15")
    young = world.respond_many(
        12,
        locality=world.north,
        age_band="14-15",
        answers={world.places: ["park"], world.harm: ["threats"], world.risk_yp: ["4"]},
    )
    world.respond_many(8, locality=world.river, age_band="14-15", answers={world.risk_yp: ["5"]})
    codebook = CodebookFactory(partnership=world.partnership)
    theme = ThemeFactory(codebook=codebook, name="Feeling watched")
    for answer in Answer.objects.filter(response__in=young, question=world.places):
        CodingFactory(answer=answer, theme=theme, status=Coding.Status.ACCEPTED)
    return theme


def parents_answer(world, theme, count=30):
    """Parents' answers that would change every young people's figure if they were ever counted there: the
    same locality, a young person's age band, codings under the same theme."""
    parents = world.respond_many(
        count,
        consultation=world.parents,
        locality=world.north,
        respondent_relationship="parent",
        answers={world.worries: ["strangers"], world.risk_parents: ["2"]},
    )
    for answer in Answer.objects.filter(response__in=parents, question=world.worries):
        CodingFactory(answer=answer, theme=theme, status=Coding.Status.ACCEPTED)
    return parents


def test_young_peoples_figures_are_unchanged_when_parents_answer(world):
    theme = young_peoples_world(world)
    before = everything(dashboard_build(partnership=world.partnership, filters=DashboardFilters()))
    assert (
        rows(dashboard_build(partnership=world.partnership, filters=DashboardFilters()).themes)[
            "Feeling watched"
        ][0]
        == "12"
    )
    parents_answer(world, theme)
    # Also a community member, and a row with a young person's age band forced in by hand.
    community = ConsultationFactory(partnership=world.partnership, audience=Audience.COMMUNITY)
    world.respond_many(10, consultation=community, locality=world.north, age_band="14-15")
    after = everything(dashboard_build(partnership=world.partnership, filters=DashboardFilters()))
    assert after == before
    assert (
        rows(dashboard_build(partnership=world.partnership, filters=DashboardFilters()).themes)[
            "Feeling watched"
        ][0]
        == "12"
    )


def test_young_peoples_filtered_figures_are_unchanged_too(world):
    theme = young_peoples_world(world)
    filters = DashboardFilters(date_from=DAY, date_to=DAY, channel="online")
    before = everything(dashboard_build(partnership=world.partnership, filters=filters))
    parents_answer(world, theme)
    assert everything(dashboard_build(partnership=world.partnership, filters=filters)) == before


def test_parents_have_their_own_panel_with_protected_figures(world):
    theme = young_peoples_world(world)
    parents_answer(world, theme, count=9)
    world.respond_many(
        3,
        consultation=world.parents,
        respondent_relationship="carer",
        answers={world.worries: ["photos"], world.risk_parents: ["1"]},
    )
    board = audience_dashboard_build(
        partnership=world.partnership, audience=Audience.PARENTS_CARERS, filters=DashboardFilters()
    )
    assert board.shown
    assert str(board.responses) == "12"  # the parents' own, not the 20 young people's
    who = rows(board.who)
    assert who["Foster carer, kinship carer or guardian"][0] == "[c]"  # 3: below the threshold of 5
    # Secondary suppression: the parents' figure or the total is hidden too, or it would give the carers away.
    assert "[c]" in (who["Parent or step-parent"][0], who["All who told us"][0])
    [worries, risk] = board.questions
    assert rows(worries)["Pressure to send photos"][0] == "[c]"
    assert "Point 2" in rows(risk)
    # The perception comparison: parents' view of risk against young people's (mean 4.4 against 1.75).
    gap = board.perception
    assert gap.title == "Perception gap: young people and parents and carers"
    line = rows(gap)[world.risk_yp.text]
    assert line[0] == "20" and line[2] == "12"
    assert float(line[4]) > 2


def test_a_panel_with_too_few_answers_shows_nothing(world):
    world.respond_many(3, consultation=world.parents, answers={world.worries: ["strangers"]})
    board = audience_dashboard_build(
        partnership=world.partnership, audience=Audience.PARENTS_CARERS, filters=DashboardFilters()
    )
    assert not board.shown
    assert "parent or carer" in board.message
    assert board.tables() == []


def test_young_peoples_answers_never_appear_in_a_parents_panel(world):
    young_peoples_world(world)
    board = audience_dashboard_build(
        partnership=world.partnership, audience=Audience.PARENTS_CARERS, filters=DashboardFilters()
    )
    assert not board.shown
    assert board.message == "There are no responses from parents and carers yet."


def test_the_panel_page_and_its_exports_say_whose_answers_they_are(client, world):
    theme = young_peoples_world(world)
    parents_answer(world, theme, count=10)
    client.force_login(world.leader.user)
    page = client.get(URL)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Parents and carers" in text and "never in young people" in text
    assert 'id="audience-responses">10<' in text
    export = client.get(f"{URL}export/parents-and-carers-parents-online-worries.csv")
    assert export.status_code == 200
    lines = list(csv.reader(io.StringIO(export.content.decode())))
    assert ["Audience: Parents and carers"] in lines
    assert client.get(f"{URL}export/all.xlsx").status_code == 200
    young = client.get("/staff/insights/dashboard/export/themes.csv")
    assert ["Audience: Young people"] in list(csv.reader(io.StringIO(young.content.decode())))
    # The young people's dashboard links to the panels and says the others are never counted there.
    assert "never counted here" in client.get("/staff/insights/dashboard/").content.decode()


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?date_from=31/2/2025", 400),
        ("?date_from=1/4/2025&date_to=1/3/2025", 400),
        ("?consultation=not-a-consultation", 400),
    ],
)
def test_bad_filters_are_refused_with_a_message(client, world, query, status):
    client.force_login(world.leader.user)
    response = client.get(URL + query)
    assert response.status_code == status
    assert "govuk-error-summary" in response.content.decode()


def test_a_young_peoples_consultation_cannot_be_chosen_in_a_parents_panel(client, world):
    client.force_login(world.leader.user)
    response = client.get(f"{URL}?consultation={world.consultation.slug}")
    assert response.status_code == 400
    assert "Choose a consultation from the list" in response.content.decode()


def test_unknown_audiences_tables_and_formats_are_not_found(client, world):
    theme = young_peoples_world(world)
    parents_answer(world, theme, count=10)
    client.force_login(world.leader.user)
    assert client.get("/staff/insights/dashboard/audience/professionals/").status_code == 404
    assert client.get("/staff/insights/dashboard/audience/young-people/").status_code == 404
    assert client.get(f"{URL}export/nothing-here.csv").status_code == 404
    assert client.get(f"{URL}export/all.csv").status_code == 404
    assert client.get(f"{URL}export/all.pdf").status_code == 404
    assert client.get(f"{URL}export/all.csv?date_from=nonsense").status_code == 400


def test_practitioners_cannot_see_the_panels_and_analysts_can(client, world):
    client.force_login(MembershipFactory(role="practitioner", agency__partnership=world.partnership).user)
    assert client.get(URL).status_code == 403
    assert client.get("/staff/insights/dashboard/audience/community/").status_code == 403
    assert client.get(f"{URL}export/all.xlsx").status_code == 403
    client.force_login(MembershipFactory(role="analyst", agency__partnership=world.partnership).user)
    assert client.get("/staff/insights/dashboard/audience/community/").status_code == 200


def test_a_community_panel_counts_only_community_members(client, world):
    community = ConsultationFactory(partnership=world.partnership, audience=Audience.COMMUNITY)
    world.respond_many(6, consultation=community, respondent_relationship="resident")
    parents_answer(world, ThemeFactory(codebook=CodebookFactory(partnership=world.partnership)), count=10)
    board = audience_dashboard_build(
        partnership=world.partnership, audience=Audience.COMMUNITY, filters=DashboardFilters()
    )
    assert str(board.responses) == "6"
    assert rows(board.who)["I live in the area"][0] == "6"


def test_an_adult_audiences_panel_ignores_a_period_to_compare_with(client):
    """Comparison is the young people's dashboard's; asked of an adult panel it is not an error (no 500)."""
    from tests.partnership.factories import MembershipFactory

    client.force_login(MembershipFactory(role="analyst").user)
    page = client.get(
        "/staff/insights/dashboard/audience/parents-and-carers/",
        {"date_from": "2025-01-01", "compare_from": "2024-01-01", "compare_to": "2024-01-31"},
    )
    assert page.status_code == 200
