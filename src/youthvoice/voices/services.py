"""Writes for responses and relayed voices. Free text is de-identified here, before anything is saved."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.contrib.sessions.models import Session
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from youthvoice.audit.models import AuditEvent
from youthvoice.audit.services import audit_record
from youthvoice.consultations.models import ADULT_AUDIENCES, Audience, Consultation, Question
from youthvoice.consultations.selectors import consultation_takes_answers_now
from youthvoice.deidentify.engine import deidentified
from youthvoice.partnership.models import Locality
from youthvoice.voices.at_once import response_store_at_once
from youthvoice.voices.demographics import DEMOGRAPHIC_FIELDS, PREFER_NOT_TO_SAY, RELATIONSHIPS_BY_AUDIENCE
from youthvoice.voices.models import Answer, PlaceType, Response
from youthvoice.voices.signposting import suggests_immediate_danger

MAX_TEXT_LENGTH = 5000
# The bank's question a practitioner's record of what a young person shared answers (question_bank.yaml).
RELAYED_QUESTION_KEY = "relayed-what-shared"
# The bank's question on the kinds of exploitation seen (the dashboard's "types of exploitation"): a relayed
# voice may answer it too, so what practitioners hear counts in the same figure, with its channel.
RELAYED_KINDS_QUESTION_KEY = "harm-seen"
# No 0/O, 1/I/L, 5/S or 2/Z: a code read out over the phone or copied by hand stays right.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"
REFERENCE_LENGTH = 8


class ResponseError(Exception):
    """Answers that cannot be accepted; the message is fit to show to the person who gave them.

    ``field`` names what was wrong where an API can point at it (e.g. ``answers.where-unsafe``)."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.field = field


class ConsultationNotTakingAnswers(ResponseError):
    pass


class SafeguardingAnswerNeeded(ResponseError):
    """A relayed voice shows a child at risk now, and the referral question is unanswered."""


@dataclass
class AnswerInput:
    values: list[str] = field(default_factory=list)
    text: str = ""

    @property
    def empty(self) -> bool:
        return not self.values and not self.text.strip()


@dataclass
class DeidentifiedAnswerInput(AnswerInput):
    """An answer whose words went through ``deidentify.engine.deidentified`` as they were entered (the young
    person's journey keeps only those in its session), so saving it does not de-identify them a second
    time. Only code builds one: the API and imports make plain ``AnswerInput``s."""


def reference_code_new() -> str:
    """A random code, not derived from anything the young person wrote."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def answer_clean(*, question: Question, answer: AnswerInput, language: str | None = None) -> Answer:
    """Check one answer against its question and return an unsaved, de-identified Answer. ``language``:
    the language the young person answered in, when known (Welsh answers keep their Welsh words)."""
    allowed = {choice["value"] for choice in question.choices}
    values = [str(value) for value in answer.values]
    if question.kind in Question.CHOICE_KINDS:
        unknown = [value for value in values if value not in allowed]
        if unknown:
            raise ResponseError(f"'{question.text}' has no choice called {unknown[0]!r}.")
        if question.kind in (Question.Kind.SINGLE, Question.Kind.SCALE) and len(values) > 1:
            raise ResponseError(f"Choose one answer to '{question.text}'.")
    elif values:
        raise ResponseError(f"'{question.text}' takes words, not choices.")
    text = answer.text or ""
    if text and question.kind not in Question.TEXT_KINDS:
        raise ResponseError(f"'{question.text}' takes a choice, not words.")
    if len(text) > MAX_TEXT_LENGTH:
        raise ResponseError(f"Your answer must be {MAX_TEXT_LENGTH} characters or fewer.")
    return Answer(
        question=question,
        values=values,
        scale_value=int(values[0]) if question.kind == Question.Kind.SCALE and values else None,
        text=(
            text.strip()
            if isinstance(answer, DeidentifiedAnswerInput)
            else deidentified(text, language=language)
        ),
    )


def answers_create(*, rows: Iterable[tuple[Response, Iterable[Answer]]]) -> list[Answer]:
    """Save each response's unsaved answers: the one place answers are made.

    Every answer gets a copy of its response's dashboard columns (``Answer.FROM_RESPONSE``). Nothing else
    may build an ``Answer`` for saving (tests/voices/test_response_copies.py checks every path).
    """
    return Answer.objects.bulk_create(answers_with_copies(rows=rows), batch_size=1000)


def answers_with_copies(*, rows: Iterable[tuple[Response, Iterable[Answer]]]) -> list[Answer]:
    """Each response's answers with their response and its copied columns set, ready to insert (by
    ``answers_create``, or with their response in one statement by ``voices.at_once``)."""
    answers = []
    for response, response_answers in rows:
        for answer in response_answers:
            answer.response = response
            for name in Answer.FROM_RESPONSE:
                setattr(answer, name, getattr(response, name))
            answers.append(answer)
    return answers


# Apps above voices that keep their own copies of a response's dashboard columns register a function here
# (insights does, for codings, in its AppConfig.ready): voices calls them without importing those apps.
RESPONSE_COPY_FOLLOWERS: list[Callable[..., None]] = []


def response_copies_follower_register(follower: Callable[..., None]) -> None:
    """Have ``follower(response=, fields=)`` called whenever a response's copied columns change."""
    if follower not in RESPONSE_COPY_FOLLOWERS:
        RESPONSE_COPY_FOLLOWERS.append(follower)


