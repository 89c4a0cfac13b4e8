"""The workshop handout: what its page shows, independent of the generator.

One cover and one A4 sheet per principle. The page holds every principle; the browser
shows the reader's choice, and `kompas.pdf` prints the full handout to a ready-made PDF.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from kompas.principles.model import Article, Document

# The hand-written page that holds the handout marker, and where its ready-made PDF goes.
PAGE = "handout.md"
PDF = "downloads/vertrouwenskompas-handout.pdf"
# The article's own advice on how to use the principles opens with these words.
USAGE_OPENING = "Lees ze."


@dataclass(frozen=True, slots=True)
class Usage:
    """The article's own paragraph on how to use its principles, and that article."""

    text: str
    article: Article


def context(docs: Sequence[Document]) -> dict[str, Any]:
    """Template data for the handout: the articles, the cover quote, the PDF's site path."""
    return {
        "docs": docs,
        "usage": usage_quote(docs),
        "absolute": absolute_url,
        "address": paper_address,
        "is_local": is_local,
        "pdf": PDF,
    }


def usage_quote(docs: Sequence[Document]) -> Usage | None:
    """The paragraph of an article that tells how to use its principles, with that article."""
    for d in docs:
        a = d.article
        for text in [a.intro, *(s.markdown for s in a.sections)]:
            for paragraph in text.split("\n\n"):
                if paragraph.strip().startswith(USAGE_OPENING):
                    return Usage(" ".join(paragraph.split()), a)
    return None


def absolute_url(base: str | None, relative: str) -> str:
    """``relative`` made absolute against the page's own address (kept as is without one)."""
    return urljoin(base, relative) if base else relative


def paper_address(base: str, relative: str) -> list[str]:
    """The address of ``relative`` as printed on paper, in pieces that each end after a "/".

    ``base`` is the page's own address: absolute (from ``site_url``) or a path from the site
    root. Paper never shows a loopback address: for a site built without ``SITE_URL`` it shows
    the path only. A line may break only between the pieces, never inside a path segment.
    """
    target = urlsplit(urljoin(base, relative))
    head = f"{target.scheme}://{target.netloc}" if target.netloc and not is_local(base) else ""
    pieces = re.findall(r"[^/]+/?", target.path) or [""]
    pieces[0] = head + "/" + pieces[0]
    return pieces


def is_local(base: str | None) -> bool:
    """Whether ``base`` has no public host: a path, or a loopback address (the default site_url)."""
    host = urlsplit(base or "").hostname
    if not host:
        return True
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
