import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from youthvoice.consultations.models import Consultation, Question
from youthvoice.core.crypto import EncryptedTextField
from youthvoice.partnership.models import Agency, Locality, Membership, Partnership
from youthvoice.voices.demographics import AgeBand, EthnicGroup, Gender, Relationship, YesNo

RECORD_KEYS = 256  # record keys run from 0 to 255 (insights.cellkey: the cell key is their sum mod 256)


def record_key_new() -> int:
    """A response's permanent random record key, drawn once when it is made (insights.cellkey)."""
    return secrets.randbelow(RECORD_KEYS)


class PlaceType(models.TextChoices):
    """Where a facilitated session happened: the kind of place, never the place's name or who was there."""

    YOUTH_CLUB = "youth_club", "Youth club"
    SCHOOL = "school", "School or college"
    OUTREACH = "outreach", "Outreach or detached youth work"
    OTHER = "other", "Somewhere else"


class Response(models.Model):
    """One person's answers: a young person's, or an adult's in a consultation for another audience (its
    ``consultation.audience``). No IP address, no user agent, no time of day: a date only."""

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
    # A professional answering a professionals' consultation: the kind of agency and the role, never who.
    respondent_agency_kind = models.CharField(max_length=32, choices=Agency.Kind.choices, blank=True)
    respondent_role = models.CharField(max_length=16, choices=Membership.Role.choices, blank=True)
    # A parent, carer or community member (issue 17): how they are connected, if they said; never who.
    respondent_relationship = models.CharField(max_length=20, choices=Relationship.choices, blank=True)
    # Answers given in a facilitated session record the kind of place (issue 8).
    place_type = models.CharField(max_length=16, choices=PlaceType.choices, blank=True)
    # A relayed voice showing that a child is at risk now: only whether a referral was made, or why not.
    at_risk_now = models.BooleanField(default=False)
    referral_made = models.BooleanField(null=True, blank=True)
    no_referral_reason = models.TextField(max_length=2000, blank=True)
    # Random, drawn once and never changed: published counts are perturbed by the sum of their records' keys
    # (insights.cellkey), so the same cell always gives the same figure. Never shown or exported.
    record_key = models.PositiveSmallIntegerField(default=record_key_new, editable=False)

    class Meta:
        ordering = ["-submitted_on", "-pk"]
        indexes = [models.Index(fields=["consultation", "submitted_on"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(channel="relayed") | ~Q(consent_basis=""), name="relayed_voice_has_consent_basis"
            ),
            # What the foreign key from answers' copies refers to (Answer, migration voices 0006).
            models.UniqueConstraint(
                fields=["id", "channel", "submitted_on"], name="response_id_channel_submitted_on"
            ),
        ]

    def __str__(self) -> str:
        return f"Response {self.reference_code}"


class Answer(models.Model):
    """An answer to one question. ``text`` is always de-identified before it is saved.

    It carries a copy of its response's dashboard columns (``FROM_RESPONSE``), so the leaders' dashboard
    filters and groups answers without joining millions of answers to their responses (bench/README.md).
    ``voices.services.answers_create`` is the one place answers are made and sets them;
    ``voices.services.response_copies_update`` keeps them in step when a response is corrected. On
    PostgreSQL a foreign key on (response, channel, submitted_on) refuses any answer out of step (migration
    voices 0006).
    """

    FROM_RESPONSE = ("consultation_id", "channel", "submitted_on", "locality_id", "record_key")

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    values = models.JSONField(default=list, blank=True)
    scale_value = models.SmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)
    # Copies of the response's (see FROM_RESPONSE). DO_NOTHING: the response's own PROTECT already keeps
    # the consultation, and Django need not search millions of answers before deleting one.
    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        editable=False,
        db_index=False,
        related_name="+",
    )
    channel = models.CharField(max_length=16, choices=Consultation.Channel.choices, editable=False)
    submitted_on = models.DateField(editable=False)
    locality = models.ForeignKey(
        Locality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        db_index=False,
        related_name="+",
    )
    record_key = models.PositiveSmallIntegerField(editable=False)

    class Meta:
        ordering = ["response", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question"),
        ]

    def __str__(self) -> str:
        return f"Answer to {self.question_id}"


