"""The dashboard's covering indexes carry the record key too, PostgreSQL only (issue 14).

Every dashboard count now also sums its records' keys (insights.cellkey), in the same query. Without the
key in the index, each of these index-only scans would read the table for every row; with it they stay
index-only (bench/README.md, "Cell-key perturbation"). Same keys and order as insights 0006 and 0007.
"""

from django.db import migrations

NEW = {
    "insights_dash_answer_filters": (
        "ON voices_answer (question_id, submitted_on) "
        'INCLUDE (consultation_id, channel, locality_id, scale_value, "values", record_key)'
    ),
    "insights_dash_coding_filters": (
        "ON insights_coding (theme_id, status, submitted_on) INCLUDE (consultation_id, channel, record_key)"
    ),
    "insights_dash_response_groups": (
        "ON voices_response (partnership_id, submitted_on) "
        "INCLUDE (consultation_id, channel, age_band, gender, ethnic_group, locality_id, record_key)"
    ),
    "insights_dash_answer_scale": (
        "ON voices_answer (question_id, scale_value, submitted_on) INCLUDE (consultation_id, channel, record_key) "
        "WHERE scale_value IS NOT NULL"
    ),
}
OLD = {
    "insights_dash_answer_filters": (
        "ON voices_answer (question_id, submitted_on) "
        'INCLUDE (consultation_id, channel, locality_id, scale_value, "values")'
    ),
    "insights_dash_coding_filters": (
        "ON insights_coding (theme_id, status, submitted_on) INCLUDE (consultation_id, channel)"
    ),
    "insights_dash_response_groups": (
        "ON voices_response (partnership_id, submitted_on) "
        "INCLUDE (consultation_id, channel, age_band, gender, ethnic_group, locality_id)"
    ),
    "insights_dash_answer_scale": (
        "ON voices_answer (question_id, scale_value, submitted_on) INCLUDE (consultation_id, channel) "
        "WHERE scale_value IS NOT NULL"
    ),
}


def indexes_replace(schema_editor, definitions: dict[str, str]) -> None:
    """Drop and build each index again from ``definitions`` (also used by bench/dashboard_queries.py)."""
    for name, definition in definitions.items():
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        schema_editor.execute(f"CREATE INDEX {name} {definition}")


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        indexes_replace(schema_editor, NEW)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        indexes_replace(schema_editor, OLD)


class Migration(migrations.Migration):
    dependencies = [("insights", "0008_coding_record_keys")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
