"""The strategic mandate (DESIGN.md: "unclear roles and mandate"): who does what, the strategic champion,
strategy self-assessments, the shared principles and their confirmations, workshops and their actions.

The tables keep the names they had when these models lived in ``partnership`` (``db_table``): the move to this
app changed where the code sits, not the data (migrations/0001_move_from_partnership.py).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from youthvoice.partnership.models import Agency, Partnership


class Lens(models.TextChoices):
    PREVENTION = "prevention", "Prevention"
    DISRUPTION = "disruption", "Disruption"
    INTERVENTION = "intervention", "Intervention"


class Level(models.TextChoices):
    STRATEGIC = "strategic", "Strategic"
    TACTICAL = "tactical", "Tactical"
    OPERATIONAL = "operational", "Operational"


class Responsibility(models.Model):
    """One cell of the roles-and-responsibilities matrix: what an agency does for a lens at a level."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="responsibilities")
    lens = models.CharField(max_length=16, choices=Lens.choices)
    level = models.CharField(max_length=16, choices=Level.choices)
    description = models.TextField(help_text="What the agency does, in plain words.")
    within_our_gift = models.TextField(
        blank=True, help_text="What the agency can decide or change itself, without asking anyone else."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "partnership_responsibility"
        ordering = ["agency", "lens", "level"]
        verbose_name_plural = "responsibilities"
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "lens", "level"], name="one_responsibility_per_agency_lens_level"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency}: {self.get_lens_display()}, {self.get_level_display()}"


class StrategicChampion(models.Model):
    """The partnership's strategic champion. Appointing a new one ends the current one; history is kept."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="champions")
    name = models.CharField(max_length=200)
    role_title = models.CharField(
        max_length=200, help_text="Their job, e.g. Director of Children's Services."
    )
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="champions")
    since = models.DateField()
    until = models.DateField(null=True, blank=True, help_text="Empty while they are the current champion.")

    class Meta:
        db_table = "partnership_strategicchampion"
        ordering = ["partnership", "-since", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership"],
                condition=models.Q(until__isnull=True),
                name="one_current_champion_per_partnership",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.role_title}"

    @property
    def is_current(self) -> bool:
        return self.until is None


RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]
# The public value triangle (public value, operational capacity, authorising environment) plus three more.
ASSESSMENT_DIMENSIONS = [
    ("public_value", "Public value"),
    ("operational_capacity", "Operational capacity"),
    ("authorising_environment", "Authorising environment"),
    ("culture", "Culture"),
    ("values", "Values"),
    ("voice", "Young people's voice"),
]


class StrategyAssessment(models.Model):
    """One review of the partnership's strategy. Each review is a new record, so change stays visible."""

    DIMENSIONS = ASSESSMENT_DIMENSIONS

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="assessments")
    assessed_on = models.DateField()
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    public_value = models.PositiveSmallIntegerField(validators=RATING_VALIDATORS)
    public_value_notes = models.TextField(blank=True)
    operational_capacity = models.PositiveSmallIntegerField(validators=RATING_VALIDATORS)
    operational_capacity_notes = models.TextField(blank=True)
    authorising_environment = models.PositiveSmallIntegerField(validators=RATING_VALIDATORS)
    authorising_environment_notes = models.TextField(blank=True)
    culture = models.PositiveSmallIntegerField(validators=RATING_VALIDATORS)
    culture_notes = models.TextField(blank=True)
    values = models.PositiveSmallIntegerField(validators=RATING_VALIDATORS)
    values_notes = models.TextField(blank=True)
    voice = models.PositiveSmallIntegerField(
        validators=RATING_VALIDATORS, verbose_name="young people's voice"
    )
    voice_notes = models.TextField(blank=True, verbose_name="young people's voice notes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "partnership_strategyassessment"
        ordering = ["partnership", "-assessed_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    *[models.Q(**{f"{name}__gte": 1, f"{name}__lte": 5}) for name, _ in ASSESSMENT_DIMENSIONS]
                ),
                name="assessment_ratings_one_to_five",
            ),
        ]

    def __str__(self) -> str:
        return f"Strategy assessment of {self.assessed_on:%d %B %Y}"


