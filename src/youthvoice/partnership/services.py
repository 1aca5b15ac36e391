"""Who is who: partnerships, agencies, staff accounts and their memberships."""

from django.contrib.auth import get_user_model
from django.db import transaction

from youthvoice.partnership.models import Agency, Membership, Partnership


@transaction.atomic
def membership_grant(*, user, agency: Agency, role: str) -> Membership:
    """Give ``user`` exactly ``role`` at ``agency`` (changing it if they already had another)."""
    membership, _ = Membership.objects.update_or_create(user=user, agency=agency, defaults={"role": role})
    return membership


def staff_user_ensure(
    *, username: str, email: str, first_name: str, last_name: str, password: str, is_superuser: bool = False
):
    """Create a staff account, or leave an existing one as it is (apart from its password)."""
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name},
    )
    user.is_staff = is_superuser
    user.is_superuser = is_superuser
    user.set_password(password)
    user.save()
    return user


def partnership_ensure(*, name: str, slug: str, area: str) -> Partnership:
    partnership, _ = Partnership.objects.get_or_create(slug=slug, defaults={"name": name, "area": area})
    return partnership


def agency_ensure(*, partnership: Partnership, name: str, kind: str) -> Agency:
    agency, _ = Agency.objects.get_or_create(partnership=partnership, name=name, defaults={"kind": kind})
    return agency
