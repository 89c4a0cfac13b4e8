"""What search engines and hosts need from every built page: a description, a canonical
address, a place in the sitemap, and a robots.txt that names the sitemap."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default when SITE_URL is not set


def _pages(site: Path) -> list[Path]:
    # Every content page of the built site (the 404 page is no page of its own).
    return sorted(p for p in site.rglob("index.html") if p.parent.name != "search")


def _url(site: Path, page: Path) -> str:
    # The public directory URL of a built page.
    rel = page.parent.relative_to(site).as_posix()
    return SITE_URL + ("" if rel == "." else rel + "/")


def test_every_page_has_its_own_description(built_site: Path) -> None:
    """Each page has a non-empty meta description, and principle pages each their own."""
    seen: dict[str, str] = {}
    for page in _pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        meta = soup.find("meta", attrs={"name": "description"})
        assert meta is not None, f"{page}: no meta description"
        content = str(meta.get("content", "")).strip()
        assert content, f"{page}: empty meta description"
        if soup.select_one("article.vk-principle"):
            assert content not in seen, f"{page}: same description as {seen.get(content)}"
            seen[content] = str(page)
    assert len(seen) >= 2


def test_every_page_has_a_canonical_url(built_site: Path) -> None:
    """Each page names its own absolute address as canonical."""
    for page in _pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        link = soup.find("link", attrs={"rel": "canonical"})
        assert link is not None, f"{page}: no canonical link"
        assert link["href"] == _url(built_site, page)


def test_every_page_is_in_the_sitemap(built_site: Path) -> None:
    """sitemap.xml lists exactly the built pages."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(built_site / "sitemap.xml").getroot()
    listed = {loc.text for loc in root.findall("s:url/s:loc", ns)}
    assert listed == {_url(built_site, p) for p in _pages(built_site)}


@pytest.mark.parametrize("line", ["User-agent: *", f"Sitemap: {SITE_URL}sitemap.xml"])
def test_robots_txt_names_the_sitemap(built_site: Path, line: str) -> None:
    """robots.txt allows crawling and points at the sitemap."""
    assert line in (built_site / "robots.txt").read_text(encoding="utf-8").splitlines()


def test_page_language_is_dutch(built_site: Path) -> None:
    """The html element says the pages are Dutch."""
    soup = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.html is not None and soup.html.get("lang") == "nl"
