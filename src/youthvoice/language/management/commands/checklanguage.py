"""``youthvoice check FILE...``: check files for victim-blaming and other harmful wording.

Exit status: 0 nothing found, 1 findings, 2 an error (a file that cannot be read, a broken rules file).
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from youthvoice.language.documents import UnreadableDocument, text_from_bytes, text_from_path
from youthvoice.language.engine import Checker, default_checker
from youthvoice.language.readability import reading_age
from youthvoice.language.reports import FileResult, as_json, as_sarif, as_text
from youthvoice.language.rules import RulesError, rules_from_file


class Command(BaseCommand):
    help = "Check .txt, .md and .docx files (or - for standard input) for harmful wording and reading age."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="files to check; - reads standard input")
        parser.add_argument("--format", choices=["text", "json", "sarif"], default="text")
        parser.add_argument("--encoding", default="utf-8", help="encoding of text files (default utf-8)")
        parser.add_argument("--rules", metavar="YAML", help="use this rules file instead of youthvoice's own")

    def handle(self, *args, files, format, encoding, rules, **options):
        try:
            checker = Checker(rules_from_file(rules)) if rules else default_checker()
        except RulesError as error:
            raise CommandError(f"the rules cannot be used: {error}", returncode=2) from None
        results, failed = [], False
        for name in files:
            try:
                if name == "-":
                    text = text_from_bytes(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding)
                else:
                    text = text_from_path(Path(name), encoding=encoding)
            except UnreadableDocument as error:
                self.stderr.write(f"youthvoice check: {error}")
                failed = True
                continue
            results.append(
                FileResult(
                    path="<stdin>" if name == "-" else name,
                    findings=checker.check(text),
                    reading_age=reading_age(text),
                )
            )
        if format == "json":
            self.stdout.write(as_json(results), ending="")
        elif format == "sarif":
            self.stdout.write(as_sarif(results, ruleset=checker.ruleset), ending="")
        else:
            self.stdout.write(as_text(results), ending="")
        if failed:
            sys.exit(2)
        if any(result.findings for result in results):
            sys.exit(1)
