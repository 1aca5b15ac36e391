"""The publishing gate's record of words published anyway moves from feedback to language.

Only Django's idea of which app owns the model changes: the table (feedback_publicationoverride) and its
index keep their names and rows. Its content type follows, so its permissions stay with it.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def content_type_to(app_label_from, app_label_to):
    def move(apps, schema_editor):
        content_type = apps.get_model("contenttypes", "ContentType")
        taken = content_type.objects.filter(app_label=app_label_to, model="publicationoverride").exists()
        if not taken:
            content_type.objects.filter(app_label=app_label_from, model="publicationoverride").update(
                app_label=app_label_to
            )

    return move


class Migration(migrations.Migration):
    dependencies = [
        ("language", "0002_answer_imported_once"),
        ("feedback", "0001_you_said_we_did"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PublicationOverride",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("subject_id", models.PositiveBigIntegerField()),
                        ("subject_label", models.CharField(max_length=300)),
                        ("rule_id", models.CharField(max_length=100)),
                        ("words", models.CharField(help_text="The words the rule found.", max_length=300)),
                        ("reason", models.TextField(max_length=2000)),
                        ("overridden_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "overridden_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "subject_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="contenttypes.contenttype",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "feedback_publicationoverride",
                        "ordering": ["-overridden_at", "-pk"],
                        "indexes": [
                            models.Index(fields=["subject_type", "subject_id"], name="feedback_pu_subject_42c95f_idx")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_type_to("feedback", "language"), content_type_to("language", "feedback")),
    ]
