"""The site's own typeface: committed with its licence, declared and preloaded, used on screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Request

from kompas.site import assets

pytestmark = pytest.mark.browser

FAMILY = "Atkinson Hyperlegible"
VENDOR = Path("assets") / "vendor" / "fonts" / "atkinson-hyperlegible"
STYLES = ("400-normal", "700-normal", "400-italic")


def test_font_files_come_with_licence_and_note() -> None:
    """The committed woff2 files, the OFL licence and a note of the package and version."""
    folder = assets.THEME_DIR / VENDOR
    assert sorted(p.name for p in folder.glob("*.woff2")) == sorted(
        f"atkinson-hyperlegible-{style}.woff2" for style in STYLES
    )
    for path in folder.glob("*.woff2"):
        assert path.read_bytes()[:4] == b"wOF2", path.name
    assert "SIL Open Font License, Version 1.1" in (folder / "LICENSE").read_text("utf-8")
    note = (folder / "README.md").read_text("utf-8")
    assert re.search(r"`@fontsource/atkinson-hyperlegible@\d+\.\d+\.\d+`", note)


def test_pages_preload_the_regular_weight_and_declare_the_font(built_site: Path) -> None:
    """Every page preloads the regular woff2; the CSS declares all styles with swap."""
    for html in (built_site / "index.html", built_site / "handout" / "index.html"):
        page = BeautifulSoup(html.read_text("utf-8"), "html.parser")
        preload = page.select('link[rel="preload"][as="font"]')
        assert len(preload) == 1, html
        assert preload[0]["type"] == "font/woff2" and preload[0].has_attr("crossorigin")
        target = (html.parent / str(preload[0]["href"])).resolve()
        assert target == (built_site / VENDOR / "atkinson-hyperlegible-400-normal.woff2").resolve()
    css = (built_site / "assets" / "kompas" / "kompas.min.css").read_text("utf-8")
    faces = re.findall(r"@font-face\{([^}]*)\}", css)
    assert len(faces) == len(STYLES)
    for face in faces:
        assert "font-display:swap" in face
        (url,) = re.findall(r"url\(\"?([^\")]+)", face)
        assert (built_site / "assets" / "kompas" / url).resolve().is_file(), url
    assert f'--md-text-font:"{FAMILY}"' in css


def test_screen_uses_our_font_from_this_host(browser: Browser, site_url: str) -> None:
    """A principle page renders in our font, regular and bold, fetched from the site itself."""
    page = browser.new_page()
    fonts: list[str] = []

    def on_request(request: Request) -> None:
        if request.resource_type == "font":
            fonts.append(request.url)

    page.on("request", on_request)
    page.goto(site_url + "team-vertrouwen/laat-ruimte-echt/")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith(f'"{FAMILY}"')
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.weight)"
    )
    assert "400" in loaded and "700" in loaded
    assert fonts and all(url.startswith(site_url + VENDOR.as_posix()) for url in fonts), fonts
    page.close()
