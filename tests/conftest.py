import os
import shutil
from pathlib import Path

import pytest

from tests.partnership.factories import MembershipFactory

# Playwright's sync API keeps an event loop running in the test thread; Django's ORM would otherwise refuse
# to run there, although tests use it synchronously.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

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


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rate limits, throttles), also when it is a real Redis in CI."""
    from django.core.cache import cache

    cache.clear()
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
