"""The signed-in user is read back by one plain statement: the same user the ORM reads, on every request."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.urls import reverse

from tests.partnership.factories import MembershipFactory
from youthvoice.core.auth_backend import UserByPlainStatementBackend


@pytest.mark.django_db
def test_the_user_read_back_equals_the_orms_field_by_field():
    user = MembershipFactory(role="analyst").user
    ours, django_s = UserByPlainStatementBackend().get_user(str(user.pk)), ModelBackend().get_user(user.pk)

    assert ours == django_s
    for field in get_user_model()._meta.concrete_fields:
        mine, theirs = getattr(ours, field.attname), getattr(django_s, field.attname)
        assert (mine, type(mine)) == (theirs, type(theirs)), field.name
    assert (ours._state.adding, ours._state.db) == (django_s._state.adding, django_s._state.db)
    assert set(vars(ours)) == set(vars(django_s))


@pytest.mark.django_db
def test_an_inactive_unknown_or_malformed_user_id_is_nobody():
    user = MembershipFactory().user
    user.is_active = False
    user.save()
    backend = UserByPlainStatementBackend()

    assert backend.get_user(user.pk) is None
    assert backend.get_user(user.pk + 1000) is None
    assert backend.get_user("not a number") is None


@pytest.mark.django_db
def test_signing_in_is_djangos_and_a_change_to_the_user_counts_on_the_next_request(client):
    user = MembershipFactory(role="practitioner", user__username="sam").user
    user.set_password("a long enough passphrase")
    user.save()
    signed_in = client.post(
        reverse("core:login"), {"username": "sam", "password": "a long enough passphrase"}
    )
    assert signed_in.status_code == 302
    assert client.session["_auth_user_backend"] == "youthvoice.core.auth_backend.UserByPlainStatementBackend"
    assert client.get(reverse("api:whoami")).status_code == 200

    user.is_active = False
    user.save()
    assert client.get(reverse("api:whoami")).status_code in (401, 403)
