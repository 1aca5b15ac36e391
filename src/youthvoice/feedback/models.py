"""You said, we did: what young people said and what the partnership did, kept as a history of revisions.

A ``YouSaidWeDid`` belongs to a consultation and, optionally, one of its themes. Its words live in
``YouSaidWeDidRevision`` rows: every save adds a revision and none is ever changed afterwards, except that
publishing stamps the revision young people can now read. Words the language checker blocks and staff
published anyway are recorded by the publishing gate (``youthvoice.language.models.PublicationOverride``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext, gettext_lazy

from youthvoice.consultations.models import Consultation
from youthvoice.insights.models import Theme, YoungPeoplesPanel
from youthvoice.mandate.models import Action
from youthvoice.partnership.models import Partnership


class FeedbackStatus(models.TextChoices):
    HEARD = "heard", gettext_lazy("We heard you")
    ACTING = "acting", gettext_lazy("We are acting on it")
    DONE = "done", gettext_lazy("Done")
    CANT_DO = "cant_do", gettext_lazy("We can't do this")


class YouSaidWeDid(models.Model):
    Status = FeedbackStatus

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="feedback_updates")
    consultation = models.ForeignKey(Consultation, on_delete=models.PROTECT, related_name="feedback_updates")
    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, null=True, blank=True, related_name="feedback_updates"
    )
    actions = models.ManyToManyField(Action, blank=True, related_name="feedback_updates")
    # The themes of what young people said that the update answers (its own theme, and any others).
    themes_answered = models.ManyToManyField(Theme, blank=True, related_name="feedback_updates_answering")
    first_published_on = models.DateField(
        null=True, blank=True, help_text="The day young people could first read it."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "you said, we did update"
        ordering = ["consultation", "theme__name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation"],
                condition=Q(theme__isnull=True),
                name="one_whole_consultation_update",
            ),
            models.UniqueConstraint(fields=["consultation", "theme"], name="one_update_per_theme"),
        ]

    def __str__(self) -> str:
        return f"{self.consultation}: {self.theme}" if self.theme_id else str(self.consultation)


class YouSaidWeDidRevision(models.Model):
    update = models.ForeignKey(YouSaidWeDid, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    you_said = models.TextField("what young people said", max_length=4000)
    we_did = models.TextField("what we did", max_length=4000)
    status = models.CharField(max_length=16, choices=FeedbackStatus.choices)
    cant_do_reason = models.TextField("why we can't do this", max_length=2000, blank=True)
    # What the linked actions were called when this revision was saved, so the history stays true.
    action_titles = models.JSONField(default=list, blank=True)
    # A young people's panel this revision cites ("young people's panel on 3 March ranked this first"). Only
    # an ended panel can be cited, so what it says does not change after publishing.
    panel = models.ForeignKey(
        YoungPeoplesPanel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="feedback_revisions",
        verbose_name="young people's panel cited",
    )
    # The names of the themes it answers when this revision was saved, and, stamped when it is published,
    # how many young people's voices it answers as published: perturbed (insights.cellkey), or None with
    # the threshold when fewer than the threshold (then young people read "fewer than 10").
    themes_cited = models.JSONField(default=list, blank=True)
    voices_cited = models.PositiveIntegerField(null=True, blank=True)
    voices_threshold = models.PositiveSmallIntegerField(null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    edited_at = models.DateTimeField(auto_now_add=True)
    published_on = models.DateField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reading_age = models.FloatField(null=True, blank=True, help_text="Measured when it was published.")

    class Meta:
        ordering = ["update", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["update", "number"], name="revision_number_unique"),
            models.CheckConstraint(
                condition=~Q(status="cant_do") | ~Q(cant_do_reason=""), name="feedback_cant_do_needs_a_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.update} (revision {self.number})"

    @property
    def voices_cited_text(self) -> str:
        """How many voices it answers, as published ("" before it is published)."""
        if self.voices_cited is not None:
            return f"{self.voices_cited:,}"
        if not self.voices_threshold:
            return ""
        # In the reader's language: young people read it inside a translated sentence.
        return gettext("fewer than %(threshold)s") % {"threshold": self.voices_threshold}


class YouSaidWeDidTranslation(models.Model):
    """A revision's words in one language other than English (Welsh at least), for young people who read
    in it. Belongs to the revision it translates: a new revision needs its own translation. Shown only when
    complete and checked by a translator (not a ``placeholder``); otherwise young people read the English."""

    revision = models.ForeignKey(YouSaidWeDidRevision, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=12)
    theme_name = models.CharField("theme", max_length=200, blank=True)
    you_said = models.TextField("what young people said", max_length=4000)
    we_did = models.TextField("what we did", max_length=4000)
    cant_do_reason = models.TextField("why we can't do this", max_length=2000, blank=True)
    placeholder = models.BooleanField(
        default=False, help_text="A stand-in, not checked by a translator: young people are not shown it."
    )
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["revision", "language"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "language"], name="one_translation_per_revision")
        ]

    def __str__(self) -> str:
        return f"{self.revision} in {self.language}"


class FeedbackDelay(models.Model):
    """We missed (or will miss) the date we promised young people: the new date and why, said publicly.

    Kept as a history; the latest row is the one young people read. Principle 8: when we get it wrong, we say
    so and apologise.
    """

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="feedback_delays")
    new_due_on = models.DateField("new date")
    reason = models.TextField("why we are late, in plain words", max_length=1000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_on = models.DateField()

    class Meta:
        ordering = ["consultation", "-recorded_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.consultation}: new date {self.new_due_on}"


class PractitionerNotice(models.Model):
    """A practitioner is told that an update they can take back to young people is published."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(YouSaidWeDidRevision, on_delete=models.CASCADE, related_name="notices")
    created_on = models.DateField()
    emailed = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "revision"], name="one_notice_per_user_and_revision")
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.revision}"
