"""The staff navigation comes from the access policy: each role sees exactly the places it can open."""

import re

import pytest
from django.urls import reverse

from tests.core.test_access_policy import role_routes
from youthvoice.core.access import ALL_STAFF_ROLES
from youthvoice.core.models import EncryptedTOTPDevice
from youthvoice.core.navigation import MAIN, MORE

pytestmark = pytest.mark.django_db
ROLES = sorted(ALL_STAFF_ROLES)

# Staff pages that are not in the navigation on purpose, and where people find them instead. A new page
# must be added to youthvoice.core.navigation or here, so nobody loses a page by forgetting the menu.
REACHED_ANOTHER_WAY = {
    # The partnership's own sub-navigation (mandate/base.html) links these for every role.
    "mandate:matrix": "partnership sub-navigation",
    "mandate:champion": "partnership sub-navigation",
    "mandate:assessments": "partnership sub-navigation",
    "mandate:principles": "partnership sub-navigation",
    "mandate:workshops": "partnership sub-navigation",
    "mandate:actions": "partnership sub-navigation",
    "mandate:mandate": "partnership sub-navigation",
    "mandate:scoping": "partnership sub-navigation",
    "mandate:governance": "partnership sub-navigation",
    "mandate:reviews": "partnership sub-navigation",
    "strategy:overview": "partnership sub-navigation",
    # Steps, forms and downloads inside an area, linked from its pages.
    "mandate:responsibility-add": "roles and responsibilities page",
    "mandate:champion-appoint": "strategic champion page",
    "mandate:mandate-pdf": "mandate page",
    "mandate:assessment-add": "strategy assessment page",
    "mandate:principles-seed": "principles page",
    "mandate:workshop-add": "workshops page",
    "mandate:actions-csv": "actions page",
    "mandate:action-add": "actions page",
    "mandate:scoping-add": "scoping page",
    "mandate:theme-add": "scoping page",
    "mandate:change-goal-add": "scoping page",
    "mandate:governance-board-add": "governance map page",
    "mandate:review-add": "strategy reviews page",
    "strategy:start": "a button on the CE strategy page",
    "strategy:draft": "CE strategy page",
    "strategy:draft-next": "a button on the CE strategy page",
    "strategy:section-add": "the strategy's draft page",
    "strategy:publish": "the strategy's draft page",
    "insights:codebook": "coding page",
    "insights:samples": "coding page",
    "insights:panel-new": "young people's panels page",
    "audit:export": "audit log page",
    "consultations:new": "consultations page",
    "voices:relayed-new": "relayed voices page",
    "language:definitions-import": "staff glossary page",
    "voices:facilitated-new": "facilitated sessions page",
    "voices:responses-import-map": "the second step of an import",
    "voices:responses-import-cancel": "a button on the second step of an import",
    "insights:population-upload": "population baseline page",
    "insights:landscape-upload": "local landscape page",
    "insights:landscape-template": "upload page of the local landscape",
    "insights:landscape-export": "local landscape page",
    "insights:dashboard-briefing": "insights dashboard",
    "voices:help-requests": "staff home's notice, for the named safeguarding contacts",
}

MENU = re.compile(r'<ul class="govuk-service-navigation__list" id="navigation">(.*?)</ul>', re.S)
MORE_PLACES = re.compile(r'<ul class="govuk-list govuk-list--spaced" id="more-places">(.*?)</ul>', re.S)
HREF = re.compile(r'href="([^"]+)"')
LABEL = re.compile(r'<a class="govuk-service-navigation__link"[^>]*>(?:<strong[^>]*>)?([^<]+)<')


def shown_links(client) -> tuple[list[str], list[str], list[str]]:
    """The menu's addresses and labels, and the staff home's 'more places' addresses."""
    html = client.get(reverse("core:staff-home")).content.decode()
    menu = MENU.search(html).group(1)
    more = MORE_PLACES.search(html)
    return HREF.findall(menu), LABEL.findall(menu), HREF.findall(more.group(1)) if more else []


@pytest.mark.parametrize("role", ROLES)
def test_every_link_a_role_is_shown_opens_for_that_role(signed_in, client, role):
    signed_in(role)
    menu, _labels, more = shown_links(client)
    assert menu and more
    for url in [*menu, *more]:
        if url == reverse("core:logout"):
            continue
        assert client.get(url).status_code == 200, f"{role} is shown {url} but cannot open it"


@pytest.mark.parametrize("role", ROLES)
def test_every_navigation_page_a_role_can_open_is_shown_and_the_rest_are_refused(signed_in, client, role):
    signed_in(role)
    menu, _labels, more = shown_links(client)
    shown = set(menu) | set(more)
    for item in (*MAIN, *MORE):
        url = reverse(item.url_name)
        status = client.get(url, follow=True).status_code  # the admin refuses by way of its sign-in page
        if url in shown:
            assert status == 200, f"{role}: {item.label}"
        else:
            assert status == 403, f"{role} can open {item.label} ({status}) but it is not in the navigation"


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        ("practitioner", {"Relayed voices", "Consultations"}, {"Insights", "Coding", "Audit log"}),
        ("analyst", {"Insights", "Coding"}, {"Relayed voices", "Audit log"}),
        ("leader", {"Insights", "Relayed voices"}, {"Coding", "Audit log"}),
        ("admin", {"Insights", "Relayed voices", "Coding", "Audit log"}, set()),
    ],
)
def test_the_menu_follows_each_roles_rights(signed_in, client, role, shown, hidden):
    signed_in(role)
    _menu, labels, _more = shown_links(client)
    assert shown <= set(labels) and not hidden & set(labels)
    assert "Administration" not in labels  # only for accounts Django's admin lets in


def test_administration_is_shown_to_those_the_admin_site_admits(signed_in, client):
    signed_in("admin", user__is_staff=True, user__is_superuser=True)
    menu, labels, _more = shown_links(client)
    assert "Administration" in labels
    assert client.get(reverse("admin:index")).status_code == 200


def test_the_current_area_is_marked_for_screen_readers(signed_in, client):
    signed_in("analyst")
    html = client.get(reverse("insights:coding")).content.decode()
    assert f'href="{reverse("insights:coding")}" aria-current="page"' in html
    html = client.get(reverse("consultations:question-bank")).content.decode()
    assert 'aria-current="page"' not in MENU.search(html).group(1)


def test_nothing_but_sign_out_before_the_second_factor(signed_in, client):
    membership = signed_in("admin")
    EncryptedTOTPDevice.objects.create(user=membership.user, name="phone", confirmed=True)
    html = client.get(reverse("core:two-factor-verify")).content.decode()
    assert HREF.findall(MENU.search(html).group(1)) == []
    assert "Sign out" in html


def test_every_staff_page_is_in_the_navigation_or_reached_another_way():
    in_navigation = {item.url_name for item in (*MAIN, *MORE)}
    missing = []
    for _route, name, _allowed in role_routes(api=False):  # full names, e.g. "voices:relayed-new"
        if name not in in_navigation and name not in REACHED_ANOTHER_WAY:
            missing.append(name)
    assert missing == [], "add these to youthvoice.core.navigation or to REACHED_ANOTHER_WAY"
    stale = set(REACHED_ANOTHER_WAY) - {name for _route, name, _allowed in role_routes(api=False)}
    assert stale == set()
