"""The theme's files, listed once per process.

MkDocs lists every file of the theme on each build to find the static files it copies: for
mkdocs-material that is a walk over about 14,000 files, most of them icons in hidden folders
(``.icons/``) that MkDocs then drops one by one with a dozen name patterns. On a `mkdocs
serve` rebuild that walk and match was about a fifth of the time. :class:`ThemeLoader` lists
each theme folder once per process (the theme does not change while a server runs: MkDocs
does not watch it) and leaves out hidden files and folders, which MkDocs never copies.
"""

from __future__ import annotations

import os
from functools import cache

from jinja2 import FileSystemLoader


class ThemeLoader(FileSystemLoader):
    """A Jinja file loader whose ``list_templates`` is cached and skips hidden paths."""

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            found.update(listing(os.fspath(searchpath), self.followlinks))
        return sorted(found)


@cache
def listing(folder: str, followlinks: bool = False) -> frozenset[str]:
    """Every file under ``folder`` as a "/"-separated relative path, hidden ones left out."""
    found: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=followlinks):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = os.path.relpath(dirpath, folder).replace(os.sep, "/")
        prefix = "" if base == "." else base + "/"
        found.update(prefix + name for name in filenames if not name.startswith("."))
    return frozenset(found)
