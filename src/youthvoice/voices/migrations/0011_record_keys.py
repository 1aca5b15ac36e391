"""Record keys for cell-key perturbation (issue 14, insights.cellkey).

Every response gets a permanent random key from 0 to 255, and its answers a copy of it (like their other
copies of the response's dashboard columns), so the dashboard's grouped queries sum the keys where they
count. Existing responses draw theirs here, once, in SQL.
"""

from django.db import migrations, models

import youthvoice.voices.models


def draw_keys(apps, schema_editor):
    connection = schema_editor.connection
    random_key = "floor(random() * 256)::int" if connection.vendor == "postgresql" else "abs(random()) % 256"
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE voices_response SET record_key = {random_key}")  # noqa: S608 - no input
        cursor.execute(
            "UPDATE voices_answer SET record_key = "
            "(SELECT r.record_key FROM voices_response r WHERE r.id = voices_answer.response_id)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("voices", "0010_help_requests"),
    ]

    operations = [
        migrations.AddField(
            model_name="response",
            name="record_key",
            field=models.PositiveSmallIntegerField(default=youthvoice.voices.models.record_key_new, editable=False),
        ),
        migrations.AddField(
            model_name="answer",
            name="record_key",
            field=models.PositiveSmallIntegerField(default=0, editable=False),
            preserve_default=False,
        ),
        migrations.RunPython(draw_keys, migrations.RunPython.noop, elidable=True),
    ]
