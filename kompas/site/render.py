"""Markdown to HTML for article text, with raw HTML shown as text (never executed).

Tables, footnotes and attribute lists (``{#id}``, ``{: .class }``) render as in the
site's own pages. A local image gets a placeholder address that ``media.link`` makes
relative to the page it is shown on; the build refuses remote images before this point.
"""

from __future__ import annotations

import posixpath
from functools import cache
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from kompas.site.media import PLACEHOLDER

_SAFE_SCHEMES = ("http:", "https:", "mailto:", "#", "/", "./", "../")


def markdown_to_html(text: str) -> Markup:
    """Render article Markdown to HTML; any raw HTML in it is escaped, unsafe links dropped."""
    return Markup(_markdown().reset().convert(text))


@cache
def _markdown() -> markdown.Markdown:
    # One converter per process (building one costs more than converting a page); reset per use.
    md = markdown.Markdown(
        output_format="html",
        # toc gives subsection headings an id: a search result can point at them, and the
        # search index keeps a heading apart from the text around it.
        extensions=["tables", "footnotes", "attr_list", "toc"],
        extension_configs={
            "footnotes": {
                "UNIQUE_IDS": True,
                "BACKLINK_TITLE": "Terug naar voetnoot %d in de tekst",
                "SUPERSCRIPT_TEXT": "{}",
            }
        },
    )
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    # Articles hold no code: an indented paragraph (a tab before it) stays a paragraph.
    md.parser.blockprocessors.deregister("code")
    md.treeprocessors.register(_SafeSources(md), "kompas_safe_links", 0)
    return md


class _SafeSources(Treeprocessor):
    """Removes link targets such as ``javascript:`` that are no web address, and gives
    local images their placeholder address."""

    def run(self, root: Element) -> None:
        for el in root.iter():
            for attr in ("href", "src"):
                value = el.get(attr)
                if value is None:
                    continue
                if el.tag == "img" and attr == "src" and _is_local(value):
                    el.set("src", PLACEHOLDER + posixpath.normpath(value.strip()))
                elif not _is_safe(value):
                    del el.attrib[attr]


def _is_safe(url: str) -> bool:
    # Web, mail and relative addresses only.
    url = url.strip().lower()
    return url.startswith(_SAFE_SCHEMES) or ":" not in url.split("/", 1)[0]


def _is_local(url: str) -> bool:
    # A path relative to the article (no scheme, no host, not site-absolute).
    url = url.strip()
    return bool(url) and not url.startswith(("/", "#")) and ":" not in url.split("/", 1)[0]
