"""Answers' copies of their response's columns are required, and on PostgreSQL checked by a foreign key.

The foreign key on (response, channel, submitted_on) refuses, at commit, any answer whose copy differs from
its response, and any change to a response's channel or date that does not bring its answers along.
"""

from django.db import migrations, models

FOREIGN_KEY = (
    "ALTER TABLE voices_answer ADD CONSTRAINT voices_answer_response_copies_fk "
    "FOREIGN KEY (response_id, channel, submitted_on) "
    "REFERENCES voices_response (id, channel, submitted_on) DEFERRABLE INITIALLY DEFERRED"
)


def foreign_key_add(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FOREIGN_KEY)


def foreign_key_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE voices_answer DROP CONSTRAINT IF EXISTS voices_answer_response_copies_fk")


class Migration(migrations.Migration):
    dependencies = [("voices", "0005_answer_response_copies_fill")]

    operations = [
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
