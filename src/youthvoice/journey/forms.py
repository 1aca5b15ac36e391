"""The journey's forms: one question's answer, and the optional "about you" questions."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from youthvoice.consultations.models import Question
from youthvoice.voices.demographics import (
    ABOUT_YOU_LABELS,
    ADULT_ABOUT_YOU_LABELS,
    DEMOGRAPHIC_FIELDS,
    PREFER_NOT_TO_SAY,
    RELATIONSHIPS_BY_AUDIENCE,
)
from youthvoice.voices.services import MAX_TEXT_LENGTH

# Django fills in %(limit_value)s (MAX_TEXT_LENGTH) when it shows the message.
TEXT_ERRORS = {"max_length": _("Your answer must be %(limit_value)s characters or fewer")}
CHOICE_ERRORS = {
    "invalid_choice": _("Choose one of the answers shown"),
    "invalid_list": _("Choose from the answers shown"),
}


class QuestionAnswerForm(forms.Form):
    """One question of the journey. Nothing is required: every question can be skipped."""

    question = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, question: Question, shown=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.bank_question = question
        kind = question.kind
        # Labels in the young person's language (marked where they fall back to English).
        choices = (
            [(c.value, c.label) for c in shown.choices]
            if shown is not None
            else [(c["value"], c["label"]) for c in question.choices]
        )
        if kind in (Question.Kind.SINGLE, Question.Kind.SCALE):
            self.fields["answer"] = forms.ChoiceField(
                choices=choices, required=False, widget=forms.RadioSelect, error_messages=CHOICE_ERRORS
            )
        elif kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE):
            self.fields["answer"] = forms.MultipleChoiceField(
                choices=choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                error_messages=CHOICE_ERRORS,
            )
        if kind in Question.TEXT_KINDS:
            label = (
                _("Anywhere else? (do not name people or addresses)") if kind == Question.Kind.PLACE else ""
            )
            self.fields["text"] = forms.CharField(
                label=label,
                required=False,
                max_length=MAX_TEXT_LENGTH,
                strip=True,
                widget=forms.Textarea(attrs={"rows": 5 if kind != Question.Kind.PLACE else 2}),
                error_messages=TEXT_ERRORS,
            )

    def clean_question(self):
        if self.cleaned_data["question"] != self.bank_question.pk:
            raise forms.ValidationError(_("This page was out of date. Your answer has not been changed"))
        return self.cleaned_data["question"]

    def chosen_values(self) -> list[str]:
        answer = self.cleaned_data.get("answer")
        if not answer:
            return []
        return [answer] if isinstance(answer, str) else list(answer)

    def written_text(self) -> str:
        return self.cleaned_data.get("text", "") or ""


class AboutYouForm(forms.Form):
    def __init__(self, *args, localities=(), **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in DEMOGRAPHIC_FIELDS.items():
            self.fields[name] = forms.ChoiceField(
                label=ABOUT_YOU_LABELS[name],
                choices=choices.choices,
                required=False,
                widget=forms.RadioSelect,
                error_messages=CHOICE_ERRORS,
            )
        self.fields["locality"] = forms.ChoiceField(
            label=ABOUT_YOU_LABELS["locality"],
            choices=[(str(loc.pk), loc.name) for loc in localities]
            + [(PREFER_NOT_TO_SAY, _("Prefer not to say"))],
            required=False,
            widget=forms.RadioSelect,
            error_messages=CHOICE_ERRORS,
        )
        order = ["age_band", "gender", "ethnic_group", "locality", "send", "care_experienced"]
        self.order_fields(order)


class AdultAboutYouForm(forms.Form):
    """ "About you" for a parent, carer or community member: how they are connected and their area, both
    optional. Nothing about a child (no age, no school): with an adult's area, that could identify them."""

    def __init__(self, *args, audience: str, localities=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["relationship"] = forms.ChoiceField(
            label=ADULT_ABOUT_YOU_LABELS["relationship"][audience],
            choices=[(choice.value, choice.label) for choice in RELATIONSHIPS_BY_AUDIENCE[audience]],
            required=False,
            widget=forms.RadioSelect,
            error_messages=CHOICE_ERRORS,
        )
        self.fields["locality"] = forms.ChoiceField(
            label=ADULT_ABOUT_YOU_LABELS["locality"],
            choices=[(str(loc.pk), loc.name) for loc in localities]
            + [(PREFER_NOT_TO_SAY, _("Prefer not to say"))],
            required=False,
            widget=forms.RadioSelect,
            error_messages=CHOICE_ERRORS,
        )
