"""Dashboard queries over 1,000,000 synthetic responses (about 10 million answers) in PostgreSQL.

Loads the rows with INSERT ... SELECT generate_series (not the ORM), then times every dashboard aggregate
(p50/p95 over repeated runs with different filters) and the same aggregates in pandas after loading the
rows, side by side. Target (issue 5): every dashboard query p95 < 500 ms.

Run against an empty PostgreSQL database (it is migrated and filled; --keep reuses a filled one):
    createdb -h 127.0.0.1 -U postgres yv_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/yv_bench .venv/bin/python bench/dashboard_queries.py \
        --responses 1000000

``--compare-with REF`` (e.g. the commit before the roll-ups of insights 0015) times, in the same run and on
the same rows, the aggregates and the whole dashboard as they were at that git revision (with
``--old-indexes``: on insights 0009's ``OLD`` indexes), then the current ones, then the same aggregates in
pandas and DuckDB (unless ``--no-pandas``), and prints them side by side with the load average.
"""

# ruff: noqa: E501, S608 - long fixed SQL built from integer ids only
from __future__ import annotations

import argparse
import datetime
import io
import os
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")

START = datetime.date(2024, 1, 1)
DAYS = 540
PROFESSIONAL_SHARE = 0.04
ANSWER_CHANCE = 0.55  # of 18 questions: about 10 answers a response


def setup_django():
    import django

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to an empty PostgreSQL database.")
    django.setup()


