"""Who is who: a user's memberships and roles."""

from django.db.models import QuerySet

from youthvoice.partnership.models import Membership


def memberships_for_user(*, user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("agency__partnership")


def user_has_role(*, user, roles: set[str], partnership=None) -> bool:
    memberships = Membership.objects.filter(user=user, role__in=roles)
    if partnership is not None:
        memberships = memberships.filter(agency__partnership=partnership)
    return memberships.exists()
