"""What voices adds to the staff home page: young people's requests for help, for safeguarding contacts."""

from __future__ import annotations

from youthvoice.core.home_sections import STAFF_HOME, home_section_register
from youthvoice.voices.facilitation import session_alerts_waiting
from youthvoice.voices.models import HelpRequest


def _help_requests(request) -> dict | None:
    user = request.user
    if not user.is_authenticated:
        return None
    partnerships = list(
        user.memberships.filter(safeguarding_contact=True).values_list("agency__partnership", flat=True)
    )
    if not partnerships:
        return None
    waiting = HelpRequest.objects.filter(partnership__in=partnerships, handled_at__isnull=True).count()
    return {"waiting": waiting}


def _session_alerts(request) -> dict | None:
    if not request.user.is_authenticated:
        return None
    alerts = session_alerts_waiting(user=request.user)
    return {"alerts": alerts} if alerts else None


def register_home_sections() -> None:
    home_section_register(
        place=STAFF_HOME,
        key="session-alerts",
        template="voices/home_session_alerts.html",
        context=_session_alerts,
        order=4,
    )
    home_section_register(
        place=STAFF_HOME,
        key="help-requests",
        template="voices/home_help_requests.html",
        context=_help_requests,
        order=5,
    )
