"""The site's navigation in MkDocs' ``nav`` form, with the generated pages in it.

A site without ``nav`` in mkdocs.yml gets: its home page ("Start"), the overview, one section
per article, the FAQ, then its other pages as MkDocs would order them, then the tool pages.
A site with its own ``nav`` keeps it as it is and gets one section more at the end (title:
the option ``nav_title``) with every generated and tool page its navigation does not name.
Titles are escaped here: Material shows navigation titles unescaped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from markupsafe import escape
from mkdocs.utils import nest_paths

from kompas.site.pages import TOOLS, NavEntry, NavSection, Site

if TYPE_CHECKING:
    from mkdocs.structure.files import Files

HOME = "index.md"
HOME_TITLE = "Start"


def build(site: Site, files: Files, user_nav: list[Any] | None, title: str) -> list[Any]:
    """The ``nav`` for MkDocs: the site's own (``user_nav``, None when mkdocs.yml has none)
    with the generated pages and the present tool pages added."""
    present = {f.src_uri for f in files.documentation_pages()}
    tools = site.tool_links(present)
    ours = [_entry(e) for e in site.navigation()]
    if user_nav is not None:
        named = set(_paths(user_nav))
        added = [e for e in [*ours, *map(_entry, tools)] if not set(_paths([e])) & named]
        return [*user_nav, {str(escape(title)): added}] if added else list(user_nav)
    generated = {p.src_uri for p in site.pages()}
    tool_pages = {uri for _, pages in TOOLS.values() for uri in pages}
    others = [
        f.src_uri
        for f in files.documentation_pages()
        if f.src_uri not in generated | tool_pages | {HOME} and f.inclusion.is_in_nav()
    ]
    home = [{HOME_TITLE: HOME}] if HOME in present else []
    return [*home, *ours, *nest_paths(others), *map(_entry, tools)]


def _entry(entry: NavEntry) -> dict[str, Any]:
    # MkDocs ``nav`` form of one entry of the site model.
    if isinstance(entry, NavSection):
        return {str(escape(entry.title)): [_entry(child) for child in entry.children]}
    return {str(escape(entry.title)): entry.src_uri}


def _paths(nav: list[Any]) -> Iterator[str]:
    # Every page path a ``nav`` names, at any depth.
    for item in nav:
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            for value in item.values():
                yield from _paths(value if isinstance(value, list) else [value])
