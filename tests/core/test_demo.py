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


def test_demo_is_idempotent(demo):
    first = counts()
    call_command("demo", quiet=True)
    assert counts() == first


def test_the_demo_partnership_admin_is_not_a_superuser_and_django_admin_refuses_them(demo, client):
    users = get_user_model().objects.filter(username__in=["admin", "leader", "analyst", "practitioner"])
    assert users.count() == 4
    assert not users.filter(is_staff=True).exists() and not users.filter(is_superuser=True).exists()
    client.force_login(users.get(username="admin"))
    assert client.get("/staff/").status_code == 200  # still the partnership's admin in youthvoice
    assert client.get("/admin/", follow=True).status_code == 403
    assert client.get("/admin/mandate/workshop/", follow=True).status_code == 403


def test_demo_is_refused_in_production(settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="refused in production"):
        call_command("demo")
    assert counts() == (0, 0, 0, 0)
