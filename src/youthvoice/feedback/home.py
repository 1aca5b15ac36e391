"""What feedback adds to the staff home page: updates for practitioners to take back to young people."""

from __future__ import annotations

from youthvoice.core.home_sections import STAFF_HOME, home_section_register
from youthvoice.feedback.practitioners import notices_for_user
from youthvoice.partnership.models import Membership


def _notices(request) -> dict | None:
    user = request.user
    if not user.is_authenticated or not user.memberships.filter(role=Membership.Role.PRACTITIONER).exists():
        return None
    return {"notices": notices_for_user(user=user)}


def register_home_sections() -> None:
    home_section_register(
        place=STAFF_HOME,
        key="practitioner-notices",
        template="feedback/staff/home_notices.html",
        context=_notices,
        order=10,
    )
