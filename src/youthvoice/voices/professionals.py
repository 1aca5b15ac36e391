"""Professionals answer the mirrored questions in the product, so the perception gap fills from it.

A signed-in member of a partner agency answers a professionals' consultation. The response records the kind
of agency and the role, never who: no user, no agency name, nothing that links the answers to a person. A
session mark stops the same person answering twice by accident on one device; it is not a guarantee, and is
not meant to be one (a guarantee would need to link answers to a person).
"""

from __future__ import annotations

import datetime
import secrets

from youthvoice.consultations.models import Audience, Consultation
from youthvoice.partnership.models import Membership
from youthvoice.voices.models import Response
from youthvoice.voices.services import AnswerInput, ResponseError, response_submit

SESSION_KEY = "yv_professional_answered"


class AlreadyAnswered(ResponseError):
    pass


def professional_answer_token() -> str:
    return secrets.token_urlsafe(32)


def professional_has_answered(session, *, consultation: Consultation) -> bool:
    return str(consultation.public_id) in session.get(SESSION_KEY, [])


def professional_response_submit(
    *,
    session,
    consultation: Consultation,
    membership: Membership,
    answers: dict[int, AnswerInput],
    token: str,
    today: datetime.date | None = None,
) -> Response:
    if consultation.audience != Audience.PROFESSIONALS:
        raise ResponseError("This consultation is for young people: professionals answer their own.")
    if membership.agency.partnership_id != consultation.partnership_id:
        raise ResponseError("You can answer only your own partnership's consultations.")
    if professional_has_answered(session, consultation=consultation):
        raise AlreadyAnswered("You have already answered this consultation on this device. Thank you.")
    if all(answer.empty for answer in answers.values()):
        raise ResponseError("Answer at least one question, or leave this page.")
    response, _created = response_submit(
        consultation=consultation,
        answers=answers,
        about_you={},
        token=token,
        respondent={"respondent_agency_kind": membership.agency.kind, "respondent_role": membership.role},
        today=today,
    )
    session[SESSION_KEY] = [*session.get(SESSION_KEY, []), str(consultation.public_id)]
    return response
