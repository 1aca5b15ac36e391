from django import forms

from youthvoice.core.models import ApiClient
from youthvoice.partnership.models import Agency


def pin_field(*, label: str, error_messages: dict[str, str]) -> forms.CharField:
    """A PIN of up to 8 numbers typed on a shared device, never shown (drawn by includes/pin_field.html)."""
    return forms.CharField(
        label=label,
        max_length=8,
        widget=forms.PasswordInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages=error_messages,
    )


class ChosenPinMixin:
    """A form whose ``pin`` and ``pin_again`` are the PIN a youth worker chooses, typed twice, to end what
    runs on a shared device (a facilitated session, a young people's panel): 4 to 8 numbers, both the same."""

    def clean_pin(self):
        pin = self.cleaned_data["pin"]
        if not pin.isdigit() or not 4 <= len(pin) <= 8:
            raise forms.ValidationError("The PIN must be 4 to 8 numbers")
        return pin

    def clean(self):
        data = super().clean()
        if data.get("pin") and data.get("pin_again") is not None and data["pin"] != data.get("pin_again"):
            self.add_error("pin_again", "The two PINs are different")
        return data


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
