"""Young people's panels: a group of young people, with a youth worker, rank the analysts' themes and agree
or change each theme's definition, on a shared device (``insights.panel.services``).

A panel records how many young people took part (and, optionally, how many in each age band): counts, never
who. Each group's ranking is a ``PanelRound``; the rounds are combined by Borda count.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from youthvoice.partnership.models import Partnership

MAX_PARTICIPANTS = 500
MAX_WORDING_LENGTH = 500


class YoungPeoplesPanel(models.Model):
    """One panel session. The PIN that ends it on the shared device is stored hashed (as for
    ``voices.FacilitatedSession``: the same PIN rules and lock-out end both)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="youth_panels")
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="youth_panels",
        help_text="The consultation the themes came from; none for the partnership's themes as a whole.",
    )
    held_on = models.DateField()
    participants = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PARTICIPANTS)]
    )
    # How many of those taking part were in each age band (voices.demographics.AgeBand value -> count); the
    # rest did not say. Counts only.
    age_band_counts = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The shared device: set when a youth worker starts the panel on it.
    pin_hash = models.CharField(max_length=200, blank=True)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    failed_pin_attempts = models.PositiveSmallIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["partnership", "-held_on", "-pk"]

    def __str__(self) -> str:
        return f"Young people's panel on {self.held_on:%-d %B %Y}"

    @property
    def running(self) -> bool:
        return self.started_on is not None and self.ended_on is None


class PanelTheme(models.Model):
    """A theme the panel saw, with the words it was shown (kept, so later changes to the codebook do not
    change what the record says the young people were asked)."""

    panel = models.ForeignKey(YoungPeoplesPanel, on_delete=models.CASCADE, related_name="panel_themes")
    theme = models.ForeignKey("insights.Theme", on_delete=models.PROTECT, related_name="panel_themes")
    label = models.CharField(max_length=200)
    definition = models.TextField(max_length=5000)
    theme_version = models.PositiveIntegerField()
    order = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["panel", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["panel", "theme"], name="one_panel_theme_per_theme"),
        ]

    def __str__(self) -> str:
        return self.label


class PanelRound(models.Model):
    """One group's ranking (a panel may record several groups or rounds)."""

    panel = models.ForeignKey(YoungPeoplesPanel, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField()
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["panel", "number"]
        constraints = [
            models.UniqueConstraint(fields=["panel", "number"], name="panel_round_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.panel}, group {self.number}"


class PanelPlacing(models.Model):
    """Where one group placed one theme (1 = matters most), and their own words for it if they changed the
    definition (empty: they agreed with the analysts' words)."""

    round = models.ForeignKey(PanelRound, on_delete=models.CASCADE, related_name="placings")
    panel_theme = models.ForeignKey(PanelTheme, on_delete=models.CASCADE, related_name="placings")
    position = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    own_wording = models.TextField(blank=True, max_length=MAX_WORDING_LENGTH)

    class Meta:
        ordering = ["round", "position"]
        constraints = [
            models.UniqueConstraint(fields=["round", "panel_theme"], name="one_placing_per_theme_in_round"),
            models.UniqueConstraint(fields=["round", "position"], name="one_theme_per_position_in_round"),
        ]

    def __str__(self) -> str:
        return f"{self.panel_theme} at {self.position} ({self.round})"