class Principle(models.Model):
    """One of the partnership's principles (seeded from mandate/data/principles.yaml)."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="principles")
    order = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    description = models.TextField(help_text="What the principle means, in plain words.")

    class Meta:
        db_table = "partnership_principle"
        ordering = ["partnership", "order"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "order"], name="principle_order_unique"),
            models.UniqueConstraint(fields=["partnership", "title"], name="principle_title_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.title}"


class PrincipleConfirmation(models.Model):
    """An owner confirmed, with a note, that something (e.g. a consultation) meets a principle.

    ``subject`` is generic so other apps can use it without this app depending on them.
    """

    principle = models.ForeignKey(Principle, on_delete=models.PROTECT, related_name="confirmations")
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    confirmed_on = models.DateField()
    note = models.TextField()
    subject_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    subject_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("subject_type", "subject_id")
    subject_label = models.CharField(max_length=300, help_text="What was confirmed, as it was called then.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "partnership_principleconfirmation"
        ordering = ["-created_at", "principle__order"]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="principle_conf_subject")]

    def __str__(self) -> str:
        return f"{self.principle.title} confirmed for {self.subject_label}"


class Workshop(models.Model):
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="workshops")
    title = models.CharField(max_length=200)
    held_on = models.DateField()
    notes = models.TextField(blank=True)

    class Meta:
        db_table = "partnership_workshop"
        ordering = ["partnership", "-held_on", "title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on:%d %B %Y})"


class Action(models.Model):
    class Source(models.TextChoices):
        WORKSHOP = "workshop", "Workshop"
        THEME = "theme", "Theme from young people"
        REVIEW = "review", "Strategy review"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", "Not started"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        CANT_DO = "cant_do", "Can't do"

    CLOSED_STATUSES = (Status.DONE, Status.CANT_DO)

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    source = models.CharField(max_length=16, choices=Source.choices)
    workshop = models.ForeignKey(
        Workshop, on_delete=models.PROTECT, null=True, blank=True, related_name="actions"
    )
    source_reference = models.CharField(
        max_length=300, blank=True, help_text="Where it came from, e.g. the theme's name."
    )
    owner_agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="actions")
    owner_name = models.CharField("owner (person)", max_length=200, blank=True)
    due_on = models.DateField("due date")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NOT_STARTED)
    cant_do_reason = models.TextField("why it can't be done", blank=True)
    review_answer = models.ForeignKey(
        "ReviewAnswer", on_delete=models.SET_NULL, null=True, blank=True, related_name="raised_actions"
    )
    for_strategic_group = models.BooleanField(
        "flagged to the strategic group",
        default=False,
        help_text="The strategic group sees it on its agenda: raised by a strategy review.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "partnership_action"
        ordering = ["partnership", "due_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="cant_do") | ~models.Q(cant_do_reason=""),
                name="cant_do_needs_a_reason",
            ),
            models.CheckConstraint(
                condition=~models.Q(source="workshop") | models.Q(workshop__isnull=False),
                name="workshop_action_names_its_workshop",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def is_overdue(self, *, today) -> bool:
        return self.due_on < today and self.status not in self.CLOSED_STATUSES


class ActionProgressNote(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="progress_notes")
    note = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "partnership_actionprogressnote"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Progress on {self.action}"


# --- Strategy review: single-agency scoping -------------------------------------------------------------


class ScopingItemKind(models.TextChoices):
    PRIORITY = "priority", "Priorities"
    ENABLER = "enabler", "Enablers"
    BARRIER = "barrier", "Barriers"
    ASPIRATION = "aspiration", "Aspirations"


class ScopingConversation(models.Model):
    """One single-agency (or single-team) scoping conversation at the start of a strategy review.

    Who took part is kept as roles and counts only; the free text is de-identified when it is written
    (voices/free_text.py), because practitioners talk about people."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="scoping_conversations"
    )
    held_on = models.DateField()
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="scoping_conversations"
    )
    team_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="A team or service, when the conversation was not a whole agency.",
    )
    participants = models.TextField(help_text="Who took part, as roles and counts only: never names.")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partnership", "held_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(agency__isnull=False) | ~models.Q(team_name=""),
                name="scoping_names_an_agency_or_team",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.who} ({self.held_on:%d %B %Y})"

    @property
    def who(self) -> str:
        if self.agency_id and self.team_name:
            return f"{self.agency.name}: {self.team_name}"
        return self.team_name or self.agency.name


class ScopingItem(models.Model):
    """One priority, enabler, barrier or aspiration an agency named in its scoping conversation."""

    conversation = models.ForeignKey(ScopingConversation, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(max_length=16, choices=ScopingItemKind.choices)
    order = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=500)

    class Meta:
        ordering = ["conversation", "kind", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "kind", "order"], name="scoping_item_order_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.text


