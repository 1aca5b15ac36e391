"""The publishing gate's record of words published anyway now belongs to language; its table stays."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_you_said_we_did"),
        ("language", "0003_publication_override_from_feedback"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PublicationOverride")],
            database_operations=[],
        ),
    ]
