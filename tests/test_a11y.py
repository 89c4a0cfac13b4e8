"""axe-core reports no accessibility violation on the main pages, in light and dark mode.

axe-core comes from the pinned PyPI package axe-playwright-python (its bundled axe.min.js);
the script is injected into each page, nothing is fetched from the network.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Browser, Page

from kompas.convert import load_all
from kompas.site.pages import page_uri
from tests.conftest import SITE
from tests.helpers import SCHEMES, violations

pytestmark = pytest.mark.browser

# The first principle of the first article, from the loaded model.
_DOC = load_all(SITE)[0]
_P = _DOC.principles[0]
PAGES = [
    "",
    "principes/",
    page_uri("principle", _DOC.article.id, _P.id).removesuffix(".md") + "/",
    "mijn-checklist/",
]
# Some personal data, so that progress bars and answers are on screen when axe looks.
DATA = {
    "version": 1,
    "ticks": {_P.id: {_P.checklist[0].id: True}},
    "answers": {_P.id: {_P.reflection[0].id: "Ja, <b>zeker</b>."}},
}


@pytest.fixture(params=list(SCHEMES))
def scheme(request: pytest.FixtureRequest) -> str:
    """light, dark (the system preference), or dark chosen with Material's toggle (stored)."""
    value: str = request.param
    return value


@pytest.fixture
def page(browser: Browser, scheme: str) -> Iterator[Page]:
    """A page in a fresh context with the colour scheme asked for."""
    context = browser.new_context(color_scheme="dark" if scheme == "dark" else "light")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PAGES, ids=["home", "overview", "principle", "mijn-checklist"])
def test_no_axe_violations(page: Page, site_url: str, scheme: str, path: str) -> None:
    """No axe-core violation on the page in this colour scheme."""
    page.goto(site_url + path)
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)", ["/vertrouwenskompas.v1", json.dumps(DATA)]
    )
    if scheme == "dark-stored":
        page.locator("label[for='__palette_1']").click()
    page.reload()
    assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
    assert violations(page) == []


def test_axe_does_find_violations(browser: Browser) -> None:
    """The axe harness reports a real problem (so a clean result means something)."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<html lang='nl'><title>t</title><main><img src='x.png'></main></html>")
    found = {v["rule"] for v in violations(page)}
    context.close()
    assert "image-alt" in found


# Mijn kompas (issue 11): a snapshot 40 days old, never exported: the compass shows "Toen"
# beside "Nu", the export reminder is on screen, the data panel is open.
SNAPSHOT = (datetime.now(UTC) - timedelta(days=40)).isoformat()
KOMPAS_DATA = {
    **DATA,
    "version": 2,
    "snapshots": [{"taken": SNAPSHOT, "ticks": {"laat-ruimte-echt": {}}}],
}


@pytest.mark.parametrize("path", ["", "mijn-checklist/"], ids=["home", "mijn-checklist"])
def test_no_axe_violations_with_compass_snapshot_and_reminder(
    page: Page, site_url: str, scheme: str, path: str
) -> None:
    """No axe-core violation with the compass, a snapshot shown as "Toen", the export
    reminder and the data panel on screen, also at 390 px wide."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + path)
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)",
        ["/vertrouwenskompas.v1", json.dumps(KOMPAS_DATA)],
    )
    if scheme == "dark-stored":
        page.locator("label[for='__palette_1']").click()
    page.reload()
    page.locator("[data-vk-export-reminder]").wait_for()
    if path:
        page.locator("[data-vk-compare]").select_option(SNAPSHOT)
        page.get_by_text("Waar staan mijn gegevens?").click()
        assert page.locator("[data-axis][data-share-then]").count() > 0
    assert page.locator("[data-kompas-chart]").first.is_visible()
    assert violations(page) == []
