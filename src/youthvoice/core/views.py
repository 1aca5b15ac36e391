from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from youthvoice.partnership.access import public_view
from youthvoice.partnership.selectors import memberships_for_user


@public_view
def home(request):
    return render(request, "youthvoice/home.html")


# Signed in without a role yet is allowed here: the page tells them to ask their admin for one.
@public_view
@login_required
def staff_home(request):
    return render(
        request, "youthvoice/staff_home.html", {"memberships": memberships_for_user(user=request.user)}
    )


sign_in = public_view(auth_views.LoginView.as_view(redirect_authenticated_user=True))
sign_out = public_view(auth_views.LogoutView.as_view())
