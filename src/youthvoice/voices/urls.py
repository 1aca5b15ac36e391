from django.urls import path

from youthvoice.voices import (
    facilitation_views,
    help_views,
    import_views,
    paper_views,
    retention_views,
    views,
)

app_name = "voices"

urlpatterns = [
    path("staff/voices/relayed/", views.relayed_list, name="relayed-list"),
    path("c/<slug:slug>/ask-for-help/", help_views.ask_for_help, name="ask-for-help"),
    path("staff/help-requests/", help_views.help_request_list, name="help-requests"),
    path("staff/help-requests/<int:pk>/", help_views.help_request_detail, name="help-request"),
    path("staff/help-requests/<int:pk>/handled/", help_views.help_request_done, name="help-request-done"),
    path("staff/consultations/<int:pk>/paper/", paper_views.paper, name="paper"),
    path(
        "staff/consultations/<int:pk>/paper/sheets.pdf",
        paper_views.paper_questionnaire,
        name="paper-questionnaire",
    ),
    path("staff/consultations/<int:pk>/paper/enter/", paper_views.paper_enter, name="paper-enter"),
    path("staff/consultations/<int:pk>/answer/", paper_views.professional_answer, name="professional-answer"),
    path("staff/voices/relayed/new/", views.relayed_new, name="relayed-new"),
    path("staff/voices/relayed/<int:pk>/", views.relayed_edit, name="relayed-edit"),
    path("staff/sessions/", facilitation_views.session_list, name="facilitated-list"),
    path("staff/sessions/new/", facilitation_views.session_new, name="facilitated-new"),
    path(
        "staff/sessions/alerts/<int:alert_id>/checked/",
        facilitation_views.session_alert_check,
        name="facilitated-alert-checked",
    ),
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
