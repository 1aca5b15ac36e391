"""Cell-key perturbation (issue 14): the perturbation table's properties, record keys, and every published
count perturbed by the sum of its records' keys, the same cell always in the same way, on every surface."""

from __future__ import annotations

import datetime
import random
from types import SimpleNamespace

import pytest
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st

from tests.core.factories import api_client_with_token
from tests.insights.factories import DAY, CodebookFactory, CodingFactory, ThemeFactory, World
from youthvoice.insights.cellkey import (
    KEYS,
    PerturbationTableError,
    cell_key,
    exact_difference_chance,
    perturb,
    ptable,
    ptable_from_data,
)
from youthvoice.insights.dashboard import aggregates
from youthvoice.insights.dashboard.aggregates import DashboardFilters, month_end
from youthvoice.insights.dashboard.selectors import dashboard_build
from youthvoice.insights.models import Coding
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import response_copies_update

THRESHOLD = 5
LARGEST_NOISE = 2


def test_every_row_of_the_table_averages_exactly_zero_and_keeps_counts_at_or_above_their_floor():
    table = ptable()
    for above_floor, row in enumerate(table.rows, start=1):
        assert len(row) == KEYS
        assert sum(row) == 0, f"row {above_floor} is biased"
        assert min(row) >= 1 - above_floor and max(abs(noise) for noise in row) <= LARGEST_NOISE
    assert set(table.rows[0]) == {0}  # a count at its floor can move neither down nor (mean 0) up
    assert len(set(table.rows[-1])) == 2 * LARGEST_NOISE + 1


@given(
    value=st.integers(0, 10_000),
    key=st.integers(0, KEYS - 1),
    floor=st.integers(1, 50),
)
def test_a_perturbed_count_is_bounded_never_below_its_floor_and_a_zero_stays_zero(value, key, floor):
    published = perturb(value, key=key, floor=floor)
    assert published == perturb(value, key=key, floor=floor)  # same cell, same answer
    if value == 0:
        assert published == 0
    elif value < floor:
        assert published == value  # below the floor: a part inside a figure that suppression hides
    else:
        assert floor <= published and abs(published - value) <= LARGEST_NOISE


@given(value=st.integers(1, 10_000), floor=st.integers(1, 50))
def test_over_all_cell_keys_the_noise_averages_exactly_zero(value, floor):
    if value < floor:
        value += floor
    assert sum(perturb(value, key=key, floor=floor) - value for key in range(KEYS)) == 0


@given(st.lists(st.integers(0, KEYS - 1), max_size=60), st.randoms())
def test_the_same_records_give_the_same_cell_key_in_any_order_and_grouping(keys, rng):
    shuffled = list(keys)
    rng.shuffle(shuffled)
    cut = len(shuffled) // 2
    assert cell_key(*keys) == cell_key(*shuffled) == cell_key(sum(shuffled[:cut]), sum(shuffled[cut:]))
    assert 0 <= cell_key(*keys) < KEYS and cell_key() == cell_key(None) == 0


def test_a_difference_of_two_perturbed_counts_is_the_true_difference_about_a_quarter_of_the_time():
    # The chance, over independent cell keys, that the noises of two counts well above the floor cancel.
    row = ptable().rows[-1]
    cancel = sum(1 for a in row for b in row if a == b) / KEYS**2
    assert cancel == pytest.approx(exact_difference_chance()) and cancel < 0.27


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"rows": [{"above_floor": 1, "noise": {0: 255, 1: 1}}]}, "average exactly 0"),
        ({"rows": [{"above_floor": 1, "noise": {0: 200}}]}, "add up to 256"),
        ({"rows": [{"above_floor": 1, "noise": {-1: 64, 0: 128, 1: 64}}]}, "below its floor"),
        ({"rows": [{"above_floor": 2, "noise": {0: 256}}]}, "above_floor: 1"),
        (
            {"rows": [{"above_floor": 1, "noise": {0: 256}}, {"above_floor": 2, "noise": {-1: 128, 1: 128}}]},
            "no noise",
        ),
        ({"rows": []}, "'rows'"),
        ({"rows": [{"above_floor": 1, "noise": {0: "all"}}]}, "whole numbers"),
    ],
)
def test_a_table_that_is_biased_incomplete_or_goes_below_the_floor_is_refused_at_load(data, problem):
    with pytest.raises(PerturbationTableError, match=problem):
        ptable_from_data(data)


