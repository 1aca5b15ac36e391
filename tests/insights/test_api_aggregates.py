"""The agencies' API for consultations and their aggregates: public facts for any token, figures only with
the read_aggregates scope, every figure through disclosure control, every read audited as an export."""

import datetime

import pytest

from tests.consultations.factories import ConsultationFactory
from tests.core.factories import api_client_with_token
from tests.insights.factories import DAY, CodebookFactory, CodingFactory, ThemeFactory, World
from tests.partnership.factories import MembershipFactory
from youthvoice.audit.models import AuditEvent
from youthvoice.consultations.models import Consultation
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.selectors import choices_protected, places_protected
from youthvoice.insights.models import Coding

pytestmark = pytest.mark.django_db


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def world():
    """Threshold 5: 12 said Northgate and parks, 3 (a small group) said Riverside and online games.

    All online in one month: one release unit of 15 (a unit of 3 would be left out of every figure)."""
    world = World(threshold=5)
    world.respond_many(
        12,
        locality=world.north,
        answers={world.places: ["park"], world.harm: ["threats"], world.risk_yp: ["4"]},
    )
    world.respond_many(
        3,
        locality=world.river,
        on=DAY + datetime.timedelta(days=5),
        answers={world.places: ["gaming"], world.harm: ["carrying_drugs"], world.risk_yp: ["2"]},
    )
    _client, world.reader_token = api_client_with_token(
        agency=world.leader.agency, scopes=["read_aggregates"]
    )
    _client, world.pusher_token = api_client_with_token(agency=world.leader.agency, scopes=["push_voices"])
    return world


def aggregates_url(world, **params):
    query = "&".join(f"{name}={value}" for name, value in params.items())
    return f"/api/v1/consultations/{world.consultation.slug}/aggregates/" + (f"?{query}" if query else "")


