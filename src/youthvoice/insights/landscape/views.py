"""The local landscape: agencies' monthly counts beside young people's voices, and the upload of counts.

Uploading is two steps: the file is checked and previewed, then saved. Between them the file travels in
the page as a signed token (aggregate counts only, never a child's record), good for ``UPLOAD_MAX_AGE``;
saving checks it again, so nothing changed in between is missed.
"""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.core import signing
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.core.access import ANALYSTS, ANALYSTS_AND_LEADERS, role_required
from youthvoice.core.spreadsheet import csv_safe
from youthvoice.insights.landscape.counts_csv import HEADER, LandscapeCSVError, last_ended_month
from youthvoice.insights.landscape.forms import AgencyCountsUploadForm, LandscapeFilterForm
from youthvoice.insights.landscape.models import Measure
from youthvoice.insights.landscape.selectors import (
    LandscapeFilters,
    agency_count_months,
    landscape_build,
    landscape_csv,
)
from youthvoice.insights.landscape.services import (
    agencies_for_uploader,
    agency_counts_preview,
    agency_counts_upload,
)
from youthvoice.partnership.models import Locality

UPLOAD_SALT = "youthvoice.insights.landscape-upload"
UPLOAD_MAX_AGE = 30 * 60
PREVIEW_ROWS = 200


def _filters(request) -> tuple[LandscapeFilterForm, LandscapeFilters | None]:
    form = LandscapeFilterForm(request.GET or None, partnership=request.partnership)
    if not request.GET:
        form = LandscapeFilterForm({}, partnership=request.partnership)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    filters = LandscapeFilters(
        last_month=data["to"], months=data["months"] or 12, locality=data["area"], agency=data["agency"]
    )
    return form, filters


@role_required(*ANALYSTS_AND_LEADERS)
def landscape(request):
    form, filters = _filters(request)
    if filters is None:
        return render(request, "insights/landscape/landscape.html", {"form": form}, status=400)
    context = {
        "form": form,
        "landscape": landscape_build(partnership=request.partnership, filters=filters),
        "query": request.GET.urlencode(),
        "can_upload": bool(request.roles & ANALYSTS),
    }
    return render(request, "insights/landscape/landscape.html", context)


@role_required(*ANALYSTS_AND_LEADERS)
def landscape_export(request):
    form, filters = _filters(request)
    if filters is None:
        problems = "; ".join(error for errors in form.errors.values() for error in errors)
        return HttpResponse(f"The filters are not valid: {problems}", status=400, content_type="text/plain")
    landscape = landscape_build(partnership=request.partnership, filters=filters)
    response = HttpResponse(landscape_csv(landscape=landscape), content_type="text/csv; charset=utf-8")
    stamp = f"{request.partnership.slug}-{timezone.localdate():%Y-%m-%d}"
    response["Content-Disposition"] = f'attachment; filename="local-landscape-{stamp}.csv"'
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.EXPORT,
        target=("insights.landscape", "all"),
        detail={
            "format": "csv",
            "months": [f"{month:%Y-%m}" for month in filters.month_list],
            "area": filters.locality.name if filters.locality else "",
            "agency": filters.agency.name if filters.agency else "",
        },
        partnership=request.partnership,
    )
    return response


@role_required(*ANALYSTS)
def landscape_template(request):
    """A CSV to fill in: a line for every area and measure for the last month that has ended."""
    month = last_ended_month(timezone.localdate())
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for locality in Locality.objects.filter(partnership=request.partnership):
        for measure, _ in Measure.choices:
            writer.writerow([csv_safe(locality.name), f"{month:%Y-%m}", measure, ""])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="agency-monthly-counts-template.csv"'
    return response


def _upload_page(request, form, *, status=200, preview=None, token=""):
    context = {
        "form": form,
        "preview": preview,
        "preview_rows": preview.rows[:PREVIEW_ROWS] if preview else [],
        "token": token,
        "measures": Measure.choices,
        "localities": list(
            Locality.objects.filter(partnership=request.partnership).values_list("name", flat=True)
        ),
        "months_sent": agency_count_months(partnership=request.partnership),
        "preview_rows_max": PREVIEW_ROWS,
    }
    return render(request, "insights/landscape/upload.html", context, status=status)


@role_required(*ANALYSTS)
def landscape_upload(request):
    agencies = agencies_for_uploader(partnership=request.partnership, user=request.user, roles=request.roles)
    if request.method == "POST" and "upload" in request.POST:
        return _save(request, agencies)
    form = AgencyCountsUploadForm(
        request.POST or None,
        request.FILES or None,
        agencies=agencies,
        initial={"agency": agencies.first()} if agencies.count() == 1 else None,
    )
    if request.method != "POST" or not form.is_valid():
        return _upload_page(request, form, status=400 if form.errors else 200)
    agency, data = form.cleaned_data["agency"], form.cleaned_data["file"]
    try:
        preview = agency_counts_preview(partnership=request.partnership, agency=agency, data=data)
    except LandscapeCSVError as error:
        for message in error.errors:
            form.add_error("file", message)
        return _upload_page(request, form, status=400)
    token = signing.dumps(
        {"agency": agency.pk, "data": data.decode("utf-8")}, salt=UPLOAD_SALT, compress=True
    )
    return _upload_page(request, form, preview=preview, token=token)


def _save(request, agencies):
    form = AgencyCountsUploadForm(agencies=agencies)
    try:
        pending = signing.loads(request.POST["upload"], salt=UPLOAD_SALT, max_age=UPLOAD_MAX_AGE)
    except signing.SignatureExpired:
        messages.error(
            request, "The checked file waited more than 30 minutes, so it was not saved. Upload it again."
        )
        return redirect("insights:landscape-upload")
    except signing.BadSignature:
        messages.error(request, "The checked file could not be read. Upload it again.")
        return redirect("insights:landscape-upload")
    agency = agencies.filter(pk=pending.get("agency")).first()
    if agency is None:
        messages.error(request, "You cannot upload figures for that agency. Choose one from the list.")
        return redirect("insights:landscape-upload")
    try:
        saved = agency_counts_upload(
            partnership=request.partnership,
            agency=agency,
            uploaded_by=request.user,
            data=pending["data"].encode("utf-8"),
        )
    except LandscapeCSVError as error:
        form = AgencyCountsUploadForm({"agency": agency.pk}, agencies=agencies)
        form.is_valid()
        for message in ["Nothing was saved: the file is no longer right.", *error.errors]:
            form.add_error("file", message)
        return _upload_page(request, form, status=400)
    months = len(saved.months)
    messages.success(
        request,
        f"Saved {agency.name}'s figures for {months} month{'' if months == 1 else 's'}: {saved.outcome}.",
    )
    return redirect("insights:landscape")
