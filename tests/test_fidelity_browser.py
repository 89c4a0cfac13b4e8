"""The corpus articles' pages, opened in headless Chromium, ask no other host for anything."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from kompas.evaluation import corpus
from tests.conftest import serve

pytestmark = pytest.mark.browser
REAL = Path(__file__).parent / "fixtures" / "real"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    keep = tmp_path_factory.mktemp("fidelity-browser")
    scores = corpus.measure(REAL, keep=keep)
    assert [s.article for s in scores if s.error] == []
    return sorted(p / "site" for p in keep.iterdir())


def test_no_request_leaves_the_site(browser: Browser, sites: list[Path]) -> None:
    outside: list[str] = []
    pages = 0
    for site in sites:
        server, base = serve(site)
        try:
            article = site.parent.name
            urls = [f"{base}{article}/"] + [
                f"{base}{article}/{p.parent.name}/"
                for p in sorted((site / article).glob("*/index.html"))
            ]
            page = browser.new_page()
            page.on(
                "request",
                lambda r: (
                    outside.append(r.url)
                    if urlsplit(r.url).hostname not in ("127.0.0.1", None)
                    and not r.url.startswith("data:")
                    else None
                ),
            )
            for url in urls:
                page.goto(url, wait_until="networkidle")
                pages += 1
            page.close()
        finally:
            server.shutdown()
    assert pages >= 20
    assert outside == []


def test_the_request_watch_sees_a_remote_image(browser: Browser) -> None:
    # The watch in the previous test is not blind: a page that loads from elsewhere is seen.
    seen: list[str] = []
    page = browser.new_page()
    page.on("request", lambda r: seen.append(r.url))
    page.set_content('<img src="https://example.org/x.png" alt="">')
    page.close()
    assert "https://example.org/x.png" in seen
