from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from youthvoice.partnership.selectors import memberships_for_user


def home(request):
    return render(request, "youthvoice/home.html")


@login_required
def staff_home(request):
    return render(
        request, "youthvoice/staff_home.html", {"memberships": memberships_for_user(user=request.user)}
    )
