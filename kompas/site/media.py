"""Images that articles show: found next to the articles, served from the site's media/.

An article refers to an image by its path relative to the article, which lives under
``content_src/`` (``img/foto.png`` or ``<article>/foto.png``). The site serves it at
``media/<that path>``. Rendered Markdown carries the image with a placeholder address
(``PLACEHOLDER`` + path); ``link`` turns it into an address relative to the page.
"""

from __future__ import annotations

from pathlib import Path

MEDIA_DIR = "media"
PLACEHOLDER = "kompas-media:"
SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif"})
_SKIP = frozenset({"principles"})


def images(source_dir: Path) -> list[tuple[Path, str]]:
    """Every image under ``source_dir`` (content_src/) and its path on the site."""
    found = []
    for path in sorted(source_dir.rglob("*")):
        rel = path.relative_to(source_dir)
        if path.suffix.lower() in SUFFIXES and path.is_file() and rel.parts[0] not in _SKIP:
            found.append((path, f"{MEDIA_DIR}/{rel.as_posix()}"))
    return found


def link(html: str, prefix: str) -> str:
    """``html`` with each placeholder image address made relative to the page:
    ``prefix`` is the page's relative address of ``media/`` (e.g. ``../../media/``)."""
    return str(html).replace(f'src="{PLACEHOLDER}', f'src="{prefix}')
