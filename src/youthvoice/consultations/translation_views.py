"""Staff pages for translations and easy read: what is missing in each language, and the wording itself."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from youthvoice.consultations.models import Audience, Consultation, Question
from youthvoice.consultations.services import ConsultationError
from youthvoice.consultations.translation import translation_gaps
from youthvoice.consultations.translation_services import (
    consultation_translation_save,
    question_easy_read_save,
    question_translation_save,
)
from youthvoice.core.access import ANALYSTS_AND_LEADERS, role_required, staff_view
from youthvoice.core.languages import DEFAULT_LANGUAGE, language_is_offered, languages_offered


def _language(code: str) -> str:
    if not language_is_offered(code):
        raise Http404("youthvoice does not offer that language.")
    return code


def _name(code: str) -> str:
    return dict(languages_offered())[code]


@staff_view
def overview(request):
    rows = []
    for code, name in languages_offered():
        if code == DEFAULT_LANGUAGE:
            continue
        gaps = translation_gaps(partnership=request.partnership, language=code)
        rows.append({"code": code, "name": name, "gaps": gaps})
    easy = Question.objects.filter(partnership=request.partnership, audience=Audience.YOUNG_PEOPLE)
    return render(
        request,
        "consultations/staff/translations.html",
        {"rows": rows, "easy_total": easy.count(), "easy_done": easy.exclude(easy_read_text="").count()},
    )


@staff_view
def language(request, language: str):
    code = _language(language)
    if code == DEFAULT_LANGUAGE:
        # English is the original: its page is for easy-read wording.
        questions = Question.objects.filter(partnership=request.partnership, audience=Audience.YOUNG_PEOPLE)
        return render(
            request,
            "consultations/staff/translations_language.html",
            {"code": code, "name": _name(code), "english": True, "questions": questions.order_by("pk")},
        )
    gaps = translation_gaps(partnership=request.partnership, language=code)
    return render(
        request,
        "consultations/staff/translations_language.html",
        {"code": code, "name": _name(code), "gaps": gaps},
    )


class QuestionTranslationForm(forms.Form):
    text = forms.CharField(label="Question", max_length=300, required=False)
    hint = forms.CharField(label="Hint", max_length=500, required=False)
    easy_read_text = forms.CharField(
        label="Easy read wording (short sentences, everyday words)", max_length=300, required=False
    )
    placeholder = forms.BooleanField(
        label="This is a placeholder, not checked by a translator", required=False
    )

    def __init__(self, *args, question: Question, **kwargs):
        super().__init__(*args, **kwargs)
        for n, choice in enumerate(question.choices):
            self.fields[f"choice_{n}"] = forms.CharField(
                label=f"Answer: {choice['label']}", max_length=200, required=False
            )
        self.question = question

    def choice_labels(self) -> dict[str, str]:
        return {
            choice["value"]: self.cleaned_data.get(f"choice_{n}", "")
            for n, choice in enumerate(self.question.choices)
        }


class EasyReadForm(forms.Form):
    easy_read_text = forms.CharField(
        label="Easy read wording (short sentences, everyday words)", max_length=300, required=False
    )
    picture_scale = forms.BooleanField(label="In easy read, show this scale as faces", required=False)


@role_required(*ANALYSTS_AND_LEADERS)
def question(request, language: str, pk: int):
    code = _language(language)
    item = get_object_or_404(Question, pk=pk, partnership=request.partnership)
    english = code == DEFAULT_LANGUAGE
    if english:
        initial = {"easy_read_text": item.easy_read_text, "picture_scale": item.picture_scale}
        form = EasyReadForm(request.POST or None, initial=initial)
    else:
        t = item.translations.filter(language=code).first()
        initial = {}
        if t:
            initial = {
                "text": t.text,
                "hint": t.hint,
                "easy_read_text": t.easy_read_text,
                "placeholder": t.placeholder,
                **{f"choice_{n}": t.choice_labels.get(c["value"], "") for n, c in enumerate(item.choices)},
            }
        form = QuestionTranslationForm(request.POST or None, initial=initial, question=item)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                if english:
                    question_easy_read_save(
                        question=item,
                        easy_read_text=data["easy_read_text"],
                        picture_scale=data["picture_scale"],
                        user=request.user,
                    )
                else:
                    question_translation_save(
                        question=item,
                        language=code,
                        text=data["text"],
                        hint=data["hint"],
                        choice_labels=form.choice_labels(),
                        easy_read_text=data["easy_read_text"],
                        placeholder=data["placeholder"],
                        user=request.user,
                    )
            except ConsultationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "The wording was saved.")
                return redirect("consultations:translations-language", code)
        status = 400
    return render(
        request,
        "consultations/staff/translation_form.html",
        {
            "form": form,
            "code": code,
            "name": _name(code),
            "original": item,
            "heading": "Easy read wording" if english else f"{_name(code)} wording",
            "has_errors": bool(form.errors),
        },
        status=status,
    )


class ConsultationTranslationForm(forms.Form):
    title = forms.CharField(label="Title", max_length=150, required=False)
    purpose_detail = forms.CharField(
        label="Why we are asking", widget=forms.Textarea(attrs={"rows": 4}), max_length=2000, required=False
    )
    promise = forms.CharField(
        label="What we will do with your answers",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
    )
    placeholder = forms.BooleanField(
        label="This is a placeholder, not checked by a translator", required=False
    )


@role_required(*ANALYSTS_AND_LEADERS)
def consultation(request, language: str, pk: int):
    code = _language(language)
    if code == DEFAULT_LANGUAGE:
        raise Http404("English is the original wording: change it on the consultation itself.")
    item = get_object_or_404(Consultation, pk=pk, partnership=request.partnership)
    t = item.translations.filter(language=code).first()
    initial = (
        {
            "title": t.title,
            "purpose_detail": t.purpose_detail,
            "promise": t.promise,
            "placeholder": t.placeholder,
        }
        if t
        else {}
    )
    form = ConsultationTranslationForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                consultation_translation_save(
                    consultation=item, language=code, user=request.user, **form.cleaned_data
                )
            except ConsultationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "The wording was saved.")
                return redirect("consultations:translations-language", code)
        status = 400
    return render(
        request,
        "consultations/staff/translation_form.html",
        {
            "form": form,
            "code": code,
            "name": _name(code),
            "original_consultation": item,
            "heading": f"{_name(code)} wording",
            "has_errors": bool(form.errors),
        },
        status=status,
    )
