"""youthvoice import_responses: import survey results from a CSV file into a consultation (all or nothing).

The mapping file is JSON: {"CSV column": "question key" | "age_band" | ... | "submitted_on" | "comments" |
"ignore"}. ``--source`` names a source set up on the import page: its agency is recorded and the value
recoding learnt there applies.
"""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from youthvoice.consultations.models import Consultation
from youthvoice.voices.imports import ImportRejected, responses_import_csv
from youthvoice.voices.models import ImportSource


def _fail(message: str) -> CommandError:
    return CommandError(" ".join(message.split()), returncode=2)


class Command(BaseCommand):
    help = "Import survey results from a CSV file into a consultation, with a column-to-question mapping."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file (UTF-8)")
        parser.add_argument("--consultation", required=True, help="the consultation's slug")
        parser.add_argument("--mapping", required=True, help="a JSON file: column name -> question key")
        parser.add_argument(
            "--submitted-on-column", default=None, help="the column holding the date answered"
        )
        parser.add_argument("--user", default=None, help="the username recorded as importing the file")
        parser.add_argument("--source", default=None, help="the name of the file's source (import page)")

    def handle(
        self, *args, file, consultation, mapping, submitted_on_column=None, user=None, source=None, **options
    ):
        chosen = Consultation.objects.filter(slug=consultation).first()
        if chosen is None:
            raise _fail(f"No consultation has the slug {consultation!r}.")
        from_source = None
        if source:
            from_source = ImportSource.objects.filter(
                partnership=chosen.partnership, name__iexact=source
            ).first()
            if from_source is None:
                known = ", ".join(
                    repr(name)
                    for name in ImportSource.objects.filter(partnership=chosen.partnership).values_list(
                        "name", flat=True
                    )
                )
                raise _fail(f"No source is called {source!r}. Known sources: {known or 'none yet'}.")
        importer = None
        if user:
            importer = get_user_model().objects.filter(username=user).first()
            if importer is None:
                raise _fail(f"No user is called {user!r}.")
        try:
            mapping_data = json.loads(Path(mapping).read_text(encoding="utf-8"))
        except OSError as error:
            raise _fail(f"Cannot read the mapping file {mapping!r}: {error.strerror}.") from error
        except (ValueError, UnicodeDecodeError) as error:
            raise _fail(f"The mapping file {mapping!r} is not valid JSON: {error}.") from error
        try:
            file_bytes = Path(file).read_bytes()
        except OSError as error:
            raise _fail(f"Cannot read {file!r}: {error.strerror}.") from error
        try:
            record = responses_import_csv(
                consultation=chosen,
                file_bytes=file_bytes,
                mapping=mapping_data,
                submitted_on_column=submitted_on_column,
                user=importer,
                source=from_source,
            )
        except ImportRejected as error:
            for problem in error.problems:
                self.stderr.write(" ".join(problem.split()))
            raise _fail(str(error)) from error
        self.stdout.write(f"Imported {record.row_count} responses into {chosen.title!r}.")
