"""Coding's tables: the codebook and its themes, codings (a theme given to an answer), the earlier versions
of each theme's definition (the codebook, versioned), and a second coder's blind codings of a random sample
of answers, kept apart from ``Coding``.

Only accepted ``Coding`` rows count in the dashboard's figures; a second coder's themes reach them only when
the lead reconciles the answer. Imported by ``insights.models`` so Django finds them.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from youthvoice.partnership.models import Partnership


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
        "insights.ThemeSuggestionRun",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="codings",
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
