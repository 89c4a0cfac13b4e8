"""The facilitator's spiegel page from the offline zip (file://): start, paste, camera, mirror,
with no request to any other host. Participants use the published site: the zip built with
SITE_URL links there; built without, the page says phones cannot open its link and takes the
published address."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, Request, expect

from kompas.site import spiegel
from tests import spiegel_flow as flow
from tests.conftest import copy_project

pytestmark = pytest.mark.browser

ITEMS = flow.item_ids(flow.PRINCIPLE)
PUBLISHED = "https://example.org/vertrouwenskompas/"
# Three team members' answers, one per item (the principle has at least three items).
TEAM: list[list[str | None]] = [
    ["nooit", "soms", *[None] * (len(ITEMS) - 2)],
    ["soms", "soms", *["altijd"] * (len(ITEMS) - 2)],
    ["vaak"] * len(ITEMS),
]


@pytest.fixture(scope="module")
def published_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline build as `SITE_URL=… make offline` makes it (unzipped: the same files)."""
    project = copy_project(tmp_path_factory.mktemp("offline-published"))
    built = project / "build" / "vertrouwenskompas"
    env = {**os.environ, "OFFLINE": "true", "KOMPAS_PDF": "0", "SITE_URL": PUBLISHED}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(built)]
    result = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return built


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page that records every request that is not for a local file."""
    context = browser.new_context()
    page = context.new_page()
    remote: list[str] = []
    page.on("request", lambda r: _remote(r, remote))
    yield page
    context.close()
    assert remote == [], f"requests to other hosts: {remote}"


def test_session_by_paste_from_disk(page: Page, offline_root: Path) -> None:
    """From file://, a session starts, pasted codes are counted and the mirror appears from
    three answers; built without SITE_URL, the page says that phones cannot open its link
    until the published address is entered."""
    url = (offline_root / "spiegel" / "index.html").as_uri()
    session, href = flow.start(page, url, flow.PRINCIPLE)
    assert href.startswith("file:") and f"/spiegel/meedoen.html?s={session}-" in href
    expect(page.locator("[data-spiegel-reach]")).to_contain_text(
        "Telefoons kunnen deze link niet openen: deze pagina is van schijf geopend"
    )
    page.get_by_label("Adres van de gepubliceerde site").fill(PUBLISHED)
    page.get_by_role("button", name="Gebruik dit adres").click()
    join = page.locator("a[data-spiegel-join]")
    expect(join).to_have_attribute("href", re.compile(f"^{PUBLISHED}spiegel/meedoen/[?]s="))
    expect(page.locator("[data-spiegel-join-qr] svg")).to_be_visible()
    codes = [spiegel.encode(session, ITEMS, f"A{n}AAAA", a) for n, a in enumerate(TEAM)]
    flow.paste(page, "\n".join(codes[:2]))
    expect(page.locator("[data-spiegel-count]")).to_have_text("2")
    expect(page.locator("[data-spiegel-result]")).to_have_count(0)
    flow.paste(page, codes[2])
    expect(page.locator("[data-spiegel-count]")).to_have_text("3")
    row = page.locator(f'[data-spiegel-result="{ITEMS[0]}"]')
    expect(row).to_have_attribute("data-nooit", "1")
    expect(row).to_have_attribute("data-vaak", "1")
    page.reload()  # kept in this browser
    expect(page.locator("[data-spiegel-count]")).to_have_text("3")
    expect(join).to_have_attribute("href", re.compile(f"^{PUBLISHED}spiegel/meedoen/[?]s="))


def test_built_with_site_url_the_link_leads_to_the_published_site(
    page: Page, published_root: Path
) -> None:
    """`SITE_URL=… make offline`: from disk the join link and QR code lead to the published
    participants' page at once, and the page says so."""
    url = (published_root / "spiegel" / "index.html").as_uri()
    session, href = flow.start(page, url, flow.PRINCIPLE)
    assert href.startswith(f"{PUBLISHED}spiegel/meedoen/?s={session}-")
    expect(page.locator("[data-spiegel-reach]")).to_contain_text(
        f"de gepubliceerde site: {PUBLISHED}spiegel/meedoen/"
    )


def test_camera_from_disk(
    browser: Browser, playwright: Playwright, site_url: str, offline_root: Path, tmp_path: Path
) -> None:
    """From file://, the camera reads a participant's QR code from the published site."""
    url = (offline_root / "spiegel" / "index.html").as_uri()
    context = browser.new_context()
    session, _ = flow.start(context.new_page(), url, flow.PRINCIPLE)
    context.close()
    principles = [p["id"] for p in flow.principles()]
    key = spiegel.link_key(session, principles, {flow.PRINCIPLE}, ITEMS)
    href = f"{site_url}spiegel/meedoen/?s={key}"
    code, matrix = flow.phone_code(browser, href, {ITEMS[2]: "vaak"})
    with flow.camera_browser(playwright, flow.camera_video(matrix, tmp_path / "qr.y4m")) as cam:
        page = cam.new_page()
        remote: list[str] = []
        page.on("request", lambda r: _remote(r, remote))
        page.goto(f"{url}?s={session}&p={flow.PRINCIPLE}")
        page.get_by_role("button", name="Scan codes met de camera").click()
        expect(page.locator("[data-spiegel-count]")).to_have_text("1", timeout=20000)
        expect(page.locator("[data-spiegel-messages]")).to_contain_text(f"{code}: toegevoegd")
        assert remote == []


def _remote(request: Request, remote: list[str]) -> None:
    # Anything but file:, data: and blob: URLs leaves the computer.
    if not request.url.startswith(("file:", "data:", "blob:", "about:")):
        remote.append(request.url)


def test_projector_and_paper_from_disk(page: Page, offline_root: Path) -> None:
    """From file://, the projector view steps through the slides, the paper form opens from
    disk, and a filled-in form typed in counts like a code."""
    url = (offline_root / "spiegel" / "index.html").as_uri()
    session, _ = flow.start(page, url, flow.PRINCIPLE)
    codes = [spiegel.encode(session, ITEMS, f"A{n}AAAA", a) for n, a in enumerate(TEAM)]
    flow.paste(page, "\n".join(codes))
    page.get_by_role("button", name="Presenteren").click()
    slide = page.locator("[data-spiegel-slide]")
    expect(slide.locator("h2")).to_have_text("Hier begint het gesprek")
    page.keyboard.press("PageDown")
    expect(slide.locator(".vk-spiegel__charts > li")).to_have_count(len(ITEMS))
    page.get_by_role("button", name="Sluiten").click()
    page.locator("#vk-spiegel-manual-input").focus()
    page.keyboard.type("4" * len(ITEMS))
    page.keyboard.press("Enter")
    expect(page.locator("[data-spiegel-count]")).to_have_text("4")
    expect(page.locator(f'[data-spiegel-result="{ITEMS[0]}"]')).to_have_attribute(
        "data-altijd", "1"
    )
    page.locator("[data-spiegel-paper]").click()
    expect(page).to_have_url(re.compile(r"^file:.*/spiegel/meedoen\.html\?papier="))
    expect(page.locator(".vk-spiegel__paper-head")).to_contain_text(f"sessie {session}")
    expect(page.locator("[data-spiegel-item]")).to_have_count(len(ITEMS))
