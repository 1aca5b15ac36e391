"""Reads for the glossary."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from youthvoice.language.models import GlossaryTerm, YoungPeoplesDefinition
from youthvoice.partnership.models import Partnership


def glossary_public(*, partnership: Partnership) -> QuerySet[GlossaryTerm]:
    """Published terms, each with only the young people's words staff chose to show."""
    shown = YoungPeoplesDefinition.objects.filter(shown_publicly=True)
    return GlossaryTerm.objects.filter(partnership=partnership, published=True).prefetch_related(
        Prefetch("young_peoples_definitions", queryset=shown, to_attr="shown_definitions")
    )


def glossary_for_staff(*, partnership: Partnership) -> QuerySet[GlossaryTerm]:
    return GlossaryTerm.objects.filter(partnership=partnership).prefetch_related("young_peoples_definitions")


def partnerships_with_glossary() -> QuerySet[Partnership]:
    return Partnership.objects.filter(glossary_terms__published=True).distinct().order_by("name")
