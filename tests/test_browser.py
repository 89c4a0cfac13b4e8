"""The built site in real headless Chromium."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Request

pytestmark = pytest.mark.browser


def test_principle_page_renders_cleanly_and_stays_local(browser: Browser, site_url: str) -> None:
    """A principle page shows its checklist, logs no error and asks no other host for anything."""
    page = browser.new_page()
    errors: list[str] = []
    hosts: set[str] = set()

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            errors.append(msg.text)

    def on_request(request: Request) -> None:
        hosts.add(urlparse(request.url).netloc)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", on_request)
    page.goto(site_url + "team-vertrouwen/laat-ruimte-echt/", wait_until="networkidle")

    assert page.locator("h1").first.inner_text() == "Laat ruimte – echt"
    boxes = page.locator('[data-checklist="laat-ruimte-echt"] input[type=checkbox]')
    assert boxes.count() >= 3
    boxes.first.check()
    assert boxes.first.is_checked()
    page.locator(".md-search__input").click()
    page.keyboard.type("spiegel")
    page.wait_for_selector(".md-search-result__item")
    assert errors == []
    assert hosts == {urlparse(site_url).netloc}
    page.close()


def test_a_source_link_shows_its_passage_highlighted(browser: Browser, site_url: str) -> None:
    """ "Lees in de tekst" under Bronnen scrolls to the passage, which is marked while followed
    and not hidden under Material's sticky header."""
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(site_url + "vertrouwen-in-leiderschap/geef-ruimte-en-durf-los-te-laten/")
    # (Material's instant navigation makes every href absolute once its script has run.)
    link = page.locator(".vk-sources a.vk-sources__link", has_text="lees in de tekst").first
    target = link.evaluate("a => new URL(a.href).hash")
    assert target.startswith("#tekst-")
    passage = page.locator(target)
    plain = passage.evaluate("el => getComputedStyle(el).backgroundColor")
    link.click()
    page.wait_for_function(f"location.hash === {target!r}")
    marked = passage.evaluate("el => getComputedStyle(el).backgroundColor")
    assert marked != plain and marked not in ("rgba(0, 0, 0, 0)", "transparent")
    top = passage.evaluate("el => el.getBoundingClientRect().top")
    header = page.locator(".md-header").evaluate("el => el.getBoundingClientRect().bottom")
    assert header <= top < 720
    page.close()
