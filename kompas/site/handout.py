"""The workshop handout: what its page shows, independent of the generator.

One cover and one A4 sheet per principle. The page holds every principle; the browser
shows the reader's choice, and `kompas.pdf` prints the full handout to a ready-made PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

# The hand-written page that holds the handout marker, and where its ready-made PDF goes.
PAGE = "handout.md"
PDF = "downloads/vertrouwenskompas-handout.pdf"
# The article's own advice on how to use the principles opens with these words.
USAGE_OPENING = "Lees ze."


def context(docs: list[dict[str, Any]], uri: Callable[[str, str], str]) -> dict[str, Any]:
    """Template data for the handout: the articles, the cover quote and link helpers.

    ``uri(article id, principle id)`` is the source path of a principle page.
    """
    return {
        "docs": docs,
        "usage": usage_quote(docs),
        "uri": uri,
        "absolute": absolute_url,
        "pdf": PDF,
    }


def usage_quote(docs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The paragraph of an article that tells how to use its principles, with that article."""
    for d in docs:
        a = d["article"]
        for text in [a["intro"], *(s["markdown"] for s in a["sections"])]:
            for paragraph in text.split("\n\n"):
                if paragraph.strip().startswith(USAGE_OPENING):
                    return {"text": " ".join(paragraph.split()), "article": a}
    return None


def absolute_url(base: str | None, relative: str) -> str:
    """``relative`` made absolute against the page's own address (kept as is without one)."""
    return urljoin(base, relative) if base else relative
