import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command

from youthvoice.partnership.models import Agency, Membership, Partnership

pytestmark = pytest.mark.django_db


def counts():
    return (
        Partnership.objects.count(),
        Agency.objects.count(),
        get_user_model().objects.count(),
        Membership.objects.count(),
    )


def test_demo_creates_a_partnership_with_six_agencies_and_a_user_per_role(capsys, rf):
    call_command("demo")
    partnership = Partnership.objects.get()
    assert partnership.agencies.count() == 6
    assert set(Membership.objects.values_list("role", flat=True)) == set(Membership.Role.values)
    out = capsys.readouterr().out
    for role in ["practitioner", "analyst", "leader", "admin"]:
        assert f"{role} / youthvoice-demo" in out
        # django-axes throttles sign-in per request, so authenticate() needs one.
        request = rf.post("/staff/sign-in/")
        assert authenticate(request, username=role, password="youthvoice-demo") is not None


def test_demo_is_idempotent():
    call_command("demo", quiet=True)
    first = counts()
    call_command("demo", quiet=True)
    assert counts() == first


def test_demo_admin_can_use_django_admin():
    call_command("demo", quiet=True)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_staff and admin.is_superuser
    assert not get_user_model().objects.get(username="leader").is_staff


def test_demo_is_refused_in_production(settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="refused in production"):
        call_command("demo")
    assert counts() == (0, 0, 0, 0)
