from django.urls import path

from youthvoice.feedback import public_views, views

urlpatterns = [
    path("you-said-we-did/", public_views.public_list, name="feedback-public-list"),
    path("you-said-we-did/feed.atom", public_views.updates_feed, name="feedback-feed"),
    path(
        "you-said-we-did/<slug:slug>/", public_views.public_consultation, name="feedback-public-consultation"
    ),
    path("see-what-changed/", public_views.public_lookup, name="feedback-lookup"),
    path("staff/you-said-we-did/", views.update_list, name="feedback-list"),
    path("staff/you-said-we-did/new/<int:consultation_pk>/", views.update_new, name="feedback-new"),
    path("staff/you-said-we-did/<int:pk>/", views.update_detail, name="feedback-detail"),
    path("staff/you-said-we-did/<int:pk>/edit/", views.update_edit, name="feedback-edit"),
    path("staff/you-said-we-did/<int:pk>/publish/", views.update_publish, name="feedback-publish"),
    path("staff/leaders/", views.leaders_home, name="leaders-home"),
]
