from django.contrib.auth import views as auth_views
from django.urls import path

from youthvoice.core import views

urlpatterns = [
    path("", views.home, name="home"),
    path("staff/", views.staff_home, name="staff-home"),
    path("staff/sign-in/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("staff/sign-out/", auth_views.LogoutView.as_view(), name="logout"),
]
