import pytest
from django.db import IntegrityError
from django.urls import reverse

from tests.partnership.factories import AgencyFactory, MembershipFactory, PartnershipFactory, UserFactory
from youthvoice.partnership.models import Membership
from youthvoice.partnership.selectors import memberships_for_user, user_has_role
from youthvoice.partnership.services import membership_grant

pytestmark = pytest.mark.django_db


def test_agency_names_are_unique_within_a_partnership_only():
    agency = AgencyFactory(name="Youth Service")
    AgencyFactory(name="Youth Service")  # another partnership may use the same name
    with pytest.raises(IntegrityError):
        AgencyFactory(name="Youth Service", partnership=agency.partnership)


def test_a_user_has_one_role_per_agency():
    membership = MembershipFactory(role=Membership.Role.PRACTITIONER)
    with pytest.raises(IntegrityError):
        MembershipFactory(user=membership.user, agency=membership.agency, role=Membership.Role.LEADER)


def test_granting_a_membership_again_changes_the_role_instead_of_duplicating():
    user = UserFactory()
    agency = AgencyFactory()
    membership_grant(user=user, agency=agency, role=Membership.Role.PRACTITIONER)
    membership_grant(user=user, agency=agency, role=Membership.Role.ANALYST)
    assert list(memberships_for_user(user=user).values_list("role", flat=True)) == ["analyst"]


def test_user_has_role_is_scoped_to_the_partnership():
    membership = MembershipFactory(role=Membership.Role.LEADER)
    other = PartnershipFactory()
    assert user_has_role(user=membership.user, roles={"leader"}, partnership=membership.agency.partnership)
    assert not user_has_role(user=membership.user, roles={"leader"}, partnership=other)
    assert not user_has_role(user=membership.user, roles={"admin"})


def test_partnership_defaults_to_suppressing_counts_below_ten():
    assert PartnershipFactory().disclosure_threshold == 10


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:partnership_partnership_changelist",
        "admin:partnership_agency_changelist",
        "admin:partnership_membership_changelist",
        "admin:partnership_partnership_add",
        "admin:partnership_agency_add",
        "admin:partnership_membership_add",
    ],
)
def test_admin_pages_for_partnership_models_work(admin_client, url_name):
    MembershipFactory()
    response = admin_client.get(reverse(url_name))
    assert response.status_code == 200


def test_admin_can_add_an_agency_through_the_admin(admin_client):
    partnership = PartnershipFactory()
    response = admin_client.post(
        reverse("admin:partnership_agency_add"),
        {
            "partnership": partnership.pk,
            "name": "Vale Police",
            "kind": "police",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content
    assert partnership.agencies.get().name == "Vale Police"


def test_admin_is_closed_to_staff_without_admin_rights(client):
    user = MembershipFactory(role=Membership.Role.LEADER).user
    client.force_login(user)
    response = client.get(reverse("admin:partnership_agency_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_djangos_admin_is_for_the_platform_operator_only(client):
    """A partnership admin, even one given the staff flag and every model permission, cannot use Django's
    admin, so cannot reach another partnership's workshops, thresholds or memberships; the operator can."""
    from django.contrib.auth.models import Permission

    from tests.mandate.factories import WorkshopFactory

    partnership_admin = MembershipFactory(role="admin").user
    partnership_admin.is_staff = True
    partnership_admin.save()
    partnership_admin.user_permissions.set(Permission.objects.all())
    elsewhere = WorkshopFactory(title="Another partnership's workshop")
    change = f"/admin/mandate/workshop/{elsewhere.pk}/change/"
    client.force_login(partnership_admin)
    assert client.get("/admin/", follow=True).status_code == 403
    assert client.get(change, follow=True).status_code == 403
    changed = {"title": "Changed", "held_on": "2025-01-01", "partnership": elsewhere.partnership_id}
    client.post(change, changed)
    elsewhere.refresh_from_db()
    assert elsewhere.title == "Another partnership's workshop"
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(change).status_code == 200
