"""Forms for the CE strategy's pages. Validation only: writes go through services."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from youthvoice.insights.models import Theme
from youthvoice.mandate.forms import date_field
from youthvoice.mandate.models import Action, PartnershipTheme
from youthvoice.partnership.models import Partnership
from youthvoice.strategy.selectors import FigureSnapshot

CHOICE_ERRORS = {
    "invalid_choice": "Choose evidence from the list.",
    "invalid_pk_value": "Choose evidence from the list.",
}


class DraftDetailsForm(forms.Form):
    review_on = date_field("Review date", required=False)
    young_peoples_summary = forms.CharField(
        label="Summary for young people",
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="What the strategy means for young people, in words they use. It must pass the language "
        "check before the version can be published; aim for a reading age of 12 or under.",
        error_messages={"max_length": "Keep the summary under 3,000 characters."},
    )

    def clean_review_on(self):
        review_on = self.cleaned_data["review_on"]
        if review_on is not None and review_on <= timezone.localdate():
            raise forms.ValidationError("The review date must be after today.")
        return review_on


class SectionForm(forms.Form):
    title = forms.CharField(
        label="Section title",
        max_length=200,
        error_messages={
            "required": "Give the section a title.",
            "max_length": "Keep the title under 200 characters.",
        },
    )
    body = forms.CharField(
        label="What the section says",
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"max_length": "Keep the section under 20,000 characters."},
    )
    insight_themes = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.none(),
        required=False,
        label="Themes in what young people said",
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )
    partnership_themes = forms.ModelMultipleChoiceField(
        queryset=PartnershipTheme.objects.none(),
        required=False,
        label="Partnership themes (from the scoping conversations)",
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )
    actions = forms.ModelMultipleChoiceField(
        queryset=Action.objects.none(),
        required=False,
        label="Actions",
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )
    figures = forms.MultipleChoiceField(
        choices=(),
        required=False,
        label="Figures from the insights dashboard",
        help_text="Published figures, with small numbers hidden. Each is kept as it reads when you save.",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose figures from the list."},
    )

    EVIDENCE = ("insight_themes", "partnership_themes", "actions", "figures")

    def __init__(self, *args, partnership: Partnership, figures: list[FigureSnapshot], **kwargs):
        super().__init__(*args, **kwargs)
        self.figures_by_slug = {figure.slug: figure for figure in figures}
        self.fields["insight_themes"].queryset = Theme.objects.filter(codebook__partnership=partnership)
        self.fields["partnership_themes"].queryset = PartnershipTheme.objects.filter(partnership=partnership)
        self.fields["actions"].queryset = Action.objects.filter(partnership=partnership).order_by("title")
        self.fields["figures"].choices = [(figure.slug, figure.title) for figure in figures]

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError("Give the section a title.")
        return title

    def evidence_fields(self):
        return [self[name] for name in self.EVIDENCE if self.fields[name].choices]

    def evidence(self) -> dict:
        data = self.cleaned_data
        return {
            "insight_themes": list(data.get("insight_themes") or []),
            "partnership_themes": list(data.get("partnership_themes") or []),
            "actions": list(data.get("actions") or []),
            "figures": [self.figures_by_slug[slug] for slug in data.get("figures") or []],
        }
