"""The strategic mandate leaves partnership for its own app. Its tables stay as they are (``db_table``), so
no row moves: the models are created here in Django's state only, and partnership's migration 0006 forgets
them. The content types are relabelled, so permissions given on these models and principle confirmations'
subjects keep pointing at the same rows."""

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED = [
    "action",
    "actionprogressnote",
    "principle",
    "principleconfirmation",
    "responsibility",
    "strategicchampion",
    "strategyassessment",
    "workshop",
]


def content_types_relabel(from_label: str, to_label: str):
    def relabel(apps, schema_editor):
        content_type = apps.get_model("contenttypes", "ContentType")
        taken = set(content_type.objects.filter(app_label=to_label).values_list("model", flat=True))
        content_type.objects.filter(app_label=from_label, model__in=set(MOVED) - taken).update(app_label=to_label)

    return relabel


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("partnership", "0005_membership_safeguarding_contact"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Action',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200)),
                        ('description', models.TextField(blank=True)),
                        ('source', models.CharField(choices=[('workshop', 'Workshop'), ('theme', 'Theme from young people'), ('other', 'Other')], max_length=16)),
                        ('source_reference', models.CharField(blank=True, help_text="Where it came from, e.g. the theme's name.", max_length=300)),
                        ('owner_name', models.CharField(blank=True, max_length=200, verbose_name='owner (person)')),
                        ('due_on', models.DateField(verbose_name='due date')),
                        ('status', models.CharField(choices=[('not_started', 'Not started'), ('in_progress', 'In progress'), ('done', 'Done'), ('cant_do', "Can't do")], default='not_started', max_length=16)),
                        ('cant_do_reason', models.TextField(blank=True, verbose_name="why it can't be done")),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('owner_agency', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='actions', to='partnership.agency')),
                        ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='actions', to='partnership.partnership')),
                    ],
                    options={
                        'db_table': 'partnership_action',
                        'ordering': ['partnership', 'due_on', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='ActionProgressNote',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('note', models.TextField()),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('action', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='progress_notes', to='mandate.action')),
                        ('author', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'partnership_actionprogressnote',
                        'ordering': ['-created_at', '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='Principle',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('order', models.PositiveSmallIntegerField()),
                        ('title', models.CharField(max_length=200)),
                        ('description', models.TextField(help_text='What the principle means, in plain words.')),
                        ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='principles', to='partnership.partnership')),
                    ],
                    options={
                        'db_table': 'partnership_principle',
                        'ordering': ['partnership', 'order'],
                    },
                ),
                migrations.CreateModel(
                    name='PrincipleConfirmation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('confirmed_on', models.DateField()),
                        ('note', models.TextField()),
                        ('subject_id', models.PositiveBigIntegerField()),
                        ('subject_label', models.CharField(help_text='What was confirmed, as it was called then.', max_length=300)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('confirmed_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('principle', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='confirmations', to='mandate.principle')),
                        ('subject_type', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='contenttypes.contenttype')),
                    ],
                    options={
                        'db_table': 'partnership_principleconfirmation',
                        'ordering': ['-created_at', 'principle__order'],
                    },
                ),
                migrations.CreateModel(
                    name='Responsibility',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('lens', models.CharField(choices=[('prevention', 'Prevention'), ('disruption', 'Disruption'), ('intervention', 'Intervention')], max_length=16)),
                        ('level', models.CharField(choices=[('strategic', 'Strategic'), ('tactical', 'Tactical'), ('operational', 'Operational')], max_length=16)),
                        ('description', models.TextField(help_text='What the agency does, in plain words.')),
                        ('within_our_gift', models.TextField(blank=True, help_text='What the agency can decide or change itself, without asking anyone else.')),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('agency', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='responsibilities', to='partnership.agency')),
                    ],
                    options={
                        'db_table': 'partnership_responsibility',
                        'verbose_name_plural': 'responsibilities',
                        'ordering': ['agency', 'lens', 'level'],
                    },
                ),
                migrations.CreateModel(
                    name='StrategicChampion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('role_title', models.CharField(help_text="Their job, e.g. Director of Children's Services.", max_length=200)),
                        ('since', models.DateField()),
                        ('until', models.DateField(blank=True, help_text='Empty while they are the current champion.', null=True)),
                        ('agency', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='champions', to='partnership.agency')),
                        ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='champions', to='partnership.partnership')),
                    ],
                    options={
                        'db_table': 'partnership_strategicchampion',
                        'ordering': ['partnership', '-since', '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='StrategyAssessment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('assessed_on', models.DateField()),
                        ('public_value', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)])),
                        ('public_value_notes', models.TextField(blank=True)),
                        ('operational_capacity', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)])),
                        ('operational_capacity_notes', models.TextField(blank=True)),
                        ('authorising_environment', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)])),
                        ('authorising_environment_notes', models.TextField(blank=True)),
                        ('culture', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)])),
                        ('culture_notes', models.TextField(blank=True)),
                        ('values', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)])),
                        ('values_notes', models.TextField(blank=True)),
                        ('voice', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name="young people's voice")),
                        ('voice_notes', models.TextField(blank=True, verbose_name="young people's voice notes")),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('assessed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='assessments', to='partnership.partnership')),
                    ],
                    options={
                        'db_table': 'partnership_strategyassessment',
                        'ordering': ['partnership', '-assessed_on', '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='Workshop',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200)),
                        ('held_on', models.DateField()),
                        ('notes', models.TextField(blank=True)),
                        ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='workshops', to='partnership.partnership')),
                    ],
                    options={
                        'db_table': 'partnership_workshop',
                        'ordering': ['partnership', '-held_on', 'title'],
                    },
                ),
                migrations.AddField(
                    model_name='action',
                    name='workshop',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='actions', to='mandate.workshop'),
                ),
                migrations.AddConstraint(
                    model_name='principle',
                    constraint=models.UniqueConstraint(fields=('partnership', 'order'), name='principle_order_unique'),
                ),
                migrations.AddConstraint(
                    model_name='principle',
                    constraint=models.UniqueConstraint(fields=('partnership', 'title'), name='principle_title_unique'),
                ),
                migrations.AddIndex(
                    model_name='principleconfirmation',
                    index=models.Index(fields=['subject_type', 'subject_id'], name='principle_conf_subject'),
                ),
                migrations.AddConstraint(
                    model_name='responsibility',
                    constraint=models.UniqueConstraint(fields=('agency', 'lens', 'level'), name='one_responsibility_per_agency_lens_level'),
                ),
                migrations.AddConstraint(
                    model_name='strategicchampion',
                    constraint=models.UniqueConstraint(condition=models.Q(('until__isnull', True)), fields=('partnership',), name='one_current_champion_per_partnership'),
                ),
                migrations.AddConstraint(
                    model_name='strategyassessment',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('public_value__gte', 1), ('public_value__lte', 5)), models.Q(('operational_capacity__gte', 1), ('operational_capacity__lte', 5)), models.Q(('authorising_environment__gte', 1), ('authorising_environment__lte', 5)), models.Q(('culture__gte', 1), ('culture__lte', 5)), models.Q(('values__gte', 1), ('values__lte', 5)), models.Q(('voice__gte', 1), ('voice__lte', 5))), name='assessment_ratings_one_to_five'),
                ),
                migrations.AddConstraint(
                    model_name='action',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'cant_do'), _negated=True), models.Q(('cant_do_reason', ''), _negated=True), _connector='OR'), name='cant_do_needs_a_reason'),
                ),
                migrations.AddConstraint(
                    model_name='action',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('source', 'workshop'), _negated=True), ('workshop__isnull', False), _connector='OR'), name='workshop_action_names_its_workshop'),
                ),
    
            ],
        ),
        migrations.RunPython(
            content_types_relabel("partnership", "mandate"), content_types_relabel("mandate", "partnership")
        ),
    ]
