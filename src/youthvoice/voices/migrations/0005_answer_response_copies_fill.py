"""Fill answers' copies of their response's columns (voices 0004), a batch of answers at a time.

Not atomic: each batch commits, so on a table of millions of answers no transaction holds them all, and a
fill cut short (a restart) resumes where it stopped when migrate runs again.
"""

from django.db import migrations

BATCH = 250_000
FILL = """
UPDATE voices_answer SET consultation_id = r.consultation_id, channel = r.channel,
    submitted_on = r.submitted_on, locality_id = r.locality_id
FROM voices_response r
WHERE r.id = voices_answer.response_id AND voices_answer.submitted_on IS NULL
"""


def fill(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        schema_editor.execute(FILL)
        return
    # Replaced by insights 0006's indexes; dropped first so the fill need not keep it up to date.
    schema_editor.execute("DROP INDEX IF EXISTS insights_dash_answer_question")
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id), max(id) FROM voices_answer WHERE submitted_on IS NULL")
        low, high = cursor.fetchone()
        if low is None:
            return
        for start in range(low, high + 1, BATCH):
            cursor.execute(FILL + " AND voices_answer.id >= %s AND voices_answer.id < %s", [start, start + BATCH])


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("voices", "0004_answer_response_copies")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop, elidable=False)]
