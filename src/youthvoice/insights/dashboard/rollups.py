"""The roll-ups' SQL: the triggers that keep them current and the rebuild from the rows.

One expansion per table says which roll-up cells a row counts in (``_deltas``); the triggers run it over
the rows a statement wrote (+1) and removed (-1), and the rebuild runs it over every row. So what a trigger
adds and what a rebuild counts cannot differ. Every write path is covered without touching it: journey
submissions, relayed voices, imports, the API, edits of a response (its copies on answers and codings
follow), coding changes, erasure and retention deletes, in bulk or one row at a time.

- PostgreSQL: one statement-level trigger per table and event, reading the statement's transition tables,
  so a submission's ten answers update the roll-up in one grouped upsert. Rows are upserted in key order so
  two transactions lock shared cells in the same order, and each trigger first locks the total cell of the
  release units its rows are in (``_units_lock``), so transactions in one unit queue there and cannot
  deadlock, whatever order they write responses, answers and codings in.
- SQLite: row-level triggers (SQLite has no statement-level ones), same expansion over ``NEW``/``OLD``.

A row's choices are counted as ``aggregates.JSONArrayHas`` matches them on each database: PostgreSQL
(``values @> '["x"]'``) counts the distinct strings of a JSON array; SQLite (``json_each``) the distinct
text values ``json_each`` yields.

``TRUNCATE`` and writes with triggers switched off (``session_replication_role = replica``, as the bench's
bulk load uses) are not seen: run ``youthvoice rebuild_rollups`` after them.
"""

# ruff: noqa: S608 - SQL built from this module's own table and column names, never from input
from __future__ import annotations

import time
from dataclasses import dataclass

from django.db import transaction

RESPONSE_DIMENSIONS = ("age_band", "gender", "ethnic_group", "locality", "send", "care_experienced")


@dataclass(frozen=True)
class Source:
    table: str  # the table written to
    rollup: str  # the roll-up it feeds
    columns: tuple[str, ...]  # the columns the expansion reads
    key: tuple[str, ...]  # the roll-up's cell


SOURCES = (
    Source(
        "voices_response",
        "insights_responserollup",
        (
            "partnership_id", "consultation_id", "channel", "submitted_on", "age_band", "gender",
            "ethnic_group", "locality_id", "send", "care_experienced", "record_key",
        ),
        ("partnership_id", "dimension", "consultation_id", "channel", "month", "value"),
    ),
    Source(
        "voices_answer",
        "insights_answerrollup",
        ("id", "question_id", "consultation_id", "channel", "submitted_on", "locality_id", "values",
         "scale_value", "record_key"),
        ("question_id", "part", "consultation_id", "channel", "month", "locality_id", "value"),
    ),
    Source(
        "insights_coding",
        "insights_codingrollup",
        ("theme_id", "status", "consultation_id", "channel", "submitted_on", "record_key"),
        ("theme_id", "status", "consultation_id", "channel", "month"),
    ),
)  # fmt: skip


def _month(vendor: str, column: str) -> str:
    if vendor == "postgresql":
        return f"CAST(date_trunc('month', {column}) AS date)"
    return f"date({column}, 'start of month')"


