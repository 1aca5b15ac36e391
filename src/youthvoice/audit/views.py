from __future__ import annotations

import csv
import json

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render

from youthvoice.audit.forms import AuditFilterForm
from youthvoice.audit.models import AuditEvent
from youthvoice.audit.selectors import audit_events_for_partnership
from youthvoice.audit.services import audit_record
from youthvoice.core.access import ADMINS, role_required
from youthvoice.core.spreadsheet import csv_safe

PAGE_SIZE = 50
CSV_COLUMNS = ["when", "user", "action", "object type", "object id", "reason", "detail"]


def _filtered(request):
    form = AuditFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return form, None
    filters = form.cleaned_data if form.is_bound else {}
    events = audit_events_for_partnership(
        partnership=request.partnership,
        action=filters.get("action", ""),
        username=filters.get("username", ""),
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
    )
    return form, events


def _filters_detail(form) -> dict:
    return {key: value for key, value in (form.cleaned_data if form.is_bound else {}).items() if value}


@role_required(*ADMINS)
def audit_log(request):
    form, events = _filtered(request)
    if events is None:
        return render(request, "audit/log.html", {"form": form, "page": None}, status=400)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.VIEW,
        target=("audit.auditevent", None),
        partnership=request.partnership,
        detail={"what": "audit log", "filters": _filters_detail(form), "page": page.number},
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "audit/log.html", {"form": form, "page": page, "query": query.urlencode()})


@role_required(*ADMINS)
def audit_export(request):
    form, events = _filtered(request)
    if events is None:
        return render(request, "audit/log.html", {"form": form, "page": None}, status=400)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event in events.iterator(chunk_size=1000):
        writer.writerow(
            [
                csv_safe(value)
                for value in (
                    event.occurred_at.isoformat(),
                    event.actor_username or "system",
                    event.action,
                    event.target_type,
                    event.target_id,
                    event.reason,
                    json.dumps(event.detail, sort_keys=True),
                )
            ]
        )
        count += 1
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.EXPORT,
        target=("audit.auditevent", None),
        partnership=request.partnership,
        detail={"what": "audit log", "filters": _filters_detail(form), "rows": count},
    )
    return response
