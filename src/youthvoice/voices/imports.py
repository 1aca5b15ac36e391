"""Import existing single-agency survey results from a CSV file into a consultation (channel "imported").

Every row is checked first; if any row is bad nothing is saved and each problem is listed by line and
column. A good file is saved in one transaction. The SHA-256 of the file's bytes is kept per consultation so
the same file cannot be imported twice. Free text goes through the one de-identifier before it is saved.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import re
import unicodedata
from collections import Counter

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from youthvoice.consultations.models import Consultation, Question
from youthvoice.deidentify.engine import deidentified, deidentify_with_settings, removal_segments
from youthvoice.partnership.models import Locality
from youthvoice.voices.demographics import DEMOGRAPHIC_FIELDS, PREFER_NOT_TO_SAY, AgeBand
from youthvoice.voices.models import Answer, ImportedComment, ImportSource, Response, ResponseImport
from youthvoice.voices.services import MAX_TEXT_LENGTH, ResponseError, answers_create, reference_code_new

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_IMPORT_ROWS = 50_000
# The mapping page shows one choice per column: a 20,000-column header made a 32 MB page. No survey export
# this is for has near 200 columns; a file with more is refused before the page is built.
MAX_IMPORT_COLUMNS = 200
MAX_PROBLEMS_LISTED = 50
IGNORE = "ignore"
SUBMITTED_ON = "submitted_on"
LOCALITY = "locality"
# Any number of columns that answer no question ("Any other comments?") can be kept as free text.
COMMENTS = "comments"
NOT_KNOWN = ""  # a recoding to "not known": the value is left blank
MAX_UNMATCHED_SHOWN = 40  # distinct unmatched values listed per column on the mapping page
MULTIPLE_SEPARATORS = (";", "|")
DEMOGRAPHIC_LABELS = {
    "age_band": "Age",
    "gender": "Gender",
    "ethnic_group": "Ethnic group",
    "send": "SEND",
    "care_experienced": "Care experienced",
    LOCALITY: "Area (locality)",
}


class ImportRejected(ResponseError):
    """The file was not imported. ``problems`` lists each one, fit to show to the person importing."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


def import_targets(*, consultation: Consultation) -> list[tuple[str, str]]:
    """What a column can be mapped to: (target, label), questions first, then "about you" and the date."""
    items = consultation.items.select_related("question").order_by("order")
    targets = [(item.question.key, f"Question: {item.question.text}") for item in items]
    targets += [(name, f"About you: {label}") for name, label in DEMOGRAPHIC_LABELS.items()]
    targets.append((SUBMITTED_ON, "Date answered"))
    targets.append((COMMENTS, "Other comments: keep as free text (de-identified)"))
    return targets


_NOT_WORD = re.compile(r"[\W_]+")