class FacilitatedSession(models.Model):
    """A youth worker runs a consultation on a shared device; young people answer in turn.

    Records the channel and the kind of place, never who took part. The PIN that ends it is stored hashed.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="facilitated_sessions"
    )
    channel = models.CharField(max_length=16, choices=Consultation.Channel.choices)
    place_type = models.CharField(max_length=16, choices=PlaceType.choices)
    pin_hash = models.CharField(max_length=200)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="facilitated_sessions"
    )
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    failed_pin_attempts = models.PositiveSmallIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_on", "-pk"]

    def __str__(self) -> str:
        return f"Session for {self.consultation} ({self.get_place_type_display()})"

    @property
    def active(self) -> bool:
        return self.ended_on is None


class ImportSource(models.Model):
    """Where imported survey results come from (an agency's own survey), with the value recoding learnt the
    last time its file was imported, so the next file from the same source maps itself.

    ``recodes`` is ``{target: {label_key(value in the file): option value, or "" for not known}}``."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=150)
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="import_sources")
    recodes = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="one_import_source_per_name")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.agency.name})"


class ResponseImport(models.Model):
    """One CSV file of survey results imported into a consultation; the hash stops the same file twice."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="imports")
    source = models.ForeignKey(
        ImportSource, on_delete=models.SET_NULL, null=True, blank=True, related_name="imports"
    )
    # Kept as well as the source's agency: the record says who gave the data even if the source changes.
    source_agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="response_imports"
    )
    sha256 = models.CharField(max_length=64)
    row_count = models.PositiveIntegerField()
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    imported_on = models.DateField()

    class Meta:
        ordering = ["-imported_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "sha256"], name="one_import_per_file"),
        ]

    def __str__(self) -> str:
        return f"Import of {self.row_count} responses into {self.consultation_id}"


class ImportedComment(models.Model):
    """A column of an imported file that answers no question of the consultation ("any other comments"),
    kept with its response as free text, de-identified like every answer."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="imported_comments")
    column = models.CharField(max_length=200)
    text = models.TextField(max_length=5000)

    class Meta:
        ordering = ["response", "pk"]

    def __str__(self) -> str:
        return f"{self.column}: {self.text[:40]}"


class RelayedVoicePush(models.Model):
    """A relayed voice sent through the API (by an agency's system, or a member of staff), remembered by its
    ``Idempotency-Key`` for that sender, so a retried request returns the first record, never a second one.

    Only keyed hashes (HMAC with ``SECRET_KEY``) of the key and of the body are kept, never the key itself:
    a system may use its own case reference as the key, and that must not link a voice here to a child in
    the agency's records. When the voice is erased or passes its retention period, ``response`` becomes
    empty and the key can never make the record again.
    """

    # For an agency's system, its service account: one per API client.
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key_hash = models.CharField(max_length=64)
    body_hash = models.CharField(max_length=64)
    response = models.ForeignKey(
        Response, on_delete=models.SET_NULL, null=True, blank=True, related_name="pushes"
    )
    pushed_on = models.DateField()

    class Meta:
        ordering = ["-pushed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["sender", "key_hash"], name="one_push_per_idempotency_key"),
        ]

    def __str__(self) -> str:
        return f"Push {self.pk} by user {self.sender_id}"


class SessionAlert(models.Model):
    """Words that sound like immediate danger were sent in a facilitated session: the youth worker running
    it is told someone in the room may need help now. Never what was written, never which response: no
    link to any answer, only the session and the minute it was raised."""

    facilitated = models.ForeignKey(FacilitatedSession, on_delete=models.CASCADE, related_name="alerts")
    raised_at = models.DateTimeField()
    checked_at = models.DateTimeField(null=True, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["checked_at", "-raised_at", "-pk"]

    def __str__(self) -> str:
        return f"Alert in {self.facilitated} at {self.raised_at:%H:%M}"


class HelpRequest(models.Model):
    """A young person asked for someone to contact them. Not anonymous, and kept apart from any answers:
    no link to a response or a consultation, only the partnership whose safeguarding contacts see it."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    call_me = EncryptedTextField(blank=True)
    how_to_reach = EncryptedTextField()
    message = EncryptedTextField(blank=True)
    received_at = models.DateTimeField()
    due_by = models.DateTimeField()
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["handled_at", "due_by", "pk"]

    def __str__(self) -> str:
        return f"Request for help {self.pk}"
