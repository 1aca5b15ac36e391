from django.db import migrations

from youthvoice.insights.dashboard import rollups


def triggers_create(apps, schema_editor):
    # Drop and create again: the triggers now lock their release units' total cells first
    # (rollups._units_lock).
    for statement in rollups.triggers_drop_sql(schema_editor.connection.vendor):
        schema_editor.execute(statement)
    for statement in rollups.triggers_sql(schema_editor.connection.vendor):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0015_dashboard_rollups"),
    ]

    operations = [
        migrations.RunPython(triggers_create, migrations.RunPython.noop),
    ]
