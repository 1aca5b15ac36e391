"""A URL configuration for error-page tests: the real site plus views that fail on purpose."""

from django.core.exceptions import BadRequest, PermissionDenied
from django.urls import include, path

from youthvoice.core.access import public_view
from youthvoice.urls import handler400 as site_handler400
from youthvoice.urls import handler500 as site_handler500


@public_view
def boom(request):
    raise RuntimeError("SECRET-DETAIL database password is hunter2")


@public_view
def refused(request):
    raise PermissionDenied("SECRET-DETAIL internal reason")


@public_view
def bad(request):
    raise BadRequest("SECRET-DETAIL parser state")


handler400 = site_handler400
handler500 = site_handler500

urlpatterns = [
    path("boom/", boom),
    path("refused/", refused),
    path("bad/", bad),
    path("", include("youthvoice.urls")),
]