def response_copies_update(*, response: Response) -> None:
    """Bring the copies of ``response``'s dashboard columns on its answers, and every registered app's
    copies (insights' codings), into step.

    Call it in the transaction that changes the response: on PostgreSQL the foreign key from answers to
    (response, channel, submitted_on) otherwise refuses the commit.
    """
    fields = {name: getattr(response, name) for name in Answer.FROM_RESPONSE}
    Answer.objects.filter(response=response).update(**fields)
    for follower in RESPONSE_COPY_FOLLOWERS:
        follower(response=response, fields=fields)


def demographics_clean(
    *,
    consultation: Consultation | None,
    partnership,
    about_you: dict,
    localities: Sequence[Locality] | None = None,
) -> dict:
    """The response's "about you" fields. ``localities``: the partnership's areas, when the caller has them
    (the journey keeps them in memory); otherwise the chosen area is read from the database."""
    fields: dict = {}
    audience = consultation.audience if consultation is not None else Audience.YOUNG_PEOPLE
    if audience in ADULT_AUDIENCES:
        # An adult is asked none of the young people's questions (their answers would count as a young
        # person's): only how they are connected, if they say, and their area.
        unasked = sorted(name for name in DEMOGRAPHIC_FIELDS if about_you.get(name))
        if unasked:
            raise ResponseError(f"'{unasked[0]}' is not asked of {Audience(audience).label.lower()}.")
        relationship = about_you.get("relationship") or ""
        if relationship and relationship not in RELATIONSHIPS_BY_AUDIENCE[audience]:
            raise ResponseError(f"'{relationship}' is not one of the answers to choose from.")
        fields["respondent_relationship"] = relationship
    else:
        if about_you.get("relationship"):
            raise ResponseError("How someone is connected is asked only of adults.")
        for name, choices in DEMOGRAPHIC_FIELDS.items():
            value = about_you.get(name) or ""
            if value and value not in choices.values:
                raise ResponseError(f"'{value}' is not one of the answers to choose from.")
            fields[name] = value
    locality = about_you.get("locality") or ""
    fields["locality"] = None
    fields["locality_not_said"] = locality == PREFER_NOT_TO_SAY
    if locality and locality != PREFER_NOT_TO_SAY:
        found = None
        if str(locality).isdigit() and localities is not None:
            found = next((known for known in localities if known.pk == int(locality)), None)
        elif str(locality).isdigit():
            found = Locality.objects.filter(partnership=partnership, pk=int(locality)).first()
        if found is None:
            raise ResponseError("That area is not one of the areas to choose from.")
        fields["locality"] = found
    return fields


