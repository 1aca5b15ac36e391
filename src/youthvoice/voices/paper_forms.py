"""The form staff type a paper sheet into: the sheet number, every question (all optional), about you."""

from __future__ import annotations

from django import forms

from youthvoice.consultations.models import Question
from youthvoice.voices.demographics import ABOUT_YOU_LABELS, DEMOGRAPHIC_FIELDS, PREFER_NOT_TO_SAY
from youthvoice.voices.paper import SHEET_NUMBER_MAX
from youthvoice.voices.services import MAX_TEXT_LENGTH, AnswerInput

CHOICE_ERRORS = {"invalid_choice": "Choose one of the answers on the sheet"}


class ConsultationAnswersForm(forms.Form):
    """Every question of a consultation, all optional: for paper sheets and for professionals answering."""

    text_help = "Do not name anyone. Names, phone numbers and addresses are taken out."

    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for number, question in enumerate(questions, start=1):
            label = f"{number}. {question.text}"
            choices = [(c["value"], c["label"]) for c in question.choices]
            if question.kind in (Question.Kind.SINGLE, Question.Kind.SCALE):
                self.fields[f"q{question.pk}"] = forms.ChoiceField(
                    label=label,
                    choices=choices,
                    required=False,
                    widget=forms.RadioSelect,
                    error_messages=CHOICE_ERRORS,
                )
            elif question.kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE):
                self.fields[f"q{question.pk}"] = forms.MultipleChoiceField(
                    label=label,
                    choices=choices,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages=CHOICE_ERRORS,
                )
            if question.kind in Question.TEXT_KINDS:
                self.fields[f"q{question.pk}_text"] = forms.CharField(
                    label=label if question.kind != Question.Kind.PLACE else f"{label} (written in)",
                    required=False,
                    max_length=MAX_TEXT_LENGTH,
                    widget=forms.Textarea(attrs={"rows": 3}),
                    help_text=self.text_help,
                    error_messages={"max_length": f"Type at most {MAX_TEXT_LENGTH} characters"},
                )

    def answers(self) -> dict[int, AnswerInput]:
        data = self.cleaned_data
        answers = {}
        for question in self.questions:
            chosen = data.get(f"q{question.pk}") or []
            values = [chosen] if isinstance(chosen, str) else list(chosen)
            text = data.get(f"q{question.pk}_text") or ""
            answers[question.pk] = AnswerInput(values=[v for v in values if v], text=text)
        return answers


class PaperSheetForm(ConsultationAnswersForm):
    text_help = "Type what is written. Names, phone numbers and addresses are taken out."
    sheet_number = forms.IntegerField(
        label="Sheet number",
        help_text="Printed at the top of the sheet.",
        min_value=1,
        max_value=SHEET_NUMBER_MAX,
        error_messages={
            "required": "Enter the sheet number printed at the top of the sheet",
            "invalid": "Enter the sheet number as digits, like 42",
            "min_value": f"Sheet numbers go from 1 to {SHEET_NUMBER_MAX}",
            "max_value": f"Sheet numbers go from 1 to {SHEET_NUMBER_MAX}",
        },
    )

    def __init__(self, *args, questions: list[Question], localities=(), **kwargs):
        super().__init__(*args, questions=questions, **kwargs)
        for name, choices in DEMOGRAPHIC_FIELDS.items():
            self.fields[name] = forms.ChoiceField(
                label=str(ABOUT_YOU_LABELS[name]),
                choices=[("", "Not answered")] + list(choices.choices),
                required=False,
                error_messages=CHOICE_ERRORS,
            )
        self.fields["locality"] = forms.ChoiceField(
            label=str(ABOUT_YOU_LABELS["locality"]),
            choices=[("", "Not answered")]
            + [(str(loc.pk), loc.name) for loc in localities]
            + [(PREFER_NOT_TO_SAY, "Prefer not to say")],
            required=False,
            error_messages=CHOICE_ERRORS,
        )

    def about_you(self) -> dict:
        names = [*DEMOGRAPHIC_FIELDS, "locality"]
        return {name: self.cleaned_data.get(name, "") for name in names}
