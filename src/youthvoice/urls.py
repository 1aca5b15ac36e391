from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("youthvoice.core.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("youthvoice.api_urls")),
    path("staff/partnership/strategy/", include("youthvoice.strategy.urls")),
    path("staff/partnership/", include("youthvoice.mandate.urls")),
    path("staff/audit/", include("youthvoice.audit.urls")),
    path("", include("youthvoice.journey.urls")),
    path("", include("youthvoice.consultations.urls")),
    path("", include("youthvoice.consultations.share_urls")),
    path("", include("youthvoice.voices.urls")),
    path("staff/insights/", include("youthvoice.insights.urls")),
    path("", include("youthvoice.insights.panel.public_urls")),
    path("", include("youthvoice.language.urls")),
    path("", include("youthvoice.feedback.urls")),
]

# A database outage raised by a middleware (e.g. saving the session) is a 503 too, not a 500 or a 400.
handler400 = "youthvoice.core.unavailable.bad_request"
handler500 = "youthvoice.core.unavailable.server_error"
