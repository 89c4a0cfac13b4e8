"""Markdown to HTML for article text, with raw HTML shown as text (never executed)."""

from __future__ import annotations

from functools import cache
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

_SAFE_SCHEMES = ("http:", "https:", "mailto:", "#", "/", "./", "../")


def markdown_to_html(text: str) -> Markup:
    """Render article Markdown to HTML; any raw HTML in it is escaped, unsafe links dropped."""
    return Markup(_markdown().reset().convert(text))


@cache
def _markdown() -> markdown.Markdown:
    # One converter per process (building one costs more than converting a page); reset per use.
    md = markdown.Markdown(output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_DropUnsafeLinks(md), "kompas_safe_links", 0)
    return md


class _DropUnsafeLinks(Treeprocessor):
    """Removes link targets such as ``javascript:`` that are no web address."""

    def run(self, root: Element) -> None:
        for el in root.iter():
            for attr in ("href", "src"):
                value = el.get(attr)
                if value is not None and not _is_safe(value):
                    del el.attrib[attr]


def _is_safe(url: str) -> bool:
    # Web, mail and relative addresses only.
    url = url.strip().lower()
    return url.startswith(_SAFE_SCHEMES) or ":" not in url.split("/", 1)[0]
