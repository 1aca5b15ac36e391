"""The one API tree, under /api/: the schema and who-am-I about the API itself, and version 1 of every app's
endpoints under /api/v1/. URL names are in the ``api`` namespace (``api:relayed-voices``)."""

from django.http import HttpResponsePermanentRedirect
from django.urls import include, path, reverse
from django.views.decorators.csrf import csrf_exempt

from youthvoice.consultations import api as consultations_api
from youthvoice.core import api as core_api
from youthvoice.core.access import public_view
from youthvoice.insights import api as insights_api
from youthvoice.language import api as language_api
from youthvoice.voices import api as voices_api

app_name = "api"


@csrf_exempt  # it only points elsewhere; the endpoint it points to checks the caller and the token
@public_view
def language_check_moved(request):
    """The language check's address before it joined version 1: 308 keeps a POST's method and body."""
    return HttpResponsePermanentRedirect(reverse("api:language-check"), preserve_request=True)


version_1 = [
    path("relayed-voices/", voices_api.RelayedVoiceListView.as_view(), name="relayed-voices"),
    path("relayed-voices/<int:pk>/", voices_api.RelayedVoiceDetailView.as_view(), name="relayed-voice"),
    path("consultations/", consultations_api.ConsultationListView.as_view(), name="consultations"),
    path(
        "consultations/<slug:slug>/", consultations_api.ConsultationDetailView.as_view(), name="consultation"
    ),
    path(
        "consultations/<slug:slug>/aggregates/",
        insights_api.ConsultationAggregatesView.as_view(),
        name="consultation-aggregates",
    ),
    path("language/check/", language_api.CheckView.as_view(), name="language-check"),
]

urlpatterns = [
    path("schema/", core_api.SchemaView.as_view(), name="schema"),
    path("whoami/", core_api.WhoAmIView.as_view(), name="whoami"),
    path("v1/", include(version_1)),
    path("language/check/", language_check_moved, name="language-check-moved"),
]
