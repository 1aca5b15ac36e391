from django.urls import path

from youthvoice.voices import facilitation_views, import_views, retention_views, views

app_name = "voices"

urlpatterns = [
    path("staff/voices/relayed/", views.relayed_list, name="relayed-list"),
    path("staff/voices/relayed/new/", views.relayed_new, name="relayed-new"),
    path("staff/voices/relayed/<int:pk>/", views.relayed_edit, name="relayed-edit"),
    path("staff/sessions/", facilitation_views.session_list, name="facilitated-list"),
    path("staff/sessions/new/", facilitation_views.session_new, name="facilitated-new"),
    path(
        "staff/sessions/<uuid:public_id>/end/",
        facilitation_views.session_end_staff,
        name="facilitated-end-staff",
    ),
    path("staff/voices/import/", import_views.import_upload, name="responses-import"),
    path("staff/voices/import/map/", import_views.import_map, name="responses-import-map"),
    path("staff/voices/import/cancel/", import_views.import_cancel, name="responses-import-cancel"),
    path("session/<uuid:public_id>/end/", facilitation_views.session_end, name="facilitated-end"),
    path("staff/voices/erasure/", retention_views.erasure_search, name="erasure-search"),
    path("staff/voices/erasure/<int:pk>/", retention_views.erasure_confirm, name="erasure-confirm"),
    path("how-we-look-after-what-you-tell-us/", retention_views.data_protection, name="data-protection"),
]
