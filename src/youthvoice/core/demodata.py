"""Demo data, built by each app that has a ``demo`` module with a ``build(context=...)`` function.

Apps add to the demo by registration (a ``demo.py`` next to their models), not by editing this file.
Builders run in INSTALLED_APPS order, share a ``context`` dict (the partnership, agencies...) and must be
idempotent: running the demo twice changes nothing and duplicates nothing.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.db import transaction


def demo_builders():
    for config in apps.get_app_configs():
        module_name = f"{config.name}.demo"
        if config.name.startswith("youthvoice.") and find_spec(module_name) is not None:
            yield import_module(module_name).build


@transaction.atomic
def demo_build() -> list[str]:
    """Build the synthetic demo; return lines worth showing to the person who asked (e.g. logins)."""
    context: dict = {}
    lines: list[str] = []
    for build in demo_builders():
        lines.extend(build(context=context) or [])
    return lines
