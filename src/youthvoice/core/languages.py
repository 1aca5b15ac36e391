"""Which language and which reading mode a young person chose: kept in their session, nothing else.

The journey activates the chosen language for each request (staff pages stay in English). Only languages
in ``settings.LANGUAGES`` can be chosen; anything else is refused with a clear message.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language_bidi, get_language_info

DEFAULT_LANGUAGE = "en"
SESSION_LANGUAGE = "yv_language"
SESSION_EASY_READ = "yv_easy_read"


class UnknownLanguage(Exception):
    """A language code that youthvoice does not offer."""


def languages_offered() -> list[tuple[str, str]]:
    """Every language youthvoice has (staff translate into these)."""
    return list(settings.LANGUAGES)


def languages_for_young_people() -> list[tuple[str, str]]:
    """The languages a young person is offered on general pages: English and each language whose interface
    translation is reviewed (not a placeholder)."""
    return [
        (code, name)
        for code, name in settings.LANGUAGES
        if code == DEFAULT_LANGUAGE
        or not language_is_placeholder(code)
        or settings.YOUTHVOICE_TRY_UNREVIEWED_LANGUAGES
    ]


def language_is_offered(code: str) -> bool:
    return code in dict(settings.LANGUAGES)


def language_is_placeholder(code: str) -> bool:
    return code in settings.YOUTHVOICE_PLACEHOLDER_LANGUAGES


def language_name_in_english(code: str) -> str:
    return get_language_info(code)["name"] if language_is_offered(code) else code


def journey_language(session) -> str:
    code = session.get(SESSION_LANGUAGE, DEFAULT_LANGUAGE)
    return code if language_is_offered(code) else DEFAULT_LANGUAGE


def journey_language_choose(session, *, code: str) -> str:
    if not language_is_offered(code):
        raise UnknownLanguage(code)
    session[SESSION_LANGUAGE] = code
    return code


def easy_read_on(session) -> bool:
    return bool(session.get(SESSION_EASY_READ, False))


def easy_read_choose(session, *, on: bool) -> None:
    session[SESSION_EASY_READ] = on


def current_is_rtl() -> bool:
    return get_language_bidi()
