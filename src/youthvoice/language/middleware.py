"""A request body over Django's DATA_UPLOAD_MAX_MEMORY_SIZE gets a clear answer, not a bare error.

Django refuses such a body when something first reads it (here the CSRF check, before any view), with a
plain "Bad Request". This middleware answers first, from the Content-Length header: a page that says what
happened for people, JSON for the API.
"""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render

from youthvoice.language.limits import MAX_TEXT_CHARACTERS


class RequestTooLargeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        is_upload = request.META.get("CONTENT_TYPE", "").startswith("multipart/")
        if limit is None or length <= limit or is_upload:
            return self.get_response(request)
        message = (
            f"What you sent is too large ({length / 1_000_000:.1f} MB). "
            f"Send no more than {MAX_TEXT_CHARACTERS:,} characters of text at a time."
        )
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=413)
        return render(request, "language/request_too_large.html", {"message": message}, status=413)
