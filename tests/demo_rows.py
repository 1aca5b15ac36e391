"""The demo built once per test session and put back, row for row, in each test that asks for it.

``youthvoice demo`` takes seconds (de-identification, language checks, codings); its rows load in a fraction
of that. The session's copy is taken inside a transaction that is rolled back, so the database the other
tests see stays empty. Loading goes through Django's serializers (the same path as ``serialized_rollback``),
with signals muted: the audit trail of the demo is among its rows and must not be written twice.

The roll-ups are left out: their triggers count each response, answer and coding again as it loads, so the
test sees exactly the cells the demo's own writes made.
"""

from __future__ import annotations

from io import StringIO
from itertools import groupby

from django.apps import apps
from django.core import serializers
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from factory.django import mute_signals

from youthvoice.insights.dashboard.rollups import SOURCES

# Rows the migrations or Django itself make in every test database; the demo does not change them.
NOT_DEMO = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
ROLLUP_TABLES = {source.rollup for source in SOURCES}


def _demo_models():
    models = [
        model
        for model in apps.get_models()
        if model._meta.label_lower not in NOT_DEMO
        and model._meta.db_table not in ROLLUP_TABLES
        and model._meta.managed
        and not model._meta.proxy
    ]
    # Parents before children, so that no constraint is ever checked against a row not yet loaded.
    return serializers.sort_dependencies([(None, models)], allow_cycles=True)


def demo_rows_build() -> str:
    """Run the demo in a transaction, serialise every row it leaves, roll it all back."""
    with transaction.atomic():
        call_command("demo", quiet=True)
        out = StringIO()
        rows = (row for model in _demo_models() for row in model._base_manager.order_by("pk").iterator())
        serializers.serialize("json", rows, stream=out)
        transaction.set_rollback(True)
    cache.clear()  # the demo's run filled caches about rows that are gone again
    return out.getvalue()


def demo_rows_load(rows: str) -> None:
    """Put the demo's rows back in the current test's transaction, a batch of rows per statement.

    Rows go in raw, as ``loaddata`` writes them, so the demo's own timestamps are kept (``bulk_create`` would
    stamp ``auto_now`` fields anew). ``_insert`` is the raw insert that Django's own ``save`` makes.
    """
    muted = mute_signals(pre_save, post_save, post_delete, m2m_changed)
    with muted, transaction.atomic(), connection.constraint_checks_disabled():
        for model, group in groupby(serializers.deserialize("json", rows), key=lambda row: type(row.object)):
            group = list(group)
            if model._meta.parents:  # a child table: its parent's row is written by the same save
                for row in group:
                    row.save()
                continue
            objects = [row.object for row in group]
            fields = model._meta.local_concrete_fields
            size = connection.ops.bulk_batch_size(fields, objects) or len(objects)
            for start in range(0, len(objects), size):
                model._base_manager._insert(objects[start : start + size], fields=fields, raw=True)
            for row in group:
                for accessor, values in row.m2m_data.items():
                    getattr(row.object, accessor).set(values)
