"""Analysts and admins import survey results from a CSV file: upload it, map its columns, import it.

The uploaded bytes wait in the session between the two steps, encrypted and for at most 30 minutes
(``youthvoice.voices.pending_upload``), so the file must be small (2 MB).
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from youthvoice.consultations.models import Consultation
from youthvoice.core.access import ANALYSTS, role_required
from youthvoice.voices.imports import (
    IGNORE,
    SUBMITTED_ON,
    ImportRejected,
    csv_header,
    import_targets,
    import_text_preview,
    responses_import_csv,
)
from youthvoice.voices.pending_upload import (
    MAX_AGE_MINUTES,
    UploadExpired,
    UploadMissing,
    UploadUnreadable,
    pending_upload_forget,
    pending_upload_get,
    pending_upload_save,
)

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class UploadForm(forms.Form):
    consultation = forms.ModelChoiceField(
        queryset=Consultation.objects.none(),
        empty_label="Choose a consultation",
        error_messages={"required": "Choose the consultation to import into."},
    )
    file = forms.FileField(
        label="CSV file",
        help_text="UTF-8 text, first line naming the columns, 2 MB or smaller.",
        error_messages={"required": "Choose a CSV file.", "empty": "The file is empty."},
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = Consultation.objects.filter(partnership=partnership).order_by(
            "title"
        )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is too big: it must be 2 MB or smaller.")
        data = upload.read(MAX_UPLOAD_BYTES + 1)
        try:
            self.cleaned_data["header"] = csv_header(file_bytes=data, max_bytes=MAX_UPLOAD_BYTES)
        except ImportRejected as error:
            raise forms.ValidationError(str(error)) from error
        return data


@role_required(*ANALYSTS)
def import_upload(request):
    form = UploadForm(request.POST or None, request.FILES or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        pending_upload_save(
            session=request.session,
            consultation_id=form.cleaned_data["consultation"].pk,
            name=request.FILES["file"].name,
            data=form.cleaned_data["file"],
        )
        return redirect("voices:responses-import-map")
    return render(
        request,
        "voices/import_upload.html",
        {"form": form, "has_errors": bool(form.errors), "max_age_minutes": MAX_AGE_MINUTES},
    )


@role_required(*ANALYSTS)
def import_map(request):
    try:
        pending = pending_upload_get(session=request.session)
    except UploadExpired:
        messages.error(
            request,
            f"The file you uploaded was deleted because {MAX_AGE_MINUTES} minutes passed before it was "
            "imported. Upload it again.",
        )
        return redirect("voices:responses-import")
    except UploadUnreadable:
        messages.error(request, "The uploaded file could not be read any more. Upload the CSV file again.")
        return redirect("voices:responses-import")
    except UploadMissing:
        messages.error(request, "Upload the CSV file first.")
        return redirect("voices:responses-import")
    consultation = Consultation.objects.filter(
        partnership=request.partnership, pk=pending.consultation_id
    ).first()
    if consultation is None:
        pending_upload_forget(session=request.session)
        messages.error(request, "Upload the CSV file first.")
        return redirect("voices:responses-import")
    file_bytes = pending.data
    try:
        header = csv_header(file_bytes=file_bytes, max_bytes=MAX_UPLOAD_BYTES)
    except ImportRejected:
        pending_upload_forget(session=request.session)
        messages.error(request, "Upload the CSV file again.")
        return redirect("voices:responses-import")
    targets = import_targets(consultation=consultation)
    known = {target for target, _label in targets}
    chosen = {}
    problems: list[str] = []
    if request.method == "POST":
        chosen = {n: request.POST.get(f"column-{n}", IGNORE) for n in range(len(header))}
        mapping = {}
        for n, column in enumerate(header):
            target = chosen[n]
            if target != IGNORE and target not in known:
                problems.append(f"Choose what column {column!r} holds from the list.")
            mapping[column] = target
        if not problems:
            submitted_on_column = next((c for c, t in mapping.items() if t == SUBMITTED_ON), None)
            mapping = {c: t for c, t in mapping.items() if t != SUBMITTED_ON}
            try:
                record = responses_import_csv(
                    consultation=consultation,
                    file_bytes=file_bytes,
                    mapping=mapping,
                    submitted_on_column=submitted_on_column,
                    user=request.user,
                )
            except ImportRejected as error:
                problems = [str(error), *error.problems]
            else:
                pending_upload_forget(session=request.session)
                messages.success(request, f"Imported {record.row_count} responses into {consultation.title}.")
                return redirect("voices:responses-import")
    columns = [
        {"n": n, "name": name, "chosen": chosen.get(n) or _guess(name, targets)}
        for n, name in enumerate(header)
    ]
    try:
        preview = import_text_preview(
            consultation=consultation,
            file_bytes=file_bytes,
            targets_by_column={column["n"]: column["chosen"] for column in columns},
        )
    except ImportRejected:
        preview = []
    context = {
        "preview": preview,
        "consultation": consultation,
        "file_name": pending.name,
        "max_age_minutes": MAX_AGE_MINUTES,
        "columns": columns,
        "targets": targets,
        "problems": problems,
        "has_errors": bool(problems),
    }
    return render(request, "voices/import_map.html", context, status=400 if problems else 200)


@role_required(*ANALYSTS)
@require_POST
def import_cancel(request):
    """Forget the waiting file: nothing is imported."""
    pending_upload_forget(session=request.session)
    messages.success(request, "The import was cancelled and the uploaded file deleted.")
    return redirect("voices:responses-import")


def _guess(column: str, targets: list[tuple[str, str]]) -> str:
    """A column named after a question key (or its wording) is probably that question."""
    wanted = column.strip().casefold()
    for target, label in targets:
        if wanted in (target.casefold(), label.split(": ", 1)[-1].casefold()):
            return target
    return IGNORE
