from django.urls import path

from youthvoice.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("staff/", views.staff_home, name="staff-home"),
    path("staff/sign-in/", views.sign_in, name="login"),
    path("staff/sign-out/", views.sign_out, name="logout"),
    path("staff/two-factor/", views.two_factor_verify, name="two-factor-verify"),
    path("staff/two-factor/set-up/", views.two_factor_set_up, name="two-factor-set-up"),
    path("staff/api-clients/", views.api_clients, name="api-clients"),
    path("staff/api-clients/<int:pk>/revoke/", views.api_client_revoke_view, name="api-client-revoke"),
]
