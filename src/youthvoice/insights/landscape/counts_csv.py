"""Read an agency's monthly counts CSV, reporting every problem with its line number.

The file has the header ``area,month,measure,count`` (any order, any case; ``locality`` is read as
``area``) and one line per area, month and measure. Areas are the partnership's localities, by name; months
are written ``YYYY-MM`` and must have ended; measures are the codes or labels of ``Measure``; counts are
whole numbers of 0 or more (``1,200`` is read as 1200).

Only totals are taken, never a child's record: a column that looks like personal data (a name, a date of
birth, an address, an identifier) is refused with a message saying so, and so is a full date in the month
column.
"""

from __future__ import annotations

import csv
import datetime
import difflib
import io
import re
from dataclasses import dataclass

from youthvoice.insights.landscape.models import Measure
from youthvoice.insights.population.baseline_csv import (
    COUNT_PATTERN,
    CSVErrors,
    CSVFileError,
    csv_text,
    header_problem,
)
from youthvoice.partnership.models import Locality, Partnership

HEADER = ("area", "month", "measure", "count")
ALIASES = {"locality": "area", "area_name": "area", "locality_name": "area"}
MAX_BYTES = 1024 * 1024
MAX_ROWS = 10_000
MAX_COUNT = 1_000_000
EARLIEST_YEAR = 2000
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
FULL_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
# Words in a column's name that say it holds something about one person, not a total.
PERSONAL_WORDS = {
    "name", "names", "forename", "forenames", "firstname", "surname", "lastname", "fullname", "initials",
    "dob", "birth", "birthday", "born", "age", "address", "postcode", "street", "nhs", "upn", "email",
    "phone", "mobile", "telephone", "child", "childs", "person", "pupil", "id", "identifier", "reference",
    "ref", "gender", "sex", "ethnicity", "school", "nationality",
}  # fmt: skip
PERSONAL_DATA_MESSAGE = (
    "Line 1: column {columns} looks like personal data about a child. This upload takes only monthly "
    "totals by area, never a child's record: remove {them} and any names, dates of birth or other details, "
    "then upload the file again."
)


class LandscapeCSVError(CSVFileError):
    pass


@dataclass(frozen=True, slots=True)
class CountRow:
    line: int
    locality: Locality
    month: datetime.date
    measure: str
    count: int

    @property
    def key(self) -> tuple[int, datetime.date, str]:
        return (self.locality.pk, self.month, self.measure)


def _measures() -> dict[str, str]:
    table = {}
    for value, label in Measure.choices:
        table[value.casefold()] = value
        table[label.casefold()] = value
        table[value.replace("_", " ").casefold()] = value
    table["nrm"] = table["nrm referrals"] = Measure.NRM_REFERRALS
    table["national referral mechanism referrals"] = Measure.NRM_REFERRALS
    return table


MEASURES = _measures()


def _column(name: str) -> str:
    name = re.sub(r"[\s-]+", "_", name.strip().casefold())
    return ALIASES.get(name, name)


def looks_personal(column: str) -> bool:
    words = set(re.split(r"[^a-z]+", column.casefold())) - {""}
    return bool(words & PERSONAL_WORDS) or "dateofbirth" in column.casefold().replace("_", "")