def response_submit(
    *,
    consultation: Consultation,
    answers: dict[int, AnswerInput],
    about_you: dict,
    token: str,
    channel: str = Consultation.Channel.ONLINE,
    language: str = "en",
    place_type: str = "",
    today: datetime.date | None = None,
    questions: list[Question] | None = None,
    respondent: dict | None = None,
    localities: Sequence[Locality] | None = None,
    session_to_end: str | None = None,
) -> tuple[Response, bool]:
    """Store one young person's answers once. Returns (response, created).

    The same ``token`` always gives the same response: a double click, a refresh or a retry cannot store
    the answers twice (the database's unique constraint decides a race between two requests).
    ``questions``: the consultation's questions, when the caller has just read them (saves a query).
    ``respondent``: for a professional, {"respondent_agency_kind": ..., "respondent_role": ...}.
    ``localities``: the partnership's areas, when the caller has just read them (saves a query).
    ``session_to_end``: the key of the young person's session in the database's session table, deleted with
    the answers in one transaction (on PostgreSQL in the same statement) if and only if they are stored here
    (``created``).
    """
    today = today or timezone.localdate()
    if not token or len(token) > 64:
        raise ResponseError("This form has expired. Check your answers and send them again.")
    # A token already stored is a repeat (a double click, a refresh, a retry): it gets the stored response,
    # whatever has changed since. It is looked for only where the send would not store, so a first send
    # (nearly every send) makes no query for it; the database's unique constraint decides a race.
    at_once = connection.vendor == "postgresql"
    try:
        # Asked of the database: the journey's pages read a copy kept in memory (consultations.journey_cache).
        # On PostgreSQL the statement that stores the answers asks it (voices.at_once).
        if not at_once and not consultation_takes_answers_now(consultation=consultation, today=today):
            raise ConsultationNotTakingAnswers("This consultation is not taking answers.")
        questions = {q.pk: q for q in (consultation.questions.all() if questions is None else questions)}
        cleaned = []
        for question_id, answer in answers.items():
            question = questions.get(int(question_id))
            if question is None:
                raise ResponseError("An answer was for a question that is not in this consultation.")
            if not answer.empty:
                cleaned.append(answer_clean(question=question, answer=answer, language=language))
        demographics = demographics_clean(
            consultation=consultation,
            partnership=consultation.partnership,
            about_you=about_you,
            localities=localities,
        )
    except ResponseError:
        if (existing := _stored_before(token, consultation)) is not None:
            return existing, False
        raise
    for _attempt in range(5):
        response = Response(
            partnership=consultation.partnership,
            consultation=consultation,
            channel=channel,
            submitted_on=today,
            language=language,
            place_type=place_type,
            reference_code=reference_code_new(),
            idempotency_token=token,
            **demographics,
            **(respondent or {}),
        )
        try:
            if at_once:
                # One statement, atomic on its own; inside a caller's transaction, a savepoint keeps a
                # refused insert from ending it.
                with transaction.atomic() if connection.in_atomic_block else nullcontext():
                    with_copies = answers_with_copies(rows=[(response, cleaned)])
                    stored = response_store_at_once(
                        response=response, answers=with_copies, today=today, session_to_end=session_to_end
                    )
                if not stored:
                    if (existing := _stored_before(token, consultation)) is not None:
                        return existing, False
                    raise ConsultationNotTakingAnswers("This consultation is not taking answers.")
            else:
                with transaction.atomic():
                    response.save(force_insert=True)
                    answers_create(rows=[(response, cleaned)])
                    if session_to_end:
                        Session.objects.filter(session_key=session_to_end).delete()
            return response, True
        except IntegrityError:
            if (existing := _stored_before(token, consultation)) is not None:
                return existing, False
            # Otherwise the reference code collided with another response: draw a new one.
    raise ResponseError("Your answers could not be saved just now. Please try again.")


def _stored_before(token: str, consultation: Consultation) -> Response | None:
    """The response a send with this token already stored, if any; a token from another consultation's form
    is an expired form."""
    existing = Response.objects.filter(idempotency_token=token).first()
    if existing is not None and existing.consultation_id != consultation.pk:
        raise ResponseError("This form has expired. Check your answers and send them again.")
    return existing


@dataclass(frozen=True)
class SafeguardingAnswer:
    """For a relayed voice showing a child at risk now: was a referral made, and if not, why not."""

    at_risk_now: bool = False
    referral_made: bool | None = None
    no_referral_reason: str = ""


