"""What every page a young person sees shares: their language, the switcher, easy read and quick exit.

The choice lives in the young person's session (``core.languages``), never in a cookie of its own. Pages
built on ``consultations/young_person_base.html`` render through ``young_person_render``; views that are
not the journey wrap themselves in ``young_person_page``, which applies ``?lang=`` and ``?easy=`` (then
reloads without them) and renders the view in the chosen language.
"""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import translation

from youthvoice.core.languages import (
    DEFAULT_LANGUAGE,
    UnknownLanguage,
    easy_read_choose,
    easy_read_on,
    journey_language,
    journey_language_choose,
    language_is_placeholder,
    languages_for_young_people,
)


def switch_url(request, **params) -> str:
    """This page's address with ``params`` (e.g. lang=cy) in place of any language or easy-read choice."""
    query = {k: v for k, v in request.GET.items() if k not in ("lang", "easy")}
    return request.path + "?" + urlencode({**query, **params})


def young_person_context(request) -> dict:
    """Language (and direction), switcher links and modes; ``request.journey_languages`` narrows the
    languages offered (a consultation offers only those it is complete in)."""
    language = translation.get_language() or DEFAULT_LANGUAGE
    offered = getattr(request, "journey_languages", None) or languages_for_young_people()
    return {
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "yp_language": language,
        "yp_rtl": translation.get_language_bidi(),
        "yp_placeholder_language": language_is_placeholder(language),
        "yp_language_not_offered": getattr(request, "journey_language_not_offered", ""),
        "yp_languages": [
            {"code": code, "name": name, "current": code == language, "url": switch_url(request, lang=code)}
            for code, name in offered
        ],
        "yp_easy_read": easy_read_on(request.session),
        "yp_easy_read_url": switch_url(request, easy="0" if easy_read_on(request.session) else "1"),
    }


def young_person_render(request, template: str, context: dict, status: int = 200):
    return render(request, template, {**young_person_context(request), **context}, status=status)


def modes_choose(request) -> str | None:
    """Apply ``?lang=`` and ``?easy=`` to the session. Returns a problem to show, or None when applied."""
    if "lang" in request.GET:
        try:
            journey_language_choose(request.session, code=request.GET["lang"])
        except UnknownLanguage:
            return "language"
    if "easy" in request.GET:
        if request.GET["easy"] not in ("0", "1"):
            return "easy"
        easy_read_choose(request.session, on=request.GET["easy"] == "1")
    return None


def without_modes(request) -> str:
    query = {k: v for k, v in request.GET.items() if k not in ("lang", "easy")}
    return request.path + ("?" + urlencode(query) if query else "")


def young_person_page(view):
    """A page young people read outside the journey, shown in their language where it is offered (else
    English). ``?lang=`` or ``?easy=`` changes the choice and reloads; a bad value is simply ignored."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "GET" and ("lang" in request.GET or "easy" in request.GET):
            modes_choose(request)
            return redirect(without_modes(request))
        language = journey_language(request.session)
        if language not in dict(languages_for_young_people()):
            language = DEFAULT_LANGUAGE
        request.journey_language = language
        with translation.override(language):
            return view(request, *args, **kwargs)

    return wrapped
