"""Codings carry copies of their answer's dashboard filter columns (consultation, channel, date).

Theme counts then filter codings without joining them to answers and responses. Existing codings are
filled from their answers, which voices 0005 filled from their responses.
"""

import django.db.models.deletion
from django.db import migrations, models

FILL = """
UPDATE insights_coding SET consultation_id = a.consultation_id, channel = a.channel,
    submitted_on = a.submitted_on
FROM voices_answer a WHERE a.id = insights_coding.answer_id
"""


def fill(apps, schema_editor):
    schema_editor.execute(FILL)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0002_translations_and_easy_read"),
        ("insights", "0004_merge_dashboard_and_suggestions"),
        ("voices", "0006_answer_response_copies_required"),
    ]

    operations = [
        migrations.AddField(
            model_name="coding",
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
            model_name="coding",
            name="channel",
            field=models.CharField(editable=False, max_length=16, null=True),
        ),
        migrations.AddField(
            model_name="coding",
            name="submitted_on",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="coding",
            name="channel",
            field=models.CharField(editable=False, max_length=16),
        ),
        migrations.AlterField(
            model_name="coding",
            name="submitted_on",
            field=models.DateField(editable=False),
        ),
    ]
