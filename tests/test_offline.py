"""The offline zip (`make offline`) works opened from disk in Chromium: pages, navigation,
search and ticking, without a web server and without any other host."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.browser

PRINCIPLE = "team-vertrouwen/laat-ruimte-echt.html"
STORAGE_KEY = "vertrouwenskompas.v1"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page that records every request that is not for a local file."""
    context = browser.new_context()
    page = context.new_page()
    remote: list[str] = []
    page.on("request", lambda r: _record_remote(r, remote))
    yield page
    context.close()
    assert remote == [], f"requests to other hosts: {remote}"


def test_zip_holds_the_site_with_file_links(offline_root: Path) -> None:
    """The zip has a start page, principle pages as .html files and the inlined search index."""
    assert (offline_root / "index.html").is_file()
    assert (offline_root / PRINCIPLE).is_file()
    assert (offline_root / "search" / "search_index.js").is_file()
    assert (offline_root / "assets" / "vendor" / "iframe-worker" / "shim.js").is_file()


def test_pages_open_from_disk(page: Page, offline_root: Path) -> None:
    """The start page opens from file:// with Material's styles and the articles listed."""
    page.goto((offline_root / "index.html").as_uri())
    expect(page.locator("h1")).to_contain_text("Vertrouwenskompas")
    expect(page.locator("a[href='team-vertrouwen/index.html']").first).to_be_visible()
    header = page.locator("header.md-header")
    assert header.evaluate("e => getComputedStyle(e).position") in ("sticky", "fixed")


def test_navigation_between_pages(page: Page, offline_root: Path) -> None:
    """Following links from the start page reaches the overview and a principle page."""
    page.goto((offline_root / "index.html").as_uri())
    page.get_by_role("link", name="Bekijk alle principes").click()
    expect(page).to_have_url((offline_root / "principes" / "index.html").as_uri())
    page.locator(f'a[href$="{PRINCIPLE.split("/")[1]}"]').first.click()
    expect(page).to_have_url((offline_root / PRINCIPLE).as_uri())
    expect(page.locator("article.vk-principle")).to_have_attribute(
        "data-principle", "laat-ruimte-echt"
    )


def test_search_works_from_disk(page: Page, offline_root: Path) -> None:
    """Typing in the search box lists matching pages, and a result opens its page."""
    page.goto((offline_root / "index.html").as_uri())
    box = page.locator("input.md-search__input")
    box.click()
    result = page.locator(".md-search-result__item a").first
    for _ in range(30):  # a query typed before the search worker is ready is not answered
        box.fill("")
        box.press_sequentially("handrem")
        try:
            result.wait_for(state="visible", timeout=1000)
            break
        except PlaywrightTimeoutError:
            continue
    expect(result).to_be_visible()
    result.click()
    expect(page).to_have_url(re.compile(re.escape((offline_root / PRINCIPLE).as_uri()) + r"[?#]"))
    expect(page.locator("article.vk-principle")).to_be_visible()


def test_local_storage_is_available_on_file_urls(page: Page, offline_root: Path) -> None:
    """Chromium keeps localStorage for file:// pages across page loads (ticks can persist)."""
    page.goto((offline_root / "index.html").as_uri())
    page.evaluate("localStorage.setItem('vk-probe', '1')")
    page.goto((offline_root / PRINCIPLE).as_uri())
    assert page.evaluate("localStorage.getItem('vk-probe')") == "1"


def test_ticks_persist_across_pages(page: Page, offline_root: Path) -> None:
    """A ticked item is stored under the site-scoped key and is still ticked after navigating."""
    url = (offline_root / PRINCIPLE).as_uri()
    page.goto(url)
    box = page.locator('[data-checklist="laat-ruimte-echt"] input[type=checkbox]').first
    item = box.get_attribute("data-item")
    page.locator(f'label[for="{box.get_attribute("id")}"]').click()
    expect(box).to_be_checked()
    key = offline_root.as_uri().removeprefix("file://") + "/" + STORAGE_KEY
    stored = json.loads(page.evaluate("k => localStorage.getItem(k)", key) or "{}")
    assert stored.get("ticks", {}).get("laat-ruimte-echt", {}).get(item) is True
    page.goto((offline_root / "index.html").as_uri())
    page.goto(url)
    expect(
        page.locator(f'[data-checklist="laat-ruimte-echt"] [data-item="{item}"]')
    ).to_be_checked()


def _record_remote(request: Request, remote: list[str]) -> None:
    # Anything but file:, data: and blob: URLs leaves the computer.
    if not request.url.startswith(("file:", "data:", "blob:", "about:")):
        remote.append(request.url)


def test_progress_and_handout_work_from_disk(page: Page, offline_root: Path) -> None:
    """From file://, stored ticks show on load (no instant navigation there) and the handout
    picker mounts."""
    url = (offline_root / PRINCIPLE).as_uri()
    page.goto(url)
    key = offline_root.as_uri().removeprefix("file://") + "/" + STORAGE_KEY
    box = page.locator('[data-checklist="laat-ruimte-echt"] input[type=checkbox]').first
    item = box.get_attribute("data-item")
    data = {"version": 1, "ticks": {"laat-ruimte-echt": {item: True}}, "answers": {}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, json.dumps(data)])
    page.reload()
    expect(box).to_be_checked()
    expect(page.locator(".vk-progress__text").first).to_have_text(re.compile(r"^1 van \d+$"))
    page.goto((offline_root / "handout.html").as_uri())
    expect(page.locator(".vk-handout__picker")).to_be_visible()  # shown once the script mounts


def test_reminder_from_disk_has_no_file_link(page: Page, offline_root: Path) -> None:
    """ "Herinner mij" in the offline copy built without a published address: the calendar
    event links to no file:// path of this computer and says there is no web address."""
    page.goto((offline_root / "mijn-checklist.html").as_uri())
    with page.expect_download() as info:
        page.locator("button[data-vk-reminder]").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    unfolded = text.replace("\r\n ", "")
    assert "file:" not in unfolded and "\r\nURL:" not in unfolded
    assert "deze kopie heeft geen webadres" in unfolded
    expect(page.locator("[data-vk-message]")).to_contain_text("geen webadres")
