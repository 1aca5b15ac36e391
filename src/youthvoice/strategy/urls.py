from django.urls import path

from youthvoice.strategy import views

app_name = "strategy"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("start/", views.start, name="start"),
    path("draft/", views.draft, name="draft"),
    path("draft/next/", views.draft_next, name="draft-next"),
    path("draft/sections/new/", views.section_create, name="section-add"),
    path("draft/sections/<int:pk>/", views.section_edit, name="section-edit"),
    path("draft/sections/<int:pk>/remove/", views.section_remove, name="section-remove"),
    path("draft/publish/", views.publish, name="publish"),
    path("versions/<int:number>/", views.version, name="version"),
    path("versions/<int:number>/changes/", views.changes, name="changes"),
    path("versions/<int:number>.pdf", views.version_pdf, name="version-pdf"),
]