def label_key(text: str) -> str:
    """A label as files spell it, reduced to what it means: "The Youth Service" and "youth-service" match,
    "Drugs & alcohol" and "drugs and alcohol" match. Used for every choice, area and "about you" answer."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("&", " and ")
    words = _NOT_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


_AGE = re.compile(r"^(?:age[d]?\s*)?(\d{1,2})\s*(?:y(?:ea)?rs?(?:\s*old)?|yo|y/o)?$")
AGE_BANDS = [
    (int(low), int(high), band)
    for band in AgeBand.values
    if band != PREFER_NOT_TO_SAY
    for low, high in [band.split("-")]
]


def age_band_for(raw: str) -> str | None:
    """ "14", "aged 14", "14 years old" -> "14-15"; None when ``raw`` is not an age in years. An age outside
    11 to 25 raises ValueError: it is an age, but not one youthvoice asks about."""
    match = _AGE.match(label_key(raw))
    if match is None:
        return None
    age = int(match.group(1))
    for low, high, band in AGE_BANDS:
        if low <= age <= high:
            return band
    raise ValueError(f"{age} is not an age youthvoice asks about (11 to 25)")


def csv_decode(*, file_bytes: bytes, max_bytes: int = MAX_IMPORT_BYTES) -> str:
    if len(file_bytes) > max_bytes:
        raise ImportRejected(f"The file is too big: it must be {max_bytes // (1024 * 1024)} MB or smaller.")
    if not file_bytes.strip():
        raise ImportRejected("The file is empty.")
    try:
        return file_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected(
            f"The file is not UTF-8 text (a byte at position {error.start} could not be read). "
            "Save it as 'CSV UTF-8' and try again."
        ) from error


PREVIEW_ROWS = 5


def import_text_preview(
    *, consultation: Consultation, file_bytes: bytes, targets_by_column: dict[int, str]
) -> list[dict]:
    """For each column going to a question answered in words, its first few answers as they will be
    saved, with what the de-identifier takes out highlighted (``removal_segments``): the person importing
    checks for a miss before importing. Nothing is saved."""
    text_questions = {
        item.question.key
        for item in consultation.items.select_related("question")
        if item.question.kind in Question.TEXT_KINDS
    }
    columns = {n: key for n, key in targets_by_column.items() if key in text_questions}
    if not columns:
        return []
    reader = csv.reader(io.StringIO(csv_decode(file_bytes=file_bytes)))
    header = next(reader, [])
    samples: dict[int, list] = {n: [] for n in columns}
    try:
        for row in reader:
            for n in columns:
                value = row[n].strip() if n < len(row) else ""
                if value and len(samples[n]) < PREVIEW_ROWS and len(value) <= MAX_TEXT_LENGTH:
                    samples[n].append(removal_segments(value, deidentify_with_settings(value)))
            if all(len(found) >= PREVIEW_ROWS for found in samples.values()):
                break
    except csv.Error:
        pass  # the import itself reports the broken line
    return [
        {"column": header[n] if n < len(header) else str(n + 1), "answers": samples[n]}
        for n in sorted(columns)
        if samples[n]
    ]


def csv_header(*, file_bytes: bytes, max_bytes: int = MAX_IMPORT_BYTES) -> list[str]:
    """The column names in the file's first line, checked: not empty, not repeated."""
    text = csv_decode(file_bytes=file_bytes, max_bytes=max_bytes)
    try:
        header = next(csv.reader(io.StringIO(text)), [])
    except csv.Error as error:
        raise ImportRejected(f"Line 1 could not be read as CSV: {error}.") from error
    header = [name.strip() for name in header]
    if len(header) > MAX_IMPORT_COLUMNS:
        raise ImportRejected(
            f"The file has {len(header):,} columns: {MAX_IMPORT_COLUMNS} at most can be imported. "
            "Remove the columns you do not need and try again."
        )
    if not any(header):
        raise ImportRejected("The first line must name the columns.")
    if "" in header:
        raise ImportRejected(f"Column {header.index('') + 1} has no name in the first line.")
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise ImportRejected(f"The first line names the column {repeated[0]!r} more than once.")
    return header


def _choice_lookup(question: Question) -> dict[str, str]:
    lookup = {}
    for choice in question.choices:
        lookup[label_key(choice["label"])] = str(choice["value"])
    for choice in question.choices:
        lookup[label_key(choice["value"])] = str(choice["value"])
    return lookup


def _demographic_lookup(name: str) -> dict[str, str]:
    choices = DEMOGRAPHIC_FIELDS[name]
    lookup = {label_key(label): value for value, label in choices.choices}
    lookup.update({label_key(value): value for value in choices.values})
    return lookup


def target_options(*, consultation: Consultation, target: str) -> list[tuple[str, str]]:
    """The options a column mapped to ``target`` can take, (value, label), for recoding; [] if it takes
    words or dates."""
    if target in DEMOGRAPHIC_FIELDS:
        return [(value, str(label)) for value, label in DEMOGRAPHIC_FIELDS[target].choices]
    if target == LOCALITY:
        areas = Locality.objects.filter(partnership=consultation.partnership).order_by("name")
        return [(area.name, area.name) for area in areas] + [(PREFER_NOT_TO_SAY, "Prefer not to say")]
    question = consultation.questions.filter(key=target).first()
    if question is None or question.kind in (Question.Kind.FREE_TEXT, Question.Kind.DEFINITION):
        return []
    return [(str(choice["value"]), str(choice["label"])) for choice in question.choices]


def _parse_date(raw: str, today: datetime.date) -> datetime.date:
    for parse in (datetime.date.fromisoformat, lambda s: datetime.datetime.strptime(s, "%d/%m/%Y").date()):
        try:
            value = parse(raw)
        except ValueError:
            continue
        if value > today:
            raise ValueError("is in the future")
        return value
    raise ValueError("is not a date like 2025-01-31 or 31/01/2025")


