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
