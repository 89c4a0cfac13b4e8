"""axe-core reports no accessibility violation on the main pages, in light and dark mode.

axe-core comes from the pinned PyPI package axe-playwright-python (its bundled axe.min.js);
the script is injected into each page, nothing is fetched from the network.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.helpers import violations

pytestmark = pytest.mark.browser

PAGES = ["", "principes/", "team-vertrouwen/laat-ruimte-echt/", "mijn-checklist/"]
# Some personal data, so that progress bars and answers are on screen when axe looks.
DATA = {
    "version": 1,
    "ticks": {"laat-ruimte-echt": {"laat-zien-dat-er-meerdere-routes": True}},
    "answers": {"laat-ruimte-echt": {"wil-je-team-vertrouwen-opbouwen": "Ja, <b>zeker</b>."}},
}
SCHEMES = {"light": "default", "dark": "slate", "dark-stored": "slate"}


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