class _RowChecker:
    def __init__(
        self,
        *,
        consultation: Consultation,
        mapping: dict[str, str],
        today: datetime.date,
        recodes: dict[str, dict[str, str]] | None = None,
    ):
        self.consultation = consultation
        self.today = today
        self.recodes = recodes or {}
        self.mapping = mapping
        self.comment_columns = [c for c, t in mapping.items() if t == COMMENTS]
        self.school_names = getattr(settings, "YOUTHVOICE_SCHOOL_NAMES", ())
        questions = {q.key: q for q in consultation.questions.all()}
        self.questions = {
            column: questions[target] for column, target in mapping.items() if target in questions
        }
        self.demographics = {c: t for c, t in mapping.items() if t in DEMOGRAPHIC_FIELDS}
        self.locality_column = next((c for c, t in mapping.items() if t == LOCALITY), None)
        self.date_column = next((c for c, t in mapping.items() if t == SUBMITTED_ON), None)
        self.choice_lookups = {c: _choice_lookup(q) for c, q in self.questions.items()}
        self.demographic_lookups = {c: _demographic_lookup(t) for c, t in self.demographics.items()}
        self.localities = {
            label_key(loc.name): loc for loc in Locality.objects.filter(partnership=consultation.partnership)
        }

    def recoded(self, column: str, raw: str) -> str | None:
        """What the person importing said ``raw`` means in this column: an option, "" (not known), or None
        when they said nothing about it."""
        return self.recodes.get(self.mapping[column], {}).get(label_key(raw))

    def check(
        self, row: dict[str, str], problems: list[str], line: int
    ) -> tuple[Response, list[Answer]] | None:
        """An unsaved response and its answers, or None (problems appended, or a blank row)."""
        before = len(problems)

        def problem(column: str, message: str) -> None:
            problems.append(f"Line {line}, column {column!r}: {message}.")

        answers = []
        for column, question in self.questions.items():
            raw = row.get(column, "").strip()
            if not raw:
                continue
            answer = self._answer(question, column, raw, problem)
            if answer is not None:
                answers.append(answer)
        fields: dict = {}
        for column, name in self.demographics.items():
            raw = row.get(column, "").strip()
            if raw:
                value = self._demographic(column, name, raw, problem)
                fields[name] = value or ""
        if self.locality_column:
            raw = row.get(self.locality_column, "").strip()
            recoded = self.recoded(self.locality_column, raw) if raw else None
            chosen = recoded if recoded is not None else raw
            if label_key(chosen) in (PREFER_NOT_TO_SAY, label_key("prefer not to say")):
                fields["locality_not_said"] = True
            elif chosen:
                fields["locality"] = self.localities.get(label_key(chosen))
                if fields["locality"] is None:
                    problem(self.locality_column, f"{raw!r} is not one of the partnership's areas")
        comments = []
        for column in self.comment_columns:
            raw = row.get(column, "").strip()
            if len(raw) > MAX_TEXT_LENGTH:
                problem(column, f"the text is longer than {MAX_TEXT_LENGTH} characters")
            elif raw:
                comments.append(ImportedComment(column=column[:200], text=deidentified(raw)))
        submitted_on = self.today
        if self.date_column:
            raw = row.get(self.date_column, "").strip()
            if not raw:
                problem(self.date_column, "the date is missing")
            else:
                try:
                    submitted_on = _parse_date(raw, self.today)
                except ValueError as error:
                    problem(self.date_column, f"{raw!r} {error}")
        if len(problems) > before or (not answers and not comments and not any(fields.values())):
            return None
        response = Response(
            partnership=self.consultation.partnership,
            consultation=self.consultation,
            channel=Consultation.Channel.IMPORTED,
            submitted_on=submitted_on,
            **fields,
        )
        response.imported_comments_pending = comments
        return response, answers

    def _demographic(self, column: str, name: str, raw: str, problem) -> str | None:
        recoded = self.recoded(column, raw)
        if recoded is not None:
            return recoded
        value = self.demographic_lookups[column].get(label_key(raw))
        if value is None and name == "age_band":
            try:
                value = age_band_for(raw)
            except ValueError as error:
                problem(column, str(error))
                return None
        if value is None:
            problem(column, f"{raw!r} is not one of the answers for {DEMOGRAPHIC_LABELS[name].lower()}")
        return value

    def _answer(self, question: Question, column: str, raw: str, problem) -> Answer | None:
        if question.kind in (Question.Kind.FREE_TEXT, Question.Kind.DEFINITION):
            if len(raw) > MAX_TEXT_LENGTH:
                problem(column, f"the text is longer than {MAX_TEXT_LENGTH} characters")
                return None
            return Answer(question=question, text=deidentified(raw))
        lookup = self.choice_lookups[column]
        parts = [raw]
        if question.kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE):
            for separator in MULTIPLE_SEPARATORS:
                if separator in raw:
                    parts = [part.strip() for part in raw.split(separator) if part.strip()]
                    break
        values = []
        for part in parts:
            value = self.recoded(column, part)
            if value == NOT_KNOWN:
                continue
            if value is None:
                value = lookup.get(label_key(part))
            if value is None:
                if question.kind == Question.Kind.SCALE:
                    known = [str(choice["value"]) for choice in question.choices]
                    span = f"from {known[0]} to {known[-1]}" if known else "on the scale"
                    problem(column, f"{part!r} is not on the scale ({span})")
                else:
                    problem(column, f"{part!r} is not one of the choices for '{question.text}'")
                return None
            if value not in values:
                values.append(value)
        if not values:
            return None
        return Answer(
            question=question,
            values=values,
            scale_value=int(values[0])
            if question.kind == Question.Kind.SCALE and values[0].isdigit()
            else None,
        )


