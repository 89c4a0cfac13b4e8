"""Markup that the article parser, the site's renderer and the fidelity scorer read alike.

Kept apart (and free of heavy imports) so that the converter and the site build each load
only what they use.
"""

from __future__ import annotations

import re

# A callout as GitHub and Obsidian write it: a quote whose first line is "[!TIP]" (or NOTE,
# IMPORTANT, WARNING, CAUTION, or any other word in Obsidian), with an optional "+"/"-"
# (folding) and an optional title after it: "> [!TIP] Casus".
ALERT = re.compile(r"^\[!([A-Za-z]+)\][+-]?[ \t]*")
# The box each kind is shown as (mkdocs-material's admonition styles), and its Dutch title
# when the author gave none.
ALERT_KINDS = {
    "note": ("note", "Opmerking"),
    "tip": ("tip", "Tip"),
    "important": ("info", "Belangrijk"),
    "warning": ("warning", "Waarschuwing"),
    "caution": ("danger", "Let op"),
}
ALERT_DEFAULT = ("note", "Opmerking")


def alert_box(kind: str) -> tuple[str, str]:
    """The admonition style and the default Dutch title of a callout of this ``kind``."""
    return ALERT_KINDS.get(kind.lower(), ALERT_DEFAULT)


# A link between notes as Obsidian and other wikis write it: "[[Pagina]]", "[[Pagina|tekst]]",
# "[[map/Pagina#kop|tekst]]". It shows its text (or the page's name); an embed ("![[…]]")
# is no link and is left alone, and so is a Markdown link whose text is in brackets
# ("[[2,3]](../..)", a reference number).
WIKILINK = re.compile(r"(?<!!)\[\[([^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|([^\[\]]*))?\]\](?!\()")
# Cheap test before the pattern: most text has no "[[".
WIKILINK_MARK = "[["


def wikilink_text(found: re.Match[str]) -> str:
    """What a wikilink shows: its own text, else the name of the page it points to."""
    label = (found.group(2) or "").strip()
    return label or found.group(1).strip().rsplit("/", 1)[-1].removesuffix(".md")
