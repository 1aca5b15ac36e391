"""Covering indexes for the dashboard's queries on answers' and codings' own filter columns, PostgreSQL only.

Answers and codings now carry their response's consultation, channel and date (voices 0004, insights 0005).
Each dashboard aggregate reads one range of one index and never the tables (an index-only scan; check with
EXPLAIN ANALYZE in bench/README.md):

- answers to one question (places, types of exploitation, the mirrored scale items), by date, carrying
  every other column the aggregates filter, group or count by;
- codings of the partnership's themes, accepted, by date;
- responses (the headline count and the channel x group tables), by date, carrying the demographics.

They replace the indexes of insights 0003, which served the join to responses. SQLite does without.
"""

from django.db import migrations

INDEXES = {
    "insights_dash_answer_filters": (
        "CREATE INDEX IF NOT EXISTS insights_dash_answer_filters ON voices_answer (question_id, submitted_on) "
        'INCLUDE (consultation_id, channel, locality_id, scale_value, "values")'
    ),
    "insights_dash_coding_filters": (
        "CREATE INDEX IF NOT EXISTS insights_dash_coding_filters ON insights_coding "
        "(theme_id, status, submitted_on) INCLUDE (consultation_id, channel)"
    ),
    "insights_dash_response_groups": (
        "CREATE INDEX IF NOT EXISTS insights_dash_response_groups ON voices_response "
        "(partnership_id, submitted_on) "
        "INCLUDE (consultation_id, channel, age_band, gender, ethnic_group, locality_id)"
    ),
}
OLD = {
    "insights_dash_answer_question": (
        "CREATE INDEX IF NOT EXISTS insights_dash_answer_question ON voices_answer "
        '(question_id, response_id) INCLUDE ("values", scale_value)'
    ),
    "insights_dash_response_filters": (
        "CREATE INDEX IF NOT EXISTS insights_dash_response_filters ON voices_response "
        "(partnership_id, submitted_on) INCLUDE (consultation_id, channel)"
    ),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in OLD:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        for sql in INDEXES.values():
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        for sql in OLD.values():
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("insights", "0005_coding_answer_copies")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
