"""Writes for the glossary (publishing a definition to young people passes the language check first), and
the partnership's language settings."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_publication, audit_record
from youthvoice.deidentify.engine import deidentified
from youthvoice.language.engine import check
from youthvoice.language.errors import GlossaryError
from youthvoice.language.models import GlossaryTerm, YoungPeoplesDefinition
from youthvoice.language.publication import BLOCKING_SEVERITY
from youthvoice.language.selectors import definition_answers


def _blocking_message(definition: str) -> str | None:
    # The same rule as publication_check's may_publish; reading age is advice, so it is not computed here.
    blocking = [finding for finding in check(definition) if finding.severity == BLOCKING_SEVERITY]
    if not blocking:
        return None
    words = ", ".join(f"“{finding.text}” ({finding.message})" for finding in blocking)
    return f"The definition cannot be published to young people until this wording is changed: {words}"


@transaction.atomic
def glossary_term_save(
    *,
    partnership,
    term: str,
    definition: str,
    published: bool,
    existing: GlossaryTerm | None = None,
    user=None,
) -> GlossaryTerm:
    """Add or change a term. Publishing it, changing what young people read, or withdrawing it is audited."""
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
    before = (glossary_term.published, glossary_term.term, glossary_term.definition) if existing else None
    glossary_term.term, glossary_term.slug = term, slug
    glossary_term.definition, glossary_term.published = definition, published
    glossary_term.full_clean()
    glossary_term.save()
    _audit_term(term=glossary_term, before=before, user=user)
    return glossary_term


def _audit_term(*, term: GlossaryTerm, before: tuple[bool, str, str] | None, user) -> None:
    was_published = bool(before and before[0])
    if term.published and (not was_published or before[1:] != (term.term, term.definition)):
        change = "changed while published" if was_published else "published"
    elif was_published and not term.published:
        change = "withdrawn"
    else:
        return
    audit_publication(
        actor=user,
        target=term,
        what="glossary definition",
        published=term.published,
        detail={"term": term.term, "slug": term.slug, "change": change},
    )


def _audit_quote(*, definition: YoungPeoplesDefinition, term: GlossaryTerm, user) -> None:
    # The quote's words stay out of the log: they are a young person's, and the id finds them.
    audit_publication(
        actor=user,
        target=definition,
        what="young people's definition",
        published=definition.shown_publicly,
        partnership=term.partnership,
        detail={"term": term.term, "term_published": term.published},
    )


def glossary_term_ensure(
    *, partnership, term: str, definition: str, published: bool = True, user=None
) -> GlossaryTerm:
    """Idempotent: create the term if the partnership has no term with that slug; never overwrite edits."""
    existing = GlossaryTerm.objects.filter(partnership=partnership, slug=slugify(term)[:140]).first()
    return existing or glossary_term_save(
        partnership=partnership, term=term, definition=definition, published=published, user=user
    )


@transaction.atomic
def young_peoples_definition_add(
    *,
    term: GlossaryTerm,
    text: str,
    user=None,
    shown_publicly: bool = False,
    source_answer_id: int | None = None,
) -> YoungPeoplesDefinition:
    text = deidentified(text)
    if not text:
        raise GlossaryError("Enter what the young person said the word means.")
    definition = YoungPeoplesDefinition.objects.create(
        term=term,
        text=text,
        shown_publicly=shown_publicly,
        curated_by=user if shown_publicly else None,
        curated_at=timezone.now() if shown_publicly else None,
        source_answer_id=source_answer_id,
    )
    if shown_publicly:
        _audit_quote(definition=definition, term=term, user=user)
    return definition


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
            _audit_quote(definition=definition, term=term, user=user)
            changed += 1
    return changed


@dataclass(frozen=True)
class DefinitionsImported:
    imported: int
    already_imported: int


MAX_ANSWERS_PER_IMPORT = 500


@transaction.atomic
def young_peoples_definitions_import(
    *, term: GlossaryTerm, answer_ids: Collection[int], user=None
) -> DefinitionsImported:
    """Add the chosen definition answers as young people's words for ``term``, not shown publicly: staff
    choose what appears on the term's page, as for any other young person's words.

    Idempotent: an answer already imported, for this term or another, is skipped and counted, and the unique
    constraint on ``source_answer_id`` stops two imports at once from both adding it. The answers must be
    definition answers in the term's partnership; if any is not, nothing is imported.
    """
    ids = set(answer_ids)
    if not ids:
        raise GlossaryError("Choose at least one answer to import.")
    if len(ids) > MAX_ANSWERS_PER_IMPORT:
        raise GlossaryError(f"Choose {MAX_ANSWERS_PER_IMPORT} answers or fewer at a time.")
    answers = list(definition_answers(partnership=term.partnership).filter(pk__in=ids).order_by("pk"))
    if len(answers) != len(ids):
        raise GlossaryError(
            "Some of the chosen answers are not answers to a definition question in your partnership's "
            "consultations. Choose from the answers listed."
        )
    imported_before = YoungPeoplesDefinition.objects.filter(source_answer_id__in=ids)
    already = set(imported_before.values_list("source_answer_id", flat=True))
    imported = 0
    for answer in answers:
        if answer.pk in already:
            continue
        try:
            with transaction.atomic():
                YoungPeoplesDefinition.objects.create(
                    term=term,
                    text=deidentified(answer.text),
                    shown_publicly=False,
                    source_answer_id=answer.pk,
                )
        except IntegrityError:  # imported by someone else since we looked
            already.add(answer.pk)
        else:
            imported += 1
    return DefinitionsImported(imported=imported, already_imported=len(already))


@transaction.atomic
def language_settings_save(*, partnership, user, second_opinion_clears_findings: bool):
    """Change whether findings the second opinion clears block the partnership's publishing; each change is
    in the audit log (who, when, from what to what)."""
    from youthvoice.partnership.models import Partnership

    partnership = Partnership.objects.select_for_update().get(pk=partnership.pk)
    before = partnership.second_opinion_clears_findings
    if before == second_opinion_clears_findings:
        return partnership
    partnership.second_opinion_clears_findings = second_opinion_clears_findings
    partnership.save(update_fields=["second_opinion_clears_findings"])
    audit_record(
        actor=user,
        action=AuditEvent.Action.SETTINGS_CHANGE,
        target=partnership,
        partnership=partnership,
        reason="Findings the second opinion clears do not block publishing: "
        + ("on" if second_opinion_clears_findings else "off"),
        detail={
            "setting": "second_opinion_clears_findings",
            "from": before,
            "to": second_opinion_clears_findings,
        },
    )
    return partnership