def last_ended_month(today: datetime.date) -> datetime.date:
    return (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def parse_agency_counts_csv(
    *, data: bytes, partnership: Partnership, today: datetime.date | None = None
) -> list[CountRow]:
    """Every line of the file, checked; raises :class:`LandscapeCSVError` with all the problems found."""
    today = today or datetime.date.today()
    text = csv_text(data, max_bytes=MAX_BYTES, error_class=LandscapeCSVError)
    if "\x00" in text:
        raise LandscapeCSVError(["The file is not a CSV file (it contains binary data)."])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise LandscapeCSVError(["The file has no header line."]) from None
    raw_names = [name.strip() for name in header]
    names = [_column(name) for name in raw_names]
    personal = [
        raw for raw, name in zip(raw_names, names, strict=True) if name not in HEADER and looks_personal(raw)
    ]
    if personal:
        columns = ", ".join(f'"{name}"' for name in personal)
        raise LandscapeCSVError(
            [PERSONAL_DATA_MESSAGE.format(columns=columns, them="it" if len(personal) == 1 else "them")]
        )
    problem = header_problem(names=names, header=HEADER, shown=raw_names)
    if problem:
        raise LandscapeCSVError([problem])
    position = {name: names.index(name) for name in HEADER}
    localities = {
        loc.name.strip().casefold(): loc for loc in Locality.objects.filter(partnership=partnership)
    }
    errors = CSVErrors(LandscapeCSVError)
    seen: dict[tuple, int] = {}
    rows: list[CountRow] = []
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
        if len(rows) + len(errors.messages) + errors.more >= MAX_ROWS:
            errors.add(f"The file has more than {MAX_ROWS:,} lines of figures; split it into smaller files.")
            break
        if len(record) != len(HEADER):
            errors.add(f"Line {line}: expected {len(HEADER)} values, found {len(record)}.")
            continue
        values = {name: record[position[name]].strip() for name in HEADER}
        row = _check_row(line, values, localities, today, errors)
        if row is None:
            continue
        if row.key in seen:
            errors.add(
                f"Line {line}: the same area, month and measure as line {seen[row.key]}; give each only once."
            )
            continue
        seen[row.key] = line
        rows.append(row)
    if not rows and not errors.messages:
        errors.add("The file has a header but no lines of figures.")
    errors.raise_if_any()
    return rows


def _closest(name: str, localities: dict[str, Locality]) -> str:
    """Words suggesting the area the person probably meant, or listing the areas there are."""
    if not localities:
        return "There are no areas yet: an admin adds them in Administration."
    close = difflib.get_close_matches(name.casefold(), list(localities), n=1, cutoff=0.6)
    if close:
        return f'Did you mean "{localities[close[0]].name}"?'
    return "The areas are " + ", ".join(sorted(loc.name for loc in localities.values())) + "."


def _check_month(line: int, raw: str, today: datetime.date, errors: CSVErrors) -> datetime.date | None:
    match = MONTH_PATTERN.match(raw)
    if not match:
        if FULL_DATE.match(raw):
            errors.add(
                f'Line {line}: month "{raw}" is a date; write the month as YYYY-MM, like 2025-03. Upload '
                "only monthly totals, never a child's date of birth. (Excel may have changed the month: "
                "format the column as Text.)"
            )
        else:
            shown = f'"{raw}"' if raw else "empty"
            errors.add(f"Line {line}: month is {shown}; write it as YYYY-MM, like 2025-03.")
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        errors.add(f'Line {line}: month "{raw}" has no month {month:02d}; months run from 01 to 12.')
        return None
    if year < EARLIEST_YEAR:
        errors.add(f'Line {line}: month "{raw}" is before {EARLIEST_YEAR}; check the year.')
        return None
    first = datetime.date(year, month, 1)
    if first > today:
        errors.add(f'Line {line}: month "{raw}" is in the future.')
        return None
    if first == today.replace(day=1):
        errors.add(f'Line {line}: month "{raw}" has not ended yet; send its figures once the month is over.')
        return None
    return first


def _check_count(line: int, raw: str, errors: CSVErrors) -> int | None:
    if COUNT_PATTERN.match(raw):
        count = int(raw.replace(",", ""))
        if count > MAX_COUNT:
            errors.add(f"Line {line}: count {raw} is larger than {MAX_COUNT:,}; check the figure.")
            return None
        return count
    if re.fullmatch(r"-\s*\d[\d,.]*", raw):
        errors.add(f"Line {line}: count {raw} is negative; counts are 0 or more.")
    elif re.fullmatch(r"\d[\d,]*\.\d*", raw):
        errors.add(f"Line {line}: count {raw} is not a whole number; counts are whole numbers, like 12.")
    else:
        shown = f'"{raw}"' if raw else "empty"
        errors.add(f"Line {line}: count is {shown}; it must be a whole number, like 12.")
    return None


def _check_row(
    line: int, values: dict[str, str], localities: dict[str, Locality], today, errors: CSVErrors
) -> CountRow | None:
    locality = localities.get(values["area"].casefold())
    if locality is None:
        shown = f'"{values["area"]}"' if values["area"] else "empty"
        hint = _closest(values["area"], localities)
        errors.add(f"Line {line}: area {shown} is not one of the partnership's areas. {hint}")
    month = _check_month(line, values["month"], today, errors)
    measure = MEASURES.get(re.sub(r"\s+", " ", values["measure"]).casefold())
    if measure is None:
        allowed = ", ".join(value for value, _ in Measure.choices)
        shown = f'"{values["measure"]}"' if values["measure"] else "empty"
        errors.add(f"Line {line}: measure is {shown}; it must be one of {allowed}.")
    count = _check_count(line, values["count"], errors)
    if locality is None or month is None or measure is None or count is None:
        return None
    return CountRow(line, locality, month, measure, count)
