from django.urls import path

from youthvoice.insights.landscape import views as landscape_views

urlpatterns = [
    path("", landscape_views.landscape, name="landscape"),
    path("export.csv", landscape_views.landscape_export, name="landscape-export"),
    path("upload/", landscape_views.landscape_upload, name="landscape-upload"),
    path("upload/template.csv", landscape_views.landscape_template, name="landscape-template"),
]
