import os
import shutil
from pathlib import Path

import pytest

from tests.partnership.factories import MembershipFactory

# Playwright's sync API keeps an event loop running in the test thread; Django's ORM would otherwise refuse
# to run there, although tests use it synchronously.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def language_checker_cache(tmp_path_factory):
    """The command line keeps its built checker in a cache folder (language/rules_cache.py): the tests' own,
    not the user's, for every test and every command they start."""
    os.environ["YOUTHVOICE_CHECK_CACHE"] = str(tmp_path_factory.mktemp("youthvoice-check-cache"))


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    """Every test that drives Chromium is slow (a live server and a browser page), said or not."""
    for item in items:
        if "chromium" in item.fixturenames or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def chromium():
    """Debian's headless Chromium driven by Playwright. Skips on a machine without it, except under CI."""
    if not CHROMIUM.exists() or shutil.which("chromium") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing under CI: .ci/run should have installed it.")
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def leader(db):
    return MembershipFactory(role="leader").user


@pytest.fixture
def signed_in(db, client):
    """Sign the test client in as a new member of staff: ``signed_in("analyst", partnership)``.

    The member gets ``role`` in an agency of ``partnership`` (a new partnership when none is given); other
    keyword arguments go to ``MembershipFactory`` (``user__username="sam"``). Returns the membership.
    """

    def sign_in(role: str = "practitioner", partnership=None, **membership):
        if partnership is not None:
            membership["agency__partnership"] = partnership
        member = MembershipFactory(role=role, **membership)
        client.force_login(member.user)
        return member

    return sign_in


@pytest.fixture(scope="session")
def demo_rows(django_db_setup, django_db_blocker):
    """The demo's rows, built once per test session: running the demo takes seconds, loading its rows less."""
    from tests.demo_rows import demo_rows_build

    with django_db_blocker.unblock():
        return demo_rows_build()


@pytest.fixture
def demo(demo_rows, db):
    """The database as ``youthvoice demo`` leaves it (its roll-ups rebuilt by their triggers as rows load)."""
    from tests.demo_rows import demo_rows_load

    demo_rows_load(demo_rows)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rate limits, throttles), also when it is a real Redis in CI, and
    with nothing a process keeps of it (the journey cache's generation, the rate limits' daily secret)."""
    from django.core.cache import cache

    from youthvoice.consultations.journey_cache import journey_memory_forget
    from youthvoice.voices.ratelimit import rate_limit_memory_forget

    cache.clear()
    journey_memory_forget()
    rate_limit_memory_forget()
    yield


REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_url():
    """An empty Redis database for tests that start real Celery workers; skipped locally without Redis."""
    import redis

    client = redis.Redis.from_url(REDIS_TEST_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not running at {REDIS_TEST_URL} under CI")
        pytest.skip(f"Redis is not running at {REDIS_TEST_URL}")
    client.flushdb()
    yield REDIS_TEST_URL
    client.flushdb()
