"""Reads for the glossary, and for choosing young people's definitions from consultation answers."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from youthvoice.language.definition_answers import definition_answers_provider
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


# --- young people's definitions from consultation answers ----------------------------------------------
# Consultations and answers live in apps above language: voices provides them (language.definition_answers).


def definition_answers(*, partnership: Partnership) -> QuerySet:
    """Answers with words in them to the partnership's definition questions ("What does grooming mean to
    you?"). Their text was de-identified before it was saved."""
    return definition_answers_provider().answers(partnership=partnership)


def definition_answers_not_imported(*, consultation, question=None) -> QuerySet:
    """The consultation's definition answers that are not yet any term's young people's words."""
    answers = definition_answers(partnership=consultation.partnership)
    answers = answers.filter(response__consultation=consultation)
    if question is not None:
        answers = answers.filter(question=question)
    imported = YoungPeoplesDefinition.objects.exclude(source_answer_id=None).values("source_answer_id")
    return answers.exclude(pk__in=imported).select_related("question").order_by("question_id", "pk")


def definition_consultations(*, partnership: Partnership) -> QuerySet:
    """The partnership's consultations that ask at least one definition question, newest first."""
    return definition_answers_provider().consultations(partnership=partnership)


def definition_questions(*, partnership: Partnership) -> QuerySet:
    return definition_answers_provider().questions(partnership=partnership)


def glossary_term_for_question(*, question) -> GlossaryTerm | None:
    """The term a definition question asks about, by the bank's naming: "definition-grooming" asks about the
    term "grooming"."""
    slug = question.key.removeprefix("definition-")
    return GlossaryTerm.objects.filter(partnership_id=question.partnership_id, slug=slug).first()
