from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("youthvoice.core.urls")),
    path("admin/", admin.site.urls),
    path("", include("youthvoice.language.urls")),
]
