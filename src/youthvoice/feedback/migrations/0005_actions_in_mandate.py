"""An update's linked actions are now the mandate app's; the join table and its rows stay as they are."""

import django.db.models
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0004_update_translations"),
        ("mandate", "0001_move_from_partnership"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name="yousaidwedid",
                    name="actions",
                    field=django.db.models.ManyToManyField(
                        blank=True, related_name="feedback_updates", to="mandate.action"
                    ),
                ),
            ],
        ),
    ]
