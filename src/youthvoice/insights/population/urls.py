"""Population baselines and representation (``insights`` namespace, under /staff/insights/population/)."""

from django.urls import path

from youthvoice.insights.population import views

urlpatterns = [
    path("", views.population, name="population"),
    path("upload/", views.population_upload, name="population-upload"),
]