class PartnershipTheme(models.Model):
    """A theme across agencies: a leader's name for items from several scoping conversations."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="partnership_themes")
    name = models.CharField(max_length=200)
    items = models.ManyToManyField(ScopingItem, related_name="themes")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partnership", "created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="partnership_theme_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class ChangeGoal(models.Model):
    """The change the partnership set itself, and the themes that led to it."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="change_goals")
    statement = models.TextField()
    agreed_on = models.DateField()
    themes = models.ManyToManyField(PartnershipTheme, related_name="change_goals")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partnership", "-agreed_on", "-id"]

    def __str__(self) -> str:
        return self.statement[:80]


# --- Strategy review: governance map ------------------------------------------------------------------


class GovernanceBoard(models.Model):
    """A board or group of the partnership (e.g. the safeguarding partnership, the Community Safety
    Partnership), with whom it reports to: the governance map is drawn from these."""

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", "Monthly"
        SIX_WEEKLY = "six_weekly", "Every six weeks"
        BIMONTHLY = "bimonthly", "Every two months"
        QUARTERLY = "quarterly", "Quarterly"
        TWICE_YEARLY = "twice_yearly", "Twice a year"
        YEARLY = "yearly", "Yearly"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="governance_boards")
    name = models.CharField(max_length=200)
    chair_role = models.CharField(
        "chair (role)", max_length=200, help_text="The chair's role, not their name."
    )
    meets = models.CharField("meets", max_length=16, choices=Frequency.choices)
    reports_to = models.ManyToManyField("self", symmetrical=False, blank=True, related_name="reported_by")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["partnership", "name"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="governance_board_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class BoardOwnership(models.Model):
    """What a board does for one area of child exploitation: owns it, or contributes (no row: none)."""

    class Role(models.TextChoices):
        OWNS = "owns", "Owns"
        CONTRIBUTES = "contributes", "Contributes"

    board = models.ForeignKey(GovernanceBoard, on_delete=models.CASCADE, related_name="ownerships")
    area = models.CharField(max_length=16, choices=Lens.choices)
    role = models.CharField(max_length=16, choices=Role.choices)

    class Meta:
        ordering = ["board", "area"]
        constraints = [
            models.UniqueConstraint(fields=["board", "area"], name="one_ownership_per_board_area"),
        ]

    def __str__(self) -> str:
        return f"{self.board}: {self.get_role_display().lower()} {self.get_area_display().lower()}"


# --- Strategy review: the review workspace ------------------------------------------------------------


class StrategyReview(models.Model):
    """One strategy review: answers to the guided prompts (mandate/data/review_prompts.yaml). A new review
    starts from the last one's answers, so what changed between reviews stays visible."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        COMPLETE = "complete", "Complete"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="strategy_reviews")
    held_on = models.DateField("date of the review")
    title = models.CharField(max_length=200)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    started_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    completed_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partnership", "-held_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership"],
                condition=models.Q(status="draft"),
                name="one_draft_review_per_partnership",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on:%d %B %Y})"

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT


class ReviewAnswer(models.Model):
    """The answer to one prompt in one review: a rating where the prompt has one, the evidence it rests on,
    and who owns it (an agency or a role: never a person's name)."""

    review = models.ForeignKey(StrategyReview, on_delete=models.CASCADE, related_name="answers")
    prompt_key = models.CharField(max_length=40)
    answer = models.TextField()
    rating = models.PositiveSmallIntegerField(null=True, blank=True, validators=RATING_VALIDATORS)
    owner_agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="review_answers"
    )
    owner_role = models.CharField("owner (role)", max_length=200, blank=True)
    themes = models.ManyToManyField(PartnershipTheme, blank=True, related_name="review_answers")
    actions = models.ManyToManyField(Action, blank=True, related_name="review_answers")
    scoping_conversations = models.ManyToManyField(
        ScopingConversation, blank=True, related_name="review_answers"
    )
    governance_boards = models.ManyToManyField(GovernanceBoard, blank=True, related_name="review_answers")
    previous = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The same prompt's answer in the review this one started from.",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["review", "id"]
        constraints = [
            models.UniqueConstraint(fields=["review", "prompt_key"], name="one_answer_per_review_prompt"),
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="review_rating_one_to_five",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.review}: {self.prompt_key}"

    @property
    def owner(self) -> str:
        parts = [self.owner_agency.name if self.owner_agency_id else "", self.owner_role]
        return ", ".join(part for part in parts if part)
