"""Insights' staff pages, under /staff/insights/: each package mounts its own (all in the ``insights``
namespace). The shared device's pages of a young people's panel are outside /staff/
(``insights.panel.public_urls``, mounted by ``youthvoice.urls``)."""

from django.urls import include, path

app_name = "insights"

urlpatterns = [
    path("population/", include("youthvoice.insights.population.urls")),
    path("dashboard/", include("youthvoice.insights.dashboard.urls")),
    path("landscape/", include("youthvoice.insights.landscape.urls")),
    path("", include("youthvoice.insights.coding.urls")),
    path("suggestions/", include("youthvoice.insights.suggestions.urls")),
    path("", include("youthvoice.insights.panel.urls")),
]