def build(responses: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    from youthvoice.consultations.models import Audience, Consultation, ConsultationQuestion, Question
    from youthvoice.consultations.services import question_bank_load
    from youthvoice.insights.demo import demo_population_csv
    from youthvoice.insights.models import Codebook, Theme
    from youthvoice.insights.population.services import population_baseline_upload
    from youthvoice.partnership.models import Locality, Partnership

    call_command("migrate", verbosity=0)
    partnership = Partnership.objects.create(name="Bench partnership", slug="bench", area="Bench")
    localities = [Locality.objects.create(partnership=partnership, name=f"Area {n}") for n in range(1, 9)]
    question_bank_load(partnership=partnership)
    population_baseline_upload(
        partnership=partnership,
        uploaded_by=None,
        name="Bench population",
        source="synthetic",
        year=2024,
        data=demo_population_csv(localities=[loc.name for loc in localities]),
    )
    codebook = Codebook.objects.create(partnership=partnership, name="Bench themes")
    themes = [Theme.objects.create(codebook=codebook, name=f"Theme {n}") for n in range(1, 13)]
    young_keys = [
        "places-unsafe", "places-safe", "harm-seen", "harm-debt", "services-heard-of", "services-used",
        "trusted-adult-have", "trusted-adult-who", "help-priorities", "places-safe-at-night",
        "risk-drugs-yp", "risk-online-yp", "risk-tell-yp", "risk-safe-area-yp", "help-what-would",
        "harm-signs", "definition-exploitation", "help-one-thing",
    ]  # fmt: skip
    professional_keys = ["risk-drugs-pro", "risk-online-pro", "risk-tell-pro", "risk-safe-area-pro"]
    consultations = []
    for n in range(1, 6):
        consultations.append(
            Consultation.objects.create(
                partnership=partnership, slug=f"bench-{n}", title=f"Bench consultation {n}", purpose="services",
                purpose_detail="Bench", channels=["online"], opens_on=START, closes_on=START + datetime.timedelta(DAYS),
                promise="Bench", feedback_due_on=START + datetime.timedelta(DAYS + 60), status="closed",
            )
        )  # fmt: skip
    professionals = Consultation.objects.create(
        partnership=partnership, slug="bench-pro", title="Professionals", purpose="services",
        audience=Audience.PROFESSIONALS, purpose_detail="Bench", channels=["online"], opens_on=START,
        closes_on=START + datetime.timedelta(DAYS), promise="Bench",
        feedback_due_on=START + datetime.timedelta(DAYS + 60), status="closed",
    )  # fmt: skip
    questions = {q.key: q for q in Question.objects.filter(partnership=partnership)}
    for consultation in consultations:
        for order, key in enumerate(young_keys, start=1):
            ConsultationQuestion.objects.create(
                consultation=consultation, question=questions[key], order=order
            )
    for order, key in enumerate(professional_keys, start=1):
        ConsultationQuestion.objects.create(consultation=professionals, question=questions[key], order=order)

    started = time.perf_counter()
    consultation_ids = "ARRAY[" + ",".join(str(c.pk) for c in consultations) + "]"
    locality_ids = "ARRAY[" + ",".join(str(loc.pk) for loc in localities) + "]"
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")
        # A bulk load: skip the per-row foreign key checks (triggers), which at commit would re-read a
        # response for each of 10 million answers. The SQL below copies every column from its response, so
        # nothing it writes could fail them. Needs a superuser, as the bench's own database has.
        cursor.execute("SET session_replication_role = replica")
        # Responses: demographics skewed a little, a tenth "prefer not to say", a tenth no locality.
        cursor.execute(
            f"""
            INSERT INTO voices_response (partnership_id, consultation_id, channel, submitted_on, language,
                reference_code, age_band, gender, ethnic_group, locality_id, locality_not_said, send,
                care_experienced, consent_basis, place_type, at_risk_now, no_referral_reason, record_key,
                respondent_agency_kind, respondent_role, respondent_relationship)
            SELECT %(p)s,
                CASE WHEN random() < %(pro)s THEN %(pro_id)s ELSE ({consultation_ids})[1 + (g %% 5)] END,
                (ARRAY['online','online','online','youth_worker','school','school','vcs','relayed'])[1 + floor(random()*8)::int],
                %(start)s::date + floor(random() * %(days)s)::int, 'en', 'B' || g,
                (ARRAY['11-13','14-15','14-15','16-17','16-17','18-21','22-25','prefer_not_to_say'])[1 + floor(random()*8)::int],
                (ARRAY['girl','boy','girl','boy','non_binary','self_described','prefer_not_to_say',''])[1 + floor(random()*8)::int],
                (ARRAY['white','white','white','white','asian','black','mixed','other','prefer_not_to_say',''])[1 + floor(random()*10)::int],
                CASE WHEN random() < 0.1 THEN NULL ELSE ({locality_ids})[1 + floor(random()*8)::int] END,
                false,
                (ARRAY['yes','no','no','no','','prefer_not_to_say'])[1 + floor(random()*6)::int],
                (ARRAY['yes','no','no','no','','prefer_not_to_say'])[1 + floor(random()*6)::int],
                'information_sharing', '', false, '', floor(random() * 256)::int, '', '', ''
            FROM generate_series(1, %(n)s) AS g
            """,
            {"p": partnership.pk, "pro": PROFESSIONAL_SHARE, "pro_id": professionals.pk, "start": START,
             "days": DAYS, "n": responses},
        )  # fmt: skip
        # Answers: each response answers each of its consultation's questions with a fixed chance. Choice
        # answers pick random choices (one for single and scale, one to three for multiple and place). Like
        # voices.services.answers_create, each answer copies its response's dashboard columns (and each
        # coding its answer's); the foreign key of migration voices 0006 refuses them otherwise.
        cursor.execute(
            """
            INSERT INTO voices_answer (response_id, question_id, "values", scale_value, text, consultation_id,
                channel, submitted_on, locality_id, record_key)
            SELECT r.id, q.id,
                CASE WHEN q.kind IN ('free_text', 'definition') THEN '[]'::jsonb
                     WHEN q.kind IN ('single', 'scale') THEN jsonb_build_array(q.choices -> c1 -> 'value')
                     ELSE (SELECT jsonb_agg(DISTINCT q.choices -> x -> 'value') FROM unnest(ARRAY[c1, c2, c3]) x
                           WHERE x IS NOT NULL) END,
                CASE WHEN q.kind = 'scale' THEN ((q.choices -> c1 ->> 'value'))::int END,
                CASE WHEN q.kind IN ('free_text', 'definition') THEN
                    (ARRAY['More youth clubs open late', 'Adults who listen', 'Safer buses at night',
                           'Being used by older people', 'Scared of the police'])[1 + floor(random()*5)::int]
                     ELSE '' END,
                r.consultation_id, r.channel, r.submitted_on, r.locality_id, r.record_key
            FROM voices_response r
            JOIN consultations_consultationquestion cq ON cq.consultation_id = r.consultation_id
            JOIN consultations_question q ON q.id = cq.question_id
            CROSS JOIN LATERAL (
                SELECT floor(random() * jsonb_array_length(q.choices))::int AS c1,
                       CASE WHEN random() < 0.5 THEN floor(random() * jsonb_array_length(q.choices))::int END AS c2,
                       CASE WHEN random() < 0.3 THEN floor(random() * jsonb_array_length(q.choices))::int END AS c3
            ) picks
            WHERE r.partnership_id = %(p)s AND random() < %(chance)s
            """,
            {"p": partnership.pk, "chance": ANSWER_CHANCE if len(young_keys) > 4 else 1.0},
        )
        # Professionals answer all four items (their consultation has only those).
        # Codings: a fifth of free-text answers get an accepted theme.
        cursor.execute(
            f"""
            INSERT INTO insights_coding (answer_id, theme_id, source, status, coded_on, consultation_id, channel,
                submitted_on, record_key)
            SELECT a.id, ({"ARRAY[" + ",".join(str(t.pk) for t in themes) + "]"})[1 + floor(random()*{len(themes)})::int],
                   'human', CASE WHEN random() < 0.9 THEN 'accepted' ELSE 'suggested' END, now()::date,
                   a.consultation_id, a.channel, a.submitted_on, a.record_key
            FROM voices_answer a JOIN consultations_question q ON q.id = a.question_id
            WHERE q.kind IN ('free_text', 'definition') AND random() < 0.2
            """
        )
        cursor.execute("SET session_replication_role = DEFAULT")
        cursor.execute("SELECT count(*) FROM voices_response")
        n_responses = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM voices_answer")
        n_answers = cursor.fetchone()[0]
    connection.connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(
        f"Loaded {n_responses:,} responses and {n_answers:,} answers in {time.perf_counter() - started:.0f} s"
    )


def filter_sets(partnership):
    from youthvoice.consultations.models import Audience, Consultation
    from youthvoice.insights.dashboard.aggregates import DashboardFilters

    consultations = list(Consultation.objects.filter(partnership=partnership, audience=Audience.YOUNG_PEOPLE))
    day = datetime.timedelta(days=1)
    sets = [("no filter", DashboardFilters())]
    for n, consultation in enumerate(consultations[:3]):
        sets.append((f"consultation {n + 1}", DashboardFilters(consultation=consultation)))
    for channel in ("online", "school", "relayed"):
        sets.append((f"channel {channel}", DashboardFilters(channel=channel)))
    sets.append(("last 90 days", DashboardFilters(date_from=START + (DAYS - 90) * day)))
    sets.append(("one month", DashboardFilters(date_from=START + 100 * day, date_to=START + 130 * day)))
    sets.append(
        (
            "consultation + channel + quarter",
            DashboardFilters(
                consultation=consultations[0],
                channel="youth_worker",
                date_from=START + 200 * day,
                date_to=START + 290 * day,
            ),
        )
    )
    return sets


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


# Where the modules the old code names live since insights was split into packages (issue 16): the old
# code is read from its flat path (or the new one), and its imports of the flat names find the new modules.
FLAT_NAMES = {
    "aggregates": "dashboard.aggregates",
    "dashboard": "dashboard.selectors",
    "dashboard_config": "dashboard.config",
    "selectors": "population.selectors",
}


def modules_at(ref: str):
    """The dashboard's aggregates and ``dashboard_build`` as they were at git revision ``ref``."""
    from importlib import import_module

    root = Path(__file__).resolve().parents[1]

    def source(name: str) -> str:
        for path in (
            f"src/youthvoice/insights/{name}.py",
            f"src/youthvoice/insights/{FLAT_NAMES[name].replace('.', '/')}.py",
        ):
            shown = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=root, capture_output=True, text=True)  # noqa: S603, S607
            if shown.returncode == 0:
                return shown.stdout
        raise SystemExit(f"{ref} has no insights {name} module")

    for old, new in FLAT_NAMES.items():
        if old != "dashboard":  # the package's own name: old code never imports the old module by it
            sys.modules.setdefault(f"youthvoice.insights.{old}", import_module(f"youthvoice.insights.{new}"))
    loaded = {}
    for name in ("aggregates", "dashboard"):
        module = types.ModuleType(f"bench_{name}_at_{ref}")
        sys.modules[module.__name__] = module
        text = source(name)
        if name == "dashboard":  # the old dashboard counts with the old aggregates
            module.aggregates = loaded["aggregates"]
            text = text.replace("from youthvoice.insights import aggregates\n", "")
            text = text.replace("from youthvoice.insights.dashboard import aggregates\n", "")
        exec(compile(text, f"{ref}:{name}.py", "exec"), module.__dict__)  # noqa: S102 - our own repository's code
        loaded[name] = module
    return loaded["aggregates"], loaded["dashboard"].dashboard_build


