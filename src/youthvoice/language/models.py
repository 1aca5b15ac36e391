from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models

from youthvoice.partnership.models import Partnership


class GlossaryTerm(models.Model):
    """A word the partnership uses, with its own plain definition; young people's words sit beside it."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="glossary_terms")
    term = models.CharField(max_length=120)
    slug = models.SlugField(max_length=140)
    definition = models.TextField(help_text="The partnership's definition, in plain words for young people.")
    published = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "slug"], name="glossary_term_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.term


class YoungPeoplesDefinition(models.Model):
    """What a young person said a word means, de-identified, shown publicly only when staff choose.

    ``source_answer_id`` is the id of the ``voices.Answer`` (a definition question's answer) the words were
    curated from; it is empty for words gathered another way, such as a workshop.
    """

    term = models.ForeignKey(GlossaryTerm, on_delete=models.CASCADE, related_name="young_peoples_definitions")
    text = models.TextField(help_text="The young person's words, de-identified.")
    shown_publicly = models.BooleanField(default=False)
    curated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    curated_at = models.DateTimeField(null=True, blank=True)
    source_answer_id = models.PositiveBigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            # An answer is imported once, whatever the term, even by two analysts at the same moment.
            models.UniqueConstraint(
                fields=["source_answer_id"],
                condition=models.Q(source_answer_id__isnull=False),
                name="young_peoples_definition_answer_imported_once",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:60]


class PublicationOverride(models.Model):
    """Words the language checker blocks, published anyway: who decided, when, which rule and why."""

    subject_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    subject_id = models.PositiveBigIntegerField()
    subject_label = models.CharField(max_length=300)
    rule_id = models.CharField(max_length=100)
    words = models.CharField(max_length=300, help_text="The words the rule found.")
    reason = models.TextField(max_length=2000)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    overridden_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-overridden_at", "-pk"]
        # Made by feedback, which held the gate before language did: the table and index keep their names.
        db_table = "feedback_publicationoverride"
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="feedback_pu_subject_42c95f_idx")]

    def __str__(self) -> str:
        return f"{self.rule_id} published anyway in {self.subject_label}"
