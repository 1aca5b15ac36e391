"""Cells for spreadsheets (CSV and XLSX exports) that a spreadsheet will show as text, never run.

One helper for every export (OWASP's CSV injection advice): a text cell that starts like a formula is
prefixed with an apostrophe. Numbers are not text and should be written as numbers, not through this.
"""

CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(CSV_FORMULA_STARTS) else text
