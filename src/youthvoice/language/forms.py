from django import forms

from youthvoice.language.limits import MAX_TEXT_CHARACTERS
from youthvoice.language.models import GlossaryTerm
from youthvoice.language.publishing import BlockedRule


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
    second_opinion = forms.BooleanField(
        required=False,
        label="Also ask the second opinion",
        help_text="A learned model reads the sentences no rule matched and marks any that may still blame "
        "the child, for you to read. It is advice: it can be wrong, and it never stops publishing.",
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


class DefinitionAnswersForm(forms.Form):
    """Which consultation's definition answers to list (a GET form: the choice is in the address)."""

    consultation = forms.ModelChoiceField(
        label="Consultation",
        queryset=None,
        empty_label="Choose a consultation",
        error_messages={
            "required": "Choose a consultation",
            "invalid_choice": "Choose a consultation from the list",
        },
    )
    question = forms.ModelChoiceField(
        label="Question",
        queryset=None,
        required=False,
        empty_label="Every definition question",
        error_messages={"invalid_choice": "Choose a question from the list"},
    )

    def __init__(self, *args, consultations, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = consultations
        self.fields["question"].queryset = questions

    def clean(self):
        data = super().clean()
        consultation, question = data.get("consultation"), data.get("question")
        if consultation and question and not consultation.items.filter(question=question).exists():
            self.add_error("question", "That question is not in this consultation. Choose another.")
        return data


class AnswerIdsField(forms.Field):
    """The ids of the ticked answers: whole numbers that a database can hold, each once."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {
        "required": "Choose at least one answer to import",
        "invalid": "Choose answers from the list",
    }

    def to_python(self, value) -> list[int]:
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        try:
            ids = sorted({int(item) for item in value})
        except (TypeError, ValueError):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if ids[0] < 1 or ids[-1] > 2**63 - 1:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return ids


class DefinitionImportForm(forms.Form):
    term = forms.ModelChoiceField(
        label="The glossary word these answers define",
        queryset=None,
        to_field_name="slug",
        empty_label="Choose a word",
        error_messages={
            "required": "Choose the glossary word these answers define",
            "invalid_choice": "Choose a word from the glossary",
        },
    )
    answer = AnswerIdsField(label="Answers to import")

    def __init__(self, *args, terms, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["term"].queryset = terms


class OverridesForm(forms.Form):
    """One optional reason per blocking rule: a reason publishes those words anyway, and is recorded."""

    def __init__(self, *args, blocked: tuple[BlockedRule, ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.blocked = blocked
        for rule in blocked:
            self.fields[f"override_{rule.rule_id}"] = forms.CharField(
                label=f"Reason to publish {rule.words} anyway",
                help_text="Leave this empty and change the words instead, unless they are a young person's "
                "own words or must stay. Your reason, your name and the date are recorded.",
                max_length=2000,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rule_fields(self):
        return [(rule, self[f"override_{rule.rule_id}"]) for rule in self.blocked]


def overrides_from(data) -> dict[str, str]:
    """Every reason given on the page (``override_<rule id>``); the gate uses those for rules still found."""
    prefix = "override_"
    return {
        name.removeprefix(prefix): (value or "").strip()[:2000]
        for name, value in data.items()
        if name.startswith(prefix) and len(name) <= 120
    }


class LanguageSettingsForm(forms.Form):
    """The partnership's choice about the second opinion at the publishing gate: yes or no, never guessed."""

    CHOICES = [
        ("no", "No: every blocking finding needs the words changed or a reason to publish them (as before)"),
        ("yes", "Yes: a blocking finding the second opinion clears is let through, and the report says why"),
    ]
    second_opinion_clears_findings = forms.ChoiceField(
        label="Findings the second opinion clears do not block publishing",
        help_text="The second opinion is a learned model. Where it reads the sentence around a finding as "
        "likely fine in context, it clears the finding. Measured on text nobody here wrote, it cleared about "
        "one false flag in six and almost no real ones, but it can be wrong: this is a safeguarding decision "
        "for the partnership. Cleared findings are always shown.",
        choices=CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose whether findings the second opinion clears block publishing",
            "invalid_choice": "Choose yes or no: whether findings the second opinion clears block publishing",
        },
    )

    def clean_second_opinion_clears_findings(self) -> bool:
        return self.cleaned_data["second_opinion_clears_findings"] == "yes"
