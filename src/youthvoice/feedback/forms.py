from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from youthvoice.feedback.models import FeedbackStatus
from youthvoice.insights.models import Theme, YoungPeoplesPanel
from youthvoice.insights.panel.services import panels_citable
from youthvoice.mandate.models import Action
from youthvoice.partnership.models import Partnership
from youthvoice.voices.selectors import reference_code_normalise


class YouSaidWeDidForm(forms.Form):
    """The words young people will read. Nothing is published until a leader or admin publishes it."""

    theme = forms.ModelChoiceField(
        queryset=Theme.objects.none(),
        required=False,
        empty_label="The whole consultation",
        label="What is this update about?",
        help_text="Write one update for the whole consultation, or one for each theme.",
    )
    you_said = forms.CharField(
        label="You said",
        help_text="What young people told us, in plain words. Quote nothing that could identify anyone.",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Write what young people said"},
    )
    we_did = forms.CharField(
        label="We did",
        help_text="What the partnership did, is doing or will do about it, and when.",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Write what we did, or are doing, about it"},
    )
    status = forms.ChoiceField(
        choices=FeedbackStatus.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a status", "invalid_choice": "Choose a status from the list"},
    )
    cant_do_reason = forms.CharField(
        label="Why we can't do this",
        help_text="Needed when the status is “We can't do this”. Be honest and say what we can do instead.",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    actions = forms.ModelMultipleChoiceField(
        queryset=Action.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Linked actions",
        help_text="The partnership's actions that answer what young people said.",
        error_messages={
            "invalid_choice": "Choose actions from the list",
            "invalid_pk_value": "Choose actions",
        },
    )

    panel = forms.ModelChoiceField(
        queryset=YoungPeoplesPanel.objects.none(),
        required=False,
        empty_label="No panel",
        label="Cite a young people's panel",
        help_text="Young people read what the panel thought, for example “Young people's panel on 3 March "
        "2026 ranked this first out of 5 themes.” Only panels that have ended can be cited.",
        error_messages={"invalid_choice": "Choose a panel from the list"},
    )

    themes_answered = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Which themes does it answer?",
        help_text="Young people read which themes it answers and how many of them said something about them.",
        error_messages={
            "invalid_choice": "Choose themes from the list",
            "invalid_pk_value": "Choose themes from the list",
        },
    )

    def __init__(self, *args, partnership: Partnership, with_theme: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actions"].queryset = Action.objects.filter(partnership=partnership).order_by("title")
        self.fields["panel"].queryset = panels_citable(partnership=partnership)
        self.fields["themes_answered"].queryset = Theme.objects.filter(
            codebook__partnership=partnership
        ).order_by("codebook__name", "name")
        if with_theme:
            self.fields["theme"].queryset = Theme.objects.filter(codebook__partnership=partnership)
        else:
            del self.fields["theme"]

    def clean(self):
        data = super().clean()
        you_said = (data.get("you_said") or "").strip()
        we_did = (data.get("we_did") or "").strip()
        if not you_said and not we_did:
            self.add_error(None, "The update is empty: write what young people said and what we did.")
        if data.get("status") == FeedbackStatus.CANT_DO and not (data.get("cant_do_reason") or "").strip():
            self.add_error("cant_do_reason", "Say why we can't do this")
        return data

    def content(self) -> dict:
        data = self.cleaned_data
        return {
            "you_said": data["you_said"],
            "we_did": data["we_did"],
            "status": data["status"],
            "cant_do_reason": data["cant_do_reason"],
            "actions": list(data["actions"]),
            "panel": data.get("panel"),
            "themes_answered": list(data["themes_answered"]),
        }


class ReferenceCodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Your reference code"),
        help_text=gettext_lazy(
            "It is on the page you saw after you sent your answers, for example HT7K 4MWQ."
        ),
        max_length=40,
        error_messages={
            "required": gettext_lazy("Enter your reference code"),
            "max_length": gettext_lazy("That code is too long"),
        },
    )

    def clean_code(self):
        code = reference_code_normalise(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(gettext_lazy("Enter your reference code"))
        return code


class FeedbackDelayForm(forms.Form):
    """Saying sorry in public: the new date young people will read, and why we are late."""

    new_due_on = forms.DateField(
        label="New date",
        help_text="The date by which we will publish what we did. For example, 27 3 2027 or 2027-03-27.",
        input_formats=["%Y-%m-%d", "%d %m %Y", "%d/%m/%Y"],
        error_messages={"required": "Enter the new date", "invalid": "Enter a real date, like 2027-03-27"},
    )
    reason = forms.CharField(
        label="Why we are late",
        help_text="Young people read this with our apology. Plain words; no names.",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Say why we are late"},
    )


class UpdateTranslationForm(forms.Form):
    """A revision's words in another language. Fields the revision does not need are left off."""

    theme_name = forms.CharField(label="The theme", max_length=200, required=False)
    you_said = forms.CharField(
        label="What young people said",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Translate what young people said"},
    )
    we_did = forms.CharField(
        label="What we did",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Translate what we did"},
    )
    cant_do_reason = forms.CharField(
        label="Why we can't do this",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    placeholder = forms.BooleanField(
        label="Not yet checked by a translator (young people will not be shown it)", required=False
    )

    def __init__(self, *args, revision, **kwargs):
        super().__init__(*args, **kwargs)
        if not revision.update.theme_id:
            del self.fields["theme_name"]
        else:
            self.fields["theme_name"].required = True
            self.fields["theme_name"].error_messages["required"] = "Translate the theme's name"
        if revision.status != "cant_do":
            del self.fields["cant_do_reason"]
        else:
            self.fields["cant_do_reason"].required = True
            self.fields["cant_do_reason"].error_messages["required"] = "Translate why we can't do this"
