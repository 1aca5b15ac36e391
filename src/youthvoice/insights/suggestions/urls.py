"""Suggested themes: runs, their progress and the review of what they found (``insights`` namespace, under
/staff/insights/suggestions/)."""

from django.urls import path

from youthvoice.insights.suggestions import views

urlpatterns = [
    path("", views.suggestion_run_list, name="suggestion-runs"),
    path("<int:run_pk>/", views.suggestion_run, name="suggestion-run"),
    path(
        "<int:run_pk>/status.json",
        views.suggestion_run_status_json,
        name="suggestion-run-status",
    ),
    path(
        "<int:run_pk>/<int:suggestion_pk>/<str:action>/",
        views.suggestion_decide,
        name="suggestion-decide",
    ),
]
