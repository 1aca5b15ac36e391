"""A URL configuration for error-page tests: the real site plus views that fail on purpose."""

from django.core.exceptions import BadRequest, PermissionDenied
from django.urls import include, path

from youthvoice.partnership.access import public_view


@public_view
def boom(request):
    raise RuntimeError("SECRET-DETAIL database password is hunter2")


@public_view
def refused(request):
    raise PermissionDenied("SECRET-DETAIL internal reason")


@public_view
def bad(request):
    raise BadRequest("SECRET-DETAIL parser state")


urlpatterns = [
    path("boom/", boom),
    path("refused/", refused),
    path("bad/", bad),
    path("", include("youthvoice.urls")),
]
