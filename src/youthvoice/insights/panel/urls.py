"""Staff pages of young people's panels (``insights`` namespace, under /staff/insights/)."""

from django.urls import path

from youthvoice.insights.panel import views as panel_views

urlpatterns = [
    path("panels/", panel_views.panel_list, name="panels"),
    path("panels/new/", panel_views.panel_new, name="panel-new"),
    path("panels/<int:pk>/", panel_views.panel_detail, name="panel"),
    path("panels/<int:pk>/start/", panel_views.panel_start_here, name="panel-start"),
    path("panels/<int:pk>/end/", panel_views.panel_end_staff, name="panel-end-staff"),
]
