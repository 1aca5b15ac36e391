"""Forms for the strategic mandate pages. Validation only: writes go through services."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from youthvoice.mandate.models import (
    ASSESSMENT_DIMENSIONS,
    Action,
    GovernanceBoard,
    Lens,
    PartnershipTheme,
    Principle,
    Responsibility,
    ScopingConversation,
    ScopingItem,
    ScopingItemKind,
    Workshop,
)
from youthvoice.partnership.models import Agency, Partnership

DATE_HELP = "For example, 2027-03-31"
DATE_ERRORS = {"invalid": "Enter a real date, for example 2027-03-31."}


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def date_field(label: str, **kwargs) -> forms.DateField:
    return forms.DateField(
        label=label, widget=DateInput(), help_text=DATE_HELP, error_messages=DATE_ERRORS, **kwargs
    )


class PartnershipScopedForm(forms.Form):
    """A form whose agency and workshop choices are limited to one partnership."""

    def __init__(self, *args, partnership: Partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                if field.queryset.model is Agency:
                    field.queryset = Agency.objects.filter(partnership=partnership).order_by("name")
                elif field.queryset.model is Workshop:
                    field.queryset = Workshop.objects.filter(partnership=partnership)
                field.error_messages["invalid_choice"] = "Choose one of the options in the list."


class ResponsibilityForm(PartnershipScopedForm, forms.ModelForm):
    class Meta:
        model = Responsibility
        fields = ["agency", "lens", "level", "description", "within_our_gift"]
        labels = {"description": "What the agency does", "within_our_gift": "What is within our gift"}
        error_messages = {
            "agency": {"required": "Choose the agency."},
            "lens": {"required": "Choose the lens.", "invalid_choice": "Choose one of the lenses."},
            "level": {"required": "Choose the level.", "invalid_choice": "Choose one of the levels."},
            "description": {"required": "Say what the agency does."},
        }

    def validate_unique(self):
        # Replaced by a plain-words check in clean().
        pass

    def clean(self):
        data = super().clean()
        agency, lens, level = data.get("agency"), data.get("lens"), data.get("level")
        if agency and lens and level:
            taken = Responsibility.objects.filter(agency=agency, lens=lens, level=level)
            if self.instance.pk:
                taken = taken.exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error(
                    "level",
                    f"{agency} already has a {level} responsibility for {lens}: change that one instead.",
                )
        return data


class ChampionForm(PartnershipScopedForm):
    name = forms.CharField(max_length=200, error_messages={"required": "Enter the champion's name."})
    role_title = forms.CharField(
        label="Their role", max_length=200, error_messages={"required": "Enter the champion's role."}
    )
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(), error_messages={"required": "Choose the champion's agency."}
    )
    since = date_field("Champion since")


class StrategyAssessmentForm(forms.Form):
    RATING_CHOICES = [(n, str(n)) for n in range(1, 6)]

    assessed_on = date_field("Date of the assessment")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in ASSESSMENT_DIMENSIONS:
            self.fields[name] = forms.TypedChoiceField(
                label=f"{label}: rating from 1 (weak) to 5 (strong)",
                choices=self.RATING_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Rate {label.lower()} from 1 to 5.",
                    "invalid_choice": f"Rate {label.lower()} from 1 to 5.",
                },
            )
            self.fields[f"{name}_notes"] = forms.CharField(
                label=f"{label}: notes", required=False, widget=forms.Textarea(attrs={"rows": 3})
            )

    def clean_assessed_on(self):
        assessed_on = self.cleaned_data["assessed_on"]
        if assessed_on > timezone.localdate():
            raise forms.ValidationError("The date of the assessment cannot be in the future.")
        return assessed_on

    def dimension_fields(self):
        return [(label, self[name], self[f"{name}_notes"]) for name, label in ASSESSMENT_DIMENSIONS]

    def ratings(self) -> dict[str, int]:
        return {name: self.cleaned_data[name] for name, _ in ASSESSMENT_DIMENSIONS}

    def notes(self) -> dict[str, str]:
        return {name: self.cleaned_data[f"{name}_notes"] for name, _ in ASSESSMENT_DIMENSIONS}


class PrinciplesConfirmationForm(forms.Form):
    """Every principle ticked, each with a note on how the subject (e.g. a consultation) meets it.

    Embed it in another page with a prefix (``PrinciplesConfirmationForm(data, principles=..., prefix="p")``)
    and render it with ``{% include "mandate/includes/principles_confirmation.html" with form=... %}``;
    then pass ``form.notes()`` to ``principle_confirmations_record``.
    """

    def __init__(self, *args, principles, **kwargs):
        super().__init__(*args, **kwargs)
        self.principles: list[Principle] = list(principles)
        for principle in self.principles:
            self.fields[f"confirm_{principle.pk}"] = forms.BooleanField(
                label=f"I confirm this meets “{principle.title}”",
                error_messages={"required": f"Confirm the principle “{principle.title}”."},
            )
            self.fields[f"note_{principle.pk}"] = forms.CharField(
                label=f"How it meets “{principle.title}”",
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
                error_messages={"required": f"Write a note on how it meets “{principle.title}”."},
            )

    def clean(self):
        data = super().clean()
        for principle in self.principles:
            note = data.get(f"note_{principle.pk}")
            if note is not None and not note.strip():
                self.add_error(f"note_{principle.pk}", f"Write a note on how it meets “{principle.title}”.")
        return data

    def principle_fields(self):
        return [
            (principle, self[f"confirm_{principle.pk}"], self[f"note_{principle.pk}"])
            for principle in self.principles
        ]

    def notes(self) -> dict[int, str]:
        return {principle.pk: self.cleaned_data[f"note_{principle.pk}"] for principle in self.principles}


class WorkshopForm(forms.ModelForm):
    held_on = date_field("Date held")

    class Meta:
        model = Workshop
        fields = ["title", "held_on", "notes"]
        error_messages = {"title": {"required": "Give the workshop a title."}}


class ActionForm(PartnershipScopedForm, forms.ModelForm):
    due_on = date_field("Due date")

    class Meta:
        model = Action
        fields = [
            "title",
            "description",
            "source",
            "workshop",
            "source_reference",
            "owner_agency",
            "owner_name",
            "due_on",
            "status",
            "cant_do_reason",
        ]
        labels = {
            "owner_agency": "Owner agency",
            "source_reference": "Source reference (for example, the theme)",
        }
        widgets = {
            "source": forms.RadioSelect,
            "status": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 4}),
            "cant_do_reason": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "title": {"required": "Give the action a title."},
            "source": {"required": "Choose where the action came from."},
            "owner_agency": {"required": "Choose the agency that owns the action."},
            "status": {"invalid_choice": "Choose one of the statuses."},
        }

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        changed = self.instance.pk is None or due_on != self.instance.due_on
        if changed and due_on < timezone.localdate():
            if self.instance.pk is None:
                raise forms.ValidationError("The due date cannot be in the past for a new action.")
            raise forms.ValidationError("A changed due date cannot be in the past.")
        return due_on

    def clean(self):
        data = super().clean()
        source = data.get("source")
        if source == Action.Source.WORKSHOP and not data.get("workshop") and "workshop" not in self.errors:
            self.add_error("workshop", "Choose the workshop the action came from.")
        if source == Action.Source.THEME and not (data.get("source_reference") or "").strip():
            self.add_error("source_reference", "Name the theme the action came from.")
        if data.get("status") == Action.Status.CANT_DO and not (data.get("cant_do_reason") or "").strip():
            self.add_error("cant_do_reason", "Say why the action can't be done.")
        return data

    def _post_clean(self):
        # Model-level checks are repeated by the services with domain errors; keep form errors in plain words.
        pass


class ActionFilterForm(PartnershipScopedForm):
    status = forms.ChoiceField(choices=[("", "Any status"), *Action.Status.choices], required=False)
    owner_agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(), required=False, empty_label="Any agency", label="Owner agency"
    )
    source = forms.ChoiceField(choices=[("", "Any source"), *Action.Source.choices], required=False)
    overdue = forms.BooleanField(label="Overdue only", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].error_messages["invalid_choice"] = "Choose one of the statuses in the list."
        self.fields["source"].error_messages["invalid_choice"] = "Choose one of the sources in the list."

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "status": data.get("status") or "",
            "owner_agency": data.get("owner_agency"),
            "overdue_only": bool(data.get("overdue")),
            "source": data.get("source") or "",
        }


class ProgressNoteForm(forms.Form):
    note = forms.CharField(
        label="Progress note",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write the progress note."},
    )

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError("Write the progress note.")
        return note


# --- Strategy review: scoping, themes, change goal ----------------------------------------------------

SCOPING_LIST_HINTS = {
    "priority": "What matters most to the agency or team about child exploitation. One a line.",
    "enabler": "What helps them do this work well. One a line.",
    "barrier": "What gets in the way. One a line.",
    "aspiration": "What they would like the partnership to achieve. One a line.",
}


def _lines(text: str) -> list[str]:
    return [line.strip(" -*•\t") for line in text.splitlines() if line.strip(" -*•\t")]


class ScopingConversationForm(PartnershipScopedForm):
    held_on = date_field("Date of the conversation")
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(), required=False, empty_label="Choose the agency", label="Agency"
    )
    team_name = forms.CharField(
        label="Team or service",
        max_length=200,
        required=False,
        help_text="When the conversation was with one team, for example the exploitation team.",
    )
    participants = forms.CharField(
        label="Who took part",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Roles and how many only, for example ‘2 social workers, 1 team manager’. Do not write "
        "names: any name written here or in the lists below is removed when it is saved.",
        error_messages={"required": "Say who took part, as roles and how many (no names)."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, label in ScopingItemKind.choices:
            self.fields[kind] = forms.CharField(
                label=label,
                required=False,
                max_length=10000,
                widget=forms.Textarea(attrs={"rows": 4}),
                help_text=SCOPING_LIST_HINTS[kind],
            )

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError("The date of the conversation cannot be in the future.")
        return held_on

    def clean(self):
        data = super().clean()
        if (
            not data.get("agency")
            and not (data.get("team_name") or "").strip()
            and "agency" not in self.errors
        ):
            self.add_error("agency", "Choose the agency or enter the team's name.")
        for kind, label in ScopingItemKind.choices:
            lines = _lines(data.get(kind) or "")
            if len(lines) > 30:
                self.add_error(kind, f"Write at most 30 {label.lower()}, one a line.")
            elif any(len(line) > 500 for line in lines):
                self.add_error(kind, f"Keep each of the {label.lower()} under 500 characters.")
        if not any(_lines(data.get(kind) or "") for kind in ScopingItemKind.values) and not self.errors.get(
            "priority"
        ):
            self.add_error("priority", "Write at least one priority, enabler, barrier or aspiration.")
        return data

    def items(self) -> dict[str, list[str]]:
        return {kind: _lines(self.cleaned_data.get(kind) or "") for kind in ScopingItemKind.values}


class ScopingItemChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: ScopingItem) -> str:
        return f"{obj.conversation.who}, {obj.kind}: {obj.text}"


class PartnershipThemeForm(forms.Form):
    name = forms.CharField(
        label="Name of the theme",
        max_length=200,
        error_messages={"required": "Give the theme a name."},
    )
    items = ScopingItemChoiceField(
        queryset=ScopingItem.objects.none(),
        label="Items the theme groups",
        help_text="Choose items from different agencies that point the same way.",
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose the items the theme groups.",
            "invalid_choice": "Choose items from the list.",
            "invalid_pk_value": "Choose items from the list.",
        },
    )

    def __init__(self, *args, items, partnership: Partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        self.fields["items"].queryset = items

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Give the theme a name.")
        if PartnershipTheme.objects.filter(partnership=self.partnership, name__iexact=name).exists():
            raise forms.ValidationError(f"There is already a theme called “{name}”: choose another name.")
        return name


class ChangeGoalForm(forms.Form):
    statement = forms.CharField(
        label="The change goal",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The change the partnership sets itself, in plain words.",
        error_messages={"required": "Write the change goal."},
    )
    agreed_on = date_field("Date it was agreed")
    themes = forms.ModelMultipleChoiceField(
        queryset=PartnershipTheme.objects.none(),
        label="Themes that led to it",
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose the themes that led to the change goal.",
            "invalid_choice": "Choose themes from the list.",
            "invalid_pk_value": "Choose themes from the list.",
        },
    )

    def __init__(self, *args, partnership: Partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = PartnershipTheme.objects.filter(partnership=partnership)

    def clean_statement(self):
        statement = self.cleaned_data["statement"].strip()
        if not statement:
            raise forms.ValidationError("Write the change goal.")
        return statement

    def clean_agreed_on(self):
        agreed_on = self.cleaned_data["agreed_on"]
        if agreed_on > timezone.localdate():
            raise forms.ValidationError("The date it was agreed cannot be in the future.")
        return agreed_on


# --- Strategy review: governance map ------------------------------------------------------------------

OWNERSHIP_CHOICES = [("owns", "Owns"), ("contributes", "Contributes"), ("none", "None")]


class GovernanceBoardForm(forms.Form):
    name = forms.CharField(
        label="Name of the board or group",
        max_length=200,
        error_messages={"required": "Give the board or group its name."},
    )
    chair_role = forms.CharField(
        label="Who chairs it (role)",
        max_length=200,
        help_text="A role, not a name, for example ‘Director of Children's Services’.",
        error_messages={"required": "Say who chairs it, by role."},
    )
    meets = forms.ChoiceField(
        label="How often it meets",
        choices=[("", "Choose how often"), *GovernanceBoard.Frequency.choices],
        error_messages={
            "required": "Choose how often it meets.",
            "invalid_choice": "Choose how often it meets.",
        },
    )
    reports_to = forms.ModelMultipleChoiceField(
        queryset=GovernanceBoard.objects.none(),
        required=False,
        label="Reports to",
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": "Choose boards from the list.",
            "invalid_pk_value": "Choose boards from the list.",
        },
    )

    def __init__(self, *args, partnership: Partnership, board: GovernanceBoard | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnership, self.board = partnership, board
        others = GovernanceBoard.objects.filter(partnership=partnership)
        if board is not None:
            others = others.exclude(pk=board.pk)
        self.fields["reports_to"].queryset = others
        for area, label in Lens.choices:
            self.fields[f"area_{area}"] = forms.ChoiceField(
                label=f"{label}: what it does for child exploitation",
                choices=OWNERSHIP_CHOICES,
                initial="none",
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Choose owns, contributes or none for {label.lower()}.",
                    "invalid_choice": f"Choose owns, contributes or none for {label.lower()}.",
                },
            )

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        taken = GovernanceBoard.objects.filter(partnership=self.partnership, name__iexact=name)
        if self.board is not None:
            taken = taken.exclude(pk=self.board.pk)
        if taken.exists():
            raise forms.ValidationError(f"There is already a board called “{name}”.")
        return name

    def area_fields(self):
        return [self[f"area_{area}"] for area in Lens.values]

    def ownership(self) -> dict[str, str]:
        return {area: self.cleaned_data[f"area_{area}"] for area in Lens.values}


# --- Strategy review: the review workspace ------------------------------------------------------------


class StrategyReviewForm(forms.Form):
    held_on = date_field("Date of the review")
    title = forms.CharField(
        label="Title",
        max_length=200,
        help_text="For example, ‘Annual strategy review 2027’.",
        error_messages={
            "required": "Give the review a title.",
            "max_length": "Keep the title under 200 characters.",
        },
    )

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError("Give the review a title.")
        return title


class ConversationChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: ScopingConversation) -> str:
        return str(obj)


EVIDENCE_CHOICE_ERRORS = {
    "invalid_choice": "Choose evidence from the list.",
    "invalid_pk_value": "Choose evidence from the list.",
}


class ReviewAnswerForm(PartnershipScopedForm):
    """One prompt's answer. The rating is asked only for rated prompts."""

    answer = forms.CharField(
        label="Answer",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": "Write the answer.",
            "max_length": "Keep the answer under 5,000 characters.",
        },
    )
    rating = forms.TypedChoiceField(
        label="Rating from 1 (weak) to 5 (strong)",
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Rate it from 1 (weak) to 5 (strong).",
            "invalid_choice": "Rate it from 1 (weak) to 5 (strong).",
        },
    )
    owner_agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(), required=False, empty_label="No agency", label="Owner agency"
    )
    owner_role = forms.CharField(
        label="Owner role",
        max_length=200,
        required=False,
        help_text="A role, not a name, for example ‘Chair of the strategic group’.",
        error_messages={"max_length": "Keep the role under 200 characters."},
    )
    themes = forms.ModelMultipleChoiceField(
        queryset=PartnershipTheme.objects.none(),
        required=False,
        label="Partnership themes",
        widget=forms.CheckboxSelectMultiple,
        error_messages=EVIDENCE_CHOICE_ERRORS,
    )
    scoping_conversations = ConversationChoiceField(
        queryset=ScopingConversation.objects.none(),
        required=False,
        label="Scoping conversations",
        widget=forms.CheckboxSelectMultiple,
        error_messages=EVIDENCE_CHOICE_ERRORS,
    )
    governance_boards = forms.ModelMultipleChoiceField(
        queryset=GovernanceBoard.objects.none(),
        required=False,
        label="Governance boards",
        widget=forms.CheckboxSelectMultiple,
        error_messages=EVIDENCE_CHOICE_ERRORS,
    )
    actions = forms.ModelMultipleChoiceField(
        queryset=Action.objects.none(),
        required=False,
        label="Actions",
        widget=forms.CheckboxSelectMultiple,
        error_messages=EVIDENCE_CHOICE_ERRORS,
    )

    EVIDENCE = ("themes", "scoping_conversations", "governance_boards", "actions")

    def __init__(self, *args, prompt, **kwargs):
        super().__init__(*args, **kwargs)
        self.prompt = prompt
        partnership = self.partnership
        self.fields["themes"].queryset = PartnershipTheme.objects.filter(partnership=partnership)
        self.fields["scoping_conversations"].queryset = ScopingConversation.objects.filter(
            partnership=partnership
        ).select_related("agency")
        self.fields["governance_boards"].queryset = GovernanceBoard.objects.filter(partnership=partnership)
        self.fields["actions"].queryset = Action.objects.filter(partnership=partnership).order_by("title")
        if not prompt.rated:
            del self.fields["rating"]

    def clean_answer(self):
        answer = self.cleaned_data["answer"].strip()
        if not answer:
            raise forms.ValidationError("Write the answer.")
        return answer

    def clean(self):
        data = super().clean()
        no_owner = not data.get("owner_agency") and not (data.get("owner_role") or "").strip()
        if no_owner and "owner_agency" not in self.errors:
            self.add_error("owner_agency", "Choose the agency that owns this, or name the role that does.")
        return data

    def evidence_fields(self):
        return [self[name] for name in self.EVIDENCE]

    def evidence(self) -> dict[str, list]:
        return {name: list(self.cleaned_data.get(name) or []) for name in self.EVIDENCE}


class RaiseActionForm(PartnershipScopedForm):
    title = forms.CharField(
        label="Action", max_length=200, error_messages={"required": "Give the action a title."}
    )
    description = forms.CharField(
        label="What needs doing",
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    owner_agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        label="Owner agency",
        empty_label="Choose the agency",
        error_messages={"required": "Choose the agency that owns the action."},
    )
    due_on = date_field("Due date")

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError("Give the action a title.")
        return title

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError("The due date cannot be in the past for a new action.")
        return due_on
