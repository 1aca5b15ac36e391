"""``youthvoice-check`` (and ``youthvoice check``): the language checker as a linter, without the web app.

It imports only the checker (no Django, no Celery), so it starts in a fraction of a second and can run from a
pre-commit hook or an editor. spaCy is loaded only if a file has a sentence whose subject must be read.

Exit status: 0 nothing found, 1 findings, 2 an error (a file that cannot be read, a broken rules file).
``--second-opinion`` also lists sentences the learned second opinion reads as possibly victim-blaming where no
rule matched (``second_opinion.py``): advice to read, never a finding, so it never changes the exit status.
It also notes each finding whose sentence it reads as likely fine in context; the finding is still reported
and still counts for the exit status.
It loads the sentence model (about a second) and reads about 10 KB a second, so it is off unless asked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

FORMATS = ("text", "json", "sarif")


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="youthvoice check",
        description="Check .txt, .md and .docx files (or - for standard input) for victim-blaming and other "
        "harmful wording, and for reading age.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to check; - reads standard input")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("--encoding", default="utf-8", help="encoding of text files (default utf-8)")
    parser.add_argument("--rules", metavar="YAML", help="use this rules file instead of youthvoice's own")
    parser.add_argument(
        "--no-reading-age",
        dest="reading_age",
        action="store_false",
        help="leave out the reading age (it loads a pronouncing dictionary: about a second more)",
    )
    parser.add_argument(
        "--second-opinion",
        action="store_true",
        help="also list sentences no rule matched that a learned model reads as possibly victim-blaming "
        "(slower: loads a sentence model; never changes the exit status)",
    )
    return parser


class BrokenRules(Exception):
    pass


def check_files(
    files: list[str],
    *,
    format: str = "text",
    encoding: str = "utf-8",
    rules: str | None = None,
    with_reading_age: bool = True,
    with_second_opinion: bool = False,
    stdout: TextIO,
    stderr: TextIO,
    stdin=None,
) -> int:
    """Check ``files`` and write the report; the exit status. BrokenRules for an unusable rules file."""
    from youthvoice.language.documents import UnreadableDocument, text_from_bytes, text_from_path
    from youthvoice.language.engine import Checker
    from youthvoice.language.reports import FileResult, as_json, as_sarif, as_text
    from youthvoice.language.rules import RulesError, rules_from_file
    from youthvoice.language.rules_cache import cached_default_checker

    try:
        checker = Checker(rules_from_file(rules)) if rules else cached_default_checker()
    except RulesError as error:
        raise BrokenRules(f"the rules cannot be used: {error}") from None
    results, failed = [], False
    for name in files:
        try:
            if name == "-":
                data = (stdin or sys.stdin.buffer).read()
                text = text_from_bytes(data, name="<stdin>", encoding=encoding)
            else:
                text = text_from_path(Path(name), encoding=encoding)
        except UnreadableDocument as error:
            stderr.write(f"youthvoice check: {error}\n")
            failed = True
            continue
        findings = checker.check(text)
        if with_second_opinion:
            try:
                opinions, readings = second_opinion_of(text, findings)
            except RuntimeError as error:  # the sentence model is not installed or not the pinned one
                stderr.write(f"youthvoice check: no second opinion: {error}\n")
                with_second_opinion, opinions = False, None
        results.append(
            FileResult(
                path="<stdin>" if name == "-" else name,
                findings=findings,
                reading_age=reading_age_of(text) if with_reading_age else None,
                reading_age_measured=with_reading_age,
                second_opinion=opinions if with_second_opinion else None,
                readings=readings if with_second_opinion else None,
            )
        )
    if format == "json":
        stdout.write(as_json(results))
    elif format == "sarif":
        stdout.write(as_sarif(results, ruleset=checker.ruleset))
    else:
        stdout.write(as_text(results))
    if failed:
        return 2
    return 1 if any(result.findings for result in results) else 0


def reading_age_of(text: str) -> float | None:
    from youthvoice.language.readability import reading_age

    return reading_age(text)


def second_opinion_of(text: str, findings):
    """The second opinion's marks, and its reading of each finding's sentence."""
    from youthvoice.language.second_opinion import second_opinion_read

    return second_opinion_read(text, findings)


def main(argv: list[str] | None = None) -> int:
    options = parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return check_files(
            options.files,
            format=options.format,
            encoding=options.encoding,
            rules=options.rules,
            with_reading_age=options.reading_age,
            with_second_opinion=options.second_opinion,
            stdout=sys.stdout,
            stderr=sys.stderr,
        )
    except BrokenRules as error:
        print(f"youthvoice check: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
