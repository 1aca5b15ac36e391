"""The differencing attack of issue 14, run against the API and the dashboard's CSV exports.

An analyst or an API client with a ``read_aggregates`` token asks every query the filters allow on a
demo-like partnership (two consultations, four channels, relayed voices with no consultation, five weeks
that cross a month end, threshold 10) and subtracts every pair, and every set, of queries whose filters
nest: one day more or less at either end of the dates, a channel and all channels, a consultation and all
consultations, and all consultations minus each consultation (the relayed voices that belong to none).
Each table's locality and demographic columns are compared cell by cell.

The attacker's claim for a pair is "the young people in the wider query and not in the narrower one (the
group) have, in each published figure, the difference of the two figures". The attack **finds a group**
when the group has 1 to threshold - 1 young people and that claim is right for every figure both queries
show, with at least one figure above 0: the small group's answers are read off, as the issue showed. The
truth is worked out here from the records the test made, never from the code under test.

Release units make every group 0 or at least the threshold, but a figure *inside* a group can be small
("2 of the 40 who answered online in November live in Eastfield"). So the attack also reads every **small
cell**: each figure whose true difference is 1 to threshold - 1, in every comparison. Cell-key perturbation
gives the two figures unrelated noise, so the difference is the truth only by chance. The criterion: the
attacker's best guess (the published difference; the noise is symmetric with its mode at 0) is right for
no more than ``ptable_chance_bound()`` of the small cells (the worst chance that two rows of the
perturbation table give equal noise: 0.40; 0.26 for counts well above the threshold), and neither is the
guess of an attacker who averages every comparison that isolates the same records. With the records' keys
all 0 (no noise, as before cell-key perturbation) the same attack reads every small cell exactly.
"""

from __future__ import annotations

import csv
import datetime
import io
import random
from collections import Counter
from dataclasses import dataclass, field

import pytest

from tests.core.factories import api_client_with_token
from tests.insights.factories import CodebookFactory, CodingFactory, ThemeFactory, World
from youthvoice.consultations.models import Consultation
from youthvoice.insights.cellkey import ptable
from youthvoice.insights.dashboard.aggregates import DashboardFilters, month_end, month_start
from youthvoice.insights.dashboard.exports import table_csv
from youthvoice.insights.dashboard.selectors import dashboard_build
from youthvoice.voices.demographics import AgeBand, EthnicGroup, Gender
from youthvoice.voices.models import Answer, Response
from youthvoice.voices.services import answers_create

pytestmark = pytest.mark.django_db

THRESHOLD = 10
FIRST_DAY = datetime.date(2026, 10, 20)
DAYS = 36  # to 24 November: the dates cross a month end
CHANNELS = {"online": 0.55, "youth_worker": 0.2, "school": 0.15, "vcs": 0.1}
CHANNEL_LABELS = dict(Consultation.Channel.choices)
GROUPS = {
    "age_band": dict(AgeBand.choices),
    "gender": dict(Gender.choices),
    "ethnic_group": dict(EthnicGroup.choices),
}
NOT_SAID = ("", "prefer_not_to_say")
ATTACKED_TABLES = (
    "reach-age-band",
    "reach-gender",
    "reach-ethnic-group",
    "reach-locality",
    "places-by-locality",
    "exploitation",
    "themes",
)


@dataclass
class Record:
    """What the test knows about one young person's response: the truth the attack is checked against."""

    consultation: str | None
    channel: str
    day: datetime.date
    locality: str | None
    about: dict
    answers: dict = field(default_factory=dict)  # question key -> values
    themes: list = field(default_factory=list)


@dataclass(frozen=True)
class Query:
    scope: str | None  # a consultation's slug, or None for all consultations (the dashboard only)
    channel: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None

    def matches(self, record: Record) -> bool:
        if self.scope is not None and record.consultation != self.scope:
            return False
        if self.channel and record.channel != self.channel:
            return False
        if self.date_from and record.day < self.date_from:
            return False
        return not (self.date_to and record.day > self.date_to)

    def params(self) -> dict:
        found = {"channel": self.channel}
        if self.date_from:
            found["date_from"] = self.date_from.isoformat()
        if self.date_to:
            found["date_to"] = self.date_to.isoformat()
        return {name: value for name, value in found.items() if value}


def _record_key_field() -> bool:
    return any(f.name == "record_key" for f in Response._meta.get_fields())


