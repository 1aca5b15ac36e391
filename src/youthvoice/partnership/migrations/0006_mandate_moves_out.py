"""The strategic mandate's models now belong to the mandate app (its migration 0001): forgotten here in
Django's state only. Their tables and rows stay, and are the mandate app's from now on."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("partnership", "0005_membership_safeguarding_contact"),
        ("mandate", "0001_move_from_partnership"),
        ("feedback", "0005_actions_in_mandate"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="ActionProgressNote"),
                migrations.DeleteModel(name="Action"),
                migrations.DeleteModel(name="Workshop"),
                migrations.DeleteModel(name="PrincipleConfirmation"),
                migrations.DeleteModel(name="Principle"),
                migrations.DeleteModel(name="StrategyAssessment"),
                migrations.DeleteModel(name="StrategicChampion"),
                migrations.DeleteModel(name="Responsibility"),
            ],
        ),
    ]
