"""The shared device's pages of a young people's panel (``panel`` namespace, outside /staff/): the group's
ranking page, the page after it is saved, and ending the panel with its PIN."""

from django.urls import path

from youthvoice.insights.panel import views as panel_views

app_name = "panel"

urlpatterns = [
    path("panel/<uuid:public_id>/", panel_views.panel_run, name="run"),
    path("panel/<uuid:public_id>/saved/", panel_views.panel_saved, name="saved"),
    path("panel/<uuid:public_id>/end/", panel_views.panel_end, name="end"),
]
