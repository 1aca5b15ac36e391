"""A response and its answers stored in one PostgreSQL statement (issue 21, session 8).

Under load, each round trip to the database costs a web worker more than its few microseconds on the wire: it
waits for a core again when the answer comes back. Django stores a response as four round trips (BEGIN, the
response's INSERT, the answers' INSERT, COMMIT), after a fifth that asks whether the consultation still takes
answers. Here they are one statement, atomic on its own in autocommit:

    WITH stored AS (INSERT INTO voices_response (...) SELECT ...
                    WHERE EXISTS (the consultation takes answers) RETURNING id),
         answers AS (INSERT INTO voices_answer (response_id, ...)
                     SELECT stored.id, v.* FROM stored, (VALUES ...) v)
    SELECT id FROM stored

With ``session_to_end``, the young person's session row is deleted by the same statement, only if the answers
were stored (``ended AS (DELETE FROM django_session WHERE session_key = %s AND EXISTS (SELECT 1 FROM
stored))``): the session cannot outlive the send, nor end without it, and the send saves its last round trip.

No row back means the consultation does not take answers today. The columns and values are the ones Django
would write (its insert compiler prepares them: defaults, ``pre_save``, JSON), each cast to its column's type;
the roll-up triggers and the foreign keys see the same two inserts as from the ORM. Unique violations (the
token, the reference code) raise ``IntegrityError`` as from the ORM. No signals are sent for these models
(none are connected; tests/voices/test_at_once.py checks that).
"""

# ruff: noqa: S608 - SQL built from the models' own table and column names; every value is a parameter
from __future__ import annotations

import datetime

from django.contrib.sessions.models import Session
from django.db import connections, router
from django.db.models import Model
from django.db.models.sql import InsertQuery

from youthvoice.consultations.models import Consultation
from youthvoice.voices.models import Answer, Response


def _columns_and_values(objs: list[Model], connection, *, leave_out: tuple[str, ...] = ()):
    """The quoted columns, and for each object its placeholders (cast to the column's type) and values, that
    Django's insert would write."""
    model = type(objs[0])
    fields = [
        field
        for field in model._meta.local_concrete_fields
        if not field.primary_key and not field.generated and field.attname not in leave_out
    ]
    query = InsertQuery(model)
    query.insert_values(fields, objs)
    compiler = query.get_compiler(connection=connection)
    casts = [field.cast_db_type(connection) for field in fields]
    rows = []
    for obj in objs:
        values = [compiler.prepare_value(field, compiler.pre_save_val(field, obj)) for field in fields]
        # One row at a time: for several, Django's PostgreSQL compiler may write them as one UNNEST instead.
        [placeholders], [params] = compiler.assemble_as_sql(fields, [values])
        cast = ", ".join(f"{ph}::{db_type}" for ph, db_type in zip(placeholders, casts, strict=True))
        rows.append((f"({cast})", params))
    return [connection.ops.quote_name(field.column) for field in fields], rows


def response_store_at_once(
    *, response: Response, answers: list[Answer], today: datetime.date, session_to_end: str | None = None
) -> bool:
    """Insert ``response`` and ``answers`` (their copies of the response's columns already set) if the
    response's consultation takes answers on ``today``: True and the response's ``pk`` set, else False and
    nothing stored (nor any session ended). PostgreSQL only."""
    connection = connections[router.db_for_write(Response)]
    quote = connection.ops.quote_name
    response_columns, [(response_row, response_params)] = _columns_and_values([response], connection)
    params = [*response_params]
    sql = [
        f"WITH stored AS (INSERT INTO {quote(Response._meta.db_table)} ({', '.join(response_columns)})"
        f" SELECT {response_row[1:-1]}"
        f" WHERE EXISTS (SELECT 1 FROM {quote(Consultation._meta.db_table)} WHERE id = %s AND status = %s"
        " AND opens_on <= %s AND closes_on >= %s) RETURNING id)"
    ]
    params += [response.consultation_id, Consultation.Status.OPEN, today, today]
    if answers:
        answer_columns, rows = _columns_and_values(answers, connection, leave_out=("response_id",))
        sql.append(
            f", answers AS (INSERT INTO {quote(Answer._meta.db_table)}"
            f" (response_id, {', '.join(answer_columns)}) SELECT stored.id, v.* FROM stored,"
            f" (VALUES {', '.join(row for row, _ in rows)}) AS v)"
        )
        params += [param for _, row_params in rows for param in row_params]
    if session_to_end:
        sql.append(
            f", ended AS (DELETE FROM {quote(Session._meta.db_table)}"
            " WHERE session_key = %s AND EXISTS (SELECT 1 FROM stored))"
        )
        params.append(session_to_end)
    sql.append(" SELECT id FROM stored")
    with connection.cursor() as cursor:
        cursor.execute("".join(sql), params)
        row = cursor.fetchone()
    if row is None:
        return False
    response.pk = row[0]
    response._state.adding = False
    response._state.db = connection.alias
    for answer in answers:
        answer.response = response
    return True
