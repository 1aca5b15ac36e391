"""Forms for the coding screen and the review of suggested themes."""

from django import forms

from youthvoice.consultations.models import Consultation
from youthvoice.insights.models import Theme, ThemeSuggestion


class CodingForm(forms.Form):
    theme = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    go = forms.ChoiceField(
        choices=[("next", "next"), ("previous", "previous"), ("stay", "stay")], required=False
    )

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.filter(pk__in=[theme.pk for theme in themes])
        self.fields["theme"].error_messages["invalid_choice"] = "Choose themes from the list."
        self.fields["theme"].error_messages["invalid_pk_value"] = "Choose themes from the list."


class ThemeAddForm(forms.Form):
    name = forms.CharField(
        label="New theme",
        max_length=200,
        error_messages={
            "required": "Enter a name for the theme.",
            "max_length": "Use 200 characters or fewer.",
        },
    )


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


class SampleDrawForm(forms.Form):
    """A lead analyst's request for a second coder's sample: a number of answers or a share, and who codes."""

    second_coder = forms.ModelChoiceField(
        queryset=None,
        label="Second coder",
        empty_label="Choose an analyst",
        error_messages={
            "required": "Choose the analyst who will code the sample.",
            "invalid_choice": "Choose an analyst from the list.",
        },
    )
    size = forms.IntegerField(
        label="Number of answers",
        required=False,
        min_value=1,
        max_value=100_000,
        error_messages={
            "invalid": "Enter the number of answers as a whole number, like 20.",
            "min_value": "The sample needs at least one answer.",
            "max_value": "Ask for 100,000 answers or fewer.",
        },
    )
    percent = forms.IntegerField(
        label="Or a share of the coded answers (%)",
        required=False,
        min_value=1,
        max_value=100,
        error_messages={
            "invalid": "Enter the share as a whole number, like 10.",
            "min_value": "The share must be between 1% and 100%.",
            "max_value": "The share must be between 1% and 100%.",
        },
    )
    seed = forms.IntegerField(
        label="Seed (optional)",
        help_text="The same seed draws the same sample again. Leave empty for a new random one.",
        required=False,
        min_value=0,
        max_value=2**31 - 1,
        error_messages={
            "invalid": "Enter the seed as a whole number.",
            "min_value": "The seed must be 0 or more.",
            "max_value": f"The seed must be {2**31 - 1} or less.",
        },
    )

    def __init__(self, *args, coders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["second_coder"].queryset = coders

    def clean(self):
        cleaned = super().clean()
        size, percent = cleaned.get("size"), cleaned.get("percent")
        if "size" in cleaned and "percent" in cleaned and (size is None) == (percent is None):
            self.add_error("size", "Give either a number of answers or a share, not both.")
        return cleaned


class ReconcileForm(CodingForm):
    item = forms.IntegerField(
        error_messages={"required": "Choose an answer.", "invalid": "Choose an answer from the list."}
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=2000,
        error_messages={"max_length": "Use 2000 characters or fewer."},
    )


class ThemeDefinitionForm(forms.Form):
    description = forms.CharField(
        label="Definition",
        help_text="What answers with this theme talk about, and what they do not.",
        required=False,
        max_length=5000,
        widget=forms.Textarea,
        error_messages={"max_length": "Keep the definition to 5000 characters."},
    )
    examples = forms.CharField(
        label="Examples",
        help_text="Made-up or de-identified examples, one a line: never words that could identify anyone.",
        required=False,
        max_length=5000,
        widget=forms.Textarea,
        error_messages={"max_length": "Keep the examples to 5000 characters."},
    )
