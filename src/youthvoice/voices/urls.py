from django.urls import path

from youthvoice.voices import views

urlpatterns = [
    path("staff/voices/relayed/", views.relayed_list, name="relayed-list"),
    path("staff/voices/relayed/new/", views.relayed_new, name="relayed-new"),
    path("staff/voices/relayed/<int:pk>/", views.relayed_edit, name="relayed-edit"),
]