def demo_like(seed: int = 14, *, keys: bool = True) -> tuple[World, list[Record]]:
    rng = random.Random(seed)
    world = World(threshold=THRESHOLD)
    east = type(world.north).objects.create(partnership=world.partnership, name="Eastfield")
    localities = [world.north, world.river, east, None]
    codebook = CodebookFactory(partnership=world.partnership)
    themes = [ThemeFactory(codebook=codebook, name=name) for name in ("Police", "Money", "Friends")]
    records: list[Record] = []
    plan = [(world.consultation, 170), (world.other, 60), (None, 4)]
    for consultation, how_many in plan:
        for _ in range(how_many):
            channel = rng.choices(list(CHANNELS), weights=list(CHANNELS.values()))[0]
            about = {name: rng.choice(list(choices)) for name, choices in GROUPS.items()}
            locality = rng.choice(localities)
            day = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
            key = rng.randrange(256)
            extra = {"record_key": key if keys else 0} if _record_key_field() else {}
            if consultation is None:
                channel = "relayed"
                response = Response.objects.create(
                    partnership=world.partnership,
                    consultation=None,
                    channel=channel,
                    consent_basis=Response.ConsentBasis.YOUNG_PERSON_AGREED,
                    submitted_on=day,
                    reference_code=f"R{len(records):07d}",
                    locality=locality,
                    **about,
                    **extra,
                )
                answers = {world.harm: rng.sample(["carrying_drugs", "threats"], k=1)}
                answers_create(rows=[(response, [Answer(question=world.harm, values=answers[world.harm])])])
            else:
                answers = {}
                for question in consultation.questions.all():
                    if rng.random() < 0.15:
                        continue
                    values = [c["value"] for c in question.choices]
                    if question.kind == "scale":
                        answers[question] = [rng.choice(values)]
                    else:
                        answers[question] = rng.sample(values, k=rng.randint(1, min(2, len(values))))
                where = {"channel": channel, "on": day, "locality": locality}
                response = world.respond(consultation, **where, answers=answers, **about, **extra)
            record = Record(
                consultation.slug if consultation else None,
                channel,
                day,
                locality.name if locality else None,
                about,
                {question.key: values for question, values in answers.items()},
            )
            harm = Answer.objects.filter(response=response, question=world.harm).first()
            if harm is not None:
                for theme in rng.sample(themes, k=rng.randint(0, 2)):
                    CodingFactory(answer=harm, theme=theme)
                    record.themes.append(theme.name)
            records.append(record)
    return world, records


def _api_truth(world: World, records: list[Record]) -> Counter:
    truth: Counter = Counter()
    localities = ["Northgate", "Riverside", "Eastfield"]
    for record in records:
        truth["responses"] += 1
        for key in ("harm-seen", "risk-yp"):
            if key in record.answers:
                truth[f"q|{key}|answered"] += 1
                for value in record.answers[key]:
                    truth[f"q|{key}|{value}"] += 1
        where = record.locality if record.locality in localities else "Area not given"
        for value in record.answers.get("places-unsafe", []):
            truth[f"place|{value}"] += 1
            truth[f"place|{value}|{where}"] += 1
            truth[f"placeloc|{where}"] += 1
            truth["place|total"] += 1
        for theme in record.themes:
            truth[f"theme|{theme}"] += 1
            truth["theme|total"] += 1
    return truth


def _csv_truth(world: World, records: list[Record]) -> Counter:
    truth: Counter = Counter()
    places = {c["value"]: c["label"] for c in world.places.choices}
    harms = {c["value"]: c["label"] for c in world.harm.choices}
    for record in records:
        channel = CHANNEL_LABELS[record.channel]
        for name, labels in GROUPS.items():
            value = record.about[name]
            if value not in NOT_SAID:
                truth[f"reach-{name.replace('_', '-')}|{channel}|{labels[value]}"] += 1
        if record.locality:
            truth[f"reach-locality|{channel}|{record.locality}"] += 1
        where = record.locality or "Area not given"
        for value in record.answers.get("places-unsafe", []):
            for column in (where, "All areas"):
                truth[f"places-by-locality|{places[value]}|{column}"] += 1
                truth[f"places-by-locality|All places|{column}"] += 1
        if "harm-seen" in record.answers:
            truth["exploitation|Young people who answered|Young people"] += 1
            for value in record.answers["harm-seen"]:
                truth[f"exploitation|{harms[value]}|Young people"] += 1
        for theme in record.themes:
            truth[f"themes|{theme}|Answers"] += 1
            truth["themes|All themed answers|Answers"] += 1
    return truth


