"""A date of birth after a cue said in the plural ("DOBs", "dates of birth", "birthdays") is removed as after
one said in the singular (issue 20, session 17). Sentences invented here, none from an evaluation set."""

import pytest

from youthvoice.deidentify.engine import deidentify


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Children's DOBs: 14/03/2011 and 02/09/2013.", ["14/03/2011", "02/09/2013"]),
        ("Dates of birth given as 5 May 2010 and 6 June 2012", ["5 May 2010", "6 June 2012"]),
        ("their birthdays are 01/01/2012 and 02/02/2014", ["01/01/2012", "02/02/2014"]),
        ("DOB's on file: 11.11.2009", ["11.11.2009"]),
    ],
)
def test_dates_after_a_plural_cue_are_removed(text, dates):
    out = deidentify(text)
    for date in dates:
        assert date not in out.text, out.text
    assert "DATE_OF_BIRTH" in {span[2] for span in out.spans}


@pytest.mark.parametrize(
    "text",
    [
        "the dobs were wrong on two systems",
        "Birthdays are hard for children in care",
        "Meeting dates: 12/11/2026 and 19/11/2026.",
    ],
)
def test_a_plural_cue_without_a_date_or_a_date_without_a_cue_is_kept(text):
    assert deidentify(text).text == text
