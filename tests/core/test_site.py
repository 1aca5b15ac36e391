import re

import pytest
from django.urls import reverse

from tests.partnership.factories import TEST_PASSWORD, MembershipFactory

pytestmark = pytest.mark.django_db


def test_home_page_says_what_youthvoice_is_and_links_to_sign_in(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Young people's voices on child exploitation" in html
    assert f'href="{reverse("core:login")}"' in html
    assert "Childline" in html and "0800 1111" in html


def test_pages_use_local_stylesheets_only(client):
    html = client.get("/").content.decode()
    assert "/static/youthvoice/youthvoice.css" in html
    # Stylesheets, scripts and images come from here; only plain links (quick exit, helplines) leave the site.
    loaded = re.findall(r'<(?:link|script|img)\b[^>]*(?:href|src)="([^"]+)"', html)
    assert loaded and all(url.startswith("/") for url in loaded), loaded


def test_staff_sign_in_and_out(client):
    user = MembershipFactory(role="analyst").user
    response = client.post(reverse("core:login"), {"username": user.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("core:staff-home")
    home = client.get(reverse("core:staff-home"))
    assert home.status_code == 200
    assert "Analyst" in home.content.decode()
    client.post(reverse("core:logout"))
    assert client.get(reverse("core:staff-home")).status_code == 302


def test_wrong_password_shows_an_error_summary(client):
    user = MembershipFactory().user
    response = client.post(reverse("core:login"), {"username": user.username, "password": "wrong"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "<title>Error: Staff sign in" in html


def test_staff_home_needs_sign_in(client):
    response = client.get(reverse("core:staff-home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:login"))


def test_sign_out_is_post_only(client):
    assert client.get(reverse("core:logout")).status_code == 405
