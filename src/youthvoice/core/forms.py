from django import forms

from youthvoice.core.models import ApiClient
from youthvoice.partnership.models import Agency


class TokenForm(forms.Form):
    token = forms.RegexField(
        regex=r"^\s*\d{6}\s*$",
        label="Code from your authenticator app",
        error_messages={"required": "Enter the 6-digit code", "invalid": "Enter the 6 digits the app shows"},
    )

    def clean_token(self) -> str:
        return self.cleaned_data["token"].strip()


class ApiClientForm(forms.Form):
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        empty_label=None,
        error_messages={"required": "Choose the agency whose system this is"},
    )
    name = forms.CharField(
        max_length=120,
        label="Name of the system",
        error_messages={"required": "Enter the name of the system"},
    )
    contact = forms.CharField(max_length=500, required=False, label="Who looks after it (optional)")
    scopes = forms.MultipleChoiceField(
        choices=ApiClient.Scope.choices,
        initial=[ApiClient.Scope.PUSH_VOICES],
        widget=forms.CheckboxSelectMultiple,
        label="What may the system do?",
        error_messages={
            "required": "Choose what the system may do",
            "invalid_choice": "Choose from the list what the system may do",
        },
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(partnership=partnership)