def indexes(which: str) -> None:
    """Build the dashboard's indexes as before cell-key perturbation (``OLD``) or as now (``NEW``)."""
    from importlib import import_module

    from django.db import connection

    migration = import_module("youthvoice.insights.migrations.0009_dashboard_indexes_carry_record_keys")
    started = time.perf_counter()
    with connection.schema_editor() as editor:
        migration.indexes_replace(editor, getattr(migration, which))
    print(f"indexes {which}: built in {time.perf_counter() - started:.0f} s")


def time_queries(
    partnership, repeats: int, *, aggregates=None, dashboard_build=None
) -> dict[str, list[float]]:
    from youthvoice.insights.dashboard.config import load_dashboard_config

    if aggregates is None:
        from youthvoice.insights.dashboard import aggregates
        from youthvoice.insights.dashboard.selectors import dashboard_build

    config = load_dashboard_config()
    queries = {
        "headline: responses": lambda f: aggregates.response_count(partnership=partnership, filters=f),
        "themes": lambda f: aggregates.theme_counts(partnership=partnership, filters=f),
        "places by locality": lambda f: aggregates.place_counts_by_locality(
            partnership=partnership, key=config.places_question, filters=f
        ),
        "types of exploitation": lambda f: aggregates.choice_counts(
            partnership=partnership, key=config.exploitation_question, filters=f
        ),
        "perception gap (counts)": lambda f: aggregates.mirrored_scale_counts(
            partnership=partnership, filters=f
        ),
    }
    for field in aggregates.REPRESENTATION_FIELDS:
        queries[f"channel x {field}"] = lambda f, field=field: aggregates.channel_group_counts(
            partnership=partnership, filters=f, field=field
        )
    queries["whole dashboard (all + protection)"] = lambda f: dashboard_build(
        partnership=partnership, filters=f
    )
    timings: dict[str, list[float]] = {name: [] for name in queries}
    sets = filter_sets(partnership)
    for _ in range(repeats):
        for _label, filters in sets:
            for name, query in queries.items():
                started = time.perf_counter()
                query(filters)
                timings[name].append((time.perf_counter() - started) * 1000)
    return timings


