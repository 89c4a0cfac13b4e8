"""Which reader makes the draft of a file: by its name, and by its first bytes when the name
does not say (``kompas import FILE``; a WordPress export is read by ``wordpress.py``)."""

from __future__ import annotations

from pathlib import Path

from kompas.editors import docx, gdocs, importer
from kompas.editors.importer import HTML_SUFFIXES, OLE_MAGIC, ZIP_MAGIC, Draft

WORD_SUFFIXES = (".docx", ".doc", ".docm", ".dotx")


def draft(path: Path, *, title: str = "", author: str = "") -> Draft:
    """Read ``path`` (plain text, HTML, Word or Google Docs zip) and make a draft of it."""
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES:
        d = docx.read(path)
    elif suffix == ".zip":
        d = gdocs.read(path)
    elif suffix in HTML_SUFFIXES:
        d = importer.from_html(path, path.read_bytes())
    else:
        data = path.read_bytes()
        if data.startswith((ZIP_MAGIC, OLE_MAGIC)):
            d = docx.read(path)  # a Word file under another name: docx.read says what it is
        else:
            d = importer.from_text(path, importer.read_plain(path, data))
    return importer.finish(d, path, title=title, author=author)
