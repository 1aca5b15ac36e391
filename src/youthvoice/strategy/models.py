"""The partnership's child exploitation (CE) strategy, in versions: each version's sections, the evidence
each section rests on, a review date and a summary for young people. A published version never changes; the
next draft starts as a copy of it, so any two versions can be compared section by section."""

import uuid

from django.conf import settings
from django.db import models

from youthvoice.insights.models import Theme
from youthvoice.mandate.models import Action, PartnershipTheme
from youthvoice.partnership.models import Partnership


class Strategy(models.Model):
    partnership = models.OneToOneField(Partnership, on_delete=models.CASCADE, related_name="ce_strategy")
    title = models.CharField(max_length=200, default="Child exploitation strategy")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "strategies"

    def __str__(self) -> str:
        return self.title


class StrategyVersion(models.Model):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    based_on = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        help_text="The published version this draft started from.",
    )  # fmt: skip
    review_on = models.DateField("review date", null=True, blank=True)
    young_peoples_summary = models.TextField("young people's summary", blank=True)
    published_on = models.DateField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reading_age = models.FloatField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["strategy", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "number"], name="strategy_version_number_unique"),
            models.UniqueConstraint(
                fields=["strategy"], condition=models.Q(published_on__isnull=True), name="one_strategy_draft"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.strategy}, version {self.number}"

    @property
    def is_published(self) -> bool:
        return self.published_on is not None


class StrategySection(models.Model):
    """One section of one version. ``lineage`` is shared by the same section across versions, so a renamed
    section is still compared with what it was."""

    version = models.ForeignKey(StrategyVersion, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField()
    lineage = models.UUIDField(default=uuid.uuid4)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)

    class Meta:
        ordering = ["version", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["version", "lineage"], name="strategy_section_lineage_unique"),
        ]

    def __str__(self) -> str:
        return self.title


class SectionEvidence(models.Model):
    """What a section rests on: a theme from young people's answers, a partnership theme, an action, or a
    published figure from the insights dashboard. ``label`` keeps what it was called when linked, and a
    figure keeps the disclosure-controlled summary it had then, so an old version still says what it
    rested on."""

    class Kind(models.TextChoices):
        INSIGHT_THEME = "insight_theme", "Theme in what young people said"
        PARTNERSHIP_THEME = "partnership_theme", "Partnership theme"
        ACTION = "action", "Action"
        FIGURE = "figure", "Figure"

    section = models.ForeignKey(StrategySection, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    insight_theme = models.ForeignKey(
        Theme, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    partnership_theme = models.ForeignKey(
        PartnershipTheme, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.ForeignKey(Action, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    figure_slug = models.CharField(max_length=100, blank=True)
    label = models.CharField(max_length=300)
    detail = models.TextField(blank=True, help_text="A figure's published summary when it was linked.")

    class Meta:
        ordering = ["section", "kind", "label"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}"
