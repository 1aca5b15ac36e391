"""Population baselines: the local population of young people, by group, that respondents are compared with
(``insights.population.selectors``: representation)."""

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
