"""The workshop handout: what its page shows, independent of the generator.

One cover and one A4 sheet per principle. The page holds every principle; the browser
shows the reader's choice, and `kompas.pdf` prints the full handout to a ready-made PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

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