def safeguarding_clean(*, safeguarding: SafeguardingAnswer | None, texts: list[str]) -> dict:
    """The fields to store. A child at risk now (marked, or suggested by the words) needs an answer."""
    safeguarding = safeguarding or SafeguardingAnswer()
    at_risk = safeguarding.at_risk_now or suggests_immediate_danger(texts)
    if not at_risk:
        return {"at_risk_now": False, "referral_made": None, "no_referral_reason": ""}
    if safeguarding.referral_made is None:
        raise SafeguardingAnswerNeeded("Say whether you made a safeguarding referral.")
    reason = (safeguarding.no_referral_reason or "").strip()
    if safeguarding.referral_made is False and not reason:
        raise SafeguardingAnswerNeeded("Say why you did not make a safeguarding referral.")
    if len(reason) > 2000:
        raise ResponseError("The reason must be 2000 characters or fewer.")
    return {
        "at_risk_now": True,
        "referral_made": safeguarding.referral_made,
        "no_referral_reason": deidentified(reason) if not safeguarding.referral_made else "",
    }


def relayed_question(*, partnership) -> Question | None:
    return Question.objects.filter(partnership=partnership, key=RELAYED_QUESTION_KEY).first()


def relayed_kinds_question(*, partnership) -> Question | None:
    return Question.objects.filter(partnership=partnership, key=RELAYED_KINDS_QUESTION_KEY).first()


def relayed_answers_resolve(
    *, partnership, consultation: Consultation | None, answers: dict[str, AnswerInput]
) -> dict[Question, AnswerInput]:
    """Answers keyed by question key, as questions: the bank's "what did the young person share" question,
    or any question of the consultation the voice is for."""
    allowed = {question.key: question for question in consultation.questions.all()} if consultation else {}
    for relayed in (
        relayed_question(partnership=partnership),
        relayed_kinds_question(partnership=partnership),
    ):
        if relayed is not None:
            allowed.setdefault(relayed.key, relayed)
    resolved: dict[Question, AnswerInput] = {}
    for key, answer in answers.items():
        question = allowed.get(key)
        if question is None:
            where = "this consultation" if consultation else "your partnership's relayed-voice question"
            raise ResponseError(
                f"There is no question {key!r} in {where}. Use the question keys the consultation lists, or "
                f"{RELAYED_QUESTION_KEY!r}.",
                field=f"answers.{key}",
            )
        resolved[question] = answer
    return resolved


def _answers_clean(answers: dict[Question, AnswerInput]) -> tuple[list[Answer], list[Question]]:
    """De-identified answers to save, and the questions whose (empty) answer means "no answer"."""
    cleaned, emptied = [], []
    for question, answer in answers.items():
        try:
            found = answer_clean(question=question, answer=answer) if not answer.empty else None
        except ResponseError as error:
            raise ResponseError(str(error), field=f"answers.{question.key}") from None
        if found is None or (not found.values and not found.text):
            emptied.append(question)
        else:
            cleaned.append(found)
    return cleaned, emptied


def _relayed_checks(*, consent_basis: str, shared_on: datetime.date) -> None:
    if consent_basis not in Response.ConsentBasis.values:
        raise ResponseError(
            "Choose the basis on which the young person's words are shared.", field="consent_basis"
        )
    if shared_on > timezone.localdate():
        raise ResponseError("The date they shared it cannot be in the future.", field="shared_on")


@transaction.atomic
def relayed_voice_record(
    *,
    relayed_by,
    partnership,
    shared_on: datetime.date,
    consent_basis: str,
    question: Question | None = None,
    text: str = "",
    answers: dict[Question, AnswerInput] | None = None,
    consultation: Consultation | None = None,
    about_you: dict | None = None,
    place_type: str = "",
    safeguarding: SafeguardingAnswer | None = None,
) -> Response:
    """Record what a young person shared with a practitioner: de-identified, with the consent basis.

    The words are ``text`` for ``question`` (the page), or ``answers`` by question (the API: the relayed
    question and any of the consultation's). If it shows a child at risk now, the practitioner must say
    whether they made a referral (or why not); youthvoice stores that answer and nothing more: it is not a
    case management system.
    """
    _relayed_checks(consent_basis=consent_basis, shared_on=shared_on)
    if consultation is not None and consultation.partnership_id != partnership.pk:
        raise ResponseError("Choose a consultation from your partnership.", field="consultation")
    if answers is None:
        answers = {question: AnswerInput(text=text)}
    cleaned, _emptied = _answers_clean(answers)
    if not cleaned:
        raise ResponseError("Write what the young person shared.", field="answers")
    raw_texts = [answer.text for answer in answers.values()]
    risk = safeguarding_clean(safeguarding=safeguarding, texts=raw_texts)
    demographics = demographics_clean(
        consultation=consultation, partnership=partnership, about_you=about_you or {}
    )
    if place_type and place_type not in PlaceType.values:
        raise ResponseError("Choose the kind of place from the list.", field="place_type")
    for _attempt in range(5):
        try:
            with transaction.atomic():
                response = Response.objects.create(
                    partnership=partnership,
                    consultation=consultation,
                    channel=Consultation.Channel.RELAYED,
                    submitted_on=shared_on,
                    reference_code=reference_code_new(),
                    relayed_by=relayed_by,
                    consent_basis=consent_basis,
                    place_type=place_type,
                    **risk,
                    **demographics,
                )
                answers_create(rows=[(response, cleaned)])
                return response
        except IntegrityError:
            continue
    raise ResponseError("The record could not be saved just now. Please try again.")


