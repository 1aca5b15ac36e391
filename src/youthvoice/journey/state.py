"""A young person's answers in progress, kept in their session until they send them (never in URLs).

Free text is de-identified as soon as it is entered, so even the session store never holds the raw words.
Sending the answers, or the quick exit, clears everything. When the session holds nothing else of the young
person's (nearly always), it ends in the same database statement that stores the answers, and the
confirmation (reference code, whether to show urgent help, the language and reading mode) travels to its page
in a short-lived signed cookie, read once and removed: no session row ever links a reference code to the
second it was saved, and the send and its confirmation page make two fewer round trips (issue 21). Otherwise
(a facilitated device, another journey in progress, a member of staff trying the journey) the confirmation is
kept in the session until its page is shown once.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from youthvoice.consultations.models import Consultation, Question
from youthvoice.core.languages import SESSION_EASY_READ, SESSION_LANGUAGE
from youthvoice.core.middleware import SessionIdleTimeoutMiddleware
from youthvoice.voices.services import DeidentifiedAnswerInput

SESSION_KEY = "yv_journeys"
DONE_KEY = "yv_done"
# What a young person's own session may hold; anything else (a facilitated device, a signed-in member of
# staff trying the journey) means the session is not the journey's to end.
JOURNEY_SESSION_KEYS = frozenset(
    {SESSION_KEY, DONE_KEY, SESSION_LANGUAGE, SESSION_EASY_READ, SessionIdleTimeoutMiddleware.SAVED_AT}
)


@dataclass
class Journey:
    consultation: Consultation
    questions: list[Question]
    state: dict

    # Steps: 1..n are questions; then "about you"; then "check your answers".
    @property
    def answers(self) -> dict[str, dict]:
        return self.state.setdefault("answers", {})

    def answer_for(self, question: Question) -> dict | None:
        return self.answers.get(str(question.pk))

    def save_answer(self, question: Question, *, values: list[str], text: str) -> None:
        if not values and not text:
            self.skip(question)
            return
        self.answers[str(question.pk)] = {"values": values, "text": text}
        self._skipped().discard(question.pk)
        self.state["skipped"] = sorted(self._skipped())

    def skip(self, question: Question) -> None:
        self.answers.pop(str(question.pk), None)
        skipped = self._skipped() | {question.pk}
        self.state["skipped"] = sorted(skipped)

    def _skipped(self) -> set[int]:
        return set(self.state.get("skipped", []))

    def needs_content_note(self, position: int) -> bool:
        question = self.questions[position - 1]
        if not question.sensitive or position in self.state.get("notes", []):
            return False
        return position == 1 or not self.questions[position - 2].sensitive

    def note_seen(self, position: int) -> None:
        notes = set(self.state.get("notes", []))
        # One note covers the run of sensitive questions it introduces.
        while position <= len(self.questions) and self.questions[position - 1].sensitive:
            notes.add(position)
            position += 1
        self.state["notes"] = sorted(notes)

    def end_of_sensitive_run(self, position: int) -> int:
        while position <= len(self.questions) and self.questions[position - 1].sensitive:
            self.skip(self.questions[position - 1])
            position += 1
        return position

    @property
    def about_you(self) -> dict:
        return self.state.setdefault("about_you", {})

    def token(self) -> str:
        if not self.state.get("token"):
            self.state["token"] = secrets.token_urlsafe(32)
        return self.state["token"]

    def new_token(self) -> str:
        self.state["token"] = secrets.token_urlsafe(32)
        return self.state["token"]

    def answer_inputs(self) -> dict[int, DeidentifiedAnswerInput]:
        # The words were de-identified as they were entered (save_answer's callers): not again on sending.
        return {
            int(qid): DeidentifiedAnswerInput(
                values=list(answer.get("values", [])), text=answer.get("text", "")
            )
            for qid, answer in self.answers.items()
        }


def journey_get(session, consultation: Consultation, questions: list[Question]) -> Journey | None:
    state = session.get(SESSION_KEY, {}).get(consultation.slug)
    return Journey(consultation, questions, state) if state is not None else None


def journey_start(session, consultation: Consultation, questions: list[Question]) -> Journey:
    journeys = session.setdefault(SESSION_KEY, {})
    state = journeys.setdefault(consultation.slug, {"answers": {}, "skipped": [], "notes": []})
    session.modified = True
    return Journey(consultation, questions, state)


def journey_touch(session) -> None:
    session.modified = True


def journey_finish(session, consultation: Consultation, *, reference_code: str, urgent: bool) -> None:
    session.get(SESSION_KEY, {}).pop(consultation.slug, None)
    session.setdefault(DONE_KEY, {})[consultation.slug] = {"reference": reference_code, "urgent": urgent}
    session.modified = True


def journey_confirmation_take(session, consultation: Consultation) -> dict | None:
    """The confirmation for ``consultation`` (reference code, urgent), given once and then forgotten."""
    finished = session.get(DONE_KEY, {}).pop(consultation.slug, None)
    if finished is not None:
        session.modified = True
    return finished


def journey_session_spent(session) -> bool:
    """Whether the session holds nothing more of a young person's: no answers in progress, no confirmation
    to show, nothing but their own choices (language, easy read)."""
    return (
        not session.get(SESSION_KEY)
        and not session.get(DONE_KEY)
        and set(session.keys()) <= JOURNEY_SESSION_KEYS
    )


def journey_forget(session, consultation: Consultation, *, answers: bool = True) -> None:
    """Forget the last confirmation for ``consultation``, and answers in progress unless ``answers=False``."""
    if answers:
        session.get(SESSION_KEY, {}).pop(consultation.slug, None)
    session.get(DONE_KEY, {}).pop(consultation.slug, None)
    session.modified = True


def journey_session_ends_on_send(session, consultation: Consultation) -> bool:
    """Whether sending ``consultation``'s answers leaves nothing of the young person's in the session (no
    other journey, no confirmation waiting, nothing but their own choices): then it ends with the send."""
    return (
        set(session.get(SESSION_KEY, {})) <= {consultation.slug}
        and not session.get(DONE_KEY)
        and set(session.keys()) <= JOURNEY_SESSION_KEYS
    )


CONFIRMATION_SALT = "youthvoice.journey.confirmation"
CONFIRMATION_SECONDS = 10 * 60  # long enough to follow the redirect on a slow phone, refused after


def confirmation_cookie_name() -> str:
    # __Host-: only over HTTPS, only for this host, path / (as the session cookie in production).
    return "__Host-youthvoice-sent" if settings.SESSION_COOKIE_SECURE else "youthvoice-sent"


def confirmation_cookie_set(
    response, consultation: Consultation, *, reference_code: str, urgent: bool, language: str, easy_read: bool
) -> None:
    value = signing.dumps(
        {"c": consultation.slug, "r": reference_code, "u": urgent, "l": language, "e": easy_read},
        salt=CONFIRMATION_SALT,
    )
    # A browser-session cookie (gone when the browser closes, as the public page promises of every cookie
    # here); the signature's age bounds it to CONFIRMATION_SECONDS however long the browser stays open.
    response.set_cookie(
        confirmation_cookie_name(),
        value,
        path="/",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def confirmation_cookie_read(request, consultation: Consultation) -> dict | None:
    """The confirmation the send left for ``consultation``: {"reference", "urgent", "language", "easy_read"},
    or None (none, another consultation's, tampered with or expired)."""
    value = request.COOKIES.get(confirmation_cookie_name())
    if not value:
        return None
    try:
        found = signing.loads(value, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_SECONDS)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(found, dict) or found.get("c") != consultation.slug:
        return None
    return {
        "reference": str(found.get("r", "")),
        "urgent": bool(found.get("u")),
        "language": str(found.get("l", "")),
        "easy_read": bool(found.get("e")),
    }


def confirmation_cookie_delete(response) -> None:
    response.delete_cookie(confirmation_cookie_name(), path="/", samesite="Lax")
