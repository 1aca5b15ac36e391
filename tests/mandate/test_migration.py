"""The strategic mandate's move from partnership to its own app loses no row and no permission.

Rows are written through partnership's models as they were before the move, the migrations run, and the
mandate app's models read every row back (SQLite and PostgreSQL alike: CI runs the suite on both).
"""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.consultations.factories import ConsultationFactory
from tests.partnership.factories import AgencyFactory, UserFactory
from youthvoice.feedback.models import YouSaidWeDid
from youthvoice.mandate.models import (
    Action,
    ActionProgressNote,
    Principle,
    PrincipleConfirmation,
    Responsibility,
    StrategicChampion,
    StrategyAssessment,
    Workshop,
)

DAY = datetime.date(2026, 3, 31)
RATINGS = dict(
    public_value=2, operational_capacity=3, authorising_environment=4, culture=5, values=1, voice=2
)


def _latest():
    MigrationExecutor(connection).migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def _rows_before_the_move(old, *, agency, user, consultation):
    """One row of every moved model, written through partnership's models as they were."""
    partnership_id = agency.partnership_id
    workshop = old.get_model("partnership", "Workshop").objects.create(
        partnership_id=partnership_id, title="Mandate workshop", held_on=DAY, notes="Notes kept"
    )
    action = old.get_model("partnership", "Action").objects.create(
        partnership_id=partnership_id,
        workshop=workshop,
        title="Ask schools",
        source="workshop",
        owner_agency_id=agency.pk,
        due_on=DAY,
        created_by_id=user.pk,
    )
    old.get_model("partnership", "ActionProgressNote").objects.create(action=action, note="Met the school")
    principle = old.get_model("partnership", "Principle").objects.create(
        partnership_id=partnership_id, order=1, title="Relationships first", description="Kept"
    )
    workshop_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="partnership", model="workshop"
    )[0]
    old.get_model("partnership", "PrincipleConfirmation").objects.create(
        principle=principle,
        confirmed_by_id=user.pk,
        confirmed_on=DAY,
        note="We listened",
        subject_type=workshop_type,
        subject_id=workshop.pk,
        subject_label="Mandate workshop",
    )
    old.get_model("partnership", "Responsibility").objects.create(
        agency_id=agency.pk, lens="prevention", level="strategic", description="Chairs the group"
    )
    old.get_model("partnership", "StrategicChampion").objects.create(
        partnership_id=partnership_id,
        agency_id=agency.pk,
        name="Sam Example",
        role_title="Director",
        since=DAY,
    )
    old.get_model("partnership", "StrategyAssessment").objects.create(
        partnership_id=partnership_id, assessed_on=DAY, assessed_by_id=user.pk, **RATINGS
    )
    update = old.get_model("feedback", "YouSaidWeDid").objects.create(
        partnership_id=partnership_id, consultation_id=consultation.pk
    )
    update.actions.add(action)
    return action


@pytest.mark.django_db(transaction=True)
def test_the_mandate_moves_to_its_own_app_with_every_row_and_permission():
    agency, user, consultation = AgencyFactory(), UserFactory(), ConsultationFactory()
    executor = MigrationExecutor(connection)
    executor.migrate([("mandate", None)])  # and so back before partnership 0006 and feedback 0005
    try:
        old = MigrationExecutor(connection)._create_project_state(with_applied_migrations=True).apps
        assert "action" in {
            model._meta.model_name for model in old.get_app_config("partnership").get_models()
        }
        old_action = _rows_before_the_move(old, agency=agency, user=user, consultation=consultation)
        old_type = old.get_model("contenttypes", "ContentType").objects.get(
            app_label="partnership", model="action"
        )
        permission = old.get_model("auth", "Permission").objects.get(
            content_type=old_type, codename="change_action"
        )
        old.get_model("auth", "User").objects.get(pk=user.pk).user_permissions.add(permission)

        _latest()

        action = Action.objects.get(pk=old_action.pk)
        assert (action.title, action.owner_agency, action.created_by, action.workshop.title) == (
            "Ask schools",
            agency,
            user,
            "Mandate workshop",
        )
        assert Workshop.objects.get().notes == "Notes kept"
        assert ActionProgressNote.objects.get().action == action
        confirmation = PrincipleConfirmation.objects.get()
        assert confirmation.principle == Principle.objects.get(title="Relationships first")
        assert confirmation.subject == action.workshop  # its content type now says mandate.workshop
        assert Responsibility.objects.get().description == "Chairs the group"
        assert StrategicChampion.objects.get().name == "Sam Example"
        assert {name: getattr(StrategyAssessment.objects.get(), name) for name in RATINGS} == RATINGS
        assert list(YouSaidWeDid.objects.get().actions.all()) == [action]
        # The content type row is relabelled, not replaced: the permission given before still holds.
        assert ContentType.objects.get_for_model(Action).pk == old_type.pk
        assert not ContentType.objects.filter(app_label="partnership", model="action").exists()
        fresh = type(user).objects.get(pk=user.pk)
        assert fresh.has_perm("mandate.change_action")
        assert (
            Permission.objects.filter(content_type__app_label="mandate", codename="change_action").count()
            == 1
        )
    finally:
        _latest()
