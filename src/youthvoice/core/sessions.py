"""Sessions in the database, read and written with one plain statement each (issue 21).

Every page of a young person's journey reads its session and most POSTs write it back: with Django's own
database store that is a model query built by the ORM on every read, and a model save inside
``transaction.atomic`` (BEGIN, UPDATE, COMMIT) on every write, which together were about a fifth of a
journey page's CPU (bench/README.md, "A journey page's CPU"). This store keeps Django's table, encoding,
expiry and errors exactly (it is Django's ``db.SessionStore``) and only replaces those two hot paths:

- reading: ``SELECT session_data ... WHERE session_key = %s AND expire_date > %s``, as the ORM's query;
- updating an existing session outside any transaction: one ``UPDATE`` in autocommit, which is atomic on
  its own; no row updated, or any database error, is ``UpdateError`` as before (the session middleware
  turns it into "the session was deleted", and core.unavailable finds an outage behind it);
- deleting: one ``DELETE`` where Django reads the row and then deletes it. Sessions have no signals or
  relations to honour. A journey's send ends its session in the statement that stores the answers, and then
  only ``forget``s it here.

Creating a session, and saving inside a transaction (a savepoint is needed there), stay Django's.
"""

from __future__ import annotations

import logging

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DjangoSessionStore
from django.core.exceptions import SuspiciousOperation
from django.db import DatabaseError, connections, router
from django.utils import timezone


class SessionStore(DjangoSessionStore):
    def _connection(self, *, write: bool):
        alias = router.db_for_write(self.model) if write else router.db_for_read(self.model)
        return connections[alias]

    def _table(self, connection) -> str:
        return connection.ops.quote_name(self.model._meta.db_table)

    def load(self):
        session_key = self.session_key
        if session_key is None:
            return {}
        connection = self._connection(write=False)
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT session_data FROM {self._table(connection)}"  # noqa: S608 (table name only)
                    " WHERE session_key = %s AND expire_date > %s",
                    [session_key, connection.ops.adapt_datetimefield_value(timezone.now())],
                )
                row = cursor.fetchone()
        except SuspiciousOperation as error:  # as Django's store: logged, and no session
            logging.getLogger(f"django.security.{error.__class__.__name__}").warning(str(error))
            row = None
        if row is None:
            self._session_key = None
            return {}
        return self.decode(row[0])

    def save(self, must_create=False):
        if must_create or self.session_key is None:
            return super().save(must_create=must_create)
        connection = self._connection(write=True)
        if connection.in_atomic_block:  # Django's save keeps a failed write to a savepoint
            return super().save(must_create=must_create)
        data = self._get_session()
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {self._table(connection)}"  # noqa: S608 (table name only)
                    " SET session_data = %s, expire_date = %s WHERE session_key = %s",
                    [
                        self.encode(data),
                        connection.ops.adapt_datetimefield_value(self.get_expiry_date()),
                        self.session_key,
                    ],
                )
                updated = cursor.rowcount
        except DatabaseError as error:
            raise UpdateError from error
        if updated != 1:
            raise UpdateError

    def forget(self):
        """End this session in memory when its row is already gone (deleted in the statement that stored the
        answers it held: voices.services.response_submit): as ``flush``, without a second DELETE."""
        self.clear()
        self._session_key = None

    def delete(self, session_key=None):
        session_key = session_key or self.session_key
        if session_key is None:
            return
        connection = self._connection(write=True)
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {self._table(connection)} WHERE session_key = %s",  # noqa: S608 (table name only)
                [session_key],
            )
