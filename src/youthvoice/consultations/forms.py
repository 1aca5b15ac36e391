from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from youthvoice.consultations.models import Consultation, Question
from youthvoice.voices.demographics import DEMOGRAPHIC_FIELDS, PREFER_NOT_TO_SAY
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


ABOUT_YOU_LABELS = {
    "age_band": _("How old are you?"),
    "gender": _("Which of these best describes you?"),
    "ethnic_group": _("What is your ethnic group?"),
    "locality": _("Which area do you live in?"),
    "send": _("Do you have special educational needs or a disability (SEND)?"),
    "care_experienced": _("Have you ever been in care?"),
}


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


class ConsultationForm(forms.ModelForm):
    channels = forms.MultipleChoiceField(
        choices=[c for c in Consultation.Channel.choices if c[0] != Consultation.Channel.IMPORTED],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one way young people can take part"},
    )
    questions = forms.ModelMultipleChoiceField(
        queryset=Question.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="New questions are asked after the ones already chosen, in the order shown here. "
        "Change the order on the consultation's page.",
    )

    class Meta:
        model = Consultation
        fields = [
            "title",
            "purpose",
            "purpose_detail",
            "audience",
            "channels",
            "opens_on",
            "closes_on",
            "promise",
            "feedback_due_on",
        ]
        widgets = {
            "purpose": forms.RadioSelect,
            "audience": forms.RadioSelect,
            "opens_on": forms.DateInput(attrs={"type": "date"}),
            "closes_on": forms.DateInput(attrs={"type": "date"}),
            "feedback_due_on": forms.DateInput(attrs={"type": "date"}),
        }
        labels = {
            "purpose_detail": "Why are you asking? (in plain words)",
            "promise": "What we will do with your answers",
            "feedback_due_on": "Feedback will be published by",
        }

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = Question.objects.filter(partnership=partnership).order_by("pk")
        self.fields["questions"].label_from_instance = lambda q: (
            q.text + (" (sensitive)" if q.sensitive else "")
        )
        if self.instance.pk:
            self.initial["questions"] = [item.question_id for item in self.instance.items.all()]
            if self.instance.status != Consultation.Status.DRAFT:
                self.fields["questions"].disabled = True

    def clean(self):
        data = super().clean()
        opens, closes, due = data.get("opens_on"), data.get("closes_on"), data.get("feedback_due_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", "The closing date must be on or after the opening date")
        if closes and due and due < closes:
            self.add_error("feedback_due_on", "The feedback date must be on or after the closing date")
        if due and not self.instance.pk and due < timezone.localdate():
            self.add_error("feedback_due_on", "The feedback date cannot be in the past")
        questions = data.get("questions")
        audience = data.get("audience")
        if questions and audience:
            wrong = [q for q in questions if q.audience != audience]
            if wrong:
                self.add_error(
                    "questions", f"'{wrong[0].text}' is for {wrong[0].get_audience_display().lower()}"
                )
        return data

    def ordered_questions(self) -> list[Question]:
        """The chosen questions: those already asked keep their order (staff may have moved them), new
        ones follow in the bank's order."""
        current = {}
        if self.instance.pk:
            current = {
                qid: n
                for n, qid in enumerate(
                    self.instance.items.order_by("order").values_list("question_id", flat=True)
                )
            }
        return sorted(
            self.cleaned_data.get("questions") or [],
            key=lambda q: (q.pk not in current, current.get(q.pk, 0), q.pk),
        )


class NewQuestionForm(forms.Form):
    text = forms.CharField(max_length=300, label="Question")
    hint = forms.CharField(max_length=500, required=False, label="Hint (optional)")
    kind = forms.ChoiceField(choices=Question.Kind.choices, widget=forms.RadioSelect, label="Type of answer")
    choices = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        label="Choices (one on each line; for a scale, lowest first)",
    )
    sensitive = forms.BooleanField(required=False, label="Show a content note before this question")

    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data.get("choices", "").splitlines() if line.strip()]


class TransitionForm(forms.Form):
    to_status = forms.ChoiceField(choices=Consultation.Status.choices)
