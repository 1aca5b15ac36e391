"""The dashboard's filters: consultation, date range and channel, and optionally a period to compare with.

Invalid input is a form error (400). Two periods are checked by
``insights.dashboard.comparison.period_problems``, the same rules as the API's.
"""

from __future__ import annotations

from django import forms

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.insights.dashboard.aggregates import DashboardFilters
from youthvoice.insights.dashboard.comparison import Period, period_problems

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d %m %Y", "%d-%m-%Y"]
DATE_ERRORS = {"invalid": "Enter a real date, like 27/3/2025"}


def date_filter_field(*, label: str, help_text: str) -> forms.DateField:
    """An optional date typed as day/month/year: the period's two ends, and the compared period's."""
    return forms.DateField(
        required=False,
        input_formats=DATE_FORMATS,
        label=label,
        help_text=help_text,
        error_messages=DATE_ERRORS,
    )


class DashboardFilterForm(forms.Form):
    consultation = forms.ModelChoiceField(
        queryset=Consultation.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label="All consultations",
        label="Consultation",
        error_messages={"invalid_choice": "Choose a consultation from the list"},
    )
    date_from = date_filter_field(label="Answered on or after", help_text="For example, 1/1/2025")
    date_to = date_filter_field(label="Answered on or before", help_text="For example, 31/3/2025")
    channel = forms.ChoiceField(
        required=False,
        choices=[("", "All channels"), *Consultation.Channel.choices],
        label="How young people took part",
        error_messages={"invalid_choice": "Choose a channel from the list"},
    )

    compare_from = date_filter_field(
        label="Compare with a period starting on", help_text="Optional. For example, 1/10/2024"
    )
    compare_to = date_filter_field(
        label="Compare with a period ending on", help_text="For example, 31/12/2024"
    )
    FILTER_FIELDS = ("consultation", "date_from", "date_to", "channel")
    COMPARE_FIELDS = ("compare_from", "compare_to")

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
        if self._comparing_asked() and not self.errors:
            for name, problem in period_problems(
                date_from=start,
                date_to=end,
                compare_from=cleaned.get("compare_from"),
                compare_to=cleaned.get("compare_to"),
            ).items():
                self.add_error(name, problem)
        return cleaned

    def _comparing_asked(self) -> bool:
        return self.is_bound and any(self.data.get(name) for name in self.COMPARE_FIELDS)

    def filter_fields(self):
        return [self[name] for name in self.FILTER_FIELDS]

    def compare_fields(self):
        return [self[name] for name in self.COMPARE_FIELDS]

    @property
    def comparing(self) -> bool:
        """Whether two valid periods are to be compared (call after ``is_valid()``)."""
        return self._comparing_asked() and not self.errors

    def other_period(self) -> Period:
        """The period to compare with (only when ``comparing``)."""
        return Period(self.cleaned_data["compare_from"], self.cleaned_data["compare_to"])

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
        parts = DashboardFilterForm._scope(filters)
        if filters.date_from and filters.date_to:
            parts.append(f"answered {filters.date_from:%-d %B %Y} to {filters.date_to:%-d %B %Y}")
        elif filters.date_from:
            parts.append(f"answered on or after {filters.date_from:%-d %B %Y}")
        elif filters.date_to:
            parts.append(f"answered on or before {filters.date_to:%-d %B %Y}")
        else:
            parts.append("any date")
        return ", ".join(parts)

    @staticmethod
    def _scope(filters: DashboardFilters) -> list[str]:
        parts = [filters.consultation.title if filters.consultation else "All consultations"]
        parts.append(
            dict(Consultation.Channel.choices)[filters.channel] if filters.channel else "all channels"
        )
        return parts

    @staticmethod
    def describe_comparison(comparison) -> str:
        """A comparison's filters in words: "All consultations, all channels, March 2025 and April 2025"."""
        periods = f"{comparison.earlier} compared with {comparison.later}"
        return ", ".join([*DashboardFilterForm._scope(comparison.filters), periods])


class AudienceFilterForm(DashboardFilterForm):
    """The filters of an adult audience's panel (issue 17): its own consultations and the dates. No channel:
    parents, carers and community members answer online."""

    COMPARE_FIELDS = ()  # an adult audience's panel shows one period

    def __init__(self, *args, partnership, audience: str, **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        del self.fields["channel"]
        for name in DashboardFilterForm.COMPARE_FIELDS:
            del self.fields[name]
        self.fields["consultation"].queryset = Consultation.objects.filter(
            partnership=partnership, audience=audience
        ).order_by("-opens_on", "title")
