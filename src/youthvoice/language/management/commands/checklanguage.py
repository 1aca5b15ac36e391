"""``youthvoice check FILE...`` inside Django: the same checker as the standalone ``youthvoice-check``
(``youthvoice/language/cli.py``), for callers that already run Django management commands.

Exit status: 0 nothing found, 1 findings, 2 an error (a file that cannot be read, a broken rules file).
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from youthvoice.language.cli import FORMATS, BrokenRules, check_files


class Command(BaseCommand):
    help = "Check .txt, .md and .docx files (or - for standard input) for harmful wording and reading age."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="files to check; - reads standard input")
        parser.add_argument("--format", choices=FORMATS, default="text")
        parser.add_argument("--encoding", default="utf-8", help="encoding of text files (default utf-8)")
        parser.add_argument("--rules", metavar="YAML", help="use this rules file instead of youthvoice's own")
        parser.add_argument(
            "--second-opinion",
            action="store_true",
            help="also list sentences no rule matched that a learned model reads as possibly victim-blaming",
        )

    def handle(self, *args, files, format, encoding, rules, second_opinion, **options):
        try:
            code = check_files(
                files,
                format=format,
                encoding=encoding,
                rules=rules,
                with_second_opinion=second_opinion,
                stdout=self.stdout,
                stderr=self.stderr,
            )
        except BrokenRules as error:
            raise CommandError(str(error), returncode=2) from None
        if code:
            sys.exit(code)