def _deltas(source: Source, vendor: str, rows: str) -> str:
    """SELECT of (cell..., n, key_sum) deltas for ``rows``, a relation of ``source.columns`` and ``sign``."""
    month = _month(vendor, "c.submitted_on")
    unit = f"COALESCE(c.consultation_id, 0) AS consultation_id, c.channel, {month} AS month"
    if source.table == "voices_response":
        dimensions = " UNION ALL ".join(
            ["SELECT '' AS dimension"] + [f"SELECT '{name}'" for name in RESPONSE_DIMENSIONS]
        )
        value = (
            "CASE d.dimension WHEN '' THEN ''"
            + "".join(f" WHEN '{name}' THEN c.{name}" for name in RESPONSE_DIMENSIONS if name != "locality")
            + " ELSE COALESCE(CAST(c.locality_id AS TEXT), '') END"
        )
        expanded = (
            f"SELECT c.partnership_id, d.dimension, {unit}, {value} AS value, c.sign, c.record_key"
            f" FROM {rows} c CROSS JOIN ({dimensions}) d"
        )
    elif source.table == "voices_answer":
        cell = f"c.question_id, '{{part}}' AS part, {unit}, COALESCE(c.locality_id, 0) AS locality_id"
        if vendor == "postgresql":
            array = "CASE WHEN jsonb_typeof(c.\"values\") = 'array' THEN c.\"values\" ELSE '[]'::jsonb END"
            choices = (
                f"SELECT DISTINCT c.id, {cell.format(part='choice')}, e #>> '{{}}' AS value, c.sign,"
                f" c.record_key FROM {rows} c CROSS JOIN LATERAL jsonb_array_elements({array}) e"
                " WHERE jsonb_typeof(e) = 'string'"
            )
        else:
            choices = (
                f"SELECT DISTINCT c.id, {cell.format(part='choice')}, e.value AS value, c.sign,"
                f" c.record_key FROM {rows} c, json_each(c.\"values\") e WHERE e.type = 'text'"
            )
        expanded = (
            f"SELECT c.id, {cell.format(part='answer')}, '' AS value, c.sign, c.record_key FROM {rows} c"
            f" UNION ALL {choices}"
            f" UNION ALL SELECT c.id, {cell.format(part='scale')}, CAST(c.scale_value AS TEXT) AS value,"
            f" c.sign, c.record_key FROM {rows} c WHERE c.scale_value IS NOT NULL"
        )
    else:
        expanded = f"SELECT c.theme_id, c.status, {unit}, c.sign, c.record_key FROM {rows} c"
    key = ", ".join(source.key)
    return (
        f"SELECT {key}, SUM(sign) AS n, SUM(sign * record_key) AS key_sum FROM ({expanded}) x"
        f" GROUP BY {key} HAVING SUM(sign) <> 0 OR SUM(sign * record_key) <> 0 ORDER BY {key}"
    )


def _upsert(source: Source, vendor: str, rows: str) -> str:
    key = ", ".join(source.key)
    return (
        f"INSERT INTO {source.rollup} ({key}, n, key_sum) SELECT * FROM ({_deltas(source, vendor, rows)}) y"
        f" WHERE true ON CONFLICT ({key}) DO UPDATE SET n = {source.rollup}.n + excluded.n,"
        f" key_sum = {source.rollup}.key_sum + excluded.key_sum"
    )


def _quoted(column: str) -> str:
    return f'"{column}"' if column == "values" else column


def _relation(source: Source, alias: str, sign: int) -> str:
    """A transition table (PostgreSQL) with the expansion's columns and ``sign``."""
    columns = ", ".join(_quoted(c) for c in source.columns)
    return f"SELECT {columns}, {sign} AS sign FROM {alias}"


def _row(source: Source, record: str, sign: int) -> str:
    """SQLite's ``NEW``/``OLD`` as a one-row relation with the expansion's columns and ``sign``."""
    columns = ", ".join(f"{record}.{_quoted(c)} AS {_quoted(c)}" for c in source.columns)
    return f"SELECT {columns}, {sign} AS sign"


def _units_lock(source: Source, relations: tuple[str, ...]) -> str:
    """Lock the total cell (dimension '', value '') of every release unit the rows are in, in key order.

    Every trigger on PostgreSQL takes this first, so every transaction's first roll-up lock in a unit is
    that unit's total cell, and a transaction that touches only one unit (a submission, an erasure, a
    correction within its month, a coding change) holds no other cell of the unit while it waits for it:
    whatever order its statements then take response, answer and coding cells in, two such transactions
    cannot deadlock. A submission's response row takes its total cell first anyway (the upsert goes in key
    order and dimension '' sorts first). Answers and codings carry their response's unit (copies kept in
    step, voices.services.response_copies_update); the partnership is read from the response, which still
    exists when they are deleted (Django deletes codings, then answers, then their response)."""
    month = _month("postgresql", "t.submitted_on")
    if source.table == "voices_response":
        rows = " UNION ALL ".join(
            f"SELECT partnership_id, consultation_id, channel, submitted_on FROM {relation}"
            for relation in relations
        )
        units = (
            "SELECT DISTINCT t.partnership_id, COALESCE(t.consultation_id, 0) AS consultation_id, t.channel,"
            f" {month} AS month FROM ({rows}) t"
        )
    else:
        link = "response_id" if source.table == "voices_answer" else "answer_id"
        rows = " UNION ALL ".join(
            f"SELECT DISTINCT {link}, consultation_id, channel, submitted_on FROM {relation}"
            for relation in relations
        )
        response = "t.response_id" if link == "response_id" else "a.response_id"
        through = "" if link == "response_id" else " JOIN voices_answer a ON a.id = t.answer_id"
        units = (
            f"SELECT DISTINCT v.partnership_id, COALESCE(t.consultation_id, 0) AS consultation_id, t.channel,"
            f" {month} AS month FROM ({rows}) t{through} JOIN voices_response v ON v.id = {response}"
        )
    return (
        f"PERFORM 1 FROM insights_responserollup r JOIN ({units}) u"
        " ON r.partnership_id = u.partnership_id AND r.dimension = ''"
        " AND r.consultation_id = u.consultation_id AND r.channel = u.channel AND r.month = u.month"
        " AND r.value = ''"
        " ORDER BY r.partnership_id, r.consultation_id, r.channel, r.month FOR UPDATE OF r"
    )


