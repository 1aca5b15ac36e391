"""Forms for suggested themes: start a run, and accept, rename or merge what it found."""

from django import forms

from youthvoice.consultations.models import Consultation
from youthvoice.insights.models import ThemeSuggestion


class SuggestionRunForm(forms.Form):
    THEMES, CODING = "themes", "coding"
    purpose = forms.ChoiceField(
        choices=[(THEMES, "Look for themes"), (CODING, "Suggest a theme for each uncoded answer")],
        required=False,
        error_messages={"invalid_choice": "Choose to look for themes or to suggest coding."},
    )
    consultation = forms.ModelChoiceField(
        queryset=Consultation.objects.none(),
        required=False,
        empty_label="All consultations and relayed voices",
        label="Answers to look at",
        error_messages={"invalid_choice": "Choose one of the consultations in the list."},
    )
    n_themes = forms.IntegerField(
        label="Number of themes (optional)",
        help_text="Leave empty to let youthvoice choose, from 2 to 15.",
        required=False,
        min_value=2,
        max_value=30,
        error_messages={
            "invalid": "Enter the number of themes as a whole number, like 6.",
            "min_value": "Ask for at least 2 themes.",
            "max_value": "Ask for 30 themes or fewer.",
        },
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = Consultation.objects.filter(partnership=partnership)


class SuggestionRenameForm(forms.Form):
    label = forms.CharField(
        label="New name",
        max_length=200,
        error_messages={
            "required": "Enter a name for the suggestion.",
            "max_length": "Use 200 characters or fewer.",
        },
    )


class SuggestionAcceptForm(forms.Form):
    name = forms.CharField(label="Theme name", max_length=200, required=False)


class SuggestionMergeForm(forms.Form):
    into = forms.ModelChoiceField(
        queryset=ThemeSuggestion.objects.none(),
        label="Merge with",
        error_messages={
            "required": "Choose a suggestion to merge with.",
            "invalid_choice": "Choose a suggestion from the list.",
        },
    )

    def __init__(self, *args, suggestion, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = ThemeSuggestion.objects.filter(
            run=suggestion.run, status=ThemeSuggestion.Status.OPEN
        ).exclude(pk=suggestion.pk)
