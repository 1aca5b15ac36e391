"""Answers carry copies of their response's dashboard columns (consultation, channel, date, locality).

The leaders' dashboard filters answers by their response's consultation, channel and date and groups them by
its locality; with a copy on each answer it does so without joining millions of answers to their responses
(bench/README.md). Existing answers are filled from their responses here. On PostgreSQL a foreign key on
(response, channel, submitted_on) then refuses, at commit, any answer whose copy differs from its response,
whichever way it was written.
"""

import django.db.models.deletion
from django.db import migrations, models

FILL = """
UPDATE voices_answer SET consultation_id = r.consultation_id, channel = r.channel,
    submitted_on = r.submitted_on, locality_id = r.locality_id
FROM voices_response r WHERE r.id = voices_answer.response_id
"""
FOREIGN_KEY = (
    "ALTER TABLE voices_answer ADD CONSTRAINT voices_answer_response_copies_fk "
    "FOREIGN KEY (response_id, channel, submitted_on) "
    "REFERENCES voices_response (id, channel, submitted_on) DEFERRABLE INITIALLY DEFERRED"
)


def fill(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # Replaced by insights 0006's indexes; dropped first so the fill need not keep it up to date.
        schema_editor.execute("DROP INDEX IF EXISTS insights_dash_answer_question")
    schema_editor.execute(FILL)


def foreign_key_add(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FOREIGN_KEY)


def foreign_key_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE voices_answer DROP CONSTRAINT IF EXISTS voices_answer_response_copies_fk")


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0002_translations_and_easy_read"),
        ("partnership", "0004_retention_periods"),
        ("insights", "0004_merge_dashboard_and_suggestions"),
        ("voices", "0003_response_imports"),
    ]

    operations = [
        migrations.AddField(
            model_name="answer",
            name="consultation",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="consultations.consultation",
            ),
        ),
        migrations.AddField(
            model_name="answer",
            name="channel",
            field=models.CharField(editable=False, max_length=16, null=True),
        ),
        migrations.AddField(
            model_name="answer",
            name="submitted_on",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="answer",
            name="locality",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="partnership.locality",
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="answer",
            name="channel",
            field=models.CharField(
                choices=[
                    ("online", "Online"),
                    ("youth_worker", "With a youth worker"),
                    ("school", "At school or college"),
                    ("vcs", "With a community group"),
                    ("relayed", "Relayed by a trusted professional"),
                    ("imported", "Imported from another survey"),
                ],
                editable=False,
                max_length=16,
            ),
        ),
        migrations.AlterField(
            model_name="answer",
            name="submitted_on",
            field=models.DateField(editable=False),
        ),
        migrations.AddConstraint(
            model_name="response",
            constraint=models.UniqueConstraint(
                fields=("id", "channel", "submitted_on"), name="response_id_channel_submitted_on"
            ),
        ),
        migrations.RunPython(foreign_key_add, foreign_key_drop, elidable=False),
    ]
