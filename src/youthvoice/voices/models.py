from django.conf import settings
from django.db import models
from django.db.models import Q

from youthvoice.consultations.models import Consultation, Question
from youthvoice.partnership.models import Locality, Partnership
from youthvoice.voices.demographics import AgeBand, EthnicGroup, Gender, YesNo


class Response(models.Model):
    """One young person's answers. No IP address, no user agent, no time of day: a date only."""

    Channel = Consultation.Channel

    class ConsentBasis(models.TextChoices):
        YOUNG_PERSON_AGREED = "young_person_agreed", "The young person agreed to their words being shared"
        PARENT_AGREED = "parent_agreed", "A parent or carer agreed, with the young person's knowledge"
        INFORMATION_SHARING = "information_sharing", "The partnership's information-sharing agreement"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="responses")
    # Relayed voices need not belong to a consultation.
    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, null=True, blank=True, related_name="responses"
    )
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.ONLINE)
    submitted_on = models.DateField()
    language = models.CharField(max_length=12, default="en")
    reference_code = models.CharField(max_length=12, unique=True)
    idempotency_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    age_band = models.CharField(max_length=20, choices=AgeBand.choices, blank=True)
    gender = models.CharField(max_length=20, choices=Gender.choices, blank=True)
    ethnic_group = models.CharField(max_length=20, choices=EthnicGroup.choices, blank=True)
    locality = models.ForeignKey(Locality, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    locality_not_said = models.BooleanField(default=False, help_text="Chose 'prefer not to say'.")
    send = models.CharField("SEND", max_length=20, choices=YesNo.choices, blank=True)
    care_experienced = models.CharField(max_length=20, choices=YesNo.choices, blank=True)
    relayed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="relayed_voices",
    )
    consent_basis = models.CharField(max_length=32, choices=ConsentBasis.choices, blank=True)

    class Meta:
        ordering = ["-submitted_on", "-pk"]
        indexes = [models.Index(fields=["consultation", "submitted_on"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(channel="relayed") | ~Q(consent_basis=""), name="relayed_voice_has_consent_basis"
            ),
        ]

    def __str__(self) -> str:
        return f"Response {self.reference_code}"


class Answer(models.Model):
    """An answer to one question. ``text`` is always de-identified before it is saved."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    values = models.JSONField(default=list, blank=True)
    scale_value = models.SmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["response", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question"),
        ]

    def __str__(self) -> str:
        return f"Answer to {self.question_id}"
