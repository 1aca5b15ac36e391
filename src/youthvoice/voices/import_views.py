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
from youthvoice.partnership.models import Agency
from youthvoice.voices.imports import (
    IGNORE,
    NOT_KNOWN,
    SUBMITTED_ON,
    ImportRejected,
    csv_header,
    import_source_for,
    import_targets,
    import_text_preview,
    imports_for_partnership,
    label_key,
    recodes_merged,
    responses_import_csv,
    unmatched_values,
)
from youthvoice.voices.models import ImportSource
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
    source = forms.ModelChoiceField(
        label="Where is this file from?",
        help_text="Files from a source you used before are matched the way you matched them last time.",
        queryset=ImportSource.objects.none(),
        required=False,
        empty_label="A new source",
        error_messages={"invalid_choice": "Choose a source from the list."},
    )
    new_source_name = forms.CharField(
        label="Name of the new source",
        help_text="For example, the youth service's summer survey.",
        max_length=150,
        required=False,
    )
    new_source_agency = forms.ModelChoiceField(
        label="Which agency gave you the file?",
        queryset=Agency.objects.none(),
        required=False,
        empty_label="Choose an agency",
        error_messages={"invalid_choice": "Choose an agency from the list."},
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        self.fields["consultation"].queryset = Consultation.objects.filter(partnership=partnership).order_by(
            "title"
        )
        self.fields["source"].queryset = ImportSource.objects.filter(partnership=partnership).select_related(
            "agency"
        )
        self.fields["new_source_agency"].queryset = Agency.objects.filter(partnership=partnership).order_by(
            "name"
        )

    def clean(self):
        data = super().clean()
        if data.get("source") is None and "source" not in self.errors:
            name = (data.get("new_source_name") or "").strip()
            if not name:
                self.add_error("new_source_name", "Name the new source, or choose one from the list.")
            elif ImportSource.objects.filter(partnership=self.partnership, name__iexact=name).exists():
                self.add_error("new_source_name", f"There is already a source called “{name}”: choose it.")
            if data.get("new_source_agency") is None and "new_source_agency" not in self.errors:
                self.add_error("new_source_agency", "Choose the agency that gave you the file.")
        return data

    def source_choice(self) -> dict:
        data = self.cleaned_data
        if data.get("source") is not None:
            return {"id": data["source"].pk}
        return {"name": data["new_source_name"].strip(), "agency": data["new_source_agency"].pk}

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
            source=form.source_choice(),
        )
        return redirect("voices:responses-import-map")
    return render(
        request,
        "voices/import_upload.html",
        {
            "form": form,
            "has_errors": bool(form.errors),
            "max_age_minutes": MAX_AGE_MINUTES,
            "imports": imports_for_partnership(partnership=request.partnership),
        },
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
    source = import_source_for(partnership=request.partnership, choice=pending.source)
    targets = import_targets(consultation=consultation)
    known = {target for target, _label in targets}
    chosen = {}
    problems: list[str] = []
    recodes = _recodes_posted(request.POST) if request.method == "POST" else {}
    if request.method == "POST":
        chosen = {n: request.POST.get(f"column-{n}", IGNORE) for n in range(len(header))}
        mapping = {}
        for n, column in enumerate(header):
            target = chosen[n]
            if target != IGNORE and target not in known:
                problems.append(f"Choose what column {column!r} holds from the list.")
            mapping[column] = target
        if not problems and "check" not in request.POST:
            submitted_on_column = next((c for c, t in mapping.items() if t == SUBMITTED_ON), None)
            mapping = {c: t for c, t in mapping.items() if t != SUBMITTED_ON}
            try:
                if source is not None and source.pk is None:
                    source.save()  # a new source is kept once its first file is imported
                record = responses_import_csv(
                    consultation=consultation,
                    file_bytes=file_bytes,
                    mapping=mapping,
                    submitted_on_column=submitted_on_column,
                    user=request.user,
                    source=source,
                    recodes=recodes,
                )
            except ImportRejected as error:
                problems = [str(error), *error.problems]
            else:
                pending_upload_forget(session=request.session)
                messages.success(
                    request,
                    f"Imported {record.row_count} responses into {consultation.title}"
                    + (f", from {source}." if source else "."),
                )
                return redirect("voices:responses-import")
    columns = [
        {"n": n, "name": name, "chosen": chosen.get(n) or _guess(name, targets)}
        for n, name in enumerate(header)
    ]
    mapping_now = {column["name"]: column["chosen"] for column in columns if column["chosen"] != IGNORE}
    try:
        unmatched = unmatched_values(
            consultation=consultation,
            file_bytes=file_bytes,
            mapping=mapping_now,
            recodes=recodes_merged(source.recodes if source else {}, _keys_normalised(recodes)),
        )
    except ImportRejected:
        unmatched = []
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
        "unmatched": unmatched,
        "recodes": recodes,
        "not_known": NOT_KNOWN,
        "source": source,
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


def _recodes_posted(post) -> dict[str, dict[str, str]]:
    """What the person importing chose for values the file spells its own way: fields named
    ``recode-<target>-<n>`` holding the option, beside ``value-<target>-<n>`` holding the value in the file.
    A field left on "choose" says nothing; the service checks every option against the question."""
    recodes: dict[str, dict[str, str]] = {}
    for name, option in post.items():
        if not name.startswith("recode-") or option == "choose":
            continue
        raw = post.get("value-" + name.removeprefix("recode-"))
        target = name.removeprefix("recode-").rsplit("-", 1)[0]
        if raw is not None and target:
            recodes.setdefault(target, {})[raw] = option
    return recodes


def _keys_normalised(recodes: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    return {target: {label_key(raw): v for raw, v in values.items()} for target, values in recodes.items()}


def _guess(column: str, targets: list[tuple[str, str]]) -> str:
    """A column named after a question key (or its wording) is probably that question."""
    wanted = column.strip().casefold()
    for target, label in targets:
        if wanted in (target.casefold(), label.split(": ", 1)[-1].casefold()):
            return target
    return IGNORE
