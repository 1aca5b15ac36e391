"""Release units: dates count in whole months, and a unit (consultation, channel, month) with fewer than the
threshold of responses is left out of every figure, so no two queries differ by a small group."""

import datetime
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.insights.factories import World
from youthvoice.insights.dashboard.aggregates import (
    DashboardFilters,
    month_end,
    month_start,
    responses_young_people,
    units_left_out,
)
from youthvoice.voices.models import Response

pytestmark = pytest.mark.django_db
THRESHOLD = 5
FIRST = datetime.date(2025, 1, 20)
CHANNELS = ["online", "school", "youth_worker"]


@given(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_a_month_band_runs_from_its_first_day_to_its_last(day):
    start, end = month_start(day), month_end(day)
    assert start.day == 1 and start <= day <= end
    assert (end + datetime.timedelta(days=1)).day == 1 and end.month == day.month


def test_filters_are_widened_to_whole_months():
    filters = DashboardFilters(date_from=datetime.date(2026, 11, 20), date_to=datetime.date(2026, 2, 3))
    banded = filters.banded()
    assert banded.date_from == datetime.date(2026, 11, 1) and banded.date_to == datetime.date(2026, 2, 28)
    assert DashboardFilters().banded() == DashboardFilters()


@pytest.fixture
def world():
    return World(threshold=THRESHOLD)


responses_plan = st.lists(
    st.tuples(st.sampled_from([0, 1]), st.sampled_from(CHANNELS), st.integers(0, 70)), min_size=1, max_size=40
)
filters_strategy = st.tuples(
    st.sampled_from([None, 0, 1]),
    st.sampled_from(["", *CHANNELS]),
    st.one_of(st.none(), st.integers(-5, 75)),
    st.one_of(st.none(), st.integers(-5, 75)),
)


def _filters(world, choice) -> DashboardFilters:
    scope, channel, start, end = choice
    consultations = [world.consultation, world.other]
    day = lambda n: None if n is None else FIRST + datetime.timedelta(days=n)  # noqa: E731
    return DashboardFilters(
        consultation=None if scope is None else consultations[scope],
        channel=channel,
        date_from=day(start),
        date_to=day(end),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=responses_plan, choices=st.lists(filters_strategy, min_size=2, max_size=5))
def test_any_two_queries_differ_by_nobody_or_by_at_least_the_threshold(world, plan, choices):
    consultations = [world.consultation, world.other]
    Response.objects.filter(partnership=world.partnership).delete()
    for n, (scope, channel, offset) in enumerate(plan):
        Response.objects.create(
            partnership=world.partnership,
            consultation=consultations[scope],
            channel=channel,
            submitted_on=FIRST + datetime.timedelta(days=offset),
            reference_code=f"U{n:07d}",
        )
    populations = [
        set(responses_young_people(partnership=world.partnership, filters=_filters(world, c)))
        for c in choices
    ]
    for a, b in itertools.permutations(populations, 2):
        assert len(b - a) == 0 or len(b - a) >= THRESHOLD
    small = units_left_out(partnership=world.partnership)
    assert all(len(p) == 0 or len(p) >= THRESHOLD for p in populations)
    assert small == [] or all(month.day == 1 for _, _, month in small)


def test_a_small_unit_is_left_out_and_the_rest_still_counts(world):
    Response.objects.filter(partnership=world.partnership).delete()
    world.respond_many(7, channel="online", on=FIRST)
    world.respond_many(2, channel="school", on=FIRST)
    counted = responses_young_people(partnership=world.partnership, filters=DashboardFilters())
    assert counted.count() == 7
    assert units_left_out(partnership=world.partnership) == [
        (world.consultation.pk, "school", datetime.date(2025, 1, 1))
    ]
