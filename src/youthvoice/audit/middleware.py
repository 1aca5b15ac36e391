"""Remember who is making the current request, so signal handlers can name the actor of a change."""

from __future__ import annotations

from contextvars import ContextVar

_current_request: ContextVar = ContextVar("youthvoice_audit_request", default=None)


def current_actor():
    request = _current_request.get()
    user = getattr(request, "user", None) if request is not None else None
    return user if user is not None and user.is_authenticated else None


class AuditActorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)
