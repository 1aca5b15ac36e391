from django import forms

from youthvoice.language.limits import MAX_TEXT_CHARACTERS
from youthvoice.language.models import GlossaryTerm


class CheckForm(forms.Form):
    text = forms.CharField(
        label="Text to check",
        help_text="Paste a case note, letter, report or anything you will publish. Nothing is saved.",
        widget=forms.Textarea(attrs={"rows": 12, "class": "govuk-textarea", "spellcheck": "true"}),
        max_length=MAX_TEXT_CHARACTERS,
        strip=False,
        error_messages={
            "required": "Enter the text you want to check",
            "max_length": f"The text must be {MAX_TEXT_CHARACTERS:,} characters or fewer "
            "(it has %(show_value)s). Check it in parts.",
        },
    )

    def clean_text(self):
        text = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError("Enter the text you want to check")
        if "\x00" in text:
            raise forms.ValidationError("The text contains characters that are not text. Paste plain text.")
        return text


class GlossaryTermForm(forms.ModelForm):
    class Meta:
        model = GlossaryTerm
        fields = ["term", "definition", "published"]
        labels = {
            "term": "Word or phrase",
            "definition": "The partnership's definition",
            "published": "Show on the public glossary for young people",
        }
        help_texts = {
            "definition": "Plain words a 12-year-old can read. It is checked before it is published."
        }
        widgets = {
            "term": forms.TextInput(attrs={"class": "govuk-input govuk-!-width-one-half"}),
            "definition": forms.Textarea(attrs={"rows": 4, "class": "govuk-textarea"}),
            "published": forms.CheckboxInput(attrs={"class": "govuk-checkboxes__input"}),
        }
        error_messages = {
            "term": {"required": "Enter the word or phrase", "max_length": "Use 120 characters or fewer"},
            "definition": {"required": "Enter the partnership's definition"},
        }


class YoungPeoplesDefinitionForm(forms.Form):
    text = forms.CharField(
        label="What a young person said it means",
        help_text="Remove names, places, schools and anything else that could identify anyone.",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "class": "govuk-textarea"}),
        error_messages={
            "required": "Enter what the young person said the word means",
            "max_length": "Use 2,000 characters or fewer",
        },
    )
    shown_publicly = forms.BooleanField(
        label="Show it on the public glossary",
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "govuk-checkboxes__input"}),
    )


class CurateForm(forms.Form):
    def __init__(self, *args, term: GlossaryTerm, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(d.pk, d.text) for d in term.young_peoples_definitions.all()]
        self.fields["shown"] = forms.TypedMultipleChoiceField(
            label="Young people's words shown on the public glossary",
            choices=choices,
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            initial=[d.pk for d in term.young_peoples_definitions.all() if d.shown_publicly],
            error_messages={"invalid_choice": "Choose from the young people's words listed"},
        )
