"""The young person's journey through a consultation; ``journey`` namespace."""

from django.urls import path

from youthvoice.consultations import journey_views

app_name = "journey"

urlpatterns = [
    path("c/exit/", journey_views.quick_exit, name="exit"),
    path("c/<slug:slug>/", journey_views.start, name="start"),
    path("c/<slug:slug>/q/<int:position>/", journey_views.question, name="question"),
    path("c/<slug:slug>/q/<int:position>/before/", journey_views.content_note, name="content-note"),
    path("c/<slug:slug>/about-you/", journey_views.about_you, name="about-you"),
    path("c/<slug:slug>/check/", journey_views.check, name="check"),
    path("c/<slug:slug>/sent/", journey_views.done, name="done"),
    path("c/<slug:slug>/next/", journey_views.next_person, name="next"),
]
