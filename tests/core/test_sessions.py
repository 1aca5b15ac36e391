"""The database session store (core.sessions): Django's table and behaviour, its hot paths plain SQL."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DjangoSessionStore
from django.contrib.sessions.models import Session
from django.db import OperationalError, transaction
from django.utils import timezone

from youthvoice.core.sessions import SessionStore


@pytest.mark.django_db
def test_a_session_saved_by_django_reads_back_and_one_saved_here_reads_in_django():
    django_store = DjangoSessionStore()
    django_store["answers"] = {"1": ["park"]}
    django_store.save()
    ours = SessionStore(django_store.session_key)
    assert ours["answers"] == {"1": ["park"]}
    ours["answers"] = {"1": ["park", "online"]}
    ours.save()
    assert DjangoSessionStore(django_store.session_key)["answers"] == {"1": ["park", "online"]}


@pytest.mark.django_db
def test_an_expired_or_unknown_session_reads_as_empty_and_forgets_its_key():
    store = SessionStore()
    store["step"] = 3
    store.save()
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    expired = SessionStore(store.session_key)
    assert expired.load() == {}
    assert expired.session_key is None
    unknown = SessionStore("x" * 32)
    assert unknown.load() == {}
    assert unknown.session_key is None


@pytest.mark.django_db(transaction=True)
def test_saving_a_session_is_one_statement_outside_a_transaction(django_assert_num_queries):
    store = SessionStore()
    store["step"] = 1
    store.save()  # created by Django's own path
    store = SessionStore(store.session_key)
    store["step"] = 2
    with django_assert_num_queries(1):  # the session read
        store.load()
    with django_assert_num_queries(1):  # UPDATE, in autocommit: no BEGIN and COMMIT around it
        store.save()
    assert SessionStore(store.session_key)["step"] == 2
    assert Session.objects.get(session_key=store.session_key).expire_date > timezone.now()


@pytest.mark.django_db(transaction=True)
def test_saving_a_session_deleted_meanwhile_is_an_update_error():
    store = SessionStore()
    store["step"] = 1
    store.save()
    Session.objects.filter(session_key=store.session_key).delete()
    store["step"] = 2
    with pytest.raises(UpdateError):
        store.save()


@pytest.mark.django_db(transaction=True)
def test_a_database_outage_while_saving_is_an_update_error_with_the_outage_behind_it():
    from youthvoice.core.unavailable import database_error_behind

    store = SessionStore()
    store["step"] = 1
    store.save()
    store["step"] = 2
    with (
        mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("gone")),
        pytest.raises(UpdateError) as raised,
    ):
        store.save()
    assert isinstance(database_error_behind(raised.value), OperationalError)


@pytest.mark.django_db
def test_saving_inside_a_transaction_keeps_djangos_savepoint_and_works():
    store = SessionStore()
    store["step"] = 1
    store.save()
    with transaction.atomic():
        store["step"] = 2
        store.save()
    assert SessionStore(store.session_key)["step"] == 2
    Session.objects.filter(session_key=store.session_key).delete()
    with transaction.atomic(), pytest.raises(UpdateError):
        store.save()
    assert Session.objects.count() == 0  # the transaction is still usable after the failed save


def test_the_default_session_store_is_this_one(settings):
    from youthvoice.config import Environment

    assert Environment({}).session_engine(redis_url="") == "youthvoice.core.sessions"


@pytest.mark.django_db(transaction=True)
def test_deleting_a_session_is_one_statement_and_an_unknown_one_is_no_error(django_assert_num_queries):
    store = SessionStore()
    store["reference"] = "ABC123"
    store.save()
    key = store.session_key
    with django_assert_num_queries(1):  # Django's store reads the row, then deletes it
        store.delete()
    assert not Session.objects.filter(session_key=key).exists()
    with django_assert_num_queries(1):
        SessionStore().delete("y" * 32)
    with django_assert_num_queries(0):
        SessionStore().delete()  # no key: nothing to delete


@pytest.mark.django_db
def test_flushing_a_session_deletes_its_row_and_starts_a_new_key():
    store = SessionStore()
    store["reference"] = "ABC123"
    store.save()
    old_key = store.session_key
    store.flush()
    assert store.session_key is None
    assert dict(store.items()) == {}
    assert DjangoSessionStore(old_key).load() == {}
