"""Read a population baseline CSV, reporting every problem with its line number.

The file has the header ``age_band,gender,ethnic_group,locality,count`` (any order, any case) and one row
per group. Groups are written as youthvoice's codes or labels (``11-13`` or ``11 to 13``, ``girl`` or
``Girl or young woman``); "prefer not to say" has no place in a population count. Localities are the
partnership's own, by name. Counts are whole numbers of 0 or more (``1,200`` is read as 1200).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from youthvoice.insights.models import BASELINE_AGE_BANDS, BASELINE_ETHNIC_GROUPS, BASELINE_GENDERS
from youthvoice.partnership.models import Locality, Partnership

HEADER = ("age_band", "gender", "ethnic_group", "locality", "count")
MAX_BYTES = 2 * 1024 * 1024
MAX_ERRORS = 30
MAX_COUNT = 10_000_000
COUNT_PATTERN = re.compile(r"^(\d+|\d{1,3}(,\d{3})+)$")


@dataclass(frozen=True, slots=True)
class BaselineRow:
    line: int
    age_band: str
    gender: str
    ethnic_group: str
    locality: Locality
    count: int


class CSVFileError(ValueError):
    """An uploaded CSV file that cannot be used, with every problem found (each with its line)."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


class BaselineCSVError(CSVFileError):
    pass


class CSVErrors:
    """The problems found in a file, the first ``MAX_ERRORS`` of them kept; raised together at the end."""

    def __init__(self, error_class: type[CSVFileError] = BaselineCSVError) -> None:
        self.messages: list[str] = []
        self.more = 0
        self.error_class = error_class

    def add(self, message: str) -> None:
        if len(self.messages) < MAX_ERRORS:
            self.messages.append(message)
        else:
            self.more += 1

    def raise_if_any(self) -> None:
        if self.messages:
            more = [f"…and {self.more} more problems. Fix those above and upload the file again."]
            raise self.error_class(self.messages + (more if self.more else []))


def _lookup(choices: list[tuple[str, str]]) -> dict[str, str]:
    table = {}
    for value, label in choices:
        table[value.casefold()] = value
        table[label.casefold()] = value
    return table


FIELDS = {
    "age_band": ("age band", _lookup(BASELINE_AGE_BANDS), BASELINE_AGE_BANDS),
    "gender": ("gender", _lookup(BASELINE_GENDERS), BASELINE_GENDERS),
    "ethnic_group": ("ethnic group", _lookup(BASELINE_ETHNIC_GROUPS), BASELINE_ETHNIC_GROUPS),
}
PREFER_NOT_TO_SAY = {"prefer_not_to_say", "prefer not to say"}


def csv_text(
    data: bytes, *, max_bytes: int = MAX_BYTES, error_class: type[CSVFileError] = BaselineCSVError
) -> str:
    """The file as text: refused when empty, too large, a spreadsheet saved as such, or not UTF-8."""
    if not data.strip():
        raise error_class(["The file is empty."])
    if len(data) > max_bytes:
        size, limit = len(data) / 1024 / 1024, max_bytes / 1024 / 1024
        raise error_class([f"The file is {size:.1f} MB; the largest allowed is {limit:g} MB."])
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise error_class(
            [
                'The file is a spreadsheet, not a CSV file. In Excel, choose Save as, then "CSV UTF-8 '
                '(Comma delimited)", and upload that file.'
            ]
        )
    try:
        return data.decode("utf-8-sig")  # a byte order mark from Excel's "CSV UTF-8" is fine
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise error_class(
            [
                f"Line {line}: the file is not UTF-8 text. In Excel, choose Save as, then "
                '"CSV UTF-8 (Comma delimited)", and upload that file.'
            ]
        ) from error


