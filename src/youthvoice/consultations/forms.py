from __future__ import annotations

from django import forms
from django.utils import timezone

from youthvoice.consultations.models import ADULT_AUDIENCES, Consultation, Question


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
            q.text
            + (f" (for {q.get_audience_display().lower()})" if q.audience in ADULT_AUDIENCES else "")
            + (" (sensitive)" if q.sensitive else "")
        )
        if self.instance.pk:
            self.initial["questions"] = [item.question_id for item in self.instance.items.all()]
            if self.instance.status != Consultation.Status.DRAFT:
                self.fields["questions"].disabled = True
                # Answers are counted with their audience's figures: the audience is fixed once open.
                self.fields["audience"].disabled = True

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
