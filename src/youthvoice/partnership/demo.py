"""Synthetic demo partnership. Every name here is invented; no real person, place or child."""

from youthvoice.partnership.models import Agency, Locality, Membership
from youthvoice.partnership.services import (
    agency_ensure,
    membership_grant,
    partnership_ensure,
    staff_user_ensure,
)

DEMO_PASSWORD = "youthvoice-demo"  # noqa: S105 - a published demo login, refused in production mode

AGENCIES = [
    ("Brackenford Children's Social Care", Agency.Kind.LOCAL_AUTHORITY),
    ("Brackenford and Vale NHS Trust", Agency.Kind.HEALTH),
    ("Vale Constabulary", Agency.Kind.POLICE),
    ("Brackenford Schools Partnership", Agency.Kind.EDUCATION),
    ("Brackenford Youth Service", Agency.Kind.YOUTH_SERVICE),
    ("Safe Harbour Youth Project", Agency.Kind.VCS),
]

LOCALITIES = ["Brackenford Central", "Eastmoor", "Holloway Vale", "Northgate", "Riverside"]

# username, first name, last name, role, agency index
USERS = [
    ("practitioner", "Priya", "Example", Membership.Role.PRACTITIONER, 4),
    ("analyst", "Alex", "Example", Membership.Role.ANALYST, 0),
    ("second-analyst", "Sam", "Example", Membership.Role.ANALYST, 5),  # the second coder of a sample
    ("leader", "Lee", "Example", Membership.Role.LEADER, 0),
    ("admin", "Ada", "Example", Membership.Role.ADMIN, 0),
]


def build(*, context: dict) -> list[str]:
    partnership = partnership_ensure(
        name="Brackenford Child Exploitation Partnership",
        slug="brackenford",
        area="Brackenford (a fictional borough)",
    )
    localities = [
        Locality.objects.get_or_create(partnership=partnership, name=name)[0] for name in LOCALITIES
    ]
    agencies = [agency_ensure(partnership=partnership, name=name, kind=kind) for name, kind in AGENCIES]
    logins = []
    for username, first, last, role, agency_index in USERS:
        user = staff_user_ensure(
            username=username,
            email=f"{username}@example.org",
            first_name=first,
            last_name=last,
            password=DEMO_PASSWORD,
        )
        membership = membership_grant(user=user, agency=agencies[agency_index], role=role)
        if username == "leader" and not membership.safeguarding_contact:
            # The demo's named safeguarding contact: sees young people's requests for help.
            Membership.objects.filter(pk=membership.pk).update(safeguarding_contact=True)
        logins.append(
            f"{username} / {DEMO_PASSWORD}  ({Membership.Role(role).label}, {agencies[agency_index].name})"
        )
    context["partnership"] = partnership
    context["agencies"] = agencies
    context["localities"] = localities
    return logins
