"""The young person's journey: no account, short pages, every question skippable, answers kept in the session.

Views are thin: reading which consultation is open is in selectors, storing answers in voices.services.
Every page is marked no-store, so going back after a quick exit asks the server again (and finds nothing).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from youthvoice.consultations.journey_cache import journey_consultation
from youthvoice.consultations.models import ADULT_AUDIENCES
from youthvoice.consultations.selectors import (
    ConsultationClosed,
    ConsultationNotFound,
    ConsultationNotYetOpen,
)
from youthvoice.consultations.sharing import arrived_via
from youthvoice.consultations.translation import (
    consultation_shown,
    question_shown,
    questions_shown,
)
from youthvoice.core.access import public_view
from youthvoice.core.languages import (
    DEFAULT_LANGUAGE,
    easy_read_on,
    journey_language,
    languages_offered,
)
from youthvoice.core.sessions import SessionStore as DatabaseSessionStore
from youthvoice.core.young_pages import modes_choose, without_modes, young_person_render
from youthvoice.deidentify.engine import deidentified
from youthvoice.journey.forms import AboutYouForm, AdultAboutYouForm, QuestionAnswerForm
from youthvoice.journey.state import (
    Journey,
    confirmation_cookie_delete,
    confirmation_cookie_read,
    confirmation_cookie_set,
    journey_confirmation_take,
    journey_finish,
    journey_forget,
    journey_get,
    journey_session_ends_on_send,
    journey_session_spent,
    journey_start,
    journey_touch,
)
from youthvoice.voices.demographics import (
    ABOUT_YOU_LABELS,
    ADULT_ABOUT_YOU_LABELS,
    DEMOGRAPHIC_FIELDS,
    PREFER_NOT_TO_SAY,
    Relationship,
)
from youthvoice.voices.facilitation import (
    SHARED_DEVICE_KEYS,
    facilitated_session_for_device,
    session_alert_raise,
)
from youthvoice.voices.ratelimit import rate_limit_hit
from youthvoice.voices.selectors import response_for_token
from youthvoice.voices.services import ConsultationNotTakingAnswers, ResponseError, response_submit
from youthvoice.voices.signposting import HELP_FOR_ADULTS, suggests_immediate_danger


def _render(request, template: str, context: dict, status: int = 200):
    consultation = context.get("consultation")
    adult = consultation is not None and consultation.audience in ADULT_AUDIENCES
    context = {
        "yp_facilitated": facilitated_session_for_device(request.session),
        # Parents, carers and community members read adult wording and are sent to help for adults.
        "yp_adult": adult,
        "yp_adult_help": HELP_FOR_ADULTS if adult else (),
        **context,
    }
    return young_person_render(request, template, context, status=status)


def _is_adult(consultation) -> bool:
    return consultation.audience in ADULT_AUDIENCES


def _choose_modes(request):
    """?lang=<code> or ?easy=1/0 changes the young person's choice, then the page reloads without it."""
    problem = modes_choose(request)
    if problem == "language":
        return _unavailable(
            request,
            status=400,
            heading=_("We do not have that language"),
            lines=[_("Choose one of the languages at the top of this page.")],
        )
    if problem == "easy":
        return _unavailable(
            request,
            status=400,
            heading=_("This link did not work"),
            lines=[_("Use the easy read link at the top of this page.")],
        )
    return redirect(without_modes(request))


def _unavailable(request, *, status: int, heading: str, lines: list[str], consultation=None, **extra):
    return _render(
        request,
        "journey/unavailable.html",
        {"heading": heading, "lines": lines, "consultation": consultation, **extra},
        status=status,
    )


def _not_yet_open(request, consultation):
    shown = consultation_shown(consultation=consultation, language=translation.get_language())
    opens = date_format(consultation.opens_on, "j F Y")
    return _unavailable(
        request,
        status=200,
        heading=_("This consultation opens on %(date)s") % {"date": opens},
        lines=[
            shown.title,
            _("Come back on %(date)s to take part. It is open until %(closes)s.")
            % {"date": opens, "closes": date_format(consultation.closes_on, "j F Y")},
        ],
    )


def _closed(request, consultation):
    return _unavailable(
        request,
        status=410,
        heading=_("This consultation has closed"),
        lines=[_("It is not taking answers any more. Thank you for wanting to take part.")],
        consultation=consultation,
        # The promised date may have passed: point to what we did (or to our apology) instead.
        feedback_url=reverse("feedback:public-consultation", args=[consultation.slug]),
        feedback_due_passed=consultation.feedback_due_on < timezone.localdate(),
    )


