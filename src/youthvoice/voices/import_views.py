"""Analysts and admins import survey results from a CSV file: upload it, map its columns, import it.

The uploaded bytes wait in the session between the two steps, so the file must be small (2 MB).
"""

import base64

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render

from youthvoice.consultations.models import Consultation
from youthvoice.partnership.access import Role, role_required
from youthvoice.voices.imports import (
    IGNORE,
    SUBMITTED_ON,
    ImportRejected,
    csv_header,
    import_targets,
    responses_import_csv,
)

IMPORTERS = (Role.ANALYST, Role.ADMIN)
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
SESSION_KEY = "voices_csv_import"


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


@role_required(*IMPORTERS)
def import_upload(request):
    form = UploadForm(request.POST or None, request.FILES or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        request.session[SESSION_KEY] = {
            "consultation": form.cleaned_data["consultation"].pk,
            "name": form.cleaned_data["file"] and request.FILES["file"].name[:200],
            "data": base64.b64encode(form.cleaned_data["file"]).decode("ascii"),
        }
        return redirect("responses-import-map")
    return render(request, "voices/import_upload.html", {"form": form, "has_errors": bool(form.errors)})


@role_required(*IMPORTERS)
def import_map(request):
    pending = request.session.get(SESSION_KEY)
    consultation = None
    if pending:
        consultation = Consultation.objects.filter(
            partnership=request.partnership, pk=pending.get("consultation")
        ).first()
    if consultation is None:
        messages.error(request, "Upload the CSV file first.")
        return redirect("responses-import")
    try:
        file_bytes = base64.b64decode(pending["data"])
        header = csv_header(file_bytes=file_bytes, max_bytes=MAX_UPLOAD_BYTES)
    except (KeyError, ValueError, ImportRejected):
        del request.session[SESSION_KEY]
        messages.error(request, "Upload the CSV file again.")
        return redirect("responses-import")
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
                del request.session[SESSION_KEY]
                messages.success(request, f"Imported {record.row_count} responses into {consultation.title}.")
                return redirect("responses-import")
    columns = [
        {"n": n, "name": name, "chosen": chosen.get(n) or _guess(name, targets)}
        for n, name in enumerate(header)
    ]
    context = {
        "consultation": consultation,
        "file_name": pending.get("name", ""),
        "columns": columns,
        "targets": targets,
        "problems": problems,
        "has_errors": bool(problems),
    }
    return render(request, "voices/import_map.html", context, status=400 if problems else 200)


def _guess(column: str, targets: list[tuple[str, str]]) -> str:
    """A column named after a question key (or its wording) is probably that question."""
    wanted = column.strip().casefold()
    for target, label in targets:
        if wanted in (target.casefold(), label.split(": ", 1)[-1].casefold()):
            return target
    return IGNORE
