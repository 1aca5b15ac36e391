"""Helpers for the end-to-end tests in headless Chromium."""

from functools import cache
from pathlib import Path

import pytest

from tests.partnership.factories import TEST_PASSWORD

AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"


@cache
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run scripts/build-assets")
    return AXE.read_text(encoding="utf-8")


def serious_accessibility_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page, one readable line each.

    axe is evaluated through the DevTools protocol rather than added as a <script> tag, because the site's
    Content Security Policy (rightly) blocks inline scripts. A click that opens another page may return
    before that page has loaded: axe then found no document (seen on a loaded machine), so the load comes
    first.
    """
    page.wait_for_load_state()
    page.evaluate(axe_source())
    return page.evaluate(
        """async () => (await axe.run(document)).violations
             .filter(v => ['serious', 'critical'].includes(v.impact))
             .map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target).join(', ')})`)"""
    )


def sign_in(page, user, password: str = TEST_PASSWORD) -> None:
    """Sign a member of staff in through the real sign-in page (factories' users share this password)."""
    page.goto("/staff/sign-in/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/staff/**")