def header_problem(
    *, names: list[str], header: tuple[str, ...], shown: list[str] | None = None
) -> str | None:
    """The line-1 message when the header's ``names`` (stripped, case-folded) are not exactly ``header``, or
    None. ``shown``: how each name is quoted back when it is not expected (default: as given)."""
    shown = names if shown is None else shown
    missing = [name for name in header if name not in names]
    unknown = [raw for raw, name in zip(shown, names, strict=True) if name not in header]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if not (missing or unknown or repeated):
        return None
    problems = []
    if missing:
        problems.append(f"missing {', '.join(missing)}")
    if unknown:
        problems.append(f"not expected {', '.join(repr(n) for n in unknown)}")
    if repeated:
        problems.append(f"repeated {', '.join(repeated)}")
    return f"Line 1: the header must be {','.join(header)} ({'; '.join(problems)})."


def parse_population_csv(*, data: bytes, partnership: Partnership) -> list[BaselineRow]:
    """Every row of the file, checked; raises :class:`BaselineCSVError` with all the problems found."""
    text = csv_text(data)
    if "\x00" in text:
        raise BaselineCSVError(["The file is not a CSV file (it contains binary data)."])
    reader = csv.reader(io.StringIO(text, newline=""))
    errors = CSVErrors()
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise BaselineCSVError(["The file has no header line."]) from None
    names = [name.strip().casefold() for name in header]
    problem = header_problem(names=names, header=HEADER)
    if problem:
        raise BaselineCSVError([problem])
    position = {name: names.index(name) for name in HEADER}
    localities = {
        locality.name.strip().casefold(): locality
        for locality in Locality.objects.filter(partnership=partnership)
    }
    seen: dict[tuple, int] = {}
    rows: list[BaselineRow] = []
    line = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.add(f"Line {reader.line_num}: the line cannot be read as CSV ({error}).")
            break
        line = reader.line_num
        if not any(field.strip() for field in record):
            continue
        if len(record) != len(HEADER):
            errors.add(f"Line {line}: expected {len(HEADER)} values, found {len(record)}.")
            continue
        row = _check_row(line, {name: record[position[name]].strip() for name in HEADER}, localities, errors)
        if row is None:
            continue
        key = (row.age_band, row.gender, row.ethnic_group, row.locality.pk)
        if key in seen:
            errors.add(f"Line {line}: the same group as line {seen[key]}; give each group once.")
            continue
        seen[key] = line
        rows.append(row)
    if not rows and not errors.messages:
        errors.add("The file has a header but no rows of figures.")
    if rows and not errors.messages and sum(row.count for row in rows) == 0:
        errors.add("Every count is 0: there is no population to compare with.")
    errors.raise_if_any()
    return rows


def _check_row(line: int, values: dict[str, str], localities: dict, errors: CSVErrors) -> BaselineRow | None:
    ok = True
    checked: dict[str, object] = {}
    for name, (words, lookup, choices) in FIELDS.items():
        raw = values[name]
        if raw.casefold() in PREFER_NOT_TO_SAY:
            errors.add(f'Line {line}: {words} cannot be "prefer not to say" in a population count.')
            ok = False
        elif raw.casefold() not in lookup:
            allowed = ", ".join(value for value, _ in choices)
            shown = f'"{raw}"' if raw else "nothing"
            errors.add(f"Line {line}: {words} is {shown}; it must be one of {allowed}.")
            ok = False
        else:
            checked[name] = lookup[raw.casefold()]
    locality = localities.get(values["locality"].casefold())
    if locality is None:
        known = ", ".join(sorted(loc.name for loc in localities.values())) or "none yet: add them first"
        errors.add(
            f'Line {line}: locality "{values["locality"]}" is not one of the partnership\'s ({known}).'
        )
        ok = False
    raw_count = values["count"]
    count = None
    if COUNT_PATTERN.match(raw_count):
        count = int(raw_count.replace(",", ""))
        if count > MAX_COUNT:
            errors.add(f"Line {line}: count {raw_count} is larger than {MAX_COUNT:,}; check the figure.")
            ok = False
    else:
        if re.fullmatch(r"-\s*\d[\d,]*", raw_count):
            errors.add(f"Line {line}: count {raw_count} is negative; counts are 0 or more.")
        else:
            shown = f'"{raw_count}"' if raw_count else "empty"
            errors.add(f"Line {line}: count is {shown}; it must be a whole number, like 120.")
        ok = False
    if not ok:
        return None
    return BaselineRow(line, checked["age_band"], checked["gender"], checked["ethnic_group"], locality, count)
