"""A consultation and its questions as a young person sees them: in their language, plain or easy read.

Wording comes from the database per language (QuestionTranslation, ConsultationTranslation). Whatever is not
translated falls back to English, and says so: a ``Shown`` text renders with ``lang="en"`` and a small
"(in English)" note, so a page never has an empty label and a screen reader switches voice correctly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from youthvoice.consultations.models import (
    Consultation,
    ConsultationTranslation,
    Question,
    QuestionTranslation,
)
from youthvoice.core.languages import DEFAULT_LANGUAGE, languages_for_young_people

# Faces for a feelings scale in easy read, lowest point first, by the number of points.
PICTURES = {
    2: ["🙁", "🙂"],
    3: ["🙁", "😐", "🙂"],
    4: ["😢", "🙁", "🙂", "😄"],
    5: ["😢", "🙁", "😐", "🙂", "😄"],
}


@dataclass(frozen=True)
class Shown:
    """A piece of text and the language it is really in (``fallback``: English instead of the chosen one)."""

    text: str
    fallback: bool = False

    # Templates turn values into strings before escaping them, so str() gives the marked-up HTML (safe:
    # the text itself is escaped); ``.text`` is the plain words, e.g. for a <title>.
    def __str__(self) -> str:
        return self.__html__()

    def __bool__(self) -> bool:
        return bool(self.text)

    def __html__(self) -> str:
        # Line breaks kept, as Django's linebreaksbr would (a Shown is passed to templates whole).
        text = mark_safe(escape(self.text).replace("\n", "<br>"))  # noqa: S308 - escaped on the line above
        if not self.fallback:
            return text
        return format_html(
            '<span lang="en" dir="ltr">{}</span> <span class="yv-in-english">{}</span>',
            text,
            gettext("(in English)"),
        )


@dataclass(frozen=True)
class ShownChoice:
    value: str
    label: Shown
    picture: str = ""


@dataclass
class ShownQuestion:
    question: Question
    text: Shown
    hint: Shown
    choices: list[ShownChoice] = field(default_factory=list)
    easy_read: bool = False
    pictures: bool = False
    placeholder: bool = False

    def label_for(self, value: str) -> Shown:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return Shown(value)


@dataclass
class ShownConsultation:
    consultation: Consultation
    title: Shown
    purpose_detail: Shown
    promise: Shown
    placeholder: bool = False


def _pick(translated: str, english: str, *, language: str) -> Shown:
    if language == DEFAULT_LANGUAGE:
        return Shown(english)
    if translated:
        return Shown(translated)
    return Shown(english, fallback=bool(english))


def question_shown(
    *,
    question: Question,
    language: str,
    easy_read: bool = False,
    translation: QuestionTranslation | None = None,
) -> ShownQuestion:
    """``question`` in ``language``: translated where it can be, English (marked) where not.

    In easy read the order is: easy read in the language, the usual wording in the language, easy read in
    English, the usual English wording (a young person reads their own language first).
    """
    if translation is None and language != DEFAULT_LANGUAGE:
        translation = question.translations.filter(language=language).first()
    t = translation if language != DEFAULT_LANGUAGE else None
    text = _pick(t.text if t else "", question.text, language=language)
    if easy_read:
        if t and t.easy_read_text:
            text = Shown(t.easy_read_text)
        elif (text.fallback or language == DEFAULT_LANGUAGE) and question.easy_read_text:
            text = Shown(question.easy_read_text, fallback=language != DEFAULT_LANGUAGE)
    labels = (t.choice_labels or {}) if t else {}
    pictures = (
        easy_read
        and question.picture_scale
        and question.kind == Question.Kind.SCALE
        and len(question.choices) in PICTURES
    )
    faces = PICTURES.get(len(question.choices), []) if pictures else []
    choices = [
        ShownChoice(
            value=choice["value"],
            label=_pick(labels.get(choice["value"], ""), choice["label"], language=language),
            picture=faces[n] if faces else "",
        )
        for n, choice in enumerate(question.choices)
    ]
    return ShownQuestion(
        question=question,
        text=text,
        hint=_pick(t.hint if t else "", question.hint, language=language),
        choices=choices,
        easy_read=easy_read,
        pictures=pictures,
        placeholder=bool(t and t.placeholder),
    )


def questions_shown(
    *, questions: list[Question], language: str, easy_read: bool = False
) -> list[ShownQuestion]:
    translations = {}
    if language != DEFAULT_LANGUAGE:
        translations = {
            t.question_id: t
            for t in QuestionTranslation.objects.filter(question__in=questions, language=language)
        }
    return [
        question_shown(question=q, language=language, easy_read=easy_read, translation=translations.get(q.pk))
        for q in questions
    ]


def consultation_shown(*, consultation: Consultation, language: str) -> ShownConsultation:
    t = None
    if language != DEFAULT_LANGUAGE:
        t = ConsultationTranslation.objects.filter(consultation=consultation, language=language).first()
    return ShownConsultation(
        consultation=consultation,
        title=_pick(t.title if t else "", consultation.title, language=language),
        purpose_detail=_pick(t.purpose_detail if t else "", consultation.purpose_detail, language=language),
        promise=_pick(t.promise if t else "", consultation.promise, language=language),
        placeholder=bool(t and t.placeholder),
    )


@dataclass
class TranslationGap:
    """What is missing in one language: whole items, and items with some parts still in English."""

    questions: list[tuple[Question, str]]  # (question, "missing" | "partly" | "placeholder" | "done")
    consultations: list[tuple[Consultation, str]]

    @property
    def missing_count(self) -> int:
        rows = self.questions + self.consultations
        return sum(1 for _item, state in rows if state in ("missing", "partly"))


def _question_state(question: Question, t: QuestionTranslation | None) -> str:
    if t is None or not t.text:
        return "missing"
    labels = t.choice_labels or {}
    if (question.hint and not t.hint) or any(c["value"] not in labels for c in question.choices):
        return "partly"
    return "placeholder" if t.placeholder else "done"


def _consultation_state(consultation: Consultation, t: ConsultationTranslation | None) -> str:
    if t is None or not t.title:
        return "missing"
    if not t.purpose_detail or not t.promise:
        return "partly"
    return "placeholder" if t.placeholder else "done"


def consultation_languages(*, consultation: Consultation) -> list[tuple[str, str]]:
    """The languages young people are offered for ``consultation``: English, and each reviewed interface
    language in which the consultation's wording and every one of its questions is complete and reviewed
    (no part falling back to English, nothing marked a placeholder). Three queries."""
    candidates = [(code, name) for code, name in languages_for_young_people() if code != DEFAULT_LANGUAGE]
    if not candidates or settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES:
        return [(DEFAULT_LANGUAGE, dict(settings.LANGUAGES)[DEFAULT_LANGUAGE]), *candidates]
    codes = [code for code, _name in candidates]
    questions = list(Question.objects.filter(pk__in=consultation.items.values("question_id")))
    complete = {
        t.language
        for t in ConsultationTranslation.objects.filter(consultation=consultation, language__in=codes)
        if _consultation_state(consultation, t) == "done"
    }
    by_language: dict[str, dict[int, QuestionTranslation]] = {}
    for t in QuestionTranslation.objects.filter(question__in=questions, language__in=complete):
        by_language.setdefault(t.language, {})[t.question_id] = t
    offered = [(DEFAULT_LANGUAGE, dict(settings.LANGUAGES)[DEFAULT_LANGUAGE])]
    for code, name in candidates:
        translations = by_language.get(code, {})
        if code in complete and all(_question_state(q, translations.get(q.pk)) == "done" for q in questions):
            offered.append((code, name))
    return offered


def translation_gaps(*, partnership, language: str) -> TranslationGap:
    """Young people's questions and consultations of ``partnership`` and how far each is in ``language``."""
    from youthvoice.consultations.models import Audience

    questions = list(
        Question.objects.filter(partnership=partnership, audience=Audience.YOUNG_PEOPLE).order_by("pk")
    )
    consultations = list(
        Consultation.objects.filter(partnership=partnership, audience=Audience.YOUNG_PEOPLE).order_by("title")
    )
    q_t = {
        t.question_id: t
        for t in QuestionTranslation.objects.filter(question__in=questions, language=language)
    }
    c_t = {
        t.consultation_id: t
        for t in ConsultationTranslation.objects.filter(consultation__in=consultations, language=language)
    }
    return TranslationGap(
        questions=[(q, _question_state(q, q_t.get(q.pk))) for q in questions],
        consultations=[(c, _consultation_state(c, c_t.get(c.pk))) for c in consultations],
    )
