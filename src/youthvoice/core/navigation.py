"""Staff navigation, decided by the access policy: a link is shown only to those who may open its page.

Each entry names a URL and a label; whether it is shown comes from ``core.access.may_open``, the
same rule the page itself enforces, so the menu and the page cannot disagree. ``MAIN`` is the menu at the
top of every page; ``MORE`` is the list on the staff home page for the places that are not in the menu.
tests/core/test_navigation.py walks every link for every role, and fails when a page is neither here nor
listed there as reached another way.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from youthvoice.core.access import may_open
from youthvoice.core.two_factor import second_factor_step


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class NavLink:
    label: str
    url: str
    hint: str
    current: str  # for aria-current: "page" on the page itself, "true" elsewhere in its area, else ""


MAIN: tuple[NavItem, ...] = (
    NavItem("core:staff-home", "Staff home"),
    NavItem("consultations:list", "Consultations"),
    NavItem("voices:relayed-list", "Relayed voices"),
    NavItem("insights:dashboard", "Insights"),
    NavItem("insights:coding", "Coding"),
    NavItem("feedback:list", "You said, we did"),
    NavItem("language:check", "Language"),
    NavItem("mandate:overview", "Partnership"),
    NavItem("audit:log", "Audit log"),
    NavItem("admin:index", "Administration"),
)

MORE: tuple[NavItem, ...] = (
    NavItem(
        "feedback:leaders-home", "Leaders' overview", "overdue feedback to young people and overdue actions."
    ),
    NavItem(
        "voices:facilitated-list", "Facilitated sessions", "run a session where young people answer together."
    ),
    NavItem(
        "voices:responses-import", "Import survey results", "add another survey's results from a CSV file."
    ),
    NavItem("consultations:question-bank", "Question bank", "the partnership's shared questions."),
    NavItem(
        "consultations:translations",
        "Translations and easy read",
        "other languages, and easy read wording.",
    ),
    NavItem(
        "insights:panels",
        "Young people's panels",
        "young people rank the themes and say them in their own words.",
    ),
    NavItem("insights:suggestion-runs", "Suggested themes", "themes suggested from free-text answers."),
    NavItem("insights:population", "Population baseline", "the local population, to check who we hear."),
    NavItem(
        "insights:landscape",
        "Local landscape",
        "agencies' monthly figures by area, beside what young people there told us.",
    ),
    NavItem("language:glossary-staff", "Glossary", "words and definitions, with young people's own."),
    NavItem(
        "language:settings",
        "Language checker settings",
        "whether findings the second opinion clears block publishing.",
    ),
    NavItem(
        "voices:erasure-search", "Erase a relayed voice", "when a young person asks for it to be deleted."
    ),
    NavItem("core:api-clients", "API clients", "agencies' systems that send relayed voices."),
)


def _links(request, items: tuple[NavItem, ...]) -> list[NavLink]:
    links = []
    for item in items:
        if not may_open(request, item.url_name):
            continue
        url = reverse(item.url_name)
        current = ""
        if request.path == url:
            current = "page"
        elif url != reverse("core:staff-home") and request.path.startswith(
            url
        ):  # every staff address starts so
            current = "true"
        links.append(NavLink(label=item.label, url=url, hint=item.hint, current=current))
    return links


def staff_navigation(request) -> list[NavLink]:
    """The menu for this user: empty until they have signed in with every factor they need."""
    if not request.user.is_authenticated or second_factor_step(request) is not None:
        return []
    return _links(request, MAIN)


def staff_more(request) -> list[NavLink]:
    if not request.user.is_authenticated or second_factor_step(request) is not None:
        return []
    return _links(request, MORE)
