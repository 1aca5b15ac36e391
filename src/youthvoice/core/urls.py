from django.urls import path

from youthvoice.core import views

urlpatterns = [
    path("", views.home, name="home"),
    path("staff/", views.staff_home, name="staff-home"),
    path("staff/sign-in/", views.sign_in, name="login"),
    path("staff/sign-out/", views.sign_out, name="logout"),
]
