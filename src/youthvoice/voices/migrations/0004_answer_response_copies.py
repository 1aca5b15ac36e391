"""Answers carry copies of their response's dashboard columns (consultation, channel, date, locality).

The leaders' dashboard filters answers by their response's consultation, channel and date and groups them by
its locality; with a copy on each answer it does so without joining millions of answers to their responses
(bench/README.md). Three steps, so a large table is filled in batches that each commit: the columns (here),
the fill (0005), then NOT NULL and, on PostgreSQL, a foreign key on (response, channel, submitted_on) that
refuses, at commit, any answer whose copy differs from its response, whichever way it was written (0006).
"""

import django.db.models.deletion
from django.db import migrations, models


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
    ]
