"""Django's ModelBackend, reading the signed-in user back with one plain statement.

Every staff page and API call turns its session's user id into the user: Django's ModelBackend does it with
``User._default_manager.get(pk=...)``, a query the ORM builds afresh on every request (a seventh of a
small API call's CPU; bench/README.md, session 21). Here the same row is read through ``.raw`` with a
statement written once from the model's own table and column names, so the user is a whole model instance
with its fields converted as the ORM converts them, read from the database on every request as before
(nothing is kept between requests). Signing in, permissions and everything else stay Django's.
"""

from __future__ import annotations

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import connections, router


class UserByPlainStatementBackend(ModelBackend):
    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user_id = user_model._meta.pk.to_python(user_id)
        except ValidationError:  # a session never holds one; as an unknown user, not an error
            return None
        statement = user_sql(user_model, router.db_for_read(user_model))
        user = next(iter(user_model._default_manager.raw(statement, [user_id])), None)
        return user if user is not None and self.user_can_authenticate(user) else None


@cache
def user_sql(user_model, alias: str) -> str:
    quote, meta = connections[alias].ops.quote_name, user_model._meta
    columns = ", ".join(quote(field.column) for field in meta.concrete_fields)
    return f"SELECT {columns} FROM {quote(meta.db_table)} WHERE {quote(meta.pk.column)} = %s"  # noqa: S608
