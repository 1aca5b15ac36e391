"""URLs of coding: the coding screen, the codebook and a second coder (``insights`` namespace, under
/staff/insights/coding/)."""

from django.urls import path

from youthvoice.insights.coding import codebook_views, second_coding_views
from youthvoice.insights.coding import views as coding_views

urlpatterns = [
    path("coding/", coding_views.coding_index, name="coding"),
    path("coding/<int:consultation_pk>/<int:question_pk>/", coding_views.coding_answer, name="coding-answer"),
    path(
        "coding/<int:consultation_pk>/<int:question_pk>/themes/",
        coding_views.coding_theme_add,
        name="coding-theme-add",
    ),
    path(
        "coding/<int:consultation_pk>/<int:question_pk>/sample/",
        second_coding_views.sample_new,
        name="sample-new",
    ),
    path("coding/codebook/", codebook_views.codebook, name="codebook"),
    path("coding/codebook/<int:theme_pk>/", codebook_views.codebook_theme, name="codebook-theme"),
    path("coding/samples/", second_coding_views.sample_list, name="samples"),
    path(
        "coding/samples/<int:sample_pk>/", second_coding_views.sample_agreement_view, name="sample-agreement"
    ),
    path("coding/samples/<int:sample_pk>/code/", second_coding_views.sample_code, name="sample-code"),
    path(
        "coding/samples/<int:sample_pk>/reconcile/",
        second_coding_views.sample_reconcile_view,
        name="sample-reconcile",
    ),
]
