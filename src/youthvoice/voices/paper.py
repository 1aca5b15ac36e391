"""Answers on paper: staff type in a printed questionnaire's answers, channel "paper", once per sheet.

Each printed sheet carries a number. The number becomes the response's idempotency token for that
consultation, so the same sheet typed in twice (by two people, or twice by one) is stored once and the second
attempt is told so. Free text is de-identified like every other answer (``response_submit`` does it).
"""

from __future__ import annotations

import datetime

from django.template.loader import render_to_string

from youthvoice.consultations.models import Consultation
from youthvoice.core.pdf import html_to_pdf
from youthvoice.partnership.models import Locality
from youthvoice.voices.demographics import ABOUT_YOU_LABELS, DEMOGRAPHIC_FIELDS, AgeBand
from youthvoice.voices.models import Response
from youthvoice.voices.services import AnswerInput, ResponseError, response_submit

SHEET_NUMBER_MAX = 99999


class SheetAlreadyEntered(ResponseError):
    def __init__(self, sheet_number: int, response: Response):
        self.sheet_number = sheet_number
        self.response = response
        super().__init__(
            f"Sheet {sheet_number} was already typed in on {response.submitted_on:%-d %B %Y}. "
            "Check the number on the sheet; if it is right, this sheet is done and needs nothing more."
        )


def paper_sheet_token(*, consultation: Consultation, sheet_number: int) -> str:
    return f"paper:{consultation.public_id.hex}:{sheet_number}"


def paper_sheet_number_check(sheet_number) -> int:
    try:
        number = int(str(sheet_number).strip())
    except (TypeError, ValueError):
        raise ResponseError("Enter the sheet number printed at the top of the sheet, like 42.") from None
    if not 1 <= number <= SHEET_NUMBER_MAX:
        raise ResponseError(f"Sheet numbers go from 1 to {SHEET_NUMBER_MAX}.")
    return number


def paper_response_enter(
    *,
    consultation: Consultation,
    sheet_number: int,
    answers: dict[int, AnswerInput],
    about_you: dict,
    today: datetime.date | None = None,
) -> Response:
    """Store one paper sheet's answers; SheetAlreadyEntered if that sheet is in already."""
    number = paper_sheet_number_check(sheet_number)
    if consultation.audience != "young_people":
        raise ResponseError("Paper questionnaires are for consultations with young people.")
    response, created = response_submit(
        consultation=consultation,
        answers=answers,
        about_you=about_you,
        token=paper_sheet_token(consultation=consultation, sheet_number=number),
        channel=Consultation.Channel.PAPER,
        today=today,
    )
    if not created:
        raise SheetAlreadyEntered(number, response)
    return response


SHEETS_PER_PRINT_MAX = 200


def paper_print_range_check(*, first, count) -> tuple[int, int]:
    """The sheet numbers to print: ``count`` sheets from ``first``; ResponseError with what to change."""
    try:
        first, count = int(first), int(count)
    except (TypeError, ValueError):
        raise ResponseError("Enter the first sheet number and how many sheets, as digits.") from None
    if not 1 <= count <= SHEETS_PER_PRINT_MAX:
        raise ResponseError(f"Print between 1 and {SHEETS_PER_PRINT_MAX} sheets at a time.")
    if not first >= 1 or first + count - 1 > SHEET_NUMBER_MAX:
        raise ResponseError(f"Sheet numbers go from 1 to {SHEET_NUMBER_MAX}.")
    return first, count


def paper_sheets_entered(*, consultation: Consultation) -> int:
    return Response.objects.filter(consultation=consultation, channel=Consultation.Channel.PAPER).count()


def paper_about_you(*, consultation: Consultation) -> list[tuple[str, list[str]]]:
    """The journey's optional "about you" questions with their answers, as the sheet prints them (each
    with "prefer not to say"), so paper answers count in representation like online ones."""
    questions = [
        (str(ABOUT_YOU_LABELS[name]), [str(label) for label in choices.labels])
        for name, choices in DEMOGRAPHIC_FIELDS.items()
    ]
    areas = [
        loc.name for loc in Locality.objects.filter(partnership=consultation.partnership).order_by("name")
    ]
    if areas:
        questions.insert(
            2, (str(ABOUT_YOU_LABELS["locality"]), [*areas, str(AgeBand.PREFER_NOT_TO_SAY.label)])
        )
    return questions


def paper_questionnaire_pdf(*, consultation: Consultation, questions, first: int, count: int) -> bytes:
    """``count`` numbered copies of the questionnaire, each starting on a new page."""
    html = render_to_string(
        "voices/paper_questionnaire_pdf.html",
        {
            "consultation": consultation,
            "partnership": consultation.partnership,
            "questions": questions,
            "about_you": paper_about_you(consultation=consultation),
            "sheet_numbers": range(first, first + count),
        },
    )
    return html_to_pdf(html=html)
