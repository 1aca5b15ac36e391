import datetime

from django import forms

from youthvoice.insights.population.baseline_csv import MAX_BYTES


class PopulationBaselineUploadForm(forms.Form):
    name = forms.CharField(
        max_length=200,
        label="Name of the figures",
        help_text="For example: Mid-year population estimates, ages 11 to 25.",
        error_messages={"required": "Enter a name for the figures"},
    )
    source = forms.CharField(
        max_length=300,
        required=False,
        label="Source (optional)",
        help_text="Where the figures come from, so others can check them.",
    )
    year = forms.IntegerField(
        min_value=1990,
        max_value=2100,
        label="Year the figures describe",
        error_messages={
            "required": "Enter the year the figures describe",
            "invalid": "Enter the year as a number, like 2024",
            "min_value": "Enter a year from 1990",
            "max_value": "Enter a year before 2100",
        },
    )
    send_percent = forms.DecimalField(
        label="Young people with special educational needs or a disability (SEND), as a % (optional)",
        help_text="Of the same young people, for example from the school census: pupils with an EHC plan or "
        "SEN support. Lets the dashboard show whether young people with SEND are heard.",
        required=False,
        min_value=0,
        max_value=100,
        max_digits=4,
        decimal_places=1,
        error_messages={
            "invalid": "Enter the share as a number, like 17.5",
            "min_value": "Enter a share from 0 to 100",
            "max_value": "Enter a share from 0 to 100",
            "max_digits": "Enter the share with at most one decimal place, like 17.5",
            "max_decimal_places": "Enter the share with at most one decimal place, like 17.5",
        },
    )
    care_experienced_percent = forms.DecimalField(
        label="Young people who are or have been in care, as a % (optional)",
        help_text="Of the same young people, for example from the children looked after statistics and "
        "care leavers' figures.",
        required=False,
        min_value=0,
        max_value=100,
        max_digits=4,
        decimal_places=1,
        error_messages={
            "invalid": "Enter the share as a number, like 1.2",
            "min_value": "Enter a share from 0 to 100",
            "max_value": "Enter a share from 0 to 100",
            "max_digits": "Enter the share with at most one decimal place, like 1.2",
            "max_decimal_places": "Enter the share with at most one decimal place, like 1.2",
        },
    )
    file = forms.FileField(
        label="CSV file",
        help_text="Columns: age_band, gender, ethnic_group, locality, count. Save it as CSV UTF-8.",
        error_messages={"required": "Choose a CSV file", "empty": "The file is empty."},
    )

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        if year > datetime.date.today().year + 1:
            raise forms.ValidationError("The year cannot be in the future")
        return year

    def clean_file(self) -> bytes:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size / 1024 / 1024:.1f} MB; the largest allowed is "
                f"{MAX_BYTES // 1024 // 1024} MB."
            )
        return upload.read()