def _number(text: str) -> int | None:
    return int(text.replace(",", "")) if text.replace(",", "").isdigit() else None


def api_figures(client, token, world: World, query: Query) -> dict[str, int | None] | None:
    """Every count the API shows for a query (None where suppressed), or None when it shows no figure."""
    url = f"/api/v1/consultations/{query.scope}/aggregates/"
    body = client.get(url, query.params(), HTTP_AUTHORIZATION=f"Bearer {token}").json()
    if body["message"]:
        return None
    figures = {"responses": body["responses"]["value"]}
    for question in body["questions"]:
        figures[f"q|{question['key']}|answered"] = question["answered"]["value"]
        for option in question["options"]:
            figures[f"q|{question['key']}|{option['value']}"] = option["count"]["value"]
    if body["places"]:
        for place in body["places"]["places"]:
            figures[f"place|{place['value']}"] = place["count"]["value"]
            for where in place["by_locality"]:
                figures[f"place|{place['value']}|{where['locality']}"] = where["count"]["value"]
        for where in body["places"]["by_locality"]:
            figures[f"placeloc|{where['locality']}"] = where["count"]["value"]
        figures["place|total"] = body["places"]["total"]["value"]
    if body["themes"]:
        for theme in body["themes"]["themes"]:
            figures[f"theme|{theme['theme']}"] = theme["count"]["value"]
        figures["theme|total"] = body["themes"]["total"]["value"]
    return figures


def csv_figures(world: World, query: Query) -> dict[str, int | None] | None:
    """Every count in the CSV exports of the attacked tables (None where "[c]"), or None if none is shown.

    Built with ``dashboard_build`` and ``table_csv``, the two functions the export view calls
    (``test_the_csv_view_writes_what_the_attack_reads`` checks that they give the view's bytes).
    """
    consultation = Consultation.objects.get(slug=query.scope) if query.scope else None
    filters = DashboardFilters(consultation, query.date_from, query.date_to, query.channel)
    board = dashboard_build(partnership=world.partnership, filters=filters)
    if not board.shown:
        return None
    figures: dict[str, int | None] = {}
    for slug in ATTACKED_TABLES:
        table = board.table(slug)
        if table is None:
            continue
        lines = list(csv.reader(io.StringIO(table_csv(table=table, dashboard=board))))
        header = lines[0]
        for line in lines[1:]:
            if not line:
                break
            for heading, text in zip(header[1:], line[1:], strict=False):
                value = _number(text)
                if value is not None or text == "[c]":
                    figures[f"{slug}|{line[0]}|{heading}"] = value
    return figures


def queries(scopes, days) -> list[Query]:
    found = []
    for scope in scopes:
        for channel in ("", *CHANNELS):
            found.append(Query(scope, channel))
            for day in days:
                found.append(Query(scope, channel, date_to=day))
                found.append(Query(scope, channel, date_from=day))
                if not channel:  # a week shifted by a day, and a week and a day, as in the issue
                    found.append(Query(scope, channel, day, day + datetime.timedelta(days=6)))
                    found.append(Query(scope, channel, day, day + datetime.timedelta(days=7)))
    return found


def _inside(a: Query, b: Query) -> bool:
    """Whether every record ``a`` asks for, ``b`` asks for too (the filters nest)."""
    if b.scope is not None and a.scope != b.scope:
        return False
    if b.channel and a.channel != b.channel:
        return False
    starts = (a.date_from or datetime.date.min) >= (b.date_from or datetime.date.min)
    ends = (a.date_to or datetime.date.max) <= (b.date_to or datetime.date.max)
    return starts and ends


def _one_step(a: Query, b: Query) -> bool:
    """Pairs the attacker tries: one filter widened (a day at either end, a channel, a consultation)."""
    if a == b or not _inside(a, b):
        return False
    changed = sum(
        (a.scope != b.scope, a.channel != b.channel, a.date_from != b.date_from, a.date_to != b.date_to)
    )
    return changed == 1


