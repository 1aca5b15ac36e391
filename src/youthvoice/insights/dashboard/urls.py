from django.urls import path

from youthvoice.insights.dashboard import views as views_dashboard

urlpatterns = [
    path("", views_dashboard.dashboard, name="dashboard"),
    path("briefing.pdf", views_dashboard.dashboard_briefing, name="dashboard-briefing"),
    path("quotes/<slug:kind>/<str:value>/", views_dashboard.dashboard_quotes, name="dashboard-quotes"),
    path("export/<slug:table>.<str:file_format>", views_dashboard.dashboard_export, name="dashboard-export"),
    # Parents' and carers' and community members' own panels (issue 17).
    path("audience/<slug:audience>/", views_dashboard.dashboard_audience, name="dashboard-audience"),
    path(
        "audience/<slug:audience>/export/<slug:table>.<str:file_format>",
        views_dashboard.dashboard_audience_export,
        name="dashboard-audience-export",
    ),
]
