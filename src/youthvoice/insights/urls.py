from django.urls import path

from youthvoice.insights import views

app_name = "insights"

urlpatterns = [
    path("population/", views.population, name="population"),
    path("population/upload/", views.population_upload, name="population-upload"),
]
