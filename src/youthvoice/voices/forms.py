from django import forms
from django.utils import timezone

from youthvoice.consultations.models import Consultation
from youthvoice.partnership.models import Locality
from youthvoice.voices.demographics import PREFER_NOT_TO_SAY, AgeBand
from youthvoice.voices.models import PlaceType, Response
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

    # What the practitioner knows about the young person and where they met: all optional, "Not known"
    # left blank, so relayed voices count in the same figures as answers (with their channel shown).
    age_band = forms.ChoiceField(
        label="How old are they? (optional)",
        choices=[("", "Not known"), *[(v, label) for v, label in AgeBand.choices if v != PREFER_NOT_TO_SAY]],
        required=False,
        error_messages={"invalid_choice": "Choose an age group from the list"},
    )
    locality = forms.ChoiceField(
        label="Which area do they live in? (optional)",
        choices=[("", "Not known")],
        required=False,
        error_messages={"invalid_choice": "Choose an area from the list"},
    )
    place_type = forms.ChoiceField(
        label="Where did they tell you? (optional)",
        choices=[("", "Not known"), *PlaceType.choices],
        required=False,
        error_messages={"invalid_choice": "Choose the kind of place from the list"},
    )
    kinds = forms.MultipleChoiceField(
        label="Which kinds of exploitation did they talk about? (optional)",
        choices=[],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose kinds of exploitation from the list"},
    )

    RISK_FIELDS = ("referral_made", "no_referral_reason")
    ABOUT_FIELDS = ("age_band", "locality", "place_type", "kinds")

    def __init__(self, *args, partnership, editing: bool = False, kinds_question=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = Consultation.objects.filter(partnership=partnership)
        self.fields["locality"].choices = [
            ("", "Not known"),
            *[
                (str(loc.pk), loc.name)
                for loc in Locality.objects.filter(partnership=partnership).order_by("name")
            ],
        ]
        self.kinds_question = kinds_question
        if kinds_question is None:
            del self.fields["kinds"]
        else:
            self.fields["kinds"].choices = [
                (choice["value"], choice["label"])
                for choice in kinds_question.choices
                if choice["value"] != "none"
            ]
        if editing:
            del self.fields["consultation"]
            # A correction changes the words, the date, the basis and the safeguarding answer only.
            for name in self.ABOUT_FIELDS:
                self.fields.pop(name, None)

    def about_you(self) -> dict:
        return {
            "age_band": self.cleaned_data.get("age_band", ""),
            "locality": self.cleaned_data.get("locality", ""),
        }

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
        return [field for field in self if field.name not in self.RISK_FIELDS + self.ABOUT_FIELDS]

    def about_fields(self):
        return [field for field in self if field.name in self.ABOUT_FIELDS]
