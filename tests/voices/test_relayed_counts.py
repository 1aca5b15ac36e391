"""Relayed voices that count: a practitioner may say the young person's age band, area, where they told
them and the kinds of exploitation they talked about ("not known" by default), and these reach the same
figures as young people's own answers, with the channel shown."""

import datetime

import pytest
from django.utils import timezone

from tests.partnership.factories import LocalityFactory
from youthvoice.consultations.services import question_bank_load
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.config import load_dashboard_config
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import RELAYED_KINDS_QUESTION_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture
def practitioner(signed_in):
    membership = signed_in("practitioner")
    question_bank_load(partnership=membership.agency.partnership)
    return membership


def relayed(**extra):
    return {
        "text": "older lads made him hold stuff for them",
        "shared_on": timezone.localdate().isoformat(),
        "consent_basis": "young_person_agreed",
        "action": "save",
        **extra,
    }


def test_the_kinds_question_is_the_one_the_dashboard_counts():
    assert load_dashboard_config().exploitation_question == RELAYED_KINDS_QUESTION_KEY


def test_the_form_asks_about_them_and_not_known_is_the_default(client, practitioner):
    page = client.get("/staff/voices/relayed/new/").content.decode()
    assert 'id="about-them"' in page and 'name="age_band"' in page and 'name="place_type"' in page
    assert 'value="carrying_drugs"' in page and 'value="none"' not in page
    assert client.post("/staff/voices/relayed/new/", relayed()).status_code == 302
    response = Response.objects.get()
    assert (response.age_band, response.locality, response.place_type) == ("", None, "")
    assert Answer.objects.filter(response=response).count() == 1  # the words only


def test_what_the_practitioner_knows_is_stored_with_the_voice(client, practitioner):
    area = LocalityFactory(partnership=practitioner.agency.partnership, name="Eastfield")
    sent = client.post(
        "/staff/voices/relayed/new/",
        relayed(
            age_band="14-15",
            locality=str(area.pk),
            place_type="outreach",
            kinds=["carrying_drugs", "threats"],
        ),
    )
    assert sent.status_code == 302
    response = Response.objects.get()
    assert (response.age_band, response.locality, response.place_type) == ("14-15", area, "outreach")
    kinds = Answer.objects.get(response=response, question__key=RELAYED_KINDS_QUESTION_KEY)
    assert kinds.values == ["carrying_drugs", "threats"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("age_band", "9-10"),
        ("locality", "999999"),
        ("place_type", "the park by the flats"),
        ("kinds", "stabbing"),
    ],
)
def test_a_tampered_choice_is_a_clear_400_and_nothing_is_saved(client, practitioner, field, value):
    page = client.post("/staff/voices/relayed/new/", relayed(**{field: value}))
    assert page.status_code == 400 and "from the list" in page.content.decode()
    assert not Response.objects.exists()


def test_relayed_voices_reach_the_types_of_exploitation_figure(client, practitioner):
    partnership = practitioner.agency.partnership
    # Shared in a month that has ended, enough of them to be a release unit of their own.
    shared_on = (timezone.localdate().replace(day=1) - datetime.timedelta(days=20)).isoformat()
    before = aggregates.choice_counts(
        partnership=partnership,
        key=RELAYED_KINDS_QUESTION_KEY,
        filters=aggregates.DashboardFilters(channel="relayed"),
    )
    assert before is None or not before.counts.get("carrying_drugs")
    for _ in range(partnership.disclosure_threshold + 2):
        client.post("/staff/voices/relayed/new/", relayed(shared_on=shared_on, kinds=["carrying_drugs"]))
    found = aggregates.choice_counts(
        partnership=partnership,
        key=RELAYED_KINDS_QUESTION_KEY,
        filters=aggregates.DashboardFilters(channel="relayed"),
    )
    assert found.counts["carrying_drugs"] > 0


def test_the_api_takes_the_place_and_the_kinds_too(client):
    from tests.consultations.factories import QuestionFactory
    from tests.voices.test_api_relayed_voices import Setup, body, send

    world = Setup()
    QuestionFactory(
        partnership=world.partnership,
        key=RELAYED_KINDS_QUESTION_KEY,
        multiple=True,
        choices=[{"value": "threats", "label": "Threats"}, {"value": "none", "label": "None of these"}],
    )
    answers = {**body()["answers"], RELAYED_KINDS_QUESTION_KEY: {"values": ["threats"]}}
    sent = send(client, world, body(answers=answers, place_type="school"), key="k-1")
    assert sent.status_code == 201, sent.content
    assert sent.json()["place_type"] == "school"
    assert sent.json()["answers"][RELAYED_KINDS_QUESTION_KEY]["values"] == ["threats"]
    assert send(client, world, body(place_type="bus stop"), key="k-2").status_code == 400
