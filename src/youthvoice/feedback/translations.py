""" "You said, we did" in young people's languages: a revision's words translated (Welsh at least).

A translation belongs to the revision it translates, so changed words need a new translation. Young people
see it only when it is complete and checked by a translator (not a placeholder); otherwise they read the
English, marked as English (``consultations.translation.Shown``), as a consultation's wording does. The
language checker reads English only, so a translation is checked as the English it translates was, when
that was published.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from youthvoice.audit.services import audit_publication
from youthvoice.consultations.translation import Shown
from youthvoice.core.languages import DEFAULT_LANGUAGE, language_is_offered
from youthvoice.deidentify.engine import deidentified
from youthvoice.feedback.models import FeedbackStatus, YouSaidWeDidRevision, YouSaidWeDidTranslation
from youthvoice.insights.panel.services import panel_citation


class TranslationError(Exception):
    """The translation cannot be saved; the message is fit to show to staff."""


@transaction.atomic
def update_translation_save(
    *,
    revision: YouSaidWeDidRevision,
    language: str,
    you_said: str,
    we_did: str,
    theme_name: str = "",
    cant_do_reason: str = "",
    placeholder: bool = False,
    user=None,
) -> YouSaidWeDidTranslation:
    if not language_is_offered(language) or language == DEFAULT_LANGUAGE:
        raise TranslationError("Choose a language other than English that youthvoice offers.")
    words = {
        "theme_name": (theme_name or "").strip(),
        # What young people said, in another language, is de-identified as the English is.
        "you_said": deidentified((you_said or "").strip()),
        "we_did": (we_did or "").strip(),
        "cant_do_reason": (cant_do_reason or "").strip(),
    }
    if not words["you_said"] or not words["we_did"]:
        raise TranslationError("Translate both what young people said and what we did.")
    if revision.status == FeedbackStatus.CANT_DO and not words["cant_do_reason"]:
        raise TranslationError("Translate why we can't do this too.")
    if revision.status != FeedbackStatus.CANT_DO:
        words["cant_do_reason"] = ""
    if revision.update.theme_id and not words["theme_name"]:
        raise TranslationError("Translate the theme's name too.")
    translation, _ = YouSaidWeDidTranslation.objects.update_or_create(
        revision=revision,
        language=language,
        defaults={**words, "placeholder": placeholder, "saved_by": user},
    )
    if revision.published_on is not None and not placeholder:
        # Young people can read it from now on: recorded as the English was.
        audit_publication(
            actor=user,
            target=translation,
            what="you said, we did (translation)",
            partnership=revision.update.partnership,
            detail={"update": revision.update_id, "revision": revision.number, "language": language},
        )
    return translation


@dataclass(frozen=True)
class ShownRevision:
    """A published revision as a young person reads it in ``language``: translated, or English marked."""

    revision: YouSaidWeDidRevision
    theme_name: Shown | None
    you_said: Shown
    we_did: Shown
    cant_do_reason: Shown
    translated: bool
    panel_citation: str = ""  # in the reader's language (product words: the theme's name stays as it is)


def revisions_shown(*, revisions: list[YouSaidWeDidRevision], language: str) -> list[ShownRevision]:
    """Each revision in ``language`` where a complete, checked translation exists. One query."""
    translations = {}
    if language != DEFAULT_LANGUAGE and revisions:
        translations = {
            t.revision_id: t
            for t in YouSaidWeDidTranslation.objects.filter(
                revision__in=revisions, language=language, placeholder=False
            )
        }
    shown = []
    for revision in revisions:
        t = translations.get(revision.pk)
        fallback = language != DEFAULT_LANGUAGE and t is None
        theme = revision.update.theme if revision.update.theme_id else None
        shown.append(
            ShownRevision(
                revision=revision,
                theme_name=None
                if theme is None
                else Shown(t.theme_name, False)
                if t
                else Shown(theme.name, fallback),
                you_said=Shown(t.you_said if t else revision.you_said, fallback),
                we_did=Shown(t.we_did if t else revision.we_did, fallback),
                cant_do_reason=Shown(t.cant_do_reason if t else revision.cant_do_reason, fallback),
                translated=t is not None,
                panel_citation=panel_citation(panel=revision.panel, theme=theme) if revision.panel_id else "",
            )
        )
    return shown
