"""Writes for the glossary. Publishing a definition to young people passes the language check first."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from youthvoice.language.errors import GlossaryError
from youthvoice.language.models import GlossaryTerm, YoungPeoplesDefinition
from youthvoice.language.publication import publication_check


def _blocking_message(definition: str) -> str | None:
    report = publication_check(definition)
    if report.may_publish:
        return None
    words = ", ".join(f"“{finding.text}” ({finding.message})" for finding in report.blocking_findings)
    return f"The definition cannot be published to young people until this wording is changed: {words}"


@transaction.atomic
def glossary_term_save(
    *, partnership, term: str, definition: str, published: bool, existing: GlossaryTerm | None = None
) -> GlossaryTerm:
    term, definition = " ".join(term.split()), definition.strip()
    if not term or not definition:
        raise GlossaryError("Enter the word and the partnership's definition.")
    slug = slugify(term)[:140]
    if not slug:
        raise GlossaryError("The word must contain letters or numbers.")
    clash = GlossaryTerm.objects.filter(partnership=partnership, slug=slug)
    if existing is not None:
        clash = clash.exclude(pk=existing.pk)
    if clash.exists():
        raise GlossaryError(f"The glossary already has “{term}”.")
    if published and (problem := _blocking_message(definition)):
        raise GlossaryError(problem)
    glossary_term = existing or GlossaryTerm(partnership=partnership)
    glossary_term.term, glossary_term.slug = term, slug
    glossary_term.definition, glossary_term.published = definition, published
    glossary_term.full_clean()
    glossary_term.save()
    return glossary_term


def glossary_term_ensure(*, partnership, term: str, definition: str, published: bool = True) -> GlossaryTerm:
    """Idempotent: create the term if the partnership has no term with that slug; never overwrite edits."""
    existing = GlossaryTerm.objects.filter(partnership=partnership, slug=slugify(term)[:140]).first()
    return existing or glossary_term_save(
        partnership=partnership, term=term, definition=definition, published=published
    )


def young_peoples_definition_add(
    *,
    term: GlossaryTerm,
    text: str,
    user=None,
    shown_publicly: bool = False,
    source_answer_id: int | None = None,
) -> YoungPeoplesDefinition:
    text = text.strip()
    if not text:
        raise GlossaryError("Enter what the young person said the word means.")
    return YoungPeoplesDefinition.objects.create(
        term=term,
        text=text,
        shown_publicly=shown_publicly,
        curated_by=user if shown_publicly else None,
        curated_at=timezone.now() if shown_publicly else None,
        source_answer_id=source_answer_id,
    )


@transaction.atomic
def young_peoples_definitions_curate(*, term: GlossaryTerm, shown_ids: set[int], user) -> int:
    """Show exactly the chosen quotes for a term; return how many changed."""
    changed = 0
    for definition in term.young_peoples_definitions.select_for_update():
        shown = definition.pk in shown_ids
        if definition.shown_publicly != shown:
            definition.shown_publicly = shown
            definition.curated_by, definition.curated_at = user, timezone.now()
            definition.save(update_fields=["shown_publicly", "curated_by", "curated_at"])
            changed += 1
    return changed
