from django.urls import path

from youthvoice.feedback import loop_views, public_views, views

app_name = "feedback"

urlpatterns = [
    path("you-said-we-did/", public_views.public_list, name="public-list"),
    path("you-said-we-did/feed.atom", public_views.updates_feed, name="feed"),
    path("you-said-we-did/<slug:slug>/", public_views.public_consultation, name="public-consultation"),
    path("see-what-changed/", public_views.public_lookup, name="lookup"),
    path("staff/you-said-we-did/", views.update_list, name="list"),
    path("staff/you-said-we-did/new/<int:consultation_pk>/", views.update_new, name="new"),
    path("staff/you-said-we-did/<int:pk>/", views.update_detail, name="detail"),
    path("staff/you-said-we-did/<int:pk>/edit/", views.update_edit, name="edit"),
    path("staff/you-said-we-did/<int:pk>/publish/", views.update_publish, name="publish"),
    path(
        "staff/you-said-we-did/<int:pk>/translate/<str:language>/",
        views.update_translate,
        name="translate",
    ),
    path("staff/you-said-we-did/<int:pk>/one-page.pdf", loop_views.one_page, name="one-page"),
    path("staff/you-said-we-did/late/<int:consultation_pk>/", loop_views.delay_new, name="delay-new"),
    path("staff/leaders/", views.leaders_home, name="leaders-home"),
]
