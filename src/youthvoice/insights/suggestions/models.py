"""Stored results of a theme suggestion run, which an analyst reviews: accept, rename, merge or reject.

Imported by ``insights.models`` so Django finds them; import them from there.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class ThemeSuggestion(models.Model):
    """One theme a run found: its words, its answers, and what the analyst decided about it."""

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for review"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"
        MERGED = "merged", "Merged into another suggestion"

    run = models.ForeignKey(
        "insights.ThemeSuggestionRun", on_delete=models.CASCADE, related_name="suggestions"
    )
    index = models.PositiveSmallIntegerField(help_text="Its position in the run's results.")
    label = models.CharField(max_length=200)
    top_words = models.JSONField(default=list)
    # Answer ids, most representative first. Shown as quotes only where the group is large enough.
    representative_answer_ids = models.JSONField(default=list)
    confidence = models.FloatField(validators=[MinValueValidator(0), MaxValueValidator(1)])
    size = models.PositiveIntegerField(help_text="Answers whose strongest theme this is.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_from"
    )
    theme = models.ForeignKey(
        "insights.Theme", on_delete=models.SET_NULL, null=True, blank=True, related_name="suggestions"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["run", "-size", "index"]
        constraints = [
            models.UniqueConstraint(fields=["run", "index"], name="one_suggestion_per_run_and_index"),
        ]

    def __str__(self) -> str:
        return self.label


class ThemeSuggestionAssignment(models.Model):
    """An answer a suggestion gathers, with how strongly (its share of the answer's theme weight, 0 to 1)."""

    suggestion = models.ForeignKey(ThemeSuggestion, on_delete=models.CASCADE, related_name="assignments")
    answer = models.ForeignKey("voices.Answer", on_delete=models.CASCADE, related_name="+")
    weight = models.FloatField(validators=[MinValueValidator(0), MaxValueValidator(1)])

    class Meta:
        ordering = ["suggestion", "-weight"]
        constraints = [
            models.UniqueConstraint(
                fields=["suggestion", "answer"], name="one_assignment_per_suggestion_and_answer"
            ),
        ]

    def __str__(self) -> str:
        return f"Answer {self.answer_id} in {self.suggestion_id} ({self.weight:.2f})"
