import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.dispatch import Signal

from youthvoice.partnership.models import Partnership

# Sent after a bulk change (update, bulk_create, bulk_update) to rows the journey keeps in each worker's
# memory (consultations.journey_cache): those send no post_save of their own.
journey_rows_changed = Signal()


class JourneyRowsQuerySet(models.QuerySet):
    """A queryset whose bulk changes say so (journey_rows_changed), so no worker serves what was before."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        journey_rows_changed.send(sender=self.model)
        return rows

    def bulk_create(self, *args, **kwargs):
        created = super().bulk_create(*args, **kwargs)
        journey_rows_changed.send(sender=self.model)
        return created

    def bulk_update(self, *args, **kwargs):
        rows = super().bulk_update(*args, **kwargs)
        journey_rows_changed.send(sender=self.model)
        return rows


class Audience(models.TextChoices):
    YOUNG_PEOPLE = "young_people", "Young people"
    PROFESSIONALS = "professionals", "Professionals"
    PARENTS_CARERS = "parents_carers", "Parents and carers"
    COMMUNITY = "community", "Community members"


# Adults from the public (issue 17): they answer online like young people, anonymously, but read adult wording
# and adult help, tell us about themselves differently, and have figures of their own, never merged with
# young people's.
ADULT_AUDIENCES = frozenset({Audience.PARENTS_CARERS, Audience.COMMUNITY})
# Who answers at /c/<slug>/ without signing in (professionals answer signed in, voices.professionals).
JOURNEY_AUDIENCES = frozenset({Audience.YOUNG_PEOPLE, *ADULT_AUDIENCES})


class Question(models.Model):
    """One question in a partnership's shared bank. Every question can be skipped: none is required."""

    class Kind(models.TextChoices):
        FREE_TEXT = "free_text", "Free text"
        SINGLE = "single", "Single choice"
        MULTIPLE = "multiple", "Multiple choice"
        SCALE = "scale", "Scale"
        PLACE = "place", "Places and spaces"
        DEFINITION = "definition", "Definition in your own words"

    CHOICE_KINDS = frozenset({Kind.SINGLE, Kind.MULTIPLE, Kind.SCALE, Kind.PLACE})
    TEXT_KINDS = frozenset({Kind.FREE_TEXT, Kind.DEFINITION, Kind.PLACE})

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(max_length=80, help_text="Stable identifier, e.g. from the question bank file.")
    text = models.CharField(max_length=300)
    hint = models.CharField(max_length=500, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    # [{"value": "...", "label": "..."}]; for a scale, ordered from the lowest to the highest point.
    choices = models.JSONField(default=list, blank=True)
    topics = models.JSONField(default=list, blank=True)
    sensitive = models.BooleanField(default=False, help_text="Shown after a content note.")
    audience = models.CharField(max_length=16, choices=Audience.choices, default=Audience.YOUNG_PEOPLE)
    mirror_key = models.SlugField(
        max_length=80,
        blank=True,
        help_text="The same item asked of young people and of another audience shares this key.",
    )
    from_bank_file = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Easy read (issue 8): a shorter, plainer wording in English, and whether a scale is shown as faces.
    easy_read_text = models.CharField(
        max_length=300,
        blank=True,
        help_text="Short sentences and everyday words. Blank: no easy-read wording.",
    )
    picture_scale = models.BooleanField(
        default=False, help_text="In easy read, show this scale as faces (each with its words)."
    )

    objects = JourneyRowsQuerySet.as_manager()

    class Meta:
        ordering = ["partnership", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "key"], name="question_key_unique_in_partnership"),
            models.UniqueConstraint(
                fields=["partnership", "mirror_key", "audience"],
                condition=~Q(mirror_key=""),
                name="one_mirrored_question_per_audience",
            ),
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def choice_labels(self) -> dict[str, str]:
        return {choice["value"]: choice["label"] for choice in self.choices}


class Consultation(models.Model):
    class Purpose(models.TextChoices):
        SERVICES = "services", "Understand young people's experience of services"
        LANGUAGE_AND_HARM = "language_and_harm", "Learn the language young people use and the harm they see"
        LOCAL_PATTERNS = (
            "local_patterns",
            "Understand local patterns of exploitation from what young people shared",
        )

    class Channel(models.TextChoices):
        ONLINE = "online", "Online"
        YOUTH_WORKER = "youth_worker", "With a youth worker"
        SCHOOL = "school", "At school or college"
        VCS = "vcs", "With a community group"
        SOCIAL_MEDIA = "social_media", "Through social media"
        PAPER = "paper", "On paper"
        RELAYED = "relayed", "Relayed by a trusted professional"
        IMPORTED = "imported", "Imported from another survey"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"
        REPORTED = "reported", "Reported back"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="consultations")
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=150)
    purpose = models.CharField(max_length=32, choices=Purpose.choices)
    purpose_detail = models.TextField(max_length=2000, help_text="Why we are asking, in plain words.")
    audience = models.CharField(max_length=16, choices=Audience.choices, default=Audience.YOUNG_PEOPLE)
    channels = models.JSONField(default=list)
    opens_on = models.DateField()
    closes_on = models.DateField()
    promise = models.TextField(max_length=2000, help_text="What we will do with your answers.")
    feedback_due_on = models.DateField(help_text="The date by which we will publish what we did.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    questions = models.ManyToManyField(Question, through="ConsultationQuestion", related_name="consultations")

    objects = JourneyRowsQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gte=models.F("opens_on")), name="closes_after_opening"
            ),
            models.CheckConstraint(
                condition=Q(feedback_due_on__gte=models.F("closes_on")), name="feedback_due_after_closing"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class ConsultationQuestion(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    order = models.PositiveSmallIntegerField()

    objects = JourneyRowsQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "question"], name="question_once_per_consultation"
            ),
            models.UniqueConstraint(fields=["consultation", "order"], name="one_question_per_position"),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.question}"


class QuestionTranslation(models.Model):
    """A question's wording in one language other than English. Blank parts fall back to English."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=12)
    text = models.CharField(max_length=300, blank=True)
    hint = models.CharField(max_length=500, blank=True)
    # {"<choice value>": "<label in this language>"}
    choice_labels = models.JSONField(default=dict, blank=True)
    easy_read_text = models.CharField(max_length=300, blank=True)
    placeholder = models.BooleanField(
        default=False, help_text="A stand-in, not checked by a translator (e.g. for testing a language)."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = JourneyRowsQuerySet.as_manager()

    class Meta:
        ordering = ["question", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "language"], name="one_translation_per_question_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.text}"


class ConsultationTranslation(models.Model):
    """A consultation's title, purpose and promise in one language other than English."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=12)
    title = models.CharField(max_length=150, blank=True)
    purpose_detail = models.TextField(max_length=2000, blank=True)
    promise = models.TextField(max_length=2000, blank=True)
    placeholder = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = JourneyRowsQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "language"], name="one_translation_per_consultation_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.title}"