@dataclass
class AttackResult:
    queries: int = 0
    comparisons: int = 0
    groups_found: list = field(default_factory=list)
    small_cells: int = 0  # (comparison, figure) pairs whose true difference is 1 to threshold - 1
    small_cells_exact: int = 0  # ... that the published difference gives exactly
    estimates: dict = field(default_factory=dict)  # (group, figure) -> (truth, [published differences])

    def averaged_exact(self) -> tuple[int, int]:
        """Small cells an attacker averaging every comparison of the same records reads exactly, of all."""
        right = sum(round(sum(seen) / len(seen)) == truth for truth, seen in self.estimates.values())
        return right, len(self.estimates)


def ptable_chance_bound() -> float:
    """The greatest chance that two counts' noises are equal, over any two rows of the perturbation table
    but two counts both at the threshold (their difference is 0, never a small cell)."""
    shares = [[row.count(noise) / len(row) for noise in range(-5, 6)] for row in ptable().rows]
    return max(
        sum(a * b for a, b in zip(first, second, strict=True))
        for i, first in enumerate(shares)
        for j, second in enumerate(shares)
        if i or j
    )


def _compare(result, label, wider, narrower, group, truth, counted=(), counted_truth=None) -> None:
    """One differencing: does ``wider - narrower`` read the small ``group``'s figures, or a small cell of a
    larger group, exactly?

    ``group`` is who the attacker means to isolate (the records one filter step adds); ``counted`` is who the
    two queries' figures really differ by (whole months, small units left out), and ``counted_truth`` their
    true figures, against which each small cell is checked.
    """
    result.comparisons += 1
    size = len(group)
    counted_truth = counted_truth or Counter()
    if wider is None or narrower is None:
        return
    keys = [k for k in wider if k in narrower and wider[k] is not None and narrower[k] is not None]
    keys = [
        k
        for k in keys
        if k in truth or k in counted_truth or k.split("|")[0] in {"q", "place", "placeloc", "theme"}
    ]
    keys = [k for k in keys if k != "responses"] + (["responses"] if "responses" in keys else [])
    differences = {k: wider[k] - narrower[k] for k in keys}
    if (
        1 <= size < THRESHOLD
        and any(differences.values())
        and all(differences[k] == truth.get(k, 0) for k in keys)
    ):
        result.groups_found.append((label, size, {k: v for k, v in differences.items() if v}))
    who = frozenset(map(id, counted))
    for k in keys:
        if 1 <= counted_truth.get(k, 0) < THRESHOLD:
            result.small_cells += 1
            result.small_cells_exact += differences[k] == counted_truth[k]
            result.estimates.setdefault((who, k), (counted_truth[k], []))[1].append(differences[k])


def attack(client, token, world: World, records: list[Record], *, surfaces=("api", "csv"), scopes=None):
    days = [FIRST_DAY + datetime.timedelta(days=n) for n in range(-1, DAYS + 1)]
    slugs = scopes or [world.consultation.slug, world.other.slug]
    result = AttackResult()
    young = list(records)

    def members(query: Query) -> list[Record]:
        return [r for r in young if query.matches(r)]

    def unit(record: Record) -> tuple:
        return record.consultation, record.channel, month_start(record.day)

    sizes = Counter(map(unit, young))

    def counted(query: Query) -> list[Record]:
        """Who the query's figures count: whole months, units of fewer than the threshold left out."""
        banded = Query(
            query.scope,
            query.channel,
            month_start(query.date_from) if query.date_from else None,
            month_end(query.date_to) if query.date_to else None,
        )
        return [r for r in young if banded.matches(r) and sizes[unit(r)] >= THRESHOLD]

    def difference(wider: list[Record], narrower: list[Record]) -> list[Record]:
        inside = set(map(id, narrower))
        return [r for r in wider if id(r) not in inside]

    for surface, scopes, figures_of, truth_of in (
        ("api", slugs, lambda q: api_figures(client, token, world, q), _api_truth),
        ("csv", [None, *slugs], lambda q: csv_figures(world, q), _csv_truth),
    ):
        if surface not in surfaces:
            continue
        asked = queries(scopes, days)
        published = {query: figures_of(query) for query in asked}
        result.queries += len(asked)
        by_shape: dict = {}
        for query in asked:
            by_shape.setdefault((query.scope, query.channel), []).append(query)
        pairs = [
            (narrower, wider)
            for narrower in asked
            for wider in by_shape.get((narrower.scope, narrower.channel), [])
            + by_shape.get((narrower.scope, ""), [])
            + by_shape.get((None, narrower.channel), [])
            if _one_step(narrower, wider)
        ]
        for narrower, wider in pairs:
            group = difference(members(wider), members(narrower))
            really = difference(counted(wider), counted(narrower))
            _compare(result, (surface, narrower, wider), published[wider], published[narrower], group,
                     truth_of(world, group), really, truth_of(world, really))  # fmt: skip
        if surface == "csv":
            # A set of queries: all consultations minus each consultation leaves the relayed voices.
            for query in asked:
                if query.scope is not None:
                    continue
                parts = [Query(slug, query.channel, query.date_from, query.date_to) for slug in slugs]
                whole, pieces = published[query], [published[p] for p in parts]
                if whole is None or any(p is None for p in pieces):
                    continue
                keys = [k for k in whole if all(k in p for p in pieces)]
                rest = {
                    k: whole[k] - sum(p[k] for p in pieces)
                    for k in keys
                    if whole[k] is not None and all(p[k] is not None for p in pieces)
                }
                listed = {id(r) for p in parts for r in members(p)}
                group = [r for r in members(query) if id(r) not in listed]
                listed = {id(r) for p in parts for r in counted(p)}
                really = [r for r in counted(query) if id(r) not in listed]
                _compare(result, ("csv", query, "minus each consultation"), rest, dict.fromkeys(rest, 0),
                         group, _csv_truth(world, group), really, _csv_truth(world, really))  # fmt: skip
    return result


