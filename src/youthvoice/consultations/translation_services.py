"""Translations and easy read: wording young people read in their language, or in easy read (issue 8).

Saved wording passes the language check as it is saved, and wording a young person can read now (an open
consultation's) is audited as published, as ``services`` does for English.
"""

from __future__ import annotations

from django.db import transaction

from youthvoice.consultations.models import (
    Consultation,
    ConsultationTranslation,
    Question,
    QuestionTranslation,
)
from youthvoice.consultations.services import (
    ConsultationError,
    blocking_wording_refuse,
    live_wording_audit,
    open_consultations_using,
)

Status = Consultation.Status


def _check_language(language: str) -> None:
    from youthvoice.core.languages import DEFAULT_LANGUAGE, language_is_offered

    if not language_is_offered(language) or language == DEFAULT_LANGUAGE:
        raise ConsultationError("Choose a language other than English that youthvoice offers.")


@transaction.atomic
def question_translation_save(
    *,
    question: Question,
    language: str,
    text: str,
    hint: str = "",
    choice_labels: dict[str, str] | None = None,
    easy_read_text: str = "",
    placeholder: bool = False,
    user=None,
) -> QuestionTranslation:
    """Save a question's wording in ``language``. Blank parts fall back to English where shown."""
    _check_language(language)
    values = {choice["value"] for choice in question.choices}
    labels = {value: label.strip() for value, label in (choice_labels or {}).items() if label.strip()}
    if set(labels) - values:
        raise ConsultationError("A choice label was for a choice this question does not have.")
    blocking_wording_refuse(
        {"Question": text, "Hint": hint, "Easy read wording": easy_read_text}
        | {f"Answer “{value}”": label for value, label in labels.items()}
    )
    translation, _ = QuestionTranslation.objects.update_or_create(
        question=question,
        language=language,
        defaults={
            "text": text.strip(),
            "hint": hint.strip(),
            "choice_labels": labels,
            "easy_read_text": easy_read_text.strip(),
            "placeholder": placeholder,
        },
    )
    live_wording_audit(
        user=user,
        target=translation,
        partnership=question.partnership,
        consultations=open_consultations_using(question),
        detail={"question": question.pk, "language": language},
    )
    return translation


@transaction.atomic
def question_easy_read_save(
    *, question: Question, easy_read_text: str, picture_scale: bool, user=None
) -> Question:
    """The English easy-read wording, and whether a scale is shown as faces in easy read."""
    if picture_scale and question.kind != Question.Kind.SCALE:
        raise ConsultationError("Only a scale can be shown as faces.")
    blocking_wording_refuse({"Easy read wording": easy_read_text})
    question.easy_read_text = easy_read_text.strip()
    question.picture_scale = picture_scale
    question.save(update_fields=["easy_read_text", "picture_scale"])
    live_wording_audit(
        user=user,
        target=question,
        partnership=question.partnership,
        consultations=open_consultations_using(question),
        detail={"question": question.pk, "language": "en", "easy_read": True},
    )
    return question


@transaction.atomic
def consultation_translation_save(
    *,
    consultation: Consultation,
    language: str,
    title: str,
    purpose_detail: str,
    promise: str,
    placeholder: bool = False,
    user=None,
) -> ConsultationTranslation:
    _check_language(language)
    blocking_wording_refuse(
        {"Title": title, "Why we are asking": purpose_detail, "Our promise": promise},
        consultation=consultation,
    )
    translation, _ = ConsultationTranslation.objects.update_or_create(
        consultation=consultation,
        language=language,
        defaults={
            "title": title.strip(),
            "purpose_detail": purpose_detail.strip(),
            "promise": promise.strip(),
            "placeholder": placeholder,
        },
    )
    live_wording_audit(
        user=user,
        target=translation,
        partnership=consultation.partnership,
        consultations=[consultation] if consultation.status == Status.OPEN else [],
        detail={"consultation": consultation.pk, "language": language},
    )
    return translation
