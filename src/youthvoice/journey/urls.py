"""The young person's journey through a consultation; ``journey`` namespace."""

from django.urls import path

from youthvoice.journey import views

app_name = "journey"

urlpatterns = [
    path("c/exit/", views.quick_exit, name="exit"),
    path("c/<slug:slug>/", views.start, name="start"),
    path("c/<slug:slug>/q/<int:position>/", views.question, name="question"),
    path("c/<slug:slug>/q/<int:position>/before/", views.content_note, name="content-note"),
    path("c/<slug:slug>/about-you/", views.about_you, name="about-you"),
    path("c/<slug:slug>/check/", views.check, name="check"),
    path("c/<slug:slug>/sent/", views.done, name="done"),
    path("c/<slug:slug>/next/", views.next_person, name="next"),
]