def _function(source: Source) -> str:
    return f"insights_rollup_{source.table}"


def triggers_sql(vendor: str) -> list[str]:
    """The statements that create the roll-up triggers on ``vendor`` ("postgresql" or "sqlite")."""
    statements = []
    for source in SOURCES:
        name = _function(source)
        if vendor == "postgresql":
            inserted = _upsert(source, vendor, f"({_relation(source, 'rollup_new', 1)})")
            deleted = _upsert(source, vendor, f"({_relation(source, 'rollup_old', -1)})")
            both = f"({_relation(source, 'rollup_old', -1)} UNION ALL {_relation(source, 'rollup_new', 1)})"
            updated = _upsert(source, vendor, both)
            if source.table != "voices_response":  # a response's own insert takes its total cell first
                inserted = f"{_units_lock(source, ('rollup_new',))};\n    {inserted}"
            deleted = f"{_units_lock(source, ('rollup_old',))};\n    {deleted}"
            updated = f"{_units_lock(source, ('rollup_old', 'rollup_new'))};\n    {updated}"
            statements.append(
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                f"  IF TG_OP = 'INSERT' THEN\n    {inserted};\n"
                f"  ELSIF TG_OP = 'DELETE' THEN\n    {deleted};\n"
                f"  ELSE\n    {updated};\n  END IF;\n  RETURN NULL;\nEND\n$$"
            )
            for event, referencing in (
                ("INSERT", "NEW TABLE AS rollup_new"),
                ("UPDATE", "OLD TABLE AS rollup_old NEW TABLE AS rollup_new"),
                ("DELETE", "OLD TABLE AS rollup_old"),
            ):
                statements.append(
                    f"CREATE TRIGGER {name}_{event.lower()} AFTER {event} ON {source.table}"
                    f" REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
                )
        else:
            for event, rows in (
                ("INSERT", f"({_row(source, 'NEW', 1)})"),
                ("UPDATE", f"({_row(source, 'OLD', -1)} UNION ALL {_row(source, 'NEW', 1)})"),
                ("DELETE", f"({_row(source, 'OLD', -1)})"),
            ):
                statements.append(
                    f"CREATE TRIGGER {name}_{event.lower()} AFTER {event} ON {source.table} FOR EACH ROW"
                    f" BEGIN {_upsert(source, vendor, rows)}; END"
                )
    return statements


def triggers_drop_sql(vendor: str) -> list[str]:
    statements = []
    for source in SOURCES:
        name = _function(source)
        for event in ("insert", "update", "delete"):
            on = f" ON {source.table}" if vendor == "postgresql" else ""
            statements.append(f"DROP TRIGGER IF EXISTS {name}_{event}{on}")
        if vendor == "postgresql":
            statements.append(f"DROP FUNCTION IF EXISTS {name}()")
    return statements


def rollups_rebuild(*, connection, verbose: bool = False) -> dict[str, float]:
    """Empty the roll-ups and count every row again, in one transaction.

    Writers wait for it (the source tables are locked against writes while it counts), so nothing is
    counted twice or missed. Returns the seconds each roll-up took."""
    vendor = connection.vendor
    seconds = {}
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        if vendor == "postgresql":
            tables = ", ".join(source.table for source in SOURCES)
            cursor.execute(f"LOCK TABLE {tables} IN SHARE MODE")
        for source in SOURCES:
            started = time.perf_counter()
            cursor.execute(f"DELETE FROM {source.rollup}")
            columns = ", ".join(_quoted(c) for c in source.columns)
            rows = f"(SELECT {columns}, 1 AS sign FROM {source.table})"
            key = ", ".join(source.key)
            cursor.execute(f"INSERT INTO {source.rollup} ({key}, n, key_sum) {_deltas(source, vendor, rows)}")
            seconds[source.rollup] = time.perf_counter() - started
            if verbose:
                print(f"{source.rollup}: {cursor.rowcount} cells in {seconds[source.rollup]:.1f} s")
    return seconds
