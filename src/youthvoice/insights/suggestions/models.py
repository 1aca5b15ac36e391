"""Theme suggestion runs (a background job over a set of answers, with its progress) and their stored
results, which an analyst reviews: accept, rename, merge or reject.

Imported by ``insights.models`` so Django finds them.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from youthvoice.partnership.models import Partnership


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


class AnswerEmbedding(models.Model):
    """A sentence model's vector for one answer, kept so that a run asked for again (another number of
    themes, assisted coding after more coding) or redelivered after its worker was lost embeds only what is
    new (``suggestions.stored_embeddings``). It goes with its answer (retention, erasure), and is embedded
    again when the text it was made from changes."""

    answer = models.ForeignKey("voices.Answer", on_delete=models.CASCADE, related_name="+")
    model = models.CharField(max_length=100, help_text="The sentence model that made the vector.")
    # Of the text embedded (the answer with young people's words explained): another text is embedded again.
    text_sha256 = models.CharField(max_length=64)
    vector = models.BinaryField(help_text="Little-endian float32, unit length.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["answer", "model"], name="one_embedding_per_answer_and_model"),
        ]

    def __str__(self) -> str:
        return f"Answer {self.answer_id} by {self.model}"