def mapping_check(
    *, consultation: Consultation, header: list[str], mapping: dict[str, str]
) -> dict[str, str]:
    """The mapping without ignored columns; every column and target checked."""
    if not isinstance(mapping, dict):
        raise ImportRejected("The mapping must name, for each column, a question key or 'ignore'.")
    known = {target for target, _label in import_targets(consultation=consultation)}
    problems = []
    used: dict[str, str] = {}
    comment_columns: list[str] = []
    for column, target in mapping.items():
        target = (target or IGNORE).strip() if isinstance(target, str) else target
        if not isinstance(column, str) or not isinstance(target, str):
            problems.append("The mapping must name, for each column, a question key or 'ignore'.")
            continue
        if column not in header:
            problems.append(f"The mapping names the column {column!r}, which is not in the file.")
        elif target == IGNORE:
            continue
        elif target not in known:
            problems.append(
                f"Column {column!r} is mapped to {target!r}, which is not a question in this consultation."
            )
        elif target == COMMENTS:
            comment_columns.append(column)
        elif target in used:
            problems.append(f"Columns {used[target]!r} and {column!r} are both mapped to {target!r}.")
        else:
            used[target] = column
    if problems:
        raise ImportRejected("The mapping is not right.", problems)
    if not comment_columns and not any(target != SUBMITTED_ON for target in used):
        raise ImportRejected("Map at least one column to a question or an 'about you' question.")
    return {column: target for target, column in used.items()} | {c: COMMENTS for c in comment_columns}


def _rejected(problems: list[str]) -> ImportRejected:
    listed = problems[:MAX_PROBLEMS_LISTED]
    if len(problems) > MAX_PROBLEMS_LISTED:
        listed.append(f"and {len(problems) - MAX_PROBLEMS_LISTED} more.")
    count = len(problems)
    return ImportRejected(
        f"Nothing was imported: the file has {count} problem{'s' if count != 1 else ''}. "
        "Correct them and try again.",
        listed,
    )


