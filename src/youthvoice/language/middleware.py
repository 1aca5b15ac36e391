"""A request body over Django's upload limits gets a clear answer, not a bare "Bad Request".

Django refuses such a body when something first reads it (for forms, the CSRF check, before any view) and
answers with a plain 400. This middleware reads form bodies first, exactly as the CSRF check would, and
answers a refused one with a page that says what happened; other bodies (the API's JSON) are judged by their
Content-Length and answered in JSON.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import JsonResponse
from django.shortcuts import render

from youthvoice.language.limits import MAX_TEXT_CHARACTERS

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class RequestTooLargeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST":
            return self.get_response(request)
        if request.META.get("CONTENT_TYPE", "").startswith(FORM_TYPES):
            try:
                request.POST  # noqa: B018 - parse now, as CsrfViewMiddleware is about to
            except (RequestDataTooBig, TooManyFieldsSent):
                return self.refuse(request)
            return self.get_response(request)
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            return self.refuse(request)
        return self.get_response(request)

    def refuse(self, request):
        message = (
            "What you sent is too large. "
            f"Send no more than {MAX_TEXT_CHARACTERS:,} characters of text at a time, or check it in parts."
        )
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=413)
        return render(request, "language/request_too_large.html", {"message": message}, status=413)
