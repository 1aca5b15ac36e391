"""Roll-ups: the dashboard's true counts, kept per release unit by the database itself.

Each table holds, per release unit (consultation, channel, month: the only grain the dashboard filters on,
``aggregates.DashboardFilters.banded``) and per the one dimension a figure groups by, how many rows there
are (``n``) and the sum of their record keys (``key_sum``, for ``insights.cellkey``). Triggers on
``voices_response``, ``voices_answer`` and ``insights_coding`` keep them current on every write, whatever
the code path (``insights.dashboard.rollups``); ``youthvoice rebuild_rollups`` rebuilds them from the rows.

Plain integer columns, not foreign keys: 0 stands for "none" (a relayed voice's consultation, an answer
without a locality), so each unit has one row to update. A count that falls to 0 stays as a row of 0.
"""

from __future__ import annotations

from django.db import models


class ResponseRollup(models.Model):
    """Responses per release unit and per one demographic answer (``dimension`` ``""``: all responses)."""

    partnership_id = models.BigIntegerField()
    consultation_id = models.BigIntegerField()  # 0: none (relayed voices)
    channel = models.CharField(max_length=16)
    month = models.DateField()
    dimension = models.CharField(max_length=20, blank=True)  # "" or one of aggregates.REPRESENTATION_FIELDS
    value = models.CharField(max_length=20, blank=True)  # as given ("" if not); a locality by its id
    n = models.IntegerField(default=0)
    key_sum = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["partnership_id", "dimension", "consultation_id", "channel", "month", "value"],
                name="insights_responserollup_cell",
            )
        ]

    def __str__(self) -> str:
        return f"{self.n} responses ({self.dimension or 'all'} {self.value}) in {self.month:%B %Y}"


class AnswerRollup(models.Model):
    """Answers per question, release unit and locality: each answer once (``part`` "answer"), once per
    choice it chose ("choice") and once at its scale point ("scale")."""

    class Part(models.TextChoices):
        ANSWER = "answer"
        CHOICE = "choice"
        SCALE = "scale"

    question_id = models.BigIntegerField()
    part = models.CharField(max_length=8, choices=Part.choices)
    consultation_id = models.BigIntegerField()  # 0: none
    channel = models.CharField(max_length=16)
    month = models.DateField()
    locality_id = models.BigIntegerField()  # 0: not given
    value = models.CharField(max_length=200, blank=True)  # the choice, or the scale point as text
    n = models.IntegerField(default=0)
    key_sum = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question_id", "part", "consultation_id", "channel", "month", "locality_id", "value"],
                name="insights_answerrollup_cell",
            )
        ]

    def __str__(self) -> str:
        return (
            f"{self.n} answers to question {self.question_id} ({self.part} {self.value}), {self.month:%b %Y}"
        )


class CodingRollup(models.Model):
    """Codings per theme, status and release unit."""

    theme_id = models.BigIntegerField()
    status = models.CharField(max_length=16)
    consultation_id = models.BigIntegerField()  # 0: none
    channel = models.CharField(max_length=16)
    month = models.DateField()
    n = models.IntegerField(default=0)
    key_sum = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["theme_id", "status", "consultation_id", "channel", "month"],
                name="insights_codingrollup_cell",
            )
        ]

    def __str__(self) -> str:
        return f"{self.n} {self.status} codings of theme {self.theme_id} in {self.month:%B %Y}"
