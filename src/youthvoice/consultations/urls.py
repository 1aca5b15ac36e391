from django.urls import path

from youthvoice.consultations import journey_views, translation_views, views

urlpatterns = [
    path("c/exit/", journey_views.quick_exit, name="journey-exit"),
    path("c/<slug:slug>/", journey_views.start, name="journey-start"),
    path("c/<slug:slug>/q/<int:position>/", journey_views.question, name="journey-question"),
    path("c/<slug:slug>/q/<int:position>/before/", journey_views.content_note, name="journey-content-note"),
    path("c/<slug:slug>/about-you/", journey_views.about_you, name="journey-about-you"),
    path("c/<slug:slug>/check/", journey_views.check, name="journey-check"),
    path("c/<slug:slug>/sent/", journey_views.done, name="journey-done"),
    path("c/<slug:slug>/next/", journey_views.next_person, name="journey-next"),
    path("staff/consultations/", views.consultation_list, name="consultation-list"),
    path("staff/consultations/new/", views.consultation_new, name="consultation-new"),
    path("staff/consultations/<int:pk>/", views.consultation_detail, name="consultation-detail"),
    path("staff/consultations/<int:pk>/edit/", views.consultation_edit, name="consultation-edit"),
    path("staff/consultations/<int:pk>/status/", views.consultation_status, name="consultation-status"),
    path("staff/consultations/<int:pk>/questions/new/", views.question_new, name="consultation-question-new"),
    path(
        "staff/consultations/<int:pk>/questions/<int:question_pk>/move/",
        views.consultation_question_move,
        name="consultation-question-move",
    ),
    path("staff/questions/", views.question_bank, name="question-bank"),
    path("staff/translations/", translation_views.overview, name="translations"),
    path("staff/translations/<str:language>/", translation_views.language, name="translations-language"),
    path(
        "staff/translations/<str:language>/questions/<int:pk>/",
        translation_views.question,
        name="translations-question",
    ),
    path(
        "staff/translations/<str:language>/consultations/<int:pk>/",
        translation_views.consultation,
        name="translations-consultation",
    ),
    path("staff/consultations/<int:pk>/open/", views.consultation_open_view, name="consultation-open"),
]
