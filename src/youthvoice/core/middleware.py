import time

from django.conf import settings
from django.utils.cache import add_never_cache_headers


class PermissionsPolicyMiddleware:
    """Tell browsers this site never uses the camera, microphone or location, and opts out of FLoC."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class SessionIdleTimeoutMiddleware:
    """Keep a session alive while it is in use, writing it at most once a minute when nothing else changed.

    A session ends after SESSION_COOKIE_AGE idle. Django's SESSION_SAVE_EVERY_REQUEST would give that by
    writing the session (an UPDATE and a commit) on every request, even a read; this marks an unchanged
    session for saving only when it was last saved ``YOUTHVOICE_SESSION_REFRESH_SECONDS`` ago or more, so
    the idle timeout is that much shorter at worst. It sits just inside SessionMiddleware, which saves.
    """

    SAVED_AT = "_youthvoice_saved_at"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or session.is_empty():
            return response
        now = int(time.time())
        if (
            session.modified
            or now - session.get(self.SAVED_AT, 0) >= settings.YOUTHVOICE_SESSION_REFRESH_SECONDS
        ):
            session[self.SAVED_AT] = now
        return response


class NoStoreMiddleware:
    """Every page and API response is ``Cache-Control: no-store`` (with Django's other never-cache headers).

    Staff pages and the API show young people's words, and young people's own pages show their answers:
    none may stay in a shared computer's browser cache, or come back with the Back button after a quick
    exit. Marking everything is simpler and surer than choosing page by page. Static files are served
    (and cached) by WhiteNoise before this middleware is reached.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        add_never_cache_headers(response)
        return response
