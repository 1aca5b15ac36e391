"""The local landscape: agencies' monthly counts by area, shown beside young people's voices.

Only aggregate counts, never a child's record: an agency sends how many missing episodes (and so on) it
recorded in an area in a month. The page publishes them through the same disclosure control as the
dashboard (``insights.landscape.selectors``).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from youthvoice.partnership.models import Agency, Locality, Partnership
from youthvoice.voices.models import record_key_new


class Measure(models.TextChoices):
    MISSING_EPISODES = "missing_episodes", "Missing episodes"
    RETURN_HOME_INTERVIEWS = "return_home_interviews", "Return home interviews"
    EXPLOITATION_REFERRALS = "exploitation_referrals", "Exploitation referrals"
    NRM_REFERRALS = "nrm_referrals", "National Referral Mechanism (NRM) referrals"


class AgencyMonthlyCount(models.Model):
    """How many of one thing (a ``Measure``) one agency recorded in one area in one calendar month."""

    Measure = Measure

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="monthly_counts")
    locality = models.ForeignKey(Locality, on_delete=models.CASCADE, related_name="+")
    month = models.DateField(help_text="The first day of the month the count is for.")
    measure = models.CharField(max_length=32, choices=Measure.choices)
    count = models.PositiveIntegerField()
    # Drawn once and kept when a re-upload changes the count: published figures are perturbed by the sum of
    # their rows' keys (insights.cellkey), so the same figures always give the same published figure.
    record_key = models.PositiveSmallIntegerField(default=record_key_new, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["partnership", "agency", "month", "locality", "measure"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "agency", "locality", "month", "measure"],
                name="one_agency_count_per_area_month_measure",
            ),
            models.CheckConstraint(condition=models.Q(month__day=1), name="agency_count_month_is_first_day"),
        ]
        indexes = [models.Index(fields=["partnership", "month"])]

    def __str__(self) -> str:
        where = f"{self.locality}, {self.month:%B %Y}"
        return f"{self.agency}: {self.get_measure_display()} in {where}: {self.count}"
