"""The demo built once per session (tests/demo_rows.py) is the demo a test would have built itself."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection, transaction

from tests.demo_rows import demo_rows_load
from tests.insights.test_rollups import rollup_state
from youthvoice.insights.dashboard import rollups

pytestmark = pytest.mark.django_db


def rows_per_table() -> dict[str, int]:
    return {
        model._meta.label: model._base_manager.count() for model in apps.get_models() if model._meta.managed
    }


def test_the_loaded_demo_has_the_rows_of_a_demo_run(demo_rows):
    with transaction.atomic():
        call_command("demo", quiet=True)
        ran = rows_per_table()
        transaction.set_rollback(True)
    assert rows_per_table() != ran  # the run was rolled back

    demo_rows_load(demo_rows)
    assert rows_per_table() == ran


def test_the_loaded_demos_rollups_are_what_a_rebuild_counts(demo):
    loaded = rollup_state()
    assert loaded[0], "the demo's responses were counted as they loaded"
    rollups.rollups_rebuild(connection=connection)
    assert rollup_state() == loaded


def test_running_the_demo_over_the_loaded_one_adds_nothing_but_its_audit_trail(demo):
    """The demo knows its loaded rows as its own. (A second run re-publishes wording, as it does after a real
    first run, and the audit trail records that.)"""
    before = rows_per_table()
    call_command("demo", quiet=True)
    after = rows_per_table()
    assert after.pop("audit.AuditEvent") > before.pop("audit.AuditEvent")
    assert after == before
