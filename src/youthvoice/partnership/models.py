from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class Partnership(models.Model):
    """A multi-agency child exploitation partnership: the tenant that owns everything else."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    area = models.CharField(max_length=200, help_text="The local area the partnership serves.")
    disclosure_threshold = models.PositiveSmallIntegerField(
        default=10,
        validators=[MinValueValidator(3)],
        help_text="Counts below this are suppressed in every published figure.",
    )
    # How long young people's words are kept (docs/security.md, "Retention and erasure"); a weekly job
    # (youthvoice apply_retention) deletes what is older. Months, counted back from today.
    response_retention_months = models.PositiveSmallIntegerField(
        default=36,
        validators=[MinValueValidator(6), MaxValueValidator(84)],
        help_text="Months to keep answers to consultations (6 to 84).",
    )
    relayed_voice_retention_months = models.PositiveSmallIntegerField(
        default=24,
        validators=[MinValueValidator(6), MaxValueValidator(84)],
        help_text="Months to keep voices relayed by professionals (6 to 84).",
    )
    # A safeguarding decision for the partnership, so off until its admins choose it (language settings page):
    # a blocking finding the language checker's second opinion reads as likely fine in context
    # (language.second_opinion.CLEARING_THRESHOLD) no longer stops publication. Nothing is cleared where the
    # deployment has the second opinion off (YOUTHVOICE_LANGUAGE_SECOND_OPINION).
    second_opinion_clears_findings = models.BooleanField(
        default=False,
        help_text="Findings the second opinion clears do not block publishing.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Agency(models.Model):
    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", "Local authority (children's social care)"
        HEALTH = "health", "Health (NHS)"
        POLICE = "police", "Police"
        EDUCATION = "education", "Education"
        YOUTH_SERVICE = "youth_service", "Youth service"
        VCS = "vcs", "Voluntary and community sector"
        YOUTH_JUSTICE = "youth_justice", "Youth justice"
        OTHER = "other", "Other"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="agencies")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=Kind.choices)

    class Meta:
        ordering = ["partnership", "name"]
        verbose_name_plural = "agencies"
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="agency_name_unique_in_partnership"),
        ]

    def __str__(self) -> str:
        return self.name


class Locality(models.Model):
    """A part of the partnership's area (a ward cluster, a town) used for places and representation."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="localities")
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["partnership", "name"]
        verbose_name_plural = "localities"
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "name"], name="locality_name_unique_in_partnership"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A member of staff's role in one agency. Roles grant access; see DESIGN.md, "Users"."""

    class Role(models.TextChoices):
        PRACTITIONER = "practitioner", "Practitioner"
        ANALYST = "analyst", "Analyst"
        LEADER = "leader", "Senior leader"
        ADMIN = "admin", "Partnership admin"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)
    # Named by an admin: sees young people's requests to be contacted (voices.help_requests).
    safeguarding_contact = models.BooleanField(
        default=False, help_text="Sees young people's requests for someone to contact them."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["agency", "user"]
        constraints = [
            models.UniqueConstraint(fields=["user", "agency"], name="one_membership_per_user_and_agency"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} at {self.agency}"

    @property
    def partnership(self) -> Partnership:
        return self.agency.partnership
