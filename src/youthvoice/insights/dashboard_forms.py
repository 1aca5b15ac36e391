"""The dashboard's filters: consultation, date range and channel. Invalid input is a form error (400)."""

from __future__ import annotations

from django import forms

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.insights.aggregates import DashboardFilters

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d %m %Y", "%d-%m-%Y"]
DATE_ERRORS = {"invalid": "Enter a real date, like 27/3/2025"}


class DashboardFilterForm(forms.Form):
    consultation = forms.ModelChoiceField(
        queryset=Consultation.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label="All consultations",
        label="Consultation",
        error_messages={"invalid_choice": "Choose a consultation from the list"},
    )
    date_from = forms.DateField(
        required=False,
        input_formats=DATE_FORMATS,
        label="Answered on or after",
        help_text="For example, 1/1/2025",
        error_messages=DATE_ERRORS,
    )
    date_to = forms.DateField(
        required=False,
        input_formats=DATE_FORMATS,
        label="Answered on or before",
        help_text="For example, 31/3/2025",
        error_messages=DATE_ERRORS,
    )
    channel = forms.ChoiceField(
        required=False,
        choices=[("", "All channels"), *Consultation.Channel.choices],
        label="How young people took part",
        error_messages={"invalid_choice": "Choose a channel from the list"},
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = Consultation.objects.filter(
            partnership=partnership, audience=Audience.YOUNG_PEOPLE
        ).order_by("-opens_on", "title")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date must be the same as or after the start date")
        return cleaned

    def filters(self) -> DashboardFilters:
        """The valid filters (call after ``is_valid()``); an unbound form means no filters."""
        if not self.is_bound:
            return DashboardFilters()
        data = self.cleaned_data
        return DashboardFilters(
            consultation=data.get("consultation"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            channel=data.get("channel") or "",
        )

    @staticmethod
    def describe(filters: DashboardFilters) -> str:
        """The filters in words, for page headings and exports."""
        parts = [filters.consultation.title if filters.consultation else "All consultations"]
        parts.append(
            dict(Consultation.Channel.choices)[filters.channel] if filters.channel else "all channels"
        )
        if filters.date_from and filters.date_to:
            parts.append(f"answered {filters.date_from:%-d %B %Y} to {filters.date_to:%-d %B %Y}")
        elif filters.date_from:
            parts.append(f"answered on or after {filters.date_from:%-d %B %Y}")
        elif filters.date_to:
            parts.append(f"answered on or before {filters.date_to:%-d %B %Y}")
        else:
            parts.append("any date")
        return ", ".join(parts)


class AudienceFilterForm(DashboardFilterForm):
    """The filters of an adult audience's panel (issue 17): its own consultations and the dates. No channel:
    parents, carers and community members answer online."""

    def __init__(self, *args, partnership, audience: str, **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        del self.fields["channel"]
        self.fields["consultation"].queryset = Consultation.objects.filter(
            partnership=partnership, audience=audience
        ).order_by("-opens_on", "title")