@pytest.mark.django_db
def test_a_response_draws_its_record_key_once_and_its_answers_and_codings_copy_it():
    world = World(threshold=THRESHOLD)
    made = [
        world.respond(
            answers={world.harm: ["threats"]}, record_key=Response._meta.get_field("record_key").default()
        )
        for _ in range(40)
    ]
    keys = [response.record_key for response in made]
    assert all(0 <= key < KEYS for key in keys) and len(set(keys)) > 10  # random, not all alike
    theme = ThemeFactory(codebook=CodebookFactory(partnership=world.partnership))
    for response in made:
        answer = Answer.objects.get(response=response)
        CodingFactory(answer=answer, theme=theme)
        assert answer.record_key == response.record_key
        assert Coding.objects.get(answer=answer).record_key == response.record_key
    response = made[0]
    response.channel = "school"  # a correction moves the copies; the key never changes
    response.save()
    response_copies_update(response=response)
    assert Response.objects.get(pk=response.pk).record_key == keys[0]
    assert Answer.objects.get(response=response).record_key == keys[0]


@pytest.mark.django_db
def test_the_migrations_draw_keys_for_existing_responses_and_copy_them_to_answers_and_codings():
    from importlib import import_module

    world = World(threshold=THRESHOLD)
    made = world.respond_many(30, answers={world.harm: ["threats"]})
    theme = ThemeFactory(codebook=CodebookFactory(partnership=world.partnership))
    for response in made:
        CodingFactory(answer=Answer.objects.get(response=response), theme=theme)
    editor = SimpleNamespace(connection=connection)
    import_module("youthvoice.voices.migrations.0011_record_keys").draw_keys(None, editor)
    import_module("youthvoice.insights.migrations.0008_coding_record_keys").copy_keys(None, editor)
    keys = dict(Response.objects.values_list("pk", "record_key"))
    assert len(set(keys.values())) > 5 and all(0 <= k < KEYS for k in keys.values())
    for answer in Answer.objects.all():
        assert answer.record_key == keys[answer.response_id]
    for coding in Coding.objects.select_related("answer"):
        assert coding.record_key == keys[coding.answer.response_id]


def keyed_world(seed=3):
    """Threshold 5; 40 responses with random keys in one unit, and the truth worked out here."""
    rng = random.Random(seed)
    world = World(threshold=THRESHOLD)
    records = []
    for _ in range(40):
        key = rng.randrange(KEYS)
        harm = rng.sample(["carrying_drugs", "threats"], k=rng.randint(1, 2))
        gender = rng.choice(["girl", "boy"])
        world.respond(answers={world.harm: harm}, record_key=key, gender=gender)
        records.append((key, harm, gender))
    return world, records


def published(n, keys, threshold=THRESHOLD):
    """The oracle: a shown count, perturbed as the table says by the sum of its records' keys."""
    return perturb(n, key=sum(keys) % KEYS, floor=threshold)


@pytest.mark.django_db
def test_every_count_is_perturbed_by_its_records_keys_the_same_way_on_every_surface(client):
    world, records = keyed_world()
    _, token = api_client_with_token(agency=world.leader.agency, scopes=["read_aggregates"])
    body = client.get(
        f"/api/v1/consultations/{world.consultation.slug}/aggregates/", HTTP_AUTHORIZATION=f"Bearer {token}"
    ).json()
    assert body["responses"]["value"] == published(40, [k for k, _, _ in records])
    harm = next(q for q in body["questions"] if q["key"] == "harm-seen")
    for option in harm["options"]:
        chose = [k for k, values, _ in records if option["value"] in values]
        assert option["count"]["value"] == published(len(chose), chose)
    # A total is perturbed on its own, by its own cell key (the ONS's rule), not summed from its parts.
    assert harm["answered"]["value"] == published(40, [k for k, _, _ in records])
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters(world.consultation))
    assert board.responses.value == body["responses"]["value"]
    exploitation = dict(board.table("exploitation").rows)
    assert exploitation["Threats"][0].value == next(
        o["count"]["value"] for o in harm["options"] if o["value"] == "threats"
    )
    reach = dict(board.table("reach-gender").rows)
    header = board.table("reach-gender").header
    for gender, label in (("girl", "Girl"), ("boy", "Boy")):
        said = [k for k, _, g in records if g == gender]
        column = next(i for i, heading in enumerate(header) if heading.startswith(label)) - 1
        assert reach["Online"][column].value == published(len(said), said)
    # Some figure really moved: the test would pass unperturbed otherwise.
    assert (
        any(
            option["count"]["value"] != len([1 for _, values, _ in records if option["value"] in values])
            for option in harm["options"]
        )
        or body["responses"]["value"] != 40
    )