def peer_timings(queries: dict, partnership, repeats: int) -> dict[str, list[float]]:
    """A peer's milliseconds per query and filter set; its whole page is the sum of its queries."""
    timings: dict[str, list[float]] = {name: [] for name in queries}
    timings[WHOLE] = []
    for _ in range(repeats):
        for _label, filters in filter_sets(partnership):
            page = 0.0
            for name, query in queries.items():
                begun = time.perf_counter()
                query(filters)
                timings[name].append((time.perf_counter() - begun) * 1000)
                page += timings[name][-1]
            timings[WHOLE].append(page)
    return timings


def pandas_side(partnership, repeats: int) -> tuple[float, dict[str, list[float]]]:
    """Load the rows the dashboard reads into pandas (COPY), then compute the same aggregates there."""
    import numpy as np
    import pandas as pd
    from django.db import connection

    from youthvoice.consultations.models import Question
    from youthvoice.insights.dashboard.config import load_dashboard_config

    config = load_dashboard_config()

    def copy(sql: str) -> pd.DataFrame:
        buffer = io.BytesIO()
        with (
            connection.cursor() as cursor,
            cursor.connection.cursor().copy(f"COPY ({sql}) TO STDOUT WITH CSV HEADER") as copy_,
        ):
            for block in copy_:
                buffer.write(block)
        buffer.seek(0)
        return pd.read_csv(buffer)

    started = time.perf_counter()
    responses = copy(
        "SELECT r.id, r.consultation_id, r.channel, r.submitted_on, r.age_band, r.gender, r.ethnic_group,"
        " r.locality_id, c.audience FROM voices_response r LEFT JOIN consultations_consultation c"
        f" ON c.id = r.consultation_id WHERE r.partnership_id = {partnership.pk}"
    )
    responses["submitted_on"] = pd.to_datetime(responses["submitted_on"])
    answers = copy(
        'SELECT a.response_id, a.question_id, a."values"::text AS values, a.scale_value FROM voices_answer a'
        " JOIN consultations_question q ON q.id = a.question_id WHERE q.kind IN ('place', 'multiple', 'scale')"
        f" AND q.partnership_id = {partnership.pk}"
    )
    codings = copy(
        "SELECT answer_id, theme_id, r.id AS response_id FROM insights_coding c JOIN voices_answer a"
        " ON a.id = c.answer_id JOIN voices_response r ON r.id = a.response_id WHERE c.status = 'accepted'"
    )
    load_seconds = time.perf_counter() - started
    questions = {q.key: q for q in Question.objects.filter(partnership=partnership)}
    responses = responses.astype({"channel": "string", "audience": "string"})
    places_q, harm_q = questions[config.places_question], questions[config.exploitation_question]
    mirrored = [q for q in questions.values() if q.mirror_key]

    def response_mask(frame, f, dates_only=False):
        mask = np.ones(len(frame), dtype=bool)
        if f.date_from:
            mask &= frame["submitted_on"].to_numpy() >= np.datetime64(f.date_from)
        if f.date_to:
            mask &= frame["submitted_on"].to_numpy() <= np.datetime64(f.date_to)
        if not dates_only:
            if f.consultation:
                mask &= frame["consultation_id"].to_numpy() == f.consultation.pk
            if f.channel:
                mask &= frame["channel"].to_numpy() == f.channel
        return mask

    young = responses[(responses["audience"] != "professionals")]

    def filtered_answers(question, f):
        chosen = answers[answers["question_id"] == question.pk]
        ids = young.loc[response_mask(young, f), ["id", "locality_id"]]
        return chosen.merge(ids, left_on="response_id", right_on="id")

    def places(f):
        rows = filtered_answers(places_q, f)
        exploded = rows.assign(place=rows["values"].str.findall(r'"([^"]+)"')).explode("place")
        return exploded.groupby(["locality_id", "place"], dropna=False).size()

    def harm(f):
        rows = filtered_answers(harm_q, f)
        return (
            rows.assign(kind=rows["values"].str.findall(r'"([^"]+)"')).explode("kind").groupby("kind").size()
        )

    def perception(f):
        out = []
        for q in mirrored:
            frame = young if q.audience == "young_people" else responses
            ids = frame.loc[response_mask(frame, f, dates_only=q.audience != "young_people"), ["id"]]
            rows = answers[answers["question_id"] == q.pk].merge(ids, left_on="response_id", right_on="id")
            out.append(rows.groupby("scale_value").size())
        return out

    def themes(f):
        ids = young.loc[response_mask(young, f), ["id"]]
        return codings.merge(ids, left_on="response_id", right_on="id").groupby("theme_id").size()

    queries = {
        "headline: responses": lambda f: int(response_mask(young, f).sum()),
        "themes": themes,
        "places by locality": places,
        "types of exploitation": harm,
        "perception gap (counts)": perception,
    }
    for field in ("age_band", "gender", "ethnic_group", "locality_id"):
        name = "channel x locality" if field == "locality_id" else f"channel x {field}"
        queries[name] = lambda f, field=field: (
            young.loc[response_mask(young, f)].dropna(subset=[field]).groupby(["channel", field]).size()
        )
    return load_seconds, peer_timings(queries, partnership, repeats), (responses, answers, codings, questions)


