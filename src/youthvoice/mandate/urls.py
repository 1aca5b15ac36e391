from django.urls import path

from youthvoice.mandate import review_views, views

app_name = "mandate"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("roles/", views.matrix, name="matrix"),
    path("roles/add/", views.responsibility_create, name="responsibility-add"),
    path("roles/<int:pk>/edit/", views.responsibility_edit, name="responsibility-edit"),
    path("roles/<int:pk>/delete/", views.responsibility_delete, name="responsibility-delete"),
    path("champion/", views.champion, name="champion"),
    path("champion/appoint/", views.champion_appoint, name="champion-appoint"),
    path("mandate/", views.mandate, name="mandate"),
    path("mandate.pdf", views.mandate_pdf, name="mandate-pdf"),
    path("assessments/", views.assessments, name="assessments"),
    path("assessments/new/", views.assessment_create, name="assessment-add"),
    path("principles/", views.principles, name="principles"),
    path("principles/seed/", views.principles_seed, name="principles-seed"),
    path("workshops/", views.workshops, name="workshops"),
    path("workshops/new/", views.workshop_create, name="workshop-add"),
    path("workshops/<int:pk>/", views.workshop_detail, name="workshop"),
    path("actions/", views.actions, name="actions"),
    path("actions/export.csv", views.actions_csv, name="actions-csv"),
    path("actions/new/", views.action_create, name="action-add"),
    path("actions/<int:pk>/", views.action_detail, name="action"),
    path("actions/<int:pk>/edit/", views.action_edit, name="action-edit"),
    path("actions/<int:pk>/notes/", views.action_note_add, name="action-note-add"),
    path("scoping/", review_views.scoping, name="scoping"),
    path("scoping/new/", review_views.scoping_create, name="scoping-add"),
    path("scoping/<int:pk>/remove/", review_views.scoping_delete, name="scoping-remove"),
    path("scoping/themes/<int:pk>/remove/", review_views.theme_delete, name="theme-remove"),
    path("scoping/themes/new/", review_views.theme_create, name="theme-add"),
    path("scoping/change-goal/new/", review_views.change_goal_create, name="change-goal-add"),
    path("governance/", review_views.governance, name="governance"),
    path("governance/boards/new/", review_views.governance_board_create, name="governance-board-add"),
    path(
        "governance/boards/<int:pk>/remove/",
        review_views.governance_board_delete,
        name="governance-board-remove",
    ),
    path(
        "governance/boards/<int:pk>/edit/", review_views.governance_board_edit, name="governance-board-edit"
    ),
    path("reviews/", review_views.reviews, name="reviews"),
    path("reviews/new/", review_views.review_create, name="review-add"),
    path("reviews/<int:pk>/", review_views.review_detail, name="review"),
    path("reviews/<int:pk>/complete/", review_views.review_complete, name="review-complete"),
    path("reviews/<int:pk>/answers/<slug:key>/", review_views.review_answer_edit, name="review-answer"),
    path(
        "reviews/<int:pk>/answers/<slug:key>/action/", review_views.review_action_raise, name="review-action"
    ),
]
