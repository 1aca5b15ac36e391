"""The ``youthvoice`` console command.

``youthvoice <command>`` runs youthvoice's own commands (``demo``, and those other apps register in
``COMMAND_ALIASES``) and every Django management command; ``youthvoice manage <command>`` always reaches
Django's own command of that name, for the few names youthvoice reuses (``youthvoice manage check --deploy``).
"""

from __future__ import annotations

import os
import sys

# youthvoice's own name for a command -> the management command that implements it.
COMMAND_ALIASES: dict[str, str] = {}
COMMAND_ALIASES["check"] = "checklanguage"
# Commands that run without Django (they start in a fraction of a second): name -> "module:function".
STANDALONE_COMMANDS = {"check": "youthvoice.language.cli:main"}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthvoice.settings")
    args = argv[1:]
    if args and args[0] in STANDALONE_COMMANDS:
        from importlib import import_module

        module, function = STANDALONE_COMMANDS[args[0]].split(":")
        return getattr(import_module(module), function)(args[1:])
    if args and args[0] == "manage":
        args = args[1:]
    elif args and args[0] in COMMAND_ALIASES:
        args = [COMMAND_ALIASES[args[0]], *args[1:]]
    return run_django(["youthvoice", *args])


def run_django(argv: list[str]) -> int:
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        import django

        django.setup()
    except ImproperlyConfigured as error:
        print(f"youthvoice: configuration error: {error}", file=sys.stderr)
        return 2
    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