WHOLE = "whole dashboard (all + protection)"


def duckdb_side(partnership, repeats: int, frames) -> tuple[float, dict[str, list[float]]]:
    """The same aggregates in DuckDB over the same rows (pandas' frames, copied into DuckDB's own tables
    with each answer and coding carrying its response's filter columns, as youthvoice's do)."""
    import duckdb

    from youthvoice.insights.dashboard.config import load_dashboard_config

    responses, answers, codings, questions = frames
    config = load_dashboard_config()
    started = time.perf_counter()
    db = duckdb.connect()
    db.register("responses_frame", responses)
    db.register("answers_frame", answers)
    db.register("codings_frame", codings)
    db.execute("CREATE TABLE r AS SELECT * FROM responses_frame")
    db.execute(
        "CREATE TABLE a AS SELECT a.question_id, a.scale_value,"
        " CAST(json_extract_string(a.values, '$[*]') AS VARCHAR[]) AS vals, r.consultation_id, r.channel,"
        " r.submitted_on, r.locality_id, r.audience FROM answers_frame a JOIN r ON r.id = a.response_id"
    )
    db.execute(
        "CREATE TABLE c AS SELECT c.theme_id, r.consultation_id, r.channel, r.submitted_on, r.audience"
        " FROM codings_frame c JOIN r ON r.id = c.response_id"
    )
    load_seconds = time.perf_counter() - started
    places_q, harm_q = questions[config.places_question], questions[config.exploitation_question]
    mirrored = [q for q in questions.values() if q.mirror_key]

    def where(f, dates_only=False, young=True):
        parts = ["audience IS DISTINCT FROM 'professionals'"] if young else ["true"]
        if f.date_from:
            parts.append(f"submitted_on >= DATE '{f.date_from}'")
        if f.date_to:
            parts.append(f"submitted_on <= DATE '{f.date_to}'")
        if not dates_only:
            if f.consultation:
                parts.append(f"consultation_id = {f.consultation.pk}")
            if f.channel:
                parts.append(f"channel = '{f.channel}'")
        return " AND ".join(parts)

    def run(sql):
        return db.execute(sql).fetchall()

    def perception(f):
        out = []
        for q in mirrored:
            young = q.audience == "young_people"
            out.append(
                run(
                    f"SELECT scale_value, count(*) FROM a WHERE question_id = {q.pk}"
                    f" AND scale_value IS NOT NULL AND {where(f, dates_only=not young, young=young)} GROUP BY 1"
                )
            )
        return out

    queries = {
        "headline: responses": lambda f: run(f"SELECT count(*) FROM r WHERE {where(f)}"),
        "themes": lambda f: run(f"SELECT theme_id, count(*) FROM c WHERE {where(f)} GROUP BY 1"),
        "places by locality": lambda f: run(
            f"SELECT locality_id, v, count(*) FROM (SELECT locality_id, unnest(vals) AS v FROM a"
            f" WHERE question_id = {places_q.pk} AND {where(f)}) GROUP BY 1, 2"
        ),
        "types of exploitation": lambda f: run(
            f"SELECT v, count(*) FROM (SELECT unnest(vals) AS v FROM a WHERE question_id = {harm_q.pk}"
            f" AND {where(f)}) GROUP BY 1"
        ),
        "perception gap (counts)": perception,
    }
    for field in ("age_band", "gender", "ethnic_group", "locality_id"):
        name = "channel x locality" if field == "locality_id" else f"channel x {field}"
        queries[name] = lambda f, field=field: run(
            f"SELECT channel, {field}, count(*) FROM r WHERE {where(f)} AND {field} IS NOT NULL GROUP BY 1, 2"
        )
    return load_seconds, peer_timings(queries, partnership, repeats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3, help="runs of every filter set")
    parser.add_argument("--keep", action="store_true", help="reuse the rows already loaded")
    parser.add_argument("--no-pandas", action="store_true")
    parser.add_argument("--compare-with", metavar="REF", help="time this git revision's queries too (before)")
    parser.add_argument(
        "--peers",
        action="store_true",
        help="without --compare-with: youthvoice, pandas and DuckDB side by side (no before)",
    )
    parser.add_argument(
        "--old-indexes",
        action="store_true",
        help="with --compare-with: time REF on insights 0009's OLD indexes",
    )
    args = parser.parse_args()
    setup_django()
    from youthvoice.partnership.models import Partnership

    print(f"Load average at the start: {load_average()}")
    if args.keep:
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("migrate", verbosity=0)  # indexes and roll-ups added since the rows were loaded
        print(f"migrate: {time.perf_counter() - started:.1f} s")
    else:
        build(args.responses)
        from django.db import connection

        from youthvoice.insights.dashboard.rollups import rollups_rebuild

        # The bulk load ran with triggers off: count its rows into the roll-ups, as the migration would.
        started = time.perf_counter()
        rollups_rebuild(connection=connection, verbose=True)
        print(f"roll-ups rebuilt in {time.perf_counter() - started:.1f} s")
    partnership = Partnership.objects.get(slug="bench")
    sets = filter_sets(partnership)
    print(f"Filter sets ({len(sets)}): " + "; ".join(label for label, _ in sets))
    if args.compare_with or args.peers:
        compare(
            partnership,
            args.repeats,
            args.compare_with,
            old_indexes=args.old_indexes,
            peers=not args.no_pandas,
        )
        print(f"Load average at the end: {load_average()}")
        return
    sql = time_queries(partnership, args.repeats)
    load_seconds, frame = (0.0, {}) if args.no_pandas else pandas_side(partnership, args.repeats)[:2]
    print()
    if frame:
        print(f"pandas: loading the rows took {load_seconds:.1f} s (not counted below)")
    print(
        f"{'query':38} {'SQL p50':>9} {'SQL p95':>9} {'pandas p50':>11} {'pandas p95':>11}  target p95 < 500 ms"
    )
    for name, values in sql.items():
        pandas_values = frame.get(name)
        pandas_text = (
            f"{statistics.median(pandas_values):9.0f}ms {percentile(pandas_values, 95):9.0f}ms"
            if pandas_values
            else f"{'-':>11} {'-':>11}"
        )
        p95 = percentile(values, 95)
        verdict = "" if name.startswith("whole") else ("ok" if p95 < 500 else "SLOW")
        print(f"{name:38} {statistics.median(values):7.0f}ms {p95:7.0f}ms {pandas_text}  {verdict}")


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def compare(
    partnership, repeats: int, ref: str | None, *, old_indexes: bool = False, peers: bool = True
) -> None:
    """Before (``ref``'s queries; none without a ref) and after (these), same rows, same run, with pandas
    and DuckDB beside."""
    columns = {}
    if ref:
        old_aggregates, old_dashboard = modules_at(ref)
        if old_indexes:
            indexes("OLD")
        started = time.perf_counter()
        columns["before"] = time_queries(
            partnership, repeats, aggregates=old_aggregates, dashboard_build=old_dashboard
        )
        print(f"before ({ref}) timed in {time.perf_counter() - started:.0f} s; load average {load_average()}")
        if old_indexes:
            indexes("NEW")
    started = time.perf_counter()
    after = columns["after" if ref else "youthvoice"] = time_queries(partnership, repeats)
    print(f"after timed in {time.perf_counter() - started:.0f} s; load average {load_average()}")
    if peers:
        started = time.perf_counter()
        pandas_load, columns["pandas"], frames = pandas_side(partnership, repeats)
        duck_load, columns["DuckDB"] = duckdb_side(partnership, repeats, frames)
        print(f"pandas and DuckDB (loads included) in {time.perf_counter() - started:.0f} s")
        print(
            f"pandas loaded the rows in {pandas_load:.1f} s, DuckDB copied them in {duck_load:.1f} s (not counted)"
        )
    print(f"\n{'query':38} " + " ".join(f"{label + ' p50':>12} {label + ' p95':>12}" for label in columns))
    for name in after:
        cells = []
        for values in columns.values():
            timings = values.get(name)
            cells.append(
                f"{statistics.median(timings):10.0f}ms {percentile(timings, 95):10.0f}ms"
                if timings
                else f"{'-':>12} {'-':>12}"
            )
        print(f"{name:38} " + " ".join(cells))


if __name__ == "__main__":
    main()
