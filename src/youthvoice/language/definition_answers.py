"""Where young people's definitions in their own words come from: answers to definition questions.

Consultations ask those questions and voices keeps the answers, both apps above language, so language does
not read them itself: it announces what it needs here, and voices provides it when it is ready
(``voices.apps``), as voices lets insights keep codings in step. Language's own reads
(``language.selectors.definition_*``) ask the provider.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet


@dataclass(frozen=True)
class DefinitionAnswersProvider:
    """Three reads, each keyword-only with ``partnership``:

    - ``answers``: answers with words in them to the partnership's definition questions (a ``QuerySet`` of
      answers that ``response__consultation`` and ``question`` filter);
    - ``consultations``: the partnership's consultations that ask at least one, newest first;
    - ``questions``: the partnership's definition questions, by their wording.
    """

    answers: Callable[..., QuerySet]
    consultations: Callable[..., QuerySet]
    questions: Callable[..., QuerySet]


_provider: DefinitionAnswersProvider | None = None


def definition_answers_provider_register(provider: DefinitionAnswersProvider) -> None:
    global _provider
    _provider = provider


def definition_answers_provider() -> DefinitionAnswersProvider:
    if _provider is None:
        raise ImproperlyConfigured(
            "No app provides definition answers: add youthvoice.voices to INSTALLED_APPS, whose AppConfig "
            "registers them with language.definition_answers.definition_answers_provider_register."
        )
    return _provider
