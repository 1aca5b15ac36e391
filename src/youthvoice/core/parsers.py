"""What the API reads: JSON only, never nested deeper than anything it takes (docs/security.md, V13).

Python's JSON decoder recurses once per level, so a body of 100,000 ``[`` raised RecursionError (a 500); and
a body that parses can still be deep enough to exhaust the recursion of whatever walks it next (hashing it for
an idempotency key, validating it). The API's deepest body is four levels, so twenty is generous.

A body that is not JSON is refused with 415 before anything reads it (``JsonOnlyApiMiddleware``): a form body
read early (by the CSRF check or the request-size check) would otherwise reach DRF as no data at all.
"""

from __future__ import annotations

from django.http import JsonResponse
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_JSON_DEPTH = 20
TOO_DEEP = f"The JSON is nested too deeply: send no more than {MAX_JSON_DEPTH} levels of objects and lists."
NOT_JSON = "The API reads JSON only: send the body with 'Content-Type: application/json'."
API_PREFIX = "/api/"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def json_depth(value) -> int:
    """How many objects and lists are nested at the deepest point of ``value`` (a scalar is 0)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest


class DepthLimitedJSONParser(JSONParser):
    """DRF's JSON parser, refusing nesting deeper than MAX_JSON_DEPTH with a 400 in the API's error shape."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise ParseError(TOO_DEEP) from error
        if json_depth(data) > MAX_JSON_DEPTH:
            raise ParseError(TOO_DEEP)
        return data


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


class JsonOnlyApiMiddleware:
    """A body sent to the API that is not JSON gets 415 in the API's error shape, whoever sends it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(API_PREFIX) and request.method in BODY_METHODS and self._not_json(request):
            return JsonResponse({"detail": NOT_JSON}, status=415)
        return self.get_response(request)

    @staticmethod
    def _not_json(request) -> bool:
        content_type = request.META.get("CONTENT_TYPE", "")
        if content_type:
            return not _is_json(content_type)
        # No type named: only a body (by length, or chunked) is something the API cannot read.
        return request.META.get("CONTENT_LENGTH") not in (None, "", "0") or (
            "HTTP_TRANSFER_ENCODING" in request.META
        )
