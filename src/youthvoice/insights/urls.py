from django.urls import include, path

from youthvoice.insights import views

app_name = "insights"

urlpatterns = [
    path("population/", views.population, name="population"),
    path("population/upload/", views.population_upload, name="population-upload"),
    path("dashboard/", include("youthvoice.insights.urls_dashboard")),
    path("landscape/", include("youthvoice.insights.landscape_urls")),
    path("", include("youthvoice.insights.coding_urls")),
    path("", include("youthvoice.insights.panel_urls")),
]