def responses_import_csv(
    *,
    consultation: Consultation,
    file_bytes: bytes,
    mapping: dict[str, str],
    submitted_on_column: str | None = None,
    user=None,
    today: datetime.date | None = None,
    max_bytes: int = MAX_IMPORT_BYTES,
    source: ImportSource | None = None,
    recodes: dict[str, dict[str, str]] | None = None,
) -> ResponseImport:
    """Import every row of the file as one response each, or nothing at all (raises ImportRejected).

    ``recodes`` (``{target: {value in the file: option, or "" for not known}}``) says what values the file
    spells its own way mean; they are added to ``source``'s, which apply too, and saved with it when the
    import succeeds, so the next file from the same source needs none."""
    today = today or timezone.localdate()
    header = csv_header(file_bytes=file_bytes, max_bytes=max_bytes)
    mapping = dict(mapping) if isinstance(mapping, dict) else mapping
    if submitted_on_column and isinstance(mapping, dict):
        mapping[submitted_on_column] = SUBMITTED_ON
    mapping = mapping_check(consultation=consultation, header=header, mapping=mapping)
    sha256 = hashlib.sha256(file_bytes).hexdigest()
    if ResponseImport.objects.filter(consultation=consultation, sha256=sha256).exists():
        raise ImportRejected("This file has already been imported into this consultation.")
    if source is not None and source.partnership_id != consultation.partnership_id:
        raise ImportRejected("Choose a source of your own partnership.")
    recodes = recodes_merged(
        source.recodes if source else {}, recodes_check(recodes, consultation=consultation)
    )
    checker = _RowChecker(consultation=consultation, mapping=mapping, today=today, recodes=recodes)
    reader = csv.reader(io.StringIO(csv_decode(file_bytes=file_bytes, max_bytes=max_bytes)))
    problems: list[str] = []
    rows: list[tuple[Response, list[Answer]]] = []
    try:
        next(reader)
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                problems.append(
                    f"Line {line}: it has {len(cells)} columns, the first line has {len(header)}."
                )
                continue
            checked = checker.check(dict(zip(header, cells, strict=True)), problems, line)
            if checked is not None:
                rows.append(checked)
            if len(rows) > MAX_IMPORT_ROWS:
                raise ImportRejected(
                    f"The file has more than {MAX_IMPORT_ROWS} rows: split it and try again."
                )
    except csv.Error as error:
        problems.append(f"Line {reader.line_num}: it could not be read as CSV ({error}).")
    if problems:
        raise _rejected(problems)
    if not rows:
        raise ImportRejected("The file has no answers to import: it has a first line and nothing else.")
    return _save(
        consultation=consultation,
        rows=rows,
        sha256=sha256,
        user=user,
        today=today,
        source=source,
        recodes=recodes,
    )


IMPORTS_SHOWN = 20


def imports_for_partnership(*, partnership) -> list[ResponseImport]:
    """The latest files imported into ``partnership``'s consultations, with where each came from."""
    return list(
        ResponseImport.objects.filter(consultation__partnership=partnership)
        .select_related("consultation", "source", "source_agency")
        .order_by("-imported_on", "-pk")[:IMPORTS_SHOWN]
    )


def import_source_for(*, partnership, choice: dict) -> ImportSource | None:
    """The source a waiting file was uploaded from: a saved one of ``partnership``, or a new one not yet
    saved (it is saved when its first file is imported). None for an unknown or another partnership's."""
    from youthvoice.partnership.models import Agency

    if "id" in choice:
        return (
            ImportSource.objects.filter(partnership=partnership, pk=choice["id"])
            .select_related("agency")
            .first()
        )
    agency = Agency.objects.filter(partnership=partnership, pk=choice.get("agency")).first()
    name = str(choice.get("name") or "").strip()[:150]
    if agency is None or not name:
        return None
    existing = ImportSource.objects.filter(partnership=partnership, name__iexact=name).first()
    return existing or ImportSource(partnership=partnership, name=name, agency=agency)


def recodes_check(recodes, *, consultation: Consultation) -> dict[str, dict[str, str]]:
    """Recodes from outside, checked: every target one that takes options, every option one of its own."""
    if not recodes:
        return {}
    if not isinstance(recodes, dict):
        raise ImportRejected("The recoding must say, for each column, what each value means.")
    checked: dict[str, dict[str, str]] = {}
    for target, values in recodes.items():
        options = {value for value, _label in target_options(consultation=consultation, target=str(target))}
        if not options or not isinstance(values, dict):
            raise ImportRejected(
                f"Values can only be recoded for a question with answers to choose: {target!r}."
            )
        for raw, option in values.items():
            if not isinstance(raw, str) or not isinstance(option, str) or (option and option not in options):
                raise ImportRejected(f"{option!r} is not one of the answers {target!r} can take.")
            checked.setdefault(target, {})[label_key(raw)] = option
    return checked


