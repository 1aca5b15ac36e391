"""Covering indexes for the leaders' dashboard aggregates (bench/dashboard_queries.py), PostgreSQL only.

The dashboard counts one question's answers at a time (places, types of exploitation, the mirrored scale
items), joined to their responses only when filtered. An index on (question, response) that carries the
answer's values and scale point lets PostgreSQL answer those from the index alone instead of reading every
page of the answers table. They live here, with the queries that need them; SQLite does without.
"""

from django.db import migrations

INDEXES = {
    "insights_dash_answer_question": (
        'CREATE INDEX IF NOT EXISTS insights_dash_answer_question ON voices_answer '
        '(question_id, response_id) INCLUDE ("values", scale_value)'
    ),
    "insights_dash_response_filters": (
        "CREATE INDEX IF NOT EXISTS insights_dash_response_filters ON voices_response "
        "(partnership_id, submitted_on) INCLUDE (consultation_id, channel)"
    ),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in INDEXES.values():
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0002_coding"),
        ("voices", "0001_responses_and_answers"),
    ]

    operations = [migrations.RunPython(create, drop)]