def all_counts(value):
    """Every {"value": ..., "suppressed": ...} figure anywhere in a response body."""
    if isinstance(value, dict):
        if set(value) == {"value", "suppressed"}:
            yield value
        else:
            for item in value.values():
                yield from all_counts(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_counts(item)


def test_any_token_lists_the_partnerships_run_consultations_with_their_question_keys(client, world):
    ConsultationFactory(partnership=world.partnership, slug="not-yet", status=Consultation.Status.DRAFT)
    ConsultationFactory(slug="someone-elses")
    for token in (world.reader_token, world.pusher_token):
        data = client.get("/api/v1/consultations/", **bearer(token)).json()
        slugs = {item["slug"] for item in data["results"]}
        assert slugs == {world.consultation.slug, world.other.slug, world.professionals.slug}
    one = client.get(f"/api/v1/consultations/{world.consultation.slug}/", **bearer(world.pusher_token)).json()
    assert [q["key"] for q in one["questions"]] == ["places-unsafe", "harm-seen", "risk-yp"]
    assert one["promise"] and one["opens_on"] and one["status"] == "open"
    for slug in ("not-yet", "someone-elses", "nothing-here"):
        assert client.get(f"/api/v1/consultations/{slug}/", **bearer(world.pusher_token)).status_code == 404


def test_a_token_without_the_aggregates_scope_is_refused_with_403(client, world):
    response = client.get(aggregates_url(world), **bearer(world.pusher_token))
    assert response.status_code == 403
    assert "read_aggregates" in response.json()["detail"]
    assert not AuditEvent.objects.filter(action="export").exists()


def test_aggregates_are_the_dashboards_protected_figures_and_small_groups_never_appear(client, world):
    response = client.get(aggregates_url(world), **bearer(world.reader_token))
    assert response.status_code == 200, response.json()
    data = response.json()
    assert data["responses"] == {"value": 15, "suppressed": False}
    assert data["threshold"] == 5 and "suppressed true" in data["note"]
    harm = next(q for q in data["questions"] if q["key"] == "harm-seen")
    options = {option["value"]: option["count"] for option in harm["options"]}
    assert options["carrying_drugs"] == {"value": None, "suppressed": True}  # 3 < 5
    # ... and so 12 is hidden beside it: the protected total would otherwise give the 3 away.
    assert options["threats"] == {"value": None, "suppressed": True}
    assert harm["answered"] == {"value": 15, "suppressed": False}
    # The places question is published once, as the place x locality table, never as a question too.
    assert "places-unsafe" not in {q["key"] for q in data["questions"]}
    places = {place["value"]: place for place in data["places"]["places"]}
    assert places["gaming"]["count"] == {"value": None, "suppressed": True}
    riverside = next(c for c in data["places"]["by_locality"] if c["locality"] == "Riverside")
    assert riverside["count"] == {"value": None, "suppressed": True}
    # The same figures as the dashboard's own protected tables, cell for cell.
    filters = DashboardFilters(consultation=world.consultation)
    expected = choices_protected(partnership=world.partnership, filters=filters, threshold=5, key="harm-seen")
    assert [o["count"]["value"] for o in harm["options"]] == [c.value for c in expected.table.cells]
    protected = places_protected(partnership=world.partnership, filters=filters, threshold=5)
    assert [p["count"]["value"] for p in data["places"]["places"]] == [
        c.value for c in protected.place_totals
    ]
    assert data["places"]["total"]["value"] == protected.grand.value
    # Nowhere in the body is a count from 1 to 4, and nothing says why a figure is hidden.
    for figure in all_counts(data):
        assert figure["value"] is None or figure["value"] == 0 or figure["value"] >= 5, figure
        assert figure["suppressed"] is (figure["value"] is None)
    assert "primary" not in str(data) and "secondary" not in str(data)


def test_filters_too_narrow_for_the_threshold_show_no_figure_at_all(client, world):
    world.respond_many(3, channel="school", answers={world.harm: ["threats"]})
    data = client.get(aggregates_url(world, channel="school"), **bearer(world.reader_token)).json()
    assert data["responses"] == {"value": None, "suppressed": True}
    assert data["message"].startswith("Fewer than 5 responses")
    assert data["questions"] == [] and data["places"] is None and data["themes"] is None
    assert data["filters"] == {"date_from": None, "date_to": None, "channel": "school"}


def test_the_date_range_filters_like_the_dashboard(client, world):
    data = client.get(
        aggregates_url(world, date_from=DAY.isoformat(), date_to=DAY.isoformat()),
        **bearer(world.reader_token),
    ).json()
    # Dates count in whole months: one day in March is all of March, and says so.
    assert data["responses"] == {"value": 15, "suppressed": False}
    assert data["filters"]["date_from"] == "2025-03-01" and data["filters"]["date_to"] == "2025-03-31"
    later = client.get(aggregates_url(world, date_from="2025-04-01"), **bearer(world.reader_token)).json()
    assert later["responses"] == {"value": 0, "suppressed": False}


def test_themes_come_through_disclosure_control(client, world):
    codebook = CodebookFactory(partnership=world.partnership)
    big, small = ThemeFactory(codebook=codebook, name="Fear"), ThemeFactory(codebook=codebook, name="Money")
    answers = [r.answers.get(question=world.harm) for r in world.consultation.responses.order_by("pk")]
    for answer in answers[:9]:
        CodingFactory(answer=answer, theme=big, status=Coding.Status.ACCEPTED)
    for answer in answers[9:11]:
        CodingFactory(answer=answer, theme=small, status=Coding.Status.ACCEPTED)
    themes = client.get(aggregates_url(world), **bearer(world.reader_token)).json()["themes"]
    counts = {theme["theme"]: theme["count"] for theme in themes["themes"]}
    assert counts["Money"] == {"value": None, "suppressed": True}
    # With one theme hidden the total would give it away, so one more figure is hidden beside it.
    assert counts["Fear"]["suppressed"] or themes["total"]["suppressed"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_from": "31/12/2025"}, "date_from"),
        ({"date_to": "2025-02-30"}, "date_to"),
        ({"date_from": "2025-03-10", "date_to": "2025-03-01"}, "date_to"),
        ({"channel": "carrier-pigeon"}, "channel"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_filters_are_a_400_with_the_field_named(client, world, params, field):
    response = client.get(aggregates_url(world, **params), **bearer(world.reader_token))
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not AuditEvent.objects.filter(action="export").exists()


def test_other_partnerships_and_draft_or_professionals_consultations_are_404(client, world):
    stranger = World(threshold=5)
    draft = ConsultationFactory(partnership=world.partnership, status=Consultation.Status.DRAFT)
    for slug in (stranger.consultation.slug, draft.slug, world.professionals.slug, "no-such"):
        response = client.get(f"/api/v1/consultations/{slug}/aggregates/", **bearer(world.reader_token))
        assert response.status_code == 404, slug


def test_every_read_is_audited_as_an_export_with_the_filters(client, world):
    client.get(aggregates_url(world, channel="online"), **bearer(world.reader_token))
    event = AuditEvent.objects.get(action="export")
    assert event.target_type == "insights.aggregates" and event.target_id == world.consultation.slug
    assert event.partnership == world.partnership
    assert event.detail["filters"]["channel"] == "online" and event.detail["via"] == "api"
    assert event.actor.api_client.scopes == ["read_aggregates"]


@pytest.mark.parametrize(("role", "status"), [("leader", 200), ("analyst", 200), ("practitioner", 403)])
def test_staff_read_aggregates_by_role(client, world, role, status):
    client.force_login(MembershipFactory(agency=world.leader.agency, role=role).user)
    assert client.get(aggregates_url(world)).status_code == status
