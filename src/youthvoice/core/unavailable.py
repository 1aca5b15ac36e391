"""When the database is unavailable (restarting, failing over, out of connections): a 503, never a 500.

A young person who sends their answers while PostgreSQL restarts sees a plain page that says nothing was
lost and to try again in a moment; the answers they already gave stay in their session, and their check
page keeps the same idempotency token, so sending again stores the response exactly once.

Three ways in, one answer (``database_unavailable_response``):
- ``DatabaseUnavailableMiddleware.process_exception``: the error reached a view (the usual case: the
  session is loaded lazily, inside the view).
- ``server_error`` (``handler500``): the error came from a middleware, which Django turns into a 500
  before any middleware could catch it.
- ``bad_request`` (``handler400``): saving the session failed, which Django reports as "the session
  was deleted" (a 400) whatever the database error was.

The page is rendered without the request's context processors and without the session, so it needs
nothing from the database; it is in the young person's language when the journey read it before the outage
(``request.journey_language``). The log line names the error class and the view, never the request's data
or the driver's message (which may quote SQL).
"""

from __future__ import annotations

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.views import defaults

logger = logging.getLogger("youthvoice.unavailable")

# A PostgreSQL restart takes a few seconds; a client that waits this long usually gets through.
RETRY_AFTER_SECONDS = 5
DATABASE_ERRORS = (OperationalError, InterfaceError)


def is_database_unavailable(error: BaseException | None) -> bool:
    return isinstance(error, DATABASE_ERRORS)


def database_error_behind(error: BaseException | None) -> BaseException | None:
    """The database outage that ``error`` was raised while handling, if any.

    Saving a session turns any database error into "the session was deleted" (SessionInterrupted, a
    400): during an outage that would tell a young person their session had gone, which it has not.
    """
    seen = 0
    while error is not None and seen < 10:
        if is_database_unavailable(error):
            return error
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def database_unavailable_response(request, error: BaseException) -> HttpResponse:
    view = getattr(getattr(request, "resolver_match", None), "view_name", None) or "unresolved"
    logger.warning(
        "database unavailable: %s during %s %s; answered 503",
        type(error).__name__,
        request.method,
        view,
    )
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {"detail": "The service is briefly unavailable; try again shortly."},
            status=503,
        )
    else:
        # In the young person's language when the journey had read it before the outage, else English.
        with translation.override(getattr(request, "journey_language", None) or settings.LANGUAGE_CODE):
            html = loader.render_to_string(
                "503.html",
                {
                    "site_name": settings.YOUTHVOICE_SITE_NAME,
                    "quick_exit_url": settings.QUICK_EXIT_URL,
                    "again_url": request.get_full_path(),
                    "was_sending": request.method == "POST",
                    "yp_language": translation.get_language(),
                    "yp_rtl": translation.get_language_bidi(),
                },
            )
        response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        # With DEBUG on (a developer's machine) Django's error page says more than "try again" would.
        if settings.DEBUG or not is_database_unavailable(exception):
            return None
        # The session middleware would read the session again (from the same unavailable database) to
        # set its cookie; without a session it leaves the cookie, and so the young person's answers, alone.
        # It never saves a session on a 5xx response anyway.
        request.__dict__.pop("session", None)
        return database_unavailable_response(request, exception)


def bad_request(request, exception, template_name: str = defaults.ERROR_400_TEMPLATE_NAME):
    """Django's 400 handler, except that a 400 caused by a database outage is a 503."""
    outage = database_error_behind(exception)
    if outage is not None:
        return database_unavailable_response(request, outage)
    return defaults.bad_request(request, exception, template_name)


def server_error(request, template_name: str = defaults.ERROR_500_TEMPLATE_NAME):
    """Django's 500 handler, except that a database outage raised by a middleware is a 503.

    Django calls it while handling the exception, so ``sys.exc_info()`` names the error.
    """
    error = sys.exc_info()[1]
    if is_database_unavailable(error):
        return database_unavailable_response(request, error)
    return defaults.server_error(request, template_name)