@transaction.atomic
def relayed_voice_correct(
    *,
    response: Response,
    relayed_by,
    shared_on: datetime.date | None = None,
    consent_basis: str | None = None,
    text: str | None = None,
    answers: dict[Question, AnswerInput] | None = None,
    safeguarding: SafeguardingAnswer | None = None,
) -> Response:
    """Let a relayer correct their own relayed voice (an agency's system: its agency's). Corrected words
    are de-identified again. ``text`` replaces the one answer (the page); ``answers`` replace the answers to
    those questions (the API), an empty one removing it. Anything not given stays as it was."""
    from youthvoice.voices.relayers import relayed_voices_of_relayer

    if not relayed_voices_of_relayer(user=relayed_by).filter(pk=response.pk).exists():
        raise ResponseError("You can only correct voices you relayed yourself.")
    shared_on = shared_on if shared_on is not None else response.submitted_on
    consent_basis = consent_basis if consent_basis is not None else response.consent_basis
    _relayed_checks(consent_basis=consent_basis, shared_on=shared_on)
    current = {answer.question: answer for answer in response.answers.select_related("question")}
    if text is not None:
        answers = {next(iter(current)): AnswerInput(text=text)} if current else {}
    cleaned, emptied = _answers_clean(answers or {})
    kept = {question: answer for question, answer in current.items() if question not in emptied}
    for answer in cleaned:
        kept[answer.question] = answer
    if not kept:
        raise ResponseError("Write what the young person shared.", field="answers")
    before = _correctable_state(response, current)
    if safeguarding is None:
        safeguarding = SafeguardingAnswer(
            at_risk_now=response.at_risk_now,
            referral_made=response.referral_made,
            no_referral_reason=response.no_referral_reason,
        )
    raw_texts = [answer.text for answer in (answers or {}).values()]
    raw_texts += [answer.text for question, answer in kept.items() if question not in (answers or {})]
    risk = safeguarding_clean(safeguarding=safeguarding, texts=raw_texts)
    for question in emptied:
        if question in current:
            current[question].delete()
    added = []
    for answer in cleaned:
        existing = current.get(answer.question)
        if existing is None:
            added.append(answer)
        else:
            existing.values, existing.scale_value, existing.text = (
                answer.values,
                answer.scale_value,
                answer.text,
            )
            existing.save(update_fields=["values", "scale_value", "text"])
    response.submitted_on = shared_on
    response.consent_basis = consent_basis
    for name, value in risk.items():
        setattr(response, name, value)
    response.save(update_fields=["submitted_on", "consent_basis", *risk])
    response_copies_update(response=response)
    answers_create(rows=[(response, added)])
    after = _correctable_state(response, kept)  # kept: exactly the answers now stored
    changed = sorted(part for part in before if before[part] != after[part])
    if changed:
        # Which parts changed, never the words: the audit log holds no young person's words.
        audit_record(
            actor=relayed_by,
            action=AuditEvent.Action.CORRECTION,
            target=response,
            reason="Corrected a relayed voice",
            detail={"changed": changed},
        )
    return response


def _correctable_state(response: Response, answers: dict) -> dict:
    return {
        "answers": {
            question.pk: (answer.text, tuple(answer.values or ()), answer.scale_value)
            for question, answer in answers.items()
        },
        "shared_on": response.submitted_on,
        "consent_basis": response.consent_basis,
        "safeguarding": (response.at_risk_now, response.referral_made, response.no_referral_reason),
    }
