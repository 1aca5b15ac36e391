from django.urls import path

from youthvoice.consultations import translation_views, views

app_name = "consultations"

urlpatterns = [
    path("staff/consultations/", views.consultation_list, name="list"),
    path("staff/consultations/new/", views.consultation_new, name="new"),
    path("staff/consultations/<int:pk>/", views.consultation_detail, name="detail"),
    path("staff/consultations/<int:pk>/edit/", views.consultation_edit, name="edit"),
    path("staff/consultations/<int:pk>/status/", views.consultation_status, name="status"),
    path("staff/consultations/<int:pk>/questions/new/", views.question_new, name="question-new"),
    path(
        "staff/consultations/<int:pk>/questions/<int:question_pk>/move/",
        views.consultation_question_move,
        name="question-move",
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
    path("staff/consultations/<int:pk>/open/", views.consultation_open_view, name="open"),
]
