"""Reads for "You said, we did": the staff list, the public pages, timeliness and the leaders' digest."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Min, OuterRef, Prefetch, QuerySet, Subquery

from youthvoice.consultations.models import Consultation
from youthvoice.feedback.models import YouSaidWeDid, YouSaidWeDidRevision
from youthvoice.mandate.models import Action
from youthvoice.mandate.selectors import actions_filtered
from youthvoice.partnership.models import Partnership


def revision_latest(*, update: YouSaidWeDid) -> YouSaidWeDidRevision | None:
    return update.revisions.order_by("-number").first()


def revision_published(*, update: YouSaidWeDid) -> YouSaidWeDidRevision | None:
    """The revision young people read now: the latest published one."""
    return update.revisions.filter(published_on__isnull=False).order_by("-number").first()


def themes_answered_by(*, update: YouSaidWeDid) -> list:
    """The themes an update answers: its own theme first (updates written before they cited themes had only
    that one), then the others, each once."""
    themes = [update.theme] if update.theme_id else []
    themes += [theme for theme in update.themes_answered.order_by("name") if theme.pk != update.theme_id]
    return themes


def revisions_history(*, update: YouSaidWeDid) -> QuerySet[YouSaidWeDidRevision]:
    return update.revisions.select_related("edited_by", "published_by").order_by("-number")


def updates_for_partnership(*, partnership: Partnership) -> QuerySet[YouSaidWeDid]:
    latest = YouSaidWeDidRevision.objects.filter(update=OuterRef("pk")).order_by("-number")
    return (
        YouSaidWeDid.objects.filter(partnership=partnership)
        .select_related("consultation", "theme")
        .annotate(
            latest_number=Subquery(latest.values("number")[:1]),
            latest_published_on=Subquery(latest.values("published_on")[:1]),
        )
        .order_by("consultation__title", "theme__name", "pk")
    )


def _published_revisions() -> QuerySet[YouSaidWeDidRevision]:
    """The revision young people read for every update that has been published."""
    newest_published = (
        YouSaidWeDidRevision.objects.filter(update=OuterRef("update"), published_on__isnull=False)
        .order_by("-number")
        .values("pk")[:1]
    )
    return (
        YouSaidWeDidRevision.objects.filter(published_on__isnull=False, pk=Subquery(newest_published))
        .select_related("update__consultation", "update__theme", "update__partnership", "panel")
        .order_by("update__consultation__title", "update__theme__name", "update_id")
    )


def published_for_consultation(*, consultation: Consultation) -> list[YouSaidWeDidRevision]:
    return list(_published_revisions().filter(update__consultation=consultation))


@dataclass(frozen=True)
class PublishedConsultation:
    consultation: Consultation
    revisions: list[YouSaidWeDidRevision]

    @property
    def last_published_on(self) -> datetime.date:
        return max(revision.published_on for revision in self.revisions)


def published_by_consultation() -> list[PublishedConsultation]:
    """Every consultation with something published, newest news first."""
    grouped: dict[int, PublishedConsultation] = {}
    for revision in _published_revisions():
        consultation = revision.update.consultation
        grouped.setdefault(consultation.pk, PublishedConsultation(consultation, [])).revisions.append(
            revision
        )
    return sorted(
        grouped.values(), key=lambda item: (item.last_published_on, item.consultation.pk), reverse=True
    )


def published_recent(*, limit: int = 50) -> list[YouSaidWeDidRevision]:
    """For the Atom feed: the latest published revisions, newest first."""
    return list(_published_revisions().order_by("-published_on", "-pk")[:limit])


def consultation_with_public_feedback(*, slug: str) -> Consultation | None:
    """A consultation young people may read feedback about: any that has opened (never a draft)."""
    return Consultation.objects.exclude(status=Consultation.Status.DRAFT).filter(slug=slug).first()


# --- Timeliness ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timeliness:
    consultation: Consultation
    promised_on: datetime.date
    first_published_on: datetime.date | None
    today: datetime.date

    @property
    def overdue(self) -> bool:
        """The promised date has passed and nothing is published."""
        return self.first_published_on is None and self.promised_on < self.today

    @property
    def days_overdue(self) -> int:
        return (self.today - self.promised_on).days if self.overdue else 0

    @property
    def days_late(self) -> int:
        """How many days after the promised date feedback was first published (0: on time)."""
        if self.first_published_on is None:
            return 0
        return max((self.first_published_on - self.promised_on).days, 0)

    @property
    def summary(self) -> str:
        if self.overdue:
            days = self.days_overdue
            return f"Overdue by {days} day{'s' if days != 1 else ''}: nothing published"
        if self.first_published_on is None:
            return "Not due yet"
        if self.days_late:
            return f"Published {self.days_late} day{'s' if self.days_late != 1 else ''} late"
        return "Published on time"


def consultations_timeliness(*, partnership: Partnership, today: datetime.date) -> list[Timeliness]:
    """Each opened consultation's promised feedback date against the day feedback was first published."""
    consultations = (
        Consultation.objects.filter(partnership=partnership)
        .exclude(status=Consultation.Status.DRAFT)
        .annotate(first_published=Min("feedback_updates__first_published_on"))
        .order_by("feedback_due_on", "title")
    )
    return [
        Timeliness(
            consultation=consultation,
            promised_on=consultation.feedback_due_on,
            first_published_on=consultation.first_published,
            today=today,
        )
        for consultation in consultations
    ]


@dataclass(frozen=True)
class Digest:
    today: datetime.date
    overdue_consultations: list[Timeliness]
    overdue_actions: list[Action]

    @property
    def has_anything(self) -> bool:
        return bool(self.overdue_consultations or self.overdue_actions)


def digest_for(*, partnership: Partnership, today: datetime.date) -> Digest:
    """What leaders must chase: overdue feedback to young people and overdue actions."""
    return Digest(
        today=today,
        overdue_consultations=[
            row for row in consultations_timeliness(partnership=partnership, today=today) if row.overdue
        ],
        overdue_actions=list(actions_filtered(partnership=partnership, today=today, overdue_only=True)),
    )


def updates_with_revisions(*, partnership: Partnership) -> QuerySet[YouSaidWeDid]:
    return YouSaidWeDid.objects.filter(partnership=partnership).prefetch_related(
        Prefetch("revisions", queryset=YouSaidWeDidRevision.objects.order_by("-number"))
    )