def test_no_pair_or_set_of_queries_reads_a_small_groups_figures_or_a_small_cell_better_than_chance(client):
    world, records = demo_like()
    _client, token = api_client_with_token(agency=world.leader.agency, scopes=["read_aggregates"])
    result = attack(client, token, world, records)
    averaged, targets = result.averaged_exact()
    print(  # noqa: T201 - the figures for the issue's note (pytest -s)
        f"differencing attack: {result.queries} queries, {result.comparisons} comparisons, "
        f"{len(result.groups_found)} groups found; {result.small_cells} small cells read, "
        f"{result.small_cells_exact} exactly ({result.small_cells_exact / result.small_cells:.3f}); "
        f"averaging: {averaged} of {targets} ({averaged / targets:.3f}); bound {ptable_chance_bound():.3f}"
    )
    for found in result.groups_found[:5]:
        print("  found:", found)  # noqa: T201
    assert result.queries > 1000
    assert result.groups_found == []
    assert result.small_cells > 1000 and targets > 50  # the attack reaches many small cells
    assert result.small_cells_exact / result.small_cells <= ptable_chance_bound()
    assert averaged / targets <= ptable_chance_bound()


def test_without_noise_the_same_attack_reads_every_small_cell_exactly(client):
    """The attack's check is not one that cannot fail: with every record key 0 (no noise, the figures as
    they were before cell-key perturbation) it reads every small cell of a unit exactly. A shorter run:
    the API only, one consultation."""
    world, records = demo_like(keys=False)
    _client, token = api_client_with_token(agency=world.leader.agency, scopes=["read_aggregates"])
    result = attack(client, token, world, records, surfaces=("api",), scopes=[world.consultation.slug])
    print(  # noqa: T201
        f"without noise: {result.small_cells} small cells read, {result.small_cells_exact} exactly"
    )
    assert result.groups_found == []  # release units still hold
    assert result.small_cells > 100 and result.small_cells_exact == result.small_cells


def test_the_csv_view_writes_what_the_attack_reads(client):
    world = World(threshold=5)
    answers = {world.places: ["park"], world.harm: ["threats"]}
    world.respond_many(12, on=FIRST_DAY, locality=world.north, answers=answers)
    client.force_login(world.leader.user)
    query = Query(world.consultation.slug, "online", FIRST_DAY)
    params = {"consultation": world.consultation.slug, "channel": "online", "date_from": "2026-10-20"}
    board = dashboard_build(
        partnership=world.partnership,
        filters=DashboardFilters(world.consultation, query.date_from, None, query.channel),
    )
    for slug in ("places-by-locality", "exploitation"):
        response = client.get(f"/staff/insights/dashboard/export/{slug}.csv", params)
        assert response.status_code == 200
        assert response.content.decode() == table_csv(table=board.table(slug), dashboard=board)
