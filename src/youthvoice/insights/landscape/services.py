"""Agencies' monthly counts: what an upload would change, and saving it (``insights.landscape.counts_csv``
reads)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.insights.landscape.counts_csv import CountRow, LandscapeCSVError, parse_agency_counts_csv
from youthvoice.insights.landscape.models import AgencyMonthlyCount
from youthvoice.partnership.models import Agency, Membership, Partnership


@dataclass(frozen=True)
class CountsUpload:
    """What a file does to an agency's figures: it replaces them for every month it has."""

    agency: Agency
    rows: list[CountRow]
    months: list[datetime.date]
    replaced: int  # figures already there for an area, month and measure in the file
    added: int  # figures for an area, month and measure that had none
    removed: int  # figures for the file's months that the file no longer has

    @property
    def outcome(self) -> str:
        text = f"replaced {self.replaced}, added {self.added}"
        if self.removed:
            text += f", removed {self.removed} no longer in the file for those months"
        return text


def _existing(*, partnership: Partnership, agency: Agency, months: list[datetime.date]):
    return AgencyMonthlyCount.objects.filter(partnership=partnership, agency=agency, month__in=months)


def _plan(*, partnership, agency, rows, existing) -> CountsUpload:
    months = sorted({row.month for row in rows})
    there = {(c.locality_id, c.month, c.measure) for c in existing}
    in_file = {row.key for row in rows}
    return CountsUpload(
        agency=agency,
        rows=rows,
        months=months,
        replaced=len(in_file & there),
        added=len(in_file - there),
        removed=len(there - in_file),
    )


def _agency_checked(*, partnership: Partnership, agency: Agency) -> None:
    if agency.partnership_id != partnership.pk:
        raise LandscapeCSVError(["Choose one of the partnership's agencies."])


def agency_counts_preview(*, partnership: Partnership, agency: Agency, data: bytes) -> CountsUpload:
    """Check the file and say what saving it would change; writes nothing. Raises ``LandscapeCSVError``."""
    _agency_checked(partnership=partnership, agency=agency)
    rows = parse_agency_counts_csv(data=data, partnership=partnership)
    months = sorted({row.month for row in rows})
    existing = list(_existing(partnership=partnership, agency=agency, months=months))
    return _plan(partnership=partnership, agency=agency, rows=rows, existing=existing)


@transaction.atomic
def agency_counts_upload(
    *, partnership: Partnership, agency: Agency, uploaded_by, data: bytes
) -> CountsUpload:
    """Check the file and, only if every line is right, make it the agency's figures for its months.

    Figures for an area, month and measure already there are replaced (keeping their record key, so an
    unchanged figure is published unchanged); ones the file does not have for its months are removed; other
    months and other agencies' figures are left alone. Raises ``LandscapeCSVError`` before anything is
    written; any later failure rolls the whole upload back. Recorded in the audit log.
    """
    _agency_checked(partnership=partnership, agency=agency)
    rows = parse_agency_counts_csv(data=data, partnership=partnership)
    months = sorted({row.month for row in rows})
    # Lock the agency's figures for these months, so two uploads at once cannot interleave.
    existing = list(_existing(partnership=partnership, agency=agency, months=months).select_for_update())
    upload = _plan(partnership=partnership, agency=agency, rows=rows, existing=existing)
    by_key = {(c.locality_id, c.month, c.measure): c for c in existing}
    now = timezone.now()
    user = uploaded_by if uploaded_by is not None and uploaded_by.is_authenticated else None
    changed, new = [], []
    for row in rows:
        found = by_key.pop(row.key, None)
        if found is None:
            new.append(
                AgencyMonthlyCount(
                    partnership=partnership,
                    agency=agency,
                    locality=row.locality,
                    month=row.month,
                    measure=row.measure,
                    count=row.count,
                    uploaded_by=user,
                    uploaded_at=now,
                )
            )
        else:
            found.count, found.uploaded_by, found.uploaded_at = row.count, user, now
            changed.append(found)
    AgencyMonthlyCount.objects.filter(pk__in=[c.pk for c in by_key.values()]).delete()
    AgencyMonthlyCount.objects.bulk_update(changed, ["count", "uploaded_by", "uploaded_at"])
    AgencyMonthlyCount.objects.bulk_create(new)
    audit_record(
        actor=user,
        action=AuditEvent.Action.UPLOAD,
        target=agency,
        detail={
            "what": "agency monthly counts",
            "months": [f"{month:%Y-%m}" for month in months],
            "rows": len(rows),
            "replaced": upload.replaced,
            "added": upload.added,
            "removed": upload.removed,
        },
        partnership=partnership,
    )
    return upload


def agencies_for_uploader(*, partnership: Partnership, user, roles) -> QuerySet[Agency]:
    """The agencies whose figures this person may upload: any for an admin, an analyst's own agencies."""
    agencies = Agency.objects.filter(partnership=partnership).order_by("name")
    if Membership.Role.ADMIN in roles:
        return agencies
    return agencies.filter(memberships__user=user, memberships__role=Membership.Role.ANALYST).distinct()
