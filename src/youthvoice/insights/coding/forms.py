"""Forms for the coding screen, the codebook and a second coder."""

from django import forms

from youthvoice.insights.models import Theme


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
