"""Headers and hardening: a strict Content Security Policy with nothing inline anywhere, a Permissions-Policy,
and error pages that leak nothing."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.core.test_access_policy import access_of, project_views

SRC = Path(__file__).resolve().parents[2] / "src"
TEMPLATES = sorted(path for path in SRC.rglob("templates/**/*.html"))
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)
STYLE_BLOCK = re.compile(r"<style\b", re.IGNORECASE)


def problems_in(html: str) -> list[str]:
    found = []
    for name, pattern in [
        ("inline <script>", INLINE_SCRIPT),
        ("on*= handler", EVENT_HANDLER),
        ("style= attribute", STYLE_ATTRIBUTE),
        ("<style> block", STYLE_BLOCK),
    ]:
        found += [f"{name}: {match.group(0)[:80]}" for match in pattern.finditer(html)]
    return found


def test_the_scan_catches_what_the_policy_forbids():
    assert problems_in('<script>alert(1)</script><a onclick="x()">') and problems_in('<p style="color:red">')
    assert not problems_in('<script type="module" src="/static/x.js"></script><p class="onclick">')


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(SRC)))
def test_no_template_has_inline_script_handlers_or_styles(template):
    assert problems_in(template.read_text()) == []


def public_routes():
    for route, pattern in project_views():
        if access_of(pattern.callback) == "public" and "<" not in route:
            yield "/" + route


@pytest.mark.django_db
@pytest.mark.parametrize("url", list(public_routes()))
def test_every_public_page_is_served_with_the_strict_policy_and_nothing_inline(client, url):
    response = client.get(url)
    policy = response.headers.get("Content-Security-Policy", "")
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]:
        assert directive in policy, url
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["Permissions-Policy"] == (
        "camera=(), microphone=(), geolocation=(), interest-cohort=()"
    )
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    if response.get("Content-Type", "").startswith("text/html"):
        assert problems_in(response.content.decode()) == [], url


@pytest.mark.django_db
def test_the_two_factor_set_up_page_renders_nothing_inline(client):
    from tests.partnership.factories import MembershipFactory

    client.force_login(MembershipFactory().user)
    assert problems_in(client.get(reverse("core:two-factor-set-up")).content.decode()) == []


@pytest.mark.django_db
@pytest.mark.urls("tests.security_error_urls")
@pytest.mark.parametrize(
    ("url", "status", "heading"),
    [
        ("/boom/", 500, "Sorry, there is a problem with the service"),
        ("/refused/", 403, "You cannot see this page"),
        ("/bad/", 400, "Sorry, there is a problem with that request"),
        ("/no/such/page/", 404, "Page not found"),
    ],
)
def test_error_pages_are_in_the_site_style_and_leak_nothing(client, settings, url, status, heading):
    settings.DEBUG = False
    client.raise_request_exception = False
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == status
    assert heading in html
    for leak in ["SECRET-DETAIL", "Traceback", "hunter2", "settings", "DEBUG", "/no/such/page/"]:
        assert leak not in html, leak


def test_gunicorn_config_hides_the_server_software():
    import gunicorn.http.wsgi

    from youthvoice.core import gunicorn_conf

    assert gunicorn.http.wsgi.SERVER == "youthvoice"
    assert gunicorn_conf.limit_request_line < 8190


def test_each_server_process_loads_the_deidentifier_and_spacy_as_it_starts_not_on_a_request():
    import importlib

    from youthvoice import wsgi
    from youthvoice.core.nlp import english
    from youthvoice.deidentify import names

    english.cache_clear()
    names._lexicon.cache_clear()
    importlib.reload(wsgi)  # what gunicorn does in each worker it starts
    assert english.cache_info().currsize == 1
    assert names._lexicon.cache_info().currsize == 1


@pytest.mark.django_db
def test_every_page_and_api_response_is_no_store_so_young_peoples_words_stay_out_of_browser_caches(client):
    """A shared computer's browser cache must not keep what staff read: every page without arguments, for
    a member of staff holding every role, young people's pages, and the API with a token."""
    from tests.core.factories import api_client_with_token
    from tests.partnership.factories import AgencyFactory, MembershipFactory
    from youthvoice.partnership.models import Membership

    agency = AgencyFactory()
    user = MembershipFactory(agency=agency, role="admin").user
    for role in set(Membership.Role.values) - {"admin"}:
        MembershipFactory(agency=AgencyFactory(partnership=agency.partnership), user=user, role=role)
    client.force_login(user)
    urls = ["/" + route for route, _pattern in project_views() if "<" not in route]
    assert "/staff/insights/coding/" in urls and "/staff/voices/relayed/" in urls
    for url in urls:
        response = client.get(url)
        assert "no-store" in response.get("Cache-Control", ""), (url, response.status_code)
    client.logout()
    _api_client, token = api_client_with_token(agency=agency)
    for url in ["/api/v1/relayed-voices/", "/api/v1/relayed-voices/999/", "/api/whoami/"]:
        response = client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}")
        assert "no-store" in response.get("Cache-Control", ""), (url, response.status_code)
