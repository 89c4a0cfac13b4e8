"""The handout's data, without a browser: the cover quote, addresses, the marker."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kompas import convert
from kompas.principles.model import Document
from kompas.site import handout
from kompas.site.pages import Site
from tests.conftest import SITE

DOCS = convert.load_all(SITE)


def test_usage_quote_is_the_articles_own_words() -> None:
    """The cover quotes the article's 'Lees ze. Voel ze. En kijk dan in de spiegel.' paragraph."""
    quote = handout.usage_quote(DOCS)
    assert quote is not None
    assert quote.text.startswith("Lees ze. Voel ze. En kijk dan in de spiegel.")
    assert quote.article.id == "team-vertrouwen"
    assert handout.usage_quote([_without_usage(d) for d in DOCS]) is None


@pytest.mark.parametrize(
    ("base", "relative", "expected"),
    [
        ("https://example.org/kompas/handout/", "../a/b/", "https://example.org/kompas/a/b/"),
        (None, "../a/b/", "../a/b/"),
    ],
)
def test_absolute_url(base: str | None, relative: str, expected: str) -> None:
    """Principle addresses on paper are absolute when the site has an address."""
    assert handout.absolute_url(base, relative) == expected


def test_site_context_for_the_handout_marker() -> None:
    """`kompas:handout` renders the handout template; an argument is not allowed."""
    site = Site(DOCS)
    found = site.context("handout", None)
    assert found is not None and found[0] == "kompas/handout.html"
    assert found[1]["docs"] == DOCS and found[1]["pdf"] == handout.PDF
    assert site.context("handout", "x") is None


def _without_usage(d: Document) -> Document:
    # A principle document whose article text lacks the 'Lees ze.' paragraph.
    return replace(d, article=replace(d.article, intro="Intro.", sections=()))


@pytest.mark.parametrize(
    ("base", "relative", "expected"),
    [
        ("https://voorbeeld.nl/k/handout/", "../a/b/", ["https://voorbeeld.nl/k/", "a/", "b/"]),
        ("http://127.0.0.1:8000/handout/", "../a/b/", ["/a/", "b/"]),
        ("http://localhost:8000/handout/", "../a/b/", ["/a/", "b/"]),
        ("http://[::1]/handout.html", "a/b/index.html", ["/a/", "b/", "index.html"]),
        ("/handout/", "../a/", ["/a/"]),
    ],
)
def test_paper_address(base: str, relative: str, expected: list[str]) -> None:
    """An address on paper: pieces ending after "/", never with a loopback host."""
    assert handout.paper_address(base, relative) == expected
