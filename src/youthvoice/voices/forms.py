from django import forms
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.voices.models import Response
from youthvoice.voices.services import MAX_TEXT_LENGTH, SafeguardingAnswer


class RelayedVoiceForm(forms.Form):
    text = forms.CharField(
        label="What did the young person share?",
        help_text="Their words as far as you can. Names, contact details, schools and addresses are taken "
        "out before anything is saved: check the preview.",
        max_length=MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": "Write what the young person shared",
            "max_length": f"Write {MAX_TEXT_LENGTH} characters or fewer",
        },
    )
    shared_on = forms.DateField(
        label="When did they share it?",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "Enter the date they shared it", "invalid": "Enter a real date"},
    )
    consent_basis = forms.ChoiceField(
        label="On what basis are their words shared?",
        choices=Response.ConsentBasis.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the basis on which their words are shared"},
    )
    consultation = forms.ModelChoiceField(
        label="Which consultation is this for? (optional)",
        queryset=Consultation.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        empty_label=None,
    )

    at_risk_now = forms.BooleanField(
        label="What they shared shows a child may be at risk of harm now", required=False
    )
    referral_made = forms.ChoiceField(
        label="Did you make a safeguarding referral?",
        choices=[("yes", "Yes, I made a referral"), ("no", "No")],
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose yes or no"},
    )
    no_referral_reason = forms.CharField(
        label="If you did not, why not?",
        help_text="For example: already known to children's social care and the allocated worker was told "
        "today. Do not write names.",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Write 2000 characters or fewer"},
    )

    RISK_FIELDS = ("referral_made", "no_referral_reason")

    def __init__(self, *args, partnership, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = Consultation.objects.filter(partnership=partnership)
        if editing:
            del self.fields["consultation"]

    def clean_shared_on(self):
        shared_on = self.cleaned_data["shared_on"]
        if shared_on > timezone.localdate():
            raise forms.ValidationError("The date they shared it must be today or in the past")
        return shared_on

    def safeguarding(self) -> SafeguardingAnswer:
        data = self.cleaned_data
        made = {"yes": True, "no": False}.get(data.get("referral_made") or "")
        return SafeguardingAnswer(
            at_risk_now=bool(data.get("at_risk_now")),
            referral_made=made,
            no_referral_reason=data.get("no_referral_reason", ""),
        )

    def main_fields(self):
        return [field for field in self if field.name not in self.RISK_FIELDS]
