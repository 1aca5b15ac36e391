from django.urls import path

from youthvoice.language import views

app_name = "language"

urlpatterns = [
    path("staff/language/check/", views.check_page, name="check"),
    path("staff/language/settings/", views.language_settings, name="settings"),
    path("staff/language/glossary/", views.glossary_staff, name="glossary-staff"),
    path("staff/language/glossary/<slug:slug>/", views.glossary_term, name="glossary-term"),
    path("staff/language/definitions/import/", views.definitions_import, name="definitions-import"),
    path("glossary/", views.glossary_index, name="glossary"),
    path("glossary/<slug:partnership>/", views.glossary_public, name="glossary-public"),
]
