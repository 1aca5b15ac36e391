"""Codings copy their answer's record key (issue 14, insights.cellkey), filled here in SQL."""

from django.db import migrations, models


def copy_keys(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "UPDATE insights_coding SET record_key = "
            "(SELECT a.record_key FROM voices_answer a WHERE a.id = insights_coding.answer_id)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0007_dashboard_scale_index"),
        ("voices", "0011_record_keys"),
    ]

    operations = [
        migrations.AddField(
            model_name="coding",
            name="record_key",
            field=models.PositiveSmallIntegerField(default=0, editable=False),
            preserve_default=False,
        ),
        migrations.RunPython(copy_keys, migrations.RunPython.noop, elidable=True),
    ]
