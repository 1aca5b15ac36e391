import datetime
import re

from django import forms
from django.utils import timezone

from youthvoice.insights.landscape.counts_csv import MAX_BYTES, last_ended_month
from youthvoice.partnership.models import Agency, Locality

MONTHS_SHOWN = [(6, "6 months"), (12, "12 months"), (24, "24 months")]


class AgencyCountsUploadForm(forms.Form):
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        label="Whose figures are these?",
        help_text="The file replaces this agency's figures for every month it has.",
        empty_label="Choose an agency",
        error_messages={
            "required": "Choose the agency the figures are from",
            "invalid_choice": "Choose an agency from the list",
        },
    )
    file = forms.FileField(
        label="CSV file",
        help_text="Columns: area, month, measure, count. Save it as CSV UTF-8, 1 MB or smaller.",
        error_messages={"required": "Choose a CSV file", "empty": "The file is empty."},
    )

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies

    def clean_file(self) -> bytes:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size / 1024 / 1024:.1f} MB; the largest allowed is "
                f"{MAX_BYTES // 1024 // 1024} MB."
            )
        name = (upload.name or "").lower()
        if name.endswith((".xlsx", ".xls", ".ods", ".numbers")):
            raise forms.ValidationError(
                'The file is a spreadsheet, not a CSV file. In Excel, choose Save as, then "CSV UTF-8 '
                '(Comma delimited)", and upload that file.'
            )
        if not name.endswith((".csv", ".txt")):
            raise forms.ValidationError("The file must be a CSV file (its name ends in .csv).")
        return upload.read(MAX_BYTES + 1)


class LandscapeFilterForm(forms.Form):
    """Which months, area and agency the local landscape shows (read from the address, so links share it)."""

    to = forms.CharField(
        required=False,
        label="Last month shown",
        help_text="As YYYY-MM, for example 2026-03. Leave it empty for the last month that has ended.",
        max_length=7,
    )
    months = forms.TypedChoiceField(
        choices=MONTHS_SHOWN, coerce=int, required=False, empty_value=12, label="Months shown"
    )
    area = forms.ModelChoiceField(
        queryset=Locality.objects.none(),
        required=False,
        empty_label="Every area",
        label="Area",
        error_messages={"invalid_choice": "Choose an area from the list"},
    )
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        empty_label="Every agency",
        label="Agency's figures",
        error_messages={"invalid_choice": "Choose an agency from the list"},
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = Locality.objects.filter(partnership=partnership)
        self.fields["agency"].queryset = Agency.objects.filter(partnership=partnership)

    def clean_to(self) -> datetime.date:
        raw = (self.cleaned_data.get("to") or "").strip()
        latest = last_ended_month(timezone.localdate())
        if not raw:
            return latest
        match = re.fullmatch(r"(\d{4})-(\d{2})", raw)
        if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
            raise forms.ValidationError("Enter the last month as YYYY-MM, for example 2026-03")
        month = datetime.date(int(match.group(1)), int(match.group(2)), 1)
        if month > latest:
            raise forms.ValidationError(f"Enter a month that has ended: {latest:%Y-%m} or earlier")
        return month