def recodes_merged(*layers: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for layer in layers:
        for target, values in (layer or {}).items():
            merged.setdefault(target, {}).update(values)
    return merged


def unmatched_values(
    *,
    consultation: Consultation,
    file_bytes: bytes,
    mapping: dict[str, str],
    recodes: dict[str, dict[str, str]] | None = None,
) -> list[dict]:
    """For each column mapped to answers with options, the values in the file that match no option (after
    the usual reading: case, punctuation, "the", ages in years) and no recoding yet, most frequent first,
    with the options they could be recoded to. Nothing is saved."""
    recodes = recodes or {}
    checker = _RowChecker(consultation=consultation, mapping=mapping, today=timezone.localdate())
    reader = csv.reader(io.StringIO(csv_decode(file_bytes=file_bytes)))
    header = next(reader, [])
    columns = {
        n: (name, mapping[name])
        for n, name in enumerate(header)
        if name in mapping and target_options(consultation=consultation, target=mapping[name])
    }
    counts: dict[int, Counter] = {n: Counter() for n in columns}
    spelling: dict[str, str] = {}  # one value per meaning: the first spelling met
    try:
        for cells in reader:
            for n, (name, target) in columns.items():
                raw = cells[n].strip() if n < len(cells) else ""
                if not raw:
                    continue
                parts = [raw]
                question = checker.questions.get(name)
                if question is not None and question.kind in (Question.Kind.MULTIPLE, Question.Kind.PLACE):
                    for separator in MULTIPLE_SEPARATORS:
                        if separator in raw:
                            parts = [p.strip() for p in raw.split(separator) if p.strip()]
                            break
                for part in parts:
                    key = label_key(part)
                    if key not in recodes.get(target, {}) and not _matches(checker, name, part):
                        counts[n][spelling.setdefault(key, part)] += 1
    except csv.Error:
        pass  # the import itself reports the broken line
    return [
        {
            "column": name,
            "target": target,
            "options": target_options(consultation=consultation, target=target),
            "values": counts[n].most_common(MAX_UNMATCHED_SHOWN),
            "more": max(0, len(counts[n]) - MAX_UNMATCHED_SHOWN),
        }
        for n, (name, target) in columns.items()
        if counts[n]
    ]


def _matches(checker: _RowChecker, column: str, raw: str) -> bool:
    key = label_key(raw)
    if column in checker.choice_lookups:
        return key in checker.choice_lookups[column]
    if column in checker.demographic_lookups:
        if key in checker.demographic_lookups[column]:
            return True
        if checker.demographics[column] == "age_band":
            try:
                return age_band_for(raw) is not None
            except ValueError:
                return False
        return False
    return key in checker.localities or key == label_key(PREFER_NOT_TO_SAY)


def _save(
    *, consultation, rows, sha256: str, user, today: datetime.date, source=None, recodes=None
) -> ResponseImport:
    for _attempt in range(5):
        try:
            with transaction.atomic():
                record = ResponseImport.objects.create(
                    consultation=consultation,
                    source=source,
                    source_agency=source.agency if source else None,
                    sha256=sha256,
                    row_count=len(rows),
                    imported_by=user if getattr(user, "pk", None) else None,
                    imported_on=today,
                )
                if source is not None and recodes != source.recodes:
                    source.recodes = recodes
                    source.save(update_fields=["recodes", "updated_at"])
                responses = []
                for response, _answers in rows:
                    response.pk = None
                    response.reference_code = reference_code_new()
                    responses.append(response)
                Response.objects.bulk_create(responses, batch_size=1000)
                for _response, row_answers in rows:
                    for answer in row_answers:
                        answer.pk = None
                answers_create(rows=rows)
                ImportedComment.objects.bulk_create(
                    [
                        ImportedComment(response=response, column=comment.column, text=comment.text)
                        for response, _answers in rows
                        for comment in getattr(response, "imported_comments_pending", ())
                    ],
                    batch_size=1000,
                )
                return record
        except IntegrityError as error:
            if ResponseImport.objects.filter(consultation=consultation, sha256=sha256).exists():
                raise ImportRejected("This file has already been imported into this consultation.") from error
            # Otherwise a reference code collided with another response: draw new ones.
    raise ImportRejected("The file could not be imported just now. Please try again.")
