"""The API's access checks read the database's current state on every request: a second-factor device
added or removed, a membership revoked or a partnership joined takes effect on the very next request."""

import pytest
from django.urls import reverse

from tests.partnership.factories import MembershipFactory, PartnershipFactory
from youthvoice.core.access import roles_by_partnership
from youthvoice.core.models import EncryptedTOTPDevice
from youthvoice.partnership.models import Partnership

HEX_KEY = "3132333435363738393031323334353637383930"


def check(client):
    return client.post(
        reverse("api:language-check"), {"text": "Seen at home."}, content_type="application/json"
    )


@pytest.mark.django_db
def test_a_device_added_or_removed_and_a_membership_revoked_count_on_the_next_request(client):
    membership = MembershipFactory(role="practitioner")
    client.force_login(membership.user)
    assert check(client).status_code == 200
    EncryptedTOTPDevice.objects.create(user=MembershipFactory().user, name="theirs", key=HEX_KEY)
    assert check(client).status_code == 200

    device = EncryptedTOTPDevice.objects.create(user=membership.user, name="phone", key=HEX_KEY)
    refused = check(client)
    assert refused.status_code == 403
    assert "second factor" in refused.json()["detail"]

    device.confirmed = False  # an enrolment not finished asks for nothing yet
    device.save()
    assert check(client).status_code == 200
    device.delete()
    assert check(client).status_code == 200

    membership.delete()
    refused = check(client)
    assert refused.status_code == 403
    assert "second factor" not in refused.json()["detail"]


@pytest.mark.django_db
def test_a_member_of_several_partnerships_works_in_the_first_by_name_whatever_order_they_joined(client):
    later = MembershipFactory(
        role="practitioner", agency__partnership=PartnershipFactory(name="Zeta", slug="z")
    )
    client.force_login(later.user)
    assert client.get(reverse("api:whoami")).json()["partnership"] == "z"

    MembershipFactory(
        user=later.user, role="analyst", agency__partnership=PartnershipFactory(name="Alpha", slug="a")
    )
    whoami = client.get(reverse("api:whoami")).json()
    assert (whoami["partnership"], whoami["roles"]) == ("a", ["analyst"])

    session = client.session
    session["partnership_id"] = later.agency.partnership.pk
    session.save()
    whoami = client.get(reverse("api:whoami")).json()
    assert (whoami["partnership"], whoami["roles"]) == ("z", ["practitioner"])


@pytest.mark.django_db
def test_roles_are_read_with_whole_partnerships_as_the_orm_reads_them():
    membership = MembershipFactory(role="leader")
    partnership = membership.agency.partnership
    MembershipFactory(user=membership.user, agency__partnership=partnership, role="analyst")
    other = MembershipFactory(user=membership.user, role="admin")
    MembershipFactory(agency=membership.agency, role="admin")  # someone else's

    roles = roles_by_partnership(user=membership.user)

    assert roles == {partnership: {"leader", "analyst"}, other.agency.partnership: {"admin"}}
    for read in roles:
        fresh = Partnership.objects.get(pk=read.pk)
        assert vars(read).keys() == vars(fresh).keys()  # every field, and nothing more
        for field in Partnership._meta.concrete_fields:
            value, expected = getattr(read, field.attname), getattr(fresh, field.attname)
            assert (value, type(value)) == (expected, type(expected)), field.name