@pytest.mark.django_db
def test_asking_again_or_through_other_filters_for_the_same_records_gives_the_same_figures():
    world, _ = keyed_world(seed=5)
    month = DashboardFilters(world.consultation, DAY.replace(day=1), month_end(DAY), "online")
    everything = DashboardFilters(world.consultation)
    day_window = DashboardFilters(world.consultation, DAY, DAY, "")  # widened to the same month

    def figures(filters):
        board = dashboard_build(partnership=world.partnership, filters=filters)
        return [str(cell) for table in board.tables() for _, cells in table.rows for cell in cells]

    first = figures(month)
    assert first == figures(month) == figures(everything) == figures(day_window)


@pytest.mark.django_db
def test_the_current_months_responses_are_published_only_once_the_month_has_ended(client, monkeypatch):
    world = World(threshold=THRESHOLD)
    today = datetime.date(2026, 12, 4)
    monkeypatch.setattr(aggregates, "published_before", lambda: today.replace(day=1))
    world.respond_many(12, on=datetime.date(2026, 11, 30), answers={world.harm: ["threats"]})
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    before = board.responses.value
    # Snapshots taken on different days of December: the day's new responses never show in between.
    world.respond_many(6, on=today, answers={world.harm: ["carrying_drugs"]})
    assert (
        dashboard_build(partnership=world.partnership, filters=DashboardFilters()).responses.value == before
    )
    world.respond(on=today, answers={world.harm: ["threats"]})
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    assert board.responses.value == before and "months that have ended" in board.coverage
    # Asking for this month alone shows nothing yet.
    december = DashboardFilters(date_from=today)
    assert not dashboard_build(partnership=world.partnership, filters=december).shown
    monkeypatch.setattr(aggregates, "published_before", lambda: datetime.date(2027, 1, 1))
    assert dashboard_build(partnership=world.partnership, filters=DashboardFilters()).responses.value == 19


@pytest.mark.django_db
def test_the_dashboard_the_api_and_the_exports_say_how_many_responses_small_units_leave_out(client):
    world = World(threshold=THRESHOLD)
    world.respond_many(12, answers={world.harm: ["threats"]})
    world.respond_many(3, channel="school", answers={world.harm: ["threats"]})  # a unit of 3: left out
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    assert board.responses.value == 12
    assert board.left_out.value is None and "Not counted: fewer than 5 responses" in board.coverage
    world.respond_many(3, channel="school", on=DAY.replace(month=4))  # another small unit: 6 left out
    world.respond_many(12, on=DAY.replace(month=4))
    board = dashboard_build(partnership=world.partnership, filters=DashboardFilters())
    assert board.left_out.value == 6 and "Not counted: 6 responses" in board.coverage
    _, token = api_client_with_token(agency=world.leader.agency, scopes=["read_aggregates"])
    body = client.get(
        f"/api/v1/consultations/{world.consultation.slug}/aggregates/", HTTP_AUTHORIZATION=f"Bearer {token}"
    ).json()
    assert body["left_out"] == {"value": 6, "suppressed": False} and "Not counted: 6" in body["coverage"]
    client.force_login(world.leader.user)
    csv_text = client.get("/staff/insights/dashboard/export/exploitation.csv").content.decode()
    assert "Not counted: 6 responses" in csv_text
    page = client.get("/staff/insights/dashboard/").content.decode()
    assert "Not counted: 6 responses" in page
