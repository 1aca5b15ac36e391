"""Forms of young people's panels: staff make and start a panel; the group ranks on the shared device."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from youthvoice.consultations.models import Consultation
from youthvoice.core.forms import ChosenPinMixin, pin_field
from youthvoice.insights.models import Theme
from youthvoice.insights.panel.models import MAX_PARTICIPANTS, PanelTheme
from youthvoice.insights.panel.services import (
    AGE_BANDS,
    MAX_THEMES,
    MIN_THEMES,
    PlacingInput,
    placings_problems,
    theme_problem_for_panel,
)


class PanelForm(forms.Form):
    themes = forms.ModelMultipleChoiceField(
        label="Which themes will young people rank?",
        help_text=f"Choose {MIN_THEMES} to {MAX_THEMES}. Young people see each theme's name and definition "
        "only: never its examples, an answer or a count.",
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose the themes young people will rank",
            "invalid_choice": "Choose themes from the list",
            "invalid_pk_value": "Choose themes from the list",
        },
    )
    consultation = forms.ModelChoiceField(
        label="Which consultation are the themes from?",
        queryset=Consultation.objects.none(),
        required=False,
        empty_label="The partnership's themes as a whole",
        error_messages={"invalid_choice": "Choose a consultation from the list"},
    )
    held_on = forms.DateField(
        label="Date of the panel",
        help_text="For example, 2026-03-27 or 27 3 2026.",
        input_formats=["%Y-%m-%d", "%d %m %Y", "%d/%m/%Y"],
        error_messages={
            "required": "Enter the date of the panel",
            "invalid": "Enter a real date, like 2026-03-27",
        },
    )
    participants = forms.IntegerField(
        label="How many young people are taking part?",
        help_text="A number only: nothing about who they are.",
        min_value=1,
        max_value=MAX_PARTICIPANTS,
        error_messages={
            "required": "Enter how many young people are taking part",
            "invalid": "Enter how many young people are taking part, as a number",
            "min_value": "At least 1 young person takes part in a panel",
            "max_value": f"Enter a number up to {MAX_PARTICIPANTS}",
        },
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        self.fields["themes"].queryset = Theme.objects.filter(codebook__partnership=partnership).order_by(
            "created_at", "pk"
        )
        self.fields["consultation"].queryset = Consultation.objects.filter(partnership=partnership).exclude(
            status=Consultation.Status.DRAFT
        )
        for band, label in AGE_BANDS:
            self.fields[self.age_field(band)] = forms.IntegerField(
                label=f"Aged {str(label).lower()}",
                required=False,
                min_value=0,
                max_value=MAX_PARTICIPANTS,
                error_messages={
                    "invalid": f"Enter the number aged {str(label).lower()} as a number, or leave it empty",
                    "min_value": f"The number aged {str(label).lower()} cannot be below 0",
                    "max_value": f"Enter a number up to {MAX_PARTICIPANTS}",
                },
            )

    @staticmethod
    def age_field(band: str) -> str:
        return "age_" + band.replace("-", "_")

    def age_fields(self):
        return [self[self.age_field(band)] for band, _label in AGE_BANDS]

    def clean_themes(self):
        themes = list(self.cleaned_data["themes"])
        if not MIN_THEMES <= len(themes) <= MAX_THEMES:
            raise forms.ValidationError(f"Choose between {MIN_THEMES} and {MAX_THEMES} themes")
        problems = [theme_problem_for_panel(theme) for theme in themes]
        problems = [problem.rstrip(".") for problem in problems if problem]
        if problems:
            raise forms.ValidationError(problems)
        return themes

    def clean(self):
        data = super().clean()
        participants = data.get("participants")
        counted = sum(data.get(self.age_field(band)) or 0 for band, _label in AGE_BANDS)
        if participants and counted > participants:
            self.add_error(
                self.age_field(AGE_BANDS[0][0]),
                f"The age bands add up to {counted}, more than the {participants} young people taking part",
            )
        return data

    def age_band_counts(self) -> dict[str, int | None]:
        return {band: self.cleaned_data.get(self.age_field(band)) for band, _label in AGE_BANDS}


class PanelStartForm(ChosenPinMixin, forms.Form):
    pin = pin_field(
        label="Choose a PIN to end the panel (4 to 8 numbers)",
        error_messages={"required": "Choose a PIN", "max_length": "The PIN must be 4 to 8 numbers"},
    )
    pin_again = pin_field(
        label="Type the PIN again",
        error_messages={"required": "Type the PIN again", "max_length": "The PIN must be 4 to 8 numbers"},
    )


KEEP, CHANGE = "keep", "change"


class PanelRoundForm(forms.Form):
    """One group's ranking: a place for each theme (a select, so no dragging is needed), and for each
    theme whether the definition is right or the group's own words."""

    def __init__(self, *args, panel_themes: list[PanelTheme], **kwargs):
        super().__init__(*args, **kwargs)
        self.panel_themes = panel_themes
        n = len(panel_themes)
        places = [("", _("Choose a place"))] + [(str(i), str(i)) for i in range(1, n + 1)]
        for pt in panel_themes:
            self.fields[f"position_{pt.pk}"] = forms.TypedChoiceField(
                label=gettext_lazy("Place for this theme (1 matters most)"),
                choices=places,
                coerce=int,
                required=False,
            )
            self.fields[f"agree_{pt.pk}"] = forms.ChoiceField(
                label=gettext_lazy("Are these the right words for it?"),
                choices=[
                    (KEEP, gettext_lazy("Yes, these words are right")),
                    (CHANGE, gettext_lazy("No, we would say it differently")),
                ],
                widget=forms.RadioSelect,
                required=False,
            )
            self.fields[f"wording_{pt.pk}"] = forms.CharField(
                label=gettext_lazy("If you would say it differently: how would you say it?"),
                help_text=gettext_lazy("No names or anything that could show who you are."),
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
                strip=False,
            )

    def rows(self):
        """Each theme with its fields, in the order of the places chosen so far (unplaced ones last)."""
        order = self.current_order()
        by_id = {pt.pk: pt for pt in self.panel_themes}
        return [
            {
                "theme": by_id[pk],
                "position": self[f"position_{pk}"],
                "agree": self[f"agree_{pk}"],
                "wording": self[f"wording_{pk}"],
                "first": index == 0,
                "last": index == len(order) - 1,
            }
            for index, pk in enumerate(order)
        ]

    def _posted_position(self, pk: int) -> int | None:
        value = self.data.get(self.add_prefix(f"position_{pk}")) if self.is_bound else None
        if value is None and not self.is_bound:
            value = self.initial.get(f"position_{pk}")
        try:
            return int(value)
        except (TypeError, ValueError):
            return None

    def current_order(self) -> list[int]:
        shown = [pt.pk for pt in self.panel_themes]
        n = len(shown)

        def key(pk):
            position = self._posted_position(pk)
            valid = position is not None and 1 <= position <= n
            return (0 if valid else 1, position if valid else 0, shown.index(pk))

        return sorted(shown, key=key)

    def clean(self):
        data = super().clean()
        problems = placings_problems(panel_themes=self.panel_themes, placings=self._placings(data))
        for pt in self.panel_themes:
            agree = data.get(f"agree_{pt.pk}")
            wording = data.get(f"wording_{pt.pk}") or ""
            if pt.pk in problems:
                target, message = problems[pt.pk]
                self.add_error(f"{target}_{pt.pk}", message)
            elif not agree and not wording.strip():
                self.add_error(
                    f"agree_{pt.pk}",
                    _("Say whether the words for “%(theme)s” are right") % {"theme": pt.label},
                )
            elif agree == KEEP and wording.strip():
                self.add_error(
                    f"wording_{pt.pk}",
                    _(
                        "You wrote your own words for “%(theme)s”: choose “No, we would say it "
                        "differently”, or delete your words"
                    )
                    % {"theme": pt.label},
                )
        if None in problems:
            self.add_error(None, problems[None][1])
        return data

    def _placings(self, data) -> list[PlacingInput]:
        placings = []
        for pt in self.panel_themes:
            agree = data.get(f"agree_{pt.pk}")
            wording = data.get(f"wording_{pt.pk}") or ""
            # Words written without a choice are a change: young people's words are never dropped quietly.
            changed = agree == CHANGE or (not agree and wording.strip())
            placings.append(
                PlacingInput(
                    panel_theme_id=pt.pk,
                    position=data.get(f"position_{pt.pk}"),
                    own_wording=wording if changed else None,
                )
            )
        return placings

    def placings(self) -> list[PlacingInput]:
        return self._placings(self.cleaned_data)


def moved(data, *, panel_themes: list[PanelTheme], move: str) -> dict[str, str]:
    """The posted form with one theme moved up or down a place (the buttons that work without JavaScript):
    what was posted, with every place set to the order shown and the theme swapped with its neighbour."""
    form = PanelRoundForm(data, panel_themes=panel_themes)
    order = form.current_order()
    try:
        pk_text, direction = move.split(":", 1)
        index = order.index(int(pk_text))
    except ValueError:
        index, direction = -1, ""
    if direction == "up" and index > 0:
        order[index - 1], order[index] = order[index], order[index - 1]
    elif direction == "down" and 0 <= index < len(order) - 1:
        order[index + 1], order[index] = order[index], order[index + 1]
    shown = {key: data.get(key) for key in data if key != "csrfmiddlewaretoken"}
    for place, pk in enumerate(order, start=1):
        shown[f"position_{pk}"] = str(place)
    return shown
