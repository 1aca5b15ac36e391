"""Insights: the population baseline, the codebook of themes, and theme suggestion runs.

Coding (answer <-> theme) joins these to ``voices.Answer`` and is added with the voices app.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from youthvoice.partnership.models import Locality, Partnership
from youthvoice.voices.demographics import AgeBand, EthnicGroup, Gender


def _without_prefer_not_to_say(choices: type[models.TextChoices]) -> list[tuple[str, str]]:
    return [(value, label) for value, label in choices.choices if value != choices.PREFER_NOT_TO_SAY]


BASELINE_AGE_BANDS = _without_prefer_not_to_say(AgeBand)
BASELINE_GENDERS = _without_prefer_not_to_say(Gender)
BASELINE_ETHNIC_GROUPS = _without_prefer_not_to_say(EthnicGroup)


class PopulationBaseline(models.Model):
    """The local population of young people, by group, that respondents are compared with.

    At most one baseline per partnership is active; uploading a new one makes it active and keeps the old
    ones for the record.
    """

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="population_baselines"
    )
    name = models.CharField(max_length=200, help_text="For example: Mid-year population estimates.")
    source = models.CharField(max_length=300, blank=True, help_text="Where the figures come from.")
    year = models.PositiveSmallIntegerField(validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    active = models.BooleanField(default=False)
    # Shares of the same population, where the partnership knows them (SEND and care experience are not in
    # the usual population estimates by age, gender and ethnic group): for "is everyone heard?" by each.
    send_percent = models.DecimalField(
        "young people with SEND (%)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    care_experienced_percent = models.DecimalField(
        "young people who are or have been in care (%)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )

    class Meta:
        ordering = ["partnership", "-uploaded_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership"],
                condition=models.Q(active=True),
                name="one_active_population_baseline_per_partnership",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.year})"


class PopulationCell(models.Model):
    """How many young people of one age band, gender and ethnic group live in one locality."""

    baseline = models.ForeignKey(PopulationBaseline, on_delete=models.CASCADE, related_name="cells")
    age_band = models.CharField(max_length=16, choices=BASELINE_AGE_BANDS)
    gender = models.CharField(max_length=32, choices=BASELINE_GENDERS)
    ethnic_group = models.CharField(max_length=32, choices=BASELINE_ETHNIC_GROUPS)
    locality = models.ForeignKey(Locality, on_delete=models.PROTECT, related_name="+")
    count = models.PositiveIntegerField()

    class Meta:
        ordering = ["baseline", "locality", "age_band", "gender", "ethnic_group"]
        constraints = [
            models.UniqueConstraint(
                fields=["baseline", "age_band", "gender", "ethnic_group", "locality"],
                name="one_population_cell_per_group",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.locality}, {self.age_band}, {self.gender}, {self.ethnic_group}: {self.count}"


class Codebook(models.Model):
    """A partnership's set of themes that analysts code answers with."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="codebooks")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partnership", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "name"], name="codebook_name_unique_in_partnership"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Theme(models.Model):
    codebook = models.ForeignKey(Codebook, on_delete=models.CASCADE, related_name="themes")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, help_text="What answers with this theme talk about.")
    examples = models.TextField(blank=True, help_text="Made-up or de-identified examples, one a line.")
    # Goes up by one each time the definition (description or examples) changes; old ones are ThemeVersions.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["codebook", "name"]
        constraints = [
            models.UniqueConstraint(fields=["codebook", "name"], name="theme_name_unique_in_codebook"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def partnership(self) -> Partnership:
        return self.codebook.partnership


class ThemeSuggestionRun(models.Model):
    """One background run of ``insights.suggestions.suggest`` over a set of answers, with its progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Running"
        FINISHED = "finished", "Finished"
        FAILED = "failed", "Failed"

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="theme_suggestion_runs"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    progress = models.FloatField(default=0, validators=[MinValueValidator(0), MaxValueValidator(1)])
    progress_message = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    parameters = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    # The answers analysed: a consultation's, or (when empty) the whole partnership's.
    consultation = models.ForeignKey(
        "consultations.Consultation", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # How many times a worker has claimed the run (more than one after a worker was lost mid-run).
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["partnership", "-created_at"]

    def __str__(self) -> str:
        return f"Theme suggestion run {self.pk} ({self.get_status_display()})"


class Coding(models.Model):
    """A theme given to one de-identified answer, by an analyst or suggested by a run and then reviewed.

    Only accepted codings count in published figures.
    """

    FROM_ANSWER = ("consultation_id", "channel", "submitted_on", "record_key")

    class Source(models.TextChoices):
        HUMAN = "human", "Analyst"
        SUGGESTED = "suggested", "Suggested"

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Waiting for review"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    answer = models.ForeignKey("voices.Answer", on_delete=models.CASCADE, related_name="codings")
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="codings")
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.HUMAN)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACCEPTED)
    confidence = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(1)]
    )
    suggestion_run = models.ForeignKey(
        ThemeSuggestionRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="codings"
    )
    coded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    coded_on = models.DateField(auto_now=True)
    # Copies of the answer's (and so the response's) dashboard filter columns, so theme counts filter
    # codings without joining them to answers and responses. ``insights.coding.services.codings_create`` is
    # the one place codings are made; ``voices.services.response_copies_update`` keeps them in step.
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        editable=False,
        db_index=False,
        related_name="+",
    )
    channel = models.CharField(max_length=16, editable=False)
    submitted_on = models.DateField(editable=False)
    record_key = models.PositiveSmallIntegerField(editable=False)  # the response's (insights.cellkey)

    class Meta:
        ordering = ["answer", "theme"]
        constraints = [
            models.UniqueConstraint(fields=["answer", "theme"], name="one_coding_per_answer_and_theme"),
        ]
        indexes = [models.Index(fields=["theme", "status"])]

    def __str__(self) -> str:
        return f"{self.theme} on answer {self.answer_id} ({self.get_status_display()})"


# A second coder's blind codings of a sample (SecondCodingSample, SecondCoding), earlier versions of a theme's
# definition (ThemeVersion), stored results of suggestion runs (ThemeSuggestion, ThemeSuggestionAssignment),
# agencies' monthly counts for the local landscape (AgencyMonthlyCount) and young people's panels live in
# their own modules.
from youthvoice.insights.coding.models import SecondCoding, SecondCodingSample, ThemeVersion  # noqa: E402, F401
from youthvoice.insights.dashboard.models import AnswerRollup, CodingRollup, ResponseRollup  # noqa: E402, F401
from youthvoice.insights.landscape.models import AgencyMonthlyCount  # noqa: E402, F401
from youthvoice.insights.panel.models import PanelPlacing, PanelRound, PanelTheme, YoungPeoplesPanel  # noqa: E402, F401
from youthvoice.insights.suggestions.models import ThemeSuggestion, ThemeSuggestionAssignment  # noqa: E402, F401