def journey_page(view):
    """Find the open consultation (else a 404 or 410 page); pass it and its questions to ``view``."""

    def wrapped(request, slug: str, *args, **kwargs):
        # Kept on the request too: a page answering a database outage has no session to read it from.
        request.journey_language = journey_language(request.session)
        with translation.override(request.journey_language):
            if request.method == "GET" and ("lang" in request.GET or "easy" in request.GET):
                return _choose_modes(request)
            try:
                # Kept in the worker's memory until staff change it (consultations.journey_cache).
                found = journey_consultation(slug=slug)
            except ConsultationNotYetOpen as not_yet:
                return _not_yet_open(request, not_yet.consultation)
            except ConsultationNotFound:
                return _unavailable(
                    request,
                    status=404,
                    heading=_("We cannot find this consultation"),
                    lines=[
                        _("Check the web address you were given. The consultation may not have opened yet.")
                    ],
                )
            except ConsultationClosed as closed:
                return _closed(request, closed.consultation)
            consultation, questions = found.consultation, list(found.questions)
            # The young person's language only where this consultation is complete and reviewed in it.
            request.journey_languages = list(found.languages)
            request.journey_localities = found.localities
            offered = dict(request.journey_languages)
            if request.journey_language not in offered:
                request.journey_language_not_offered = dict(languages_offered())[request.journey_language]
                request.journey_language = DEFAULT_LANGUAGE
            with translation.override(request.journey_language):
                return view(request, consultation, questions, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return public_view(never_cache(wrapped))


def _question_url(consultation, position: int, *, back_to_check: bool = False) -> str:
    url = reverse("journey:question", args=[consultation.slug, position])
    return url + "?return=check" if back_to_check else url


def _step_url(journey: Journey, position: int) -> str:
    """Where step ``position`` (1-based; past the last question: "about you") lives."""
    if position > len(journey.questions):
        return reverse("journey:about-you", args=[journey.consultation.slug])
    if journey.needs_content_note(position):
        return reverse("journey:content-note", args=[journey.consultation.slug, position])
    return _question_url(journey.consultation, position)


def _require_journey(request, consultation, questions) -> Journey | None:
    return journey_get(request.session, consultation, questions)


@journey_page
def start(request, consultation, questions):
    if request.method == "POST":
        # Starting again forgets the last confirmation (on a shared device, the last person's code).
        journey_forget(request.session, consultation, answers=False)
        journey = journey_start(request.session, consultation, questions)
        return redirect(_step_url(journey, 1))
    return _render(
        request,
        "journey/start.html",
        {
            "consultation": consultation,
            "shown": consultation_shown(consultation=consultation, language=translation.get_language()),
            "question_count": len(questions),
            "minutes": max(2, round(len(questions) * 0.5)),
        },
    )


@journey_page
def question(request, consultation, questions, position: int):
    journey = _require_journey(request, consultation, questions)
    if journey is None:
        return redirect("journey:start", consultation.slug)
    if not 1 <= position <= len(questions):
        return _unavailable(
            request,
            status=404,
            heading=_("This question does not exist"),
            lines=[_("Your answers so far are still saved.")],
            consultation=consultation,
            continue_url=reverse("journey:check", args=[consultation.slug]),
            continue_text=_("Check your answers"),
        )
    item = questions[position - 1]
    shown = question_shown(
        question=item, language=translation.get_language(), easy_read=easy_read_on(request.session)
    )
    back_to_check = request.GET.get("return") == "check"
    back_url = (
        reverse("journey:check", args=[consultation.slug])
        if back_to_check
        else (
            _question_url(consultation, position - 1)
            if position > 1
            else reverse("journey:start", args=[consultation.slug])
        )
    )
    if request.method == "GET" and journey.needs_content_note(position) and not back_to_check:
        return redirect(_step_url(journey, position))
    status = 200
    if request.method == "POST":
        form = QuestionAnswerForm(request.POST, question=item, shown=shown)
        action = request.POST.get("action", "continue")
        if action == "skip":
            journey.skip(item)
            journey_touch(request.session)
            return redirect(_after(journey, position, back_to_check))
        if form.is_valid():
            text = form.written_text()
            # The language the young person chose: a Welsh answer keeps its Welsh words.
            written = deidentified(text, language=translation.get_language())
            journey.save_answer(item, values=form.chosen_values(), text=written)
            journey_touch(request.session)
            return redirect(_after(journey, position, back_to_check))
        if "question" in form.errors:
            return _unavailable(
                request,
                status=400,
                heading=_("This page was out of date"),
                lines=[_("This answer was not saved, but your other answers are. Try this question again.")],
                consultation=consultation,
                continue_url=_question_url(consultation, position, back_to_check=back_to_check),
                continue_text=_("Go back to the question"),
            )
        status = 400
    else:
        saved = journey.answer_for(item) or {}
        initial = {"question": item.pk, "text": saved.get("text", "")}
        if item.kind in (item.Kind.SINGLE, item.Kind.SCALE):
            initial["answer"] = (saved.get("values") or [None])[0]
        else:
            initial["answer"] = saved.get("values", [])
        form = QuestionAnswerForm(initial=initial, question=item, shown=shown)
    return _render(
        request,
        "journey/question.html",
        {
            "consultation": consultation,
            "question": item,
            "shown": shown,
            "form": form,
            "position": position,
            "total": len(questions),
            "back_url": back_url,
            "has_errors": bool(form.errors),
        },
        status=status,
    )


def _after(journey: Journey, position: int, back_to_check: bool) -> str:
    if back_to_check:
        return reverse("journey:check", args=[journey.consultation.slug])
    return _step_url(journey, position + 1)


@journey_page
def content_note(request, consultation, questions, position: int):
    journey = _require_journey(request, consultation, questions)
    if journey is None:
        return redirect("journey:start", consultation.slug)
    if not 1 <= position <= len(questions) or not questions[position - 1].sensitive:
        return redirect(_step_url(journey, min(max(position, 1), len(questions) + 1)))
    if request.method == "POST":
        if request.POST.get("action") == "skip":
            after = journey.end_of_sensitive_run(position)
            journey.note_seen(position)
            journey_touch(request.session)
            return redirect(_step_url(journey, after))
        journey.note_seen(position)
        journey_touch(request.session)
        return redirect(_question_url(consultation, position))
    run_length = 0
    while position + run_length <= len(questions) and questions[position + run_length - 1].sensitive:
        run_length += 1
    back_url = (
        _question_url(consultation, position - 1)
        if position > 1
        else reverse("journey:start", args=[consultation.slug])
    )
    return _render(
        request,
        "journey/content_note.html",
        {"consultation": consultation, "run_length": run_length, "back_url": back_url},
    )


def _about_you_form(consultation, *args, **kwargs):
    if _is_adult(consultation):
        return AdultAboutYouForm(*args, audience=consultation.audience, **kwargs)
    return AboutYouForm(*args, **kwargs)


@journey_page
def about_you(request, consultation, questions):
    journey = _require_journey(request, consultation, questions)
    if journey is None:
        return redirect("journey:start", consultation.slug)
    localities = request.journey_localities
    back_to_check = request.GET.get("return") == "check"
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "skip":
            journey.state["about_you"] = {}
            journey_touch(request.session)
            return redirect("journey:check", consultation.slug)
        form = _about_you_form(consultation, request.POST, localities=localities)
        if form.is_valid():
            journey.state["about_you"] = {name: value for name, value in form.cleaned_data.items() if value}
            journey_touch(request.session)
            return redirect("journey:check", consultation.slug)
        status = 400
    else:
        form = _about_you_form(consultation, initial=journey.about_you, localities=localities)
    back_url = (
        reverse("journey:check", args=[consultation.slug])
        if back_to_check or not questions
        else _question_url(consultation, len(questions))
    )
    return _render(
        request,
        "journey/about_you.html",
        {"consultation": consultation, "form": form, "back_url": back_url, "has_errors": bool(form.errors)},
        status=status,
    )


ABOUT_YOU_ORDER = ("age_band", "gender", "ethnic_group", "locality", "send", "care_experienced")


def _about_label(consultation, name: str) -> str:
    if not _is_adult(consultation):
        return ABOUT_YOU_LABELS[name]
    label = ADULT_ABOUT_YOU_LABELS[name]
    return label[consultation.audience] if isinstance(label, dict) else label


def _check_context(journey: Journey, localities) -> dict:
    consultation = journey.consultation
    rows = []
    removed = False
    shown_questions = questions_shown(questions=journey.questions, language=translation.get_language())
    for position, (item, shown) in enumerate(zip(journey.questions, shown_questions, strict=True), start=1):
        answer = journey.answer_for(item)
        lines = []
        if answer:
            lines = (
                [mark_safe(", ".join(conditional_escape(shown.label_for(v)) for v in answer["values"]))]  # noqa: S308
                if answer.get("values")
                else []
            )
            if answer.get("text"):
                lines.append(answer["text"])
                removed = removed or "[" in answer["text"]
        rows.append(
            {
                "question": item,
                "shown": shown,
                "lines": lines,
                "skipped": not lines,
                "change_url": _question_url(consultation, position, back_to_check=True),
            }
        )
    names = {locality.pk: locality.name for locality in localities}
    about_rows = []
    adult = _is_adult(consultation)
    asked = ["relationship", "locality"] if adult else list(ABOUT_YOU_ORDER)
    for name in asked:
        value = journey.about_you.get(name, "")
        if name == "relationship":
            said = Relationship(value).label if value in Relationship.values else ""
        elif name == "locality":
            said = (
                _("Prefer not to say")
                if value == PREFER_NOT_TO_SAY
                else names.get(int(value))
                if value
                else ""
            )
        else:
            said = DEMOGRAPHIC_FIELDS[name](value).label if value else ""
        about_rows.append({"label": _about_label(consultation, name), "value": said})
    return {
        "consultation": consultation,
        "rows": rows,
        "about_rows": about_rows,
        "about_url": reverse("journey:about-you", args=[consultation.slug]) + "?return=check",
        "removed": removed,
        "back_url": reverse("journey:about-you", args=[consultation.slug]),
    }


@journey_page
def check(request, consultation, questions):
    journey = _require_journey(request, consultation, questions)
    localities = request.journey_localities
    if request.method == "POST":
        return _submit(request, consultation, journey, localities)
    if journey is None:
        return redirect("journey:start", consultation.slug)
    token = journey.token()
    journey_touch(request.session)
    return _render(request, "journey/check.html", {**_check_context(journey, localities), "token": token})


def _submit(request, consultation, journey: Journey | None, localities):
    posted = request.POST.get("token", "")
    facilitated = facilitated_session_for_device(request.session)
    if facilitated is not None and facilitated.consultation_id != consultation.pk:
        facilitated = None
    if journey is None or posted != journey.state.get("token"):
        existing = response_for_token(token=posted)
        if existing is not None and existing.consultation_id == consultation.pk:
            if journey is None:
                # A double click or a refresh after sending: show the same confirmation again.
                _remember_done(request, consultation, existing)
                return redirect("journey:done", consultation.slug)
            return _unavailable(
                request,
                status=409,
                heading=_("These answers were already sent"),
                lines=[
                    _("The answers sent with this form have the reference code %(code)s.")
                    % {"code": existing.reference_code},
                    _("Your new answers are still saved. Check them and send them with the new form."),
                ],
                consultation=consultation,
                continue_url=reverse("journey:check", args=[consultation.slug]),
                continue_text=_("Check your answers"),
            )
        if journey is None:
            return redirect("journey:start", consultation.slug)
        token = journey.new_token()
        journey_touch(request.session)
        context = {**_check_context(journey, localities), "token": token, "has_errors": True}
        context["problem"] = _("This page had expired. Check your answers and send them again.")
        return _render(request, "journey/check.html", context, status=400)
    # Counted only now, with the form's token proved: a post anyone can make never uses up the limit. A shared
    # device in a youth worker's session sends for a whole group: count it on its own, higher limit.
    limited = (
        rate_limit_hit(
            request=request,
            action=f"session:{facilitated.public_id}",
            limit=settings.YOUTHVOICE_SUBMISSIONS_PER_HOUR * 10,
        )
        if facilitated is not None
        else rate_limit_hit(request=request, action="submit")
    )
    if limited:
        response = _unavailable(
            request,
            status=429,
            heading=_("Too many answers from this device"),
            lines=[
                _("We have had a lot of answers from here in the last hour, so we cannot take more now."),
                _("Your answers are still saved on this device. Please try again in an hour."),
            ],
            consultation=consultation,
        )
        response["Retry-After"] = "3600"
        return response
    # Nothing else of theirs in the session: it ends with the send (in the storing statement when sessions
    # live in the database) and the confirmation goes to its page in a signed cookie (journey.state).
    ending = journey_session_ends_on_send(request.session, consultation)
    row_to_end = (
        request.session.session_key if ending and isinstance(request.session, DatabaseSessionStore) else None
    )
    try:
        response, created = response_submit(
            consultation=consultation,
            answers=journey.answer_inputs(),
            about_you=journey.about_you,
            token=posted,
            language=translation.get_language(),
            channel=facilitated.channel
            if facilitated
            else arrived_via(request.session, consultation=consultation),
            place_type=facilitated.place_type if facilitated else "",
            questions=journey.questions,
            localities=localities,
            session_to_end=row_to_end,
        )
    except ConsultationNotTakingAnswers:
        # Closed by staff while this young person was answering (the pages showed a copy kept in memory).
        return _closed(request, consultation)
    except ResponseError as error:
        context = {**_check_context(journey, localities), "token": journey.token(), "has_errors": True}
        context["problem"] = str(error)
        return _render(request, "journey/check.html", context, status=400)
    # Just stored: the words are in the journey, no need to read them back to look for danger. A response
    # found by its token (sent before, e.g. in an outage) is read back: it is what was stored then.
    texts = [answer.text for answer in journey.answer_inputs().values()] if created else None
    if texts is not None and facilitated is not None and suggests_immediate_danger(texts):
        # The youth worker in the room is told someone may need help now (never what was written).
        session_alert_raise(facilitated=facilitated)
    if ending:
        row_gone = bool(created and row_to_end)
        return _sent_with_cookie(request, consultation, response, texts=texts, row_gone=row_gone)
    _remember_done(request, consultation, response, texts=texts)
    return redirect("journey:done", consultation.slug)


def _sent_with_cookie(request, consultation, response, *, texts, row_gone: bool):
    language, easy_read = translation.get_language(), easy_read_on(request.session)
    if row_gone:
        request.session.forget()  # its row went in the statement that stored the answers
    else:
        request.session.flush()
    sent = redirect("journey:done", consultation.slug)
    confirmation_cookie_set(
        sent,
        consultation,
        reference_code=response.reference_code,
        urgent=_urgent(response, texts),
        language=language,
        easy_read=easy_read,
    )
    return sent


def _urgent(response, texts) -> bool:
    """Whether the words sent suggest danger now; ``texts`` None: read back what ``response`` stored."""
    if texts is None:
        texts = response.answers.values_list("text", flat=True)
    return suggests_immediate_danger(texts)


def _remember_done(request, consultation, response, *, texts=None) -> None:
    journey_finish(
        request.session,
        consultation,
        reference_code=response.reference_code,
        urgent=_urgent(response, texts),
    )


@journey_page
def done(request, consultation, questions):
    # From the send's cookie (its session already ended), or kept in the session (a shared device, say). With
    # no session cookie, reading the session makes no query.
    sent = confirmation_cookie_read(request, consultation)
    finished = journey_confirmation_take(request.session, consultation) or sent
    if finished is None:
        return redirect("journey:start", consultation.slug)
    context = {
        "consultation": consultation,
        "reference": finished["reference"],
        "urgent": finished["urgent"],
    }
    language = translation.get_language()
    if sent is not None:
        # The session that held their choices has ended: the cookie carries them to this one page.
        if sent["language"] in dict(request.journey_languages):
            language = request.journey_language = sent["language"]
        context["yp_easy_read"] = sent["easy_read"]
    with translation.override(language):
        context["shown"] = consultation_shown(consultation=consultation, language=language)
        response = _render(request, "journey/done.html", context)
    if sent is not None:
        confirmation_cookie_delete(response)  # shown once
    if journey_session_spent(request.session):
        request.session.flush()  # the row goes: neither the code nor when it was saved stays behind
    return response


@journey_page
@require_POST
def next_person(request, consultation, questions):
    """On a shared device: forget the last person's confirmation and go back to the neutral start page."""
    journey_forget(request.session, consultation)
    return redirect("journey:start", consultation.slug)


# The session cookie is SameSite=Lax, so another site cannot make a browser send it with this POST:
# without CSRF protection the worst a forged request can do is end a session that is not there.
@public_view
@csrf_exempt
@require_POST
def quick_exit(request):
    # On a shared device in a facilitated session (or a young people's panel) the session itself is not
    # personal: it survives the exit, so the next young person can take part; everything the one leaving
    # entered is forgotten.
    device = {key: request.session[key] for key in SHARED_DEVICE_KEYS if request.session.get(key)}
    request.session.flush()
    response = HttpResponse(status=204)
    confirmation_cookie_delete(response)
    if device:
        request.session.update(device)
        response["Clear-Site-Data"] = '"cache", "storage"'
    else:
        # Browsers that honour Clear-Site-Data drop this site's cookies, storage and cache; for the others
        # the cookies are removed here (the flushed session's cookie by SessionMiddleware).
        response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
        response.delete_cookie(
            settings.CSRF_COOKIE_NAME,
            path=settings.CSRF_COOKIE_PATH,
            domain=settings.CSRF_COOKIE_DOMAIN,
            samesite=settings.CSRF_COOKIE_SAMESITE,
        )
    return response
