"""The share kit (staff) and the channel links it hands out (young people); ``share`` namespace."""

from django.urls import path

from youthvoice.consultations import share_views

app_name = "share"

urlpatterns = [
    path("c/<slug:slug>/via/<str:code>/", share_views.arrive, name="arrive"),
    path("staff/consultations/<int:pk>/share/", share_views.share_kit, name="kit"),
    path("staff/consultations/<int:pk>/preview/", share_views.preview, name="preview"),
    path("staff/consultations/<int:pk>/share/<slug:channel>/qr.<str:kind>", share_views.share_qr, name="qr"),
    path(
        "staff/consultations/<int:pk>/share/<slug:channel>/poster.pdf",
        share_views.share_poster,
        name="poster",
    ),
]
