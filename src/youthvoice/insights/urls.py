from django.urls import include, path

from youthvoice.insights.population import views

app_name = "insights"

urlpatterns = [
    path("population/", views.population, name="population"),
    path("population/upload/", views.population_upload, name="population-upload"),
    path("dashboard/", include("youthvoice.insights.dashboard.urls")),
    path("landscape/", include("youthvoice.insights.landscape.urls")),
    path("", include("youthvoice.insights.coding.urls")),
    path("", include("youthvoice.insights.panel.urls")),
]
