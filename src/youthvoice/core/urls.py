from django.urls import path

from youthvoice.consultations import api as consultations_api
from youthvoice.core import api, views
from youthvoice.insights import api as insights_api
from youthvoice.voices import api as voices_api

urlpatterns = [
    path("", views.home, name="home"),
    path("staff/", views.staff_home, name="staff-home"),
    path("staff/sign-in/", views.sign_in, name="login"),
    path("staff/sign-out/", views.sign_out, name="logout"),
    path("staff/two-factor/", views.two_factor_verify, name="two-factor-verify"),
    path("staff/two-factor/set-up/", views.two_factor_set_up, name="two-factor-set-up"),
    path("staff/api-clients/", views.api_clients, name="api-clients"),
    path("staff/api-clients/<int:pk>/revoke/", views.api_client_revoke_view, name="api-client-revoke"),
    path("api/schema/", api.SchemaView.as_view(), name="api-schema"),
    path("api/whoami/", api.WhoAmIView.as_view(), name="api-whoami"),
    # Version 1 of the agencies' API: relayed voices in, disclosure-controlled aggregates out.
    path("api/v1/relayed-voices/", voices_api.RelayedVoiceListView.as_view(), name="api-relayed-voices"),
    path(
        "api/v1/relayed-voices/<int:pk>/",
        voices_api.RelayedVoiceDetailView.as_view(),
        name="api-relayed-voice",
    ),
    path("api/v1/consultations/", consultations_api.ConsultationListView.as_view(), name="api-consultations"),
    path(
        "api/v1/consultations/<slug:slug>/",
        consultations_api.ConsultationDetailView.as_view(),
        name="api-consultation",
    ),
    path(
        "api/v1/consultations/<slug:slug>/aggregates/",
        insights_api.ConsultationAggregatesView.as_view(),
        name="api-consultation-aggregates",
    ),
]
