"""A second coder's blind codings of a random sample of answers, kept apart from ``Coding``; and the earlier
versions of each theme's definition (the codebook, versioned).

Nothing here counts in the dashboard's figures: only ``Coding`` (accepted) does, and a second coder's themes
reach it only when the lead reconciles the answer. Imported by ``insights.models`` so Django finds them.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class SecondCodingSample(models.Model):
    """A random sample of one question's coded answers, drawn by a lead analyst for a second coder."""

    partnership = models.ForeignKey(
        "partnership.Partnership", on_delete=models.CASCADE, related_name="second_coding_samples"
    )
    consultation = models.ForeignKey("consultations.Consultation", on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey("consultations.Question", on_delete=models.PROTECT, related_name="+")
    drawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    second_coder = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # The draw is reproducible: the same eligible answers and seed give the same sample.
    seed = models.PositiveIntegerField(validators=[MaxValueValidator(2**31 - 1)])
    requested_size = models.PositiveIntegerField(null=True, blank=True)
    requested_percent = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Second-coding sample {self.pk} of question {self.question_id}"


class SecondCoding(models.Model):
    """One answer of a sample: the themes the second coder gave it (empty until ``coded_at``)."""

    sample = models.ForeignKey(SecondCodingSample, on_delete=models.CASCADE, related_name="items")
    answer = models.ForeignKey("voices.Answer", on_delete=models.CASCADE, related_name="+")
    # The first coder's themes when the sample was drawn: agreement is measured against these, so settling a
    # disagreement later does not change it.
    first_theme_ids = models.JSONField(default=list, blank=True)
    themes = models.ManyToManyField("insights.Theme", blank=True, related_name="+")
    coded_at = models.DateTimeField(null=True, blank=True)
    # When the coders disagree, the lead chooses the answer's final codes (they become its ``Coding``s).
    reconciled_at = models.DateTimeField(null=True, blank=True)
    reconciled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reconcile_note = models.TextField(blank=True)

    class Meta:
        ordering = ["sample", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["sample", "answer"], name="one_second_coding_per_sample_answer"),
        ]

    def __str__(self) -> str:
        return f"Second coding of answer {self.answer_id}"


class ThemeVersion(models.Model):
    """A theme's definition before it changed: kept so earlier coding can be read by its own rules."""

    theme = models.ForeignKey("insights.Theme", on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    examples = models.TextField(blank=True)
    replaced_at = models.DateTimeField(auto_now_add=True)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["theme", "-version"]
        constraints = [models.UniqueConstraint(fields=["theme", "version"], name="one_theme_version_number")]

    def __str__(self) -> str:
        return f"{self.name}, version {self.version}"
