from django import forms
from django.contrib.auth import get_user_model

from youthvoice.partnership.models import Agency


class ErasureSearchForm(forms.Form):
    reference = forms.CharField(
        label="Record number or reference code",
        required=False,
        max_length=20,
        help_text="The number on the record or the reference code the young person was given.",
    )
    agency = forms.ModelChoiceField(
        label="Agency of the person who relayed it", queryset=Agency.objects.none(), required=False
    )
    relayer = forms.ModelChoiceField(
        label="Person who relayed it", queryset=get_user_model().objects.none(), required=False
    )
    shared_on = forms.DateField(
        label="Date it was shared",
        required=False,
        help_text="For example, 2025-03-27.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    contains = forms.CharField(
        label="Words in the record",
        required=False,
        max_length=100,
        help_text="Part of the de-identified text.",
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(partnership=partnership)
        self.fields["relayer"].queryset = (
            get_user_model()
            .objects.filter(relayed_voices__partnership=partnership, relayed_voices__channel="relayed")
            .distinct()
            .order_by("username")
        )
        self.fields["relayer"].label_from_instance = lambda user: user.get_full_name() or user.get_username()

    def has_criteria(self) -> bool:
        return any(value not in (None, "") for value in self.cleaned_data.values())


class ErasureForm(forms.Form):
    reason = forms.CharField(
        label="Why are you erasing this record?",
        help_text="For example, who asked and when. Do not copy what the record says.",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter why you are erasing this record"},
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Enter why you are erasing this record")
        return reason
